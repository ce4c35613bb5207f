namespace Pytk.Vm.Objects;

/// <summary>Helpers to install built-in methods in type dictionaries and to check arguments.</summary>
public static class Def
{
    public static PyBuiltin Method(PyType t, string name, BuiltinFn fn)
    {
        // called through the class with an object of another type (bytes.hex(1)): CPython's descriptor TypeError
        BuiltinFn checkedFn = (a, kw) =>
        {
            if (a.Length > 0 && a[0].Type != t && !a[0].Type.IsSubtypeOf(t)) throw WrongSelf(t, name, a[0]);
            return fn(a, kw);
        };
        var b = new PyBuiltin(name, checkedFn) { OwnerName = t.Name };
        t.Dict![name] = b;
        t.Modified();
        return b;
    }

    /// <summary>A method taking exactly the given number of arguments after self.</summary>
    public static void M0(PyType t, string name, Func<PyObject, PyObject> fn) =>
        Method(t, name, (a, kw) => { Check(t, name, a, kw, 0, 0); return fn(a[0]); });
    public static void M1(PyType t, string name, Func<PyObject, PyObject, PyObject> fn) =>
        Method(t, name, (a, kw) => { Check(t, name, a, kw, 1, 1); return fn(a[0], a[1]); });
    public static void M2(PyType t, string name, Func<PyObject, PyObject, PyObject, PyObject> fn) =>
        Method(t, name, (a, kw) => { Check(t, name, a, kw, 2, 2); return fn(a[0], a[1], a[2]); });

    static PyException WrongSelf(PyType t, string name, PyObject self) => Err.Type(name.StartsWith("__") && name.EndsWith("__")
        ? $"descriptor '{name}' requires a '{t.Name}' object but received a '{self.Type.Name}'"
        : $"descriptor '{name}' for '{t.Name}' objects doesn't apply to a '{self.Type.Name}' object");

    static void Check(PyType t, string name, PyObject[] a, KwArgs? kw, int min, int max)
    {
        if (kw is { Count: > 0 }) throw Err.Type($"{t.Name}.{name}() takes no keyword arguments");
        int n = a.Length - 1;
        if (n < 0) throw Err.Type($"unbound method {t.Name}.{name}() needs an argument");
        if (n < min || n > max)
        {
            if (min == max && min == 0) throw Err.Type($"{t.Name}.{name}() takes no arguments ({n} given)");
            if (min == max && min == 1) throw Err.Type($"{t.Name}.{name}() takes exactly one argument ({n} given)");
            throw Err.Type($"{name} expected {min} argument{(min == 1 ? "" : "s")}, got {n}");
        }
        if (!a[0].Type.IsSubtypeOf(t))
            throw Err.Type($"descriptor '{name}' requires a '{t.Name}' object but received a '{a[0].Type.Name}'");
    }

    public static void Static(PyType t, string name, BuiltinFn fn)
    {
        t.Dict![name] = new PyStaticMethod(new PyBuiltin(name, fn, binds: false));
        t.Modified();
    }

    public static void ClassMethod(PyType t, string name, BuiltinFn fn)
    {
        t.Dict![name] = new PyClassMethod(new PyBuiltin(name, fn, binds: false));
        t.Modified();
    }

    public static void Prop(PyType t, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject>? set = null)
    {
        var g = new PyBuiltin(name, (a, _) => get(a[0]), binds: false);
        PyBuiltin? s = set is null ? null : new PyBuiltin(name, (a, _) => { set(a[0], a[1]); return Py.None; }, binds: false);
        t.Dict![name] = new PyProperty(g, s, null, null) { Name = name, Owner = t.Name, Type = Types.GetSetDescriptor };
        t.Modified();
    }

    public static PyBuiltin Func(string name, BuiltinFn fn) => new(name, fn, binds: false);

    /// <summary>Positional argument i, or a keyword of that name, or the default.</summary>
    public static PyObject? Arg(PyObject[] a, KwArgs? kw, int i, string name, PyObject? dflt = null)
    {
        if (i < a.Length) return a[i];
        if (kw is not null)
            foreach (var (k, v) in kw) if (k == name) return v;
        return dflt;
    }

    public static void NoKw(string fname, KwArgs? kw)
    {
        if (kw is { Count: > 0 }) throw Err.Type($"{fname}() takes no keyword arguments");
    }

    public static void Count(string fname, PyObject[] a, int min, int max)
    {
        if (a.Length >= min && a.Length <= max) return;
        if (min == max)
            throw Err.Type(min == 1 ? $"{fname}() takes exactly one argument ({a.Length} given)" : $"{fname} expected {min} arguments, got {a.Length}");
        if (a.Length < min) throw Err.Type($"{fname} expected at least {min} argument{(min == 1 ? "" : "s")}, got {a.Length}");
        throw Err.Type($"{fname} expected at most {max} argument{(max == 1 ? "" : "s")}, got {a.Length}");
    }

    public static string Str(PyObject o, string what) =>
        o is PyStr s ? s.Value : throw Err.Type($"{what} must be str, not {o.Type.Name}");

    /// <summary>The name given to getattr/setattr/delattr and __setattr__/__delattr__, in CPython's words when it is no str.</summary>
    public static string AttrName(PyObject o) =>
        o is PyStr s ? s.Value : throw Err.Type($"attribute name must be string, not '{o.Type.Name}'");
}
