namespace Pytk.Vm;

/// <summary>
/// What inspect and types need from code and module objects beyond the basics: code attributes, and the
/// constructors of module and method objects (types.ModuleType, types.MethodType).
/// </summary>
public static class IntrospectionMethods
{
    public static void Register()
    {
        // Code attributes inspect reads (signatures, function kinds).
        var c = Types.Code;
        Def.Prop(c, "co_flags", o => PyInt.From((int)((PyCode)o).Flags));
        Def.Prop(c, "co_posonlyargcount", o => PyInt.From(((PyCode)o).PosOnlyArgCount));
        Def.Prop(c, "co_kwonlyargcount", o => PyInt.From(((PyCode)o).KwOnlyArgCount));
        Def.Prop(c, "co_nlocals", o => PyInt.From(((PyCode)o).VarNames.Length));
        Def.Prop(c, "co_stacksize", o => PyInt.From(((PyCode)o).StackSize));
        Def.Prop(c, "co_qualname", o => new PyStr(((PyCode)o).QualName));
        Def.Prop(c, "co_names", o => Names(((PyCode)o).Names));
        Def.Prop(c, "co_cellvars", o => Names(((PyCode)o).CellVars));
        Def.Prop(c, "co_freevars", o => Names(((PyCode)o).FreeVars));
        Def.Prop(c, "co_consts", o => new PyTuple(((PyCode)o).Consts));
        // types.ModuleType(name, doc=None): modules made at run time (module objects are otherwise made by imports).
        Def.Static(Types.Module, "__new__", (a, kw) =>
        {
            var name = Def.Arg(a, kw, 1, "name") ?? throw Err.Type("module.__new__() missing required argument 'name' (pos 1)");
            if (name is not PyStr ns) throw Err.Type($"module.__init__() argument 'name' must be str, not {name.Type.Name}");
            var m = new PyModule(ns.Value);
            m.Dict!["__doc__"] = Def.Arg(a, kw, 2, "doc", Py.None)!;
            m.Dict.TryAdd("__package__", Py.None);
            m.Dict.TryAdd("__loader__", Py.None);
            m.Dict.TryAdd("__spec__", Py.None);
            return m;
        });
        Def.Method(Types.Module, "__init__", (a, kw) => Py.None);
        // types.MethodType(function, instance).
        Def.Static(Types.Method, "__new__", (a, kw) =>
        {
            if (a.Length != 3) throw Err.Type($"method expected 2 arguments, got {Math.Max(0, a.Length - 1)}");
            if (!Ops.IsCallable(a[1])) throw Err.Type("first argument must be callable");
            if (a[2] is PyNone) throw Err.Type("instance must not be None");
            return new PyMethod(a[2], a[1]);
        });
    }

    static PyTuple Names(string[] names) => new(names.Select(n => (PyObject)new PyStr(n)).ToArray());
}

/// <summary>
/// `_traceback`: what the shipped traceback module needs from the VM: one entry's source lines with CPython's
/// caret line, from the same code that prints uncaught exceptions (so `traceback.print_exc()` prints what an
/// uncaught exception would), and source lines by file.
/// </summary>
public static class TracebackCore
{
    public static PyModule Create()
    {
        var m = new PyModule("_traceback");
        // source(code, lineno, lasti) -> "    line\n    ^^^^\n" (empty when the source is not available).
        m.Dict!["source"] = Def.Func("source", (a, kw) =>
        {
            if (a.Length != 3 || a[0] is not PyCode code) throw Err.Type("source(code, lineno, lasti) expects a code object");
            int line = Ops.IndexInt(a[1]), pc = Ops.IndexInt(a[2]) / 2;
            return new PyStr(Traceback.SourceBlock(code, line, pc));
        });
        // getline(filename, lineno) -> the line with its newline, or '' (linecache.getline).
        m.Dict["getline"] = Def.Func("getline", (a, kw) =>
        {
            var lines = Cache.LineCache.Lines(Ops.Str(a[0]));
            int n = Ops.IndexInt(a[1]);
            return new PyStr(lines is not null && n >= 1 && n <= lines.Length && !(n == lines.Length && lines[n - 1].Length == 0)
                ? lines[n - 1] + "\n" : "");
        });
        return m;
    }
}
