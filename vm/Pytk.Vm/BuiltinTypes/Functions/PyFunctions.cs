namespace Pytk.Vm.BuiltinTypes.Functions;

/// <summary>Keyword arguments of a call, in source order (null when there are none).</summary>
public sealed class KwArgs : List<KeyValuePair<string, PyObject>>
{
    public PyObject? Take(string name)
    {
        for (int i = 0; i < Count; i++)
            if (this[i].Key == name) { var v = this[i].Value; RemoveAt(i); return v; }
        return null;
    }
}

public delegate PyObject BuiltinFn(PyObject[] args, KwArgs? kw);

/// <summary>A function written in C#. As a class attribute it binds like a Python function (a method descriptor).</summary>
public sealed class PyBuiltin(string name, BuiltinFn fn, bool binds = true) : PyObject(Types.BuiltinFunction)
{
    public readonly string Name = name;
    public readonly BuiltinFn Fn = fn;
    /// <summary>False for plain module functions stored in a class (they must not receive self).</summary>
    public readonly bool Binds = binds;
    public PyObject? Self;
    public string? OwnerName;
    /// <summary>The module a module-level built-in function belongs to (its __module__), or null.</summary>
    public string? ModuleName;
}

public sealed class PyFunction : PyObject
{
    public PyCode Code;
    public Dictionary<string, PyObject> Globals;
    public PyObject[] Defaults = [];
    public PyDict? KwDefaults;
    public PyCell[] Closure = [];
    public string Name, QualName;
    public PyObject Doc = Py.None;
    public PyDict? Annotations;
    public string ModuleName;
    /// <summary>__type_params__ (PEP 695): set by the generic-parameters scope of `def f[T]()`.</summary>
    public PyObject TypeParams = PyTuple.Empty;

    public PyFunction(PyCode code, Dictionary<string, PyObject> globals) : base(Types.Function)
    {
        Code = code;
        Globals = globals;
        Name = code.Name;
        QualName = code.QualName;
        ModuleName = globals.TryGetValue("__name__", out var n) && n is PyStr s ? s.Value : "__main__";
    }
}

public sealed class PyMethod(PyObject self, PyObject func) : PyObject(Types.Method)
{
    public readonly PyObject Self = self;
    public readonly PyObject Func = func;
}

public sealed class PyProperty(PyObject? get, PyObject? set, PyObject? del, PyObject? doc) : PyObject(Types.Property)
{
    public PyObject? Get = get, Set = set, Del = del, Doc = doc;
    public string? Name;
    /// <summary>The built-in type defining it: a getset_descriptor (int.real), with CPython's repr and errors.</summary>
    public string? Owner;
}

public sealed class PyStaticMethod(PyObject func) : PyObject(Types.StaticMethod)
{
    public readonly PyObject Func = func;
}

public sealed class PyClassMethod(PyObject func) : PyObject(Types.ClassMethod)
{
    public readonly PyObject Func = func;
}

public sealed class PySuper(PyType thisType, PyObject? obj, PyType? objType) : PyObject(Types.Super)
{
    public readonly PyType ThisType = thisType;
    public readonly PyObject? Obj = obj;
    public readonly PyType? ObjType = objType;
}

/// <summary>A __slots__ member: a data descriptor over PyInstance.Slots.</summary>
public sealed class PySlotDescriptor(string name, int index, PyType owner) : PyObject(Types.SlotDescriptor)
{
    public readonly string Name = name;
    public readonly int Index = index;
    public readonly PyType Owner = owner;
}
