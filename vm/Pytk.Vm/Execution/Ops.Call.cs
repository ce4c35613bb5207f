using System.Runtime.CompilerServices;

namespace Pytk.Vm.Execution;

/// <summary>Calling anything callable; instantiating classes.</summary>
public static partial class Ops
{
    public static PyObject Call(PyObject f, params PyObject[] args) => Call(f, args, null);

    /// <summary>
    /// A special method found on the object's type, called as CPython's slot functions call it: a function or a
    /// built-in method gets the object as its first argument; anything else (staticmethod, classmethod, a built-in
    /// function that does not bind, an object with __get__) is bound through its descriptor get first.
    /// </summary>
    public static PyObject CallSpecial(PyObject method, PyObject self, params PyObject[] args) => method switch
    {
        PyFunction or PyBuiltin { Binds: true, Self: null } => Call(method, Prepend(self, args), null),
        _ => Call(DescrGet(method, self, self.Type), args, null),
    };

    /// <summary>A type's method called through the type with no arguments at all (dict.pop()).</summary>
    public static PyException UnboundNoSelf(PyBuiltin b) => Err.Type(b.Name.StartsWith("__")
        ? $"descriptor '{b.Name}' of '{b.OwnerName}' object needs an argument"
        : $"unbound method {b.OwnerName}.{b.Name}() needs an argument");

    public static PyObject Call(PyObject f, PyObject[] args, KwArgs? kw)
    {
        // Recursion through built-ins (e.g. a __repr__ calling repr of itself) has no Python frames to count.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (f)
        {
            case PyFunction fn: return Interpreter.CallFunction(fn, args, kw);
            case PyBuiltin b:
                if (b.Self is not null) return b.Fn(Prepend(b.Self, args), kw);
                if (args.Length == 0 && b.OwnerName is not null && b.Binds) throw UnboundNoSelf(b);
                return b.Fn(args, kw);
            case PyMethod m:
                if (m.Func is PyFunction mf) return Interpreter.CallFunction(mf, Prepend(m.Self, args), kw);
                return Call(m.Func, Prepend(m.Self, args), kw);
            case PyType t: return CallType(t, args, kw);
        }
        var call = f.Type.Lookup("__call__") ?? throw Err.Type($"'{f.Type.Name}' object is not callable");
        // a class as __call__ has no __get__: it is called without the instance (typing's `__call__ = dict`)
        if (call is PyType) return Call(call, args, kw);
        // a __call__ that is itself an instance whose class's __call__ is ... nests with no Python frame to count
        NativeRecursion.Enter(" while calling a Python object");
        try { return Call(call, Prepend(f, args), kw); }
        finally { NativeRecursion.Leave(); }
    }

    public static PyObject[] Prepend(PyObject first, PyObject[] rest)
    {
        var a = new PyObject[rest.Length + 1];
        a[0] = first;
        Array.Copy(rest, 0, a, 1, rest.Length);
        return a;
    }

    public static bool IsCallable(PyObject f) =>
        f is PyFunction or PyBuiltin or PyMethod or PyType || f.Type.Lookup("__call__") is not null;

    static PyObject CallType(PyType t, PyObject[] args, KwArgs? kw)
    {
        if (t == Types.Type && args.Length == 1 && (kw is null || kw.Count == 0)) return args[0].Type;
        // A metaclass's __call__ (other than type's own) takes over instantiation.
        if (t.Type != Types.Type && t.Type.Lookup("__call__") is { } mc && mc != TypeCall)
            return mc is PyType ? Call(mc, args, kw) : Call(mc, Prepend(t, args), kw);
        return TypeCallImpl(t, args, kw);
    }

    public static PyObject TypeCall = null!;

    public static PyObject TypeCallImpl(PyType t, PyObject[] args, KwArgs? kw)
    {
        var newf = t.Lookup("__new__") ?? throw Err.Type($"cannot create '{t.Name}' instances");
        // __new__ is looked up as an attribute of the class (a classmethod __new__ gets the class bound first too)
        var obj = newf switch
        {
            PyStaticMethod sm => Call(sm.Func, Prepend(t, args), kw),
            PyFunction or PyBuiltin => Call(newf, Prepend(t, args), kw),
            _ => Call(DescrGet(newf, null, t), Prepend(t, args), kw),
        };
        if (!obj.Type.IsSubtypeOf(t)) return obj;
        var init = obj.Type.Lookup("__init__");
        if (init is not null && init != ObjectInit)
        {
            var r = init is PyFunction or PyBuiltin { Binds: true, Self: null } ? Call(init, Prepend(obj, args), kw) : Call(DescrGet(init, obj, obj.Type), args, kw);
            if (r is not PyNone) throw Err.Type($"__init__() should return None, not '{r.Type.Name}'");
        }
        return obj;
    }

    public static PyObject ObjectInit = null!;
    public static PyObject ObjectNew = null!;
}
