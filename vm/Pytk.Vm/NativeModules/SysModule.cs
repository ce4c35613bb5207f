namespace Pytk.Vm.NativeModules;

public static class SysModule
{
    public static PyModule Create()
    {
        var m = new PyModule("sys");
        var d = m.Dict!;
        d["argv"] = new PyList();
        d["maxsize"] = PyInt.From(long.MaxValue);
        d["path"] = new PyList();
        d["modules"] = new PyDict();
        d["platform"] = new PyStr("linux");
        d["byteorder"] = new PyStr("little");
        d["version"] = new PyStr("3.13.0 (pytk)");
        d["maxunicode"] = PyInt.From(0x10FFFF);
        d["exit"] = Def.Func("exit", (a, kw) => throw new PyException(Err.NewValue(ExcTypes.SystemExit, a)));
        d["getrecursionlimit"] = Def.Func("getrecursionlimit", (a, kw) => PyInt.From(Interpreter.RecursionLimit));
        d["setrecursionlimit"] = Def.Func("setrecursionlimit", (a, kw) =>
        {
            int n = Ops.IndexInt(a[0]);
            if (n < 1) throw Err.Value("recursion limit must be greater or equal than 1");
            Interpreter.RecursionLimit = n;
            return Py.None;
        });
        d["displayhook"] = d["__displayhook__"] = Def.Func("displayhook", (a, kw) => Intrinsics.ShowValue(a[0]));
        // sys.excepthook(type, value, traceback): the uncaught-exception report, written to sys.stderr
        d["excepthook"] = d["__excepthook__"] = Def.Func("excepthook", (a, kw) =>
        {
            Def.Count("excepthook", a, 3, 3);
            if (a[1] is not PyBaseException e)
                throw Err.Type($"print_exception(): Exception expected for value, {a[1].Type.Name} found");
            if (a[2] is PyTraceback tb) e.Traceback = tb;
            if (Runtime.Sys.Dict!.GetValueOrDefault("stderr") is { } err and not PyNone)
                Ops.Call(Ops.GetAttr(err, "write"), new PyStr(Traceback.Format(e)));
            return Py.None;
        });
        d["get_int_max_str_digits"] = Def.Func("get_int_max_str_digits", (a, kw) => PyInt.From(PyInt.MaxStrDigits));
        d["set_int_max_str_digits"] = Def.Func("set_int_max_str_digits", (a, kw) =>
        {
            int n = Ops.IndexInt(Def.Arg(a, kw, 0, "maxdigits") ?? throw Err.Type("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"));
            if (n != 0 && n < 640) throw Err.Value("maxdigits must be 0 or larger than 640");
            PyInt.MaxStrDigits = n;
            return Py.None;
        });
        d["exc_info"] = Def.Func("exc_info", (a, kw) => Interpreter.TopmostHandled is { } e
            ? PyTuple.Of(e.Type, e, (PyObject?)e.Traceback ?? Py.None) : PyTuple.Of(Py.None, Py.None, Py.None));
        d["exception"] = Def.Func("exception", (a, kw) => (PyObject?)Interpreter.TopmostHandled ?? Py.None);
        Tracing.Register(d);
        d["breakpointhook"] = d["__breakpointhook__"] = Def.Func("breakpointhook", BreakpointHook);
        d["_getframe"] = Def.Func("_getframe", (a, kw) => FrameMethods.GetFrame(a.Length > 0 ? Ops.IndexInt(a[0]) : 0));
        d["getsizeof"] = Def.Func("getsizeof", (a, kw) => PyInt.From(64));
        d["intern"] = Def.Func("intern", (a, kw) =>
        {
            Def.NoKw("intern", kw);
            Def.Count("intern", a, 1, 1);
            if (a[0] is not PyStr str || a[0].Type != Types.Str)
                throw Err.Type($"intern() argument must be str, not {a[0].Type.Name}");
            // one object per value in this runtime: sys.intern(a) is sys.intern(b) when a == b
            var table = PythonRuntime.Current.Interned;
            lock (table)
            {
                if (table.TryGetValue(str.Value, out var known)) return known;
                table[str.Value] = str;
                return str;
            }
        });
        SysInfo.Install(d);
        return m;
    }

    /// <summary>sys.breakpointhook: $PYTHONBREAKPOINT names the function breakpoint() calls (pdb.set_trace when unset
    /// or empty; "0" turns breakpoint() off); one that cannot be imported is a RuntimeWarning, as in CPython.</summary>
    static PyObject BreakpointHook(PyObject[] a, KwArgs? kw)
    {
        string spec = Environment.GetEnvironmentVariable("PYTHONBREAKPOINT") ?? "";
        if (spec == "0") return Py.None;
        if (spec.Length == 0) spec = "pdb.set_trace";
        int dot = spec.LastIndexOf('.');
        string module = dot < 0 ? "builtins" : spec[..dot], attr = dot < 0 ? spec : spec[(dot + 1)..];
        PyObject hook;
        try
        {
            var m = Modules.Import(module, new PyList([new PyStr(attr)]), 0, null);
            hook = Ops.GetAttr(m, attr);
        }
        catch (PyException e) when (Ops.IsInstance(e.Value, ExcTypes.All["ImportError"]) || Ops.IsInstance(e.Value, ExcTypes.All["AttributeError"]))
        {
            var warnings = Modules.Import("warnings", Py.None, 0, null);
            Ops.Call(Ops.GetAttr(warnings, "warn"), new PyStr($"Ignoring unimportable $PYTHONBREAKPOINT: \"{spec}\""),
                ExcTypes.All["RuntimeWarning"]);
            return Py.None;
        }
        return Ops.Call(hook, a, kw);
    }

    public static void SyncModules()
    {
        var mods = (PyDict)Runtime.Sys.Dict!["modules"];
        foreach (var (k, v) in Runtime.ModuleTable) mods.Set(new PyStr(k), v);
    }
}
