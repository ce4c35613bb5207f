namespace Pytk.Vm.NativeModules;

/// <summary>
/// `atexit`: functions run when the main program ends (normally, by SystemExit or after an uncaught
/// exception's traceback), last registered first. An exception in one is reported as CPython does and the
/// others still run.
/// </summary>
public static class AtExitCore
{
    // The registered functions are the runtime's.
    static List<(PyObject Fn, PyObject[] Args, KwArgs? Kw)> Funcs => PythonRuntime.Current.AtExit;

    public static PyModule Create()
    {
        var m = new PyModule("atexit");
        m.Dict!["register"] = Def.Func("register", (a, kw) =>
        {
            if (a.Length == 0) throw Err.Type("register() takes at least 1 argument (0 given)");
            if (!Ops.IsCallable(a[0])) throw Err.Type("the first argument must be callable");
            Funcs.Add((a[0], a[1..], kw));
            return a[0];
        });
        m.Dict["unregister"] = Def.Func("unregister", (a, kw) =>
        {
            Funcs.RemoveAll(f => Ops.Truth(Ops.Compare(f.Fn, a[0], CmpOp.Eq)));
            return Py.None;
        });
        m.Dict["_clear"] = Def.Func("_clear", (a, kw) => { Funcs.Clear(); return Py.None; });
        m.Dict["_ncallbacks"] = Def.Func("_ncallbacks", (a, kw) => PyInt.From(Funcs.Count));
        m.Dict["_run_exitfuncs"] = Def.Func("_run_exitfuncs", (a, kw) => { RunAll(null); return Py.None; });
        return m;
    }

    /// <summary>Runs and forgets the registered functions (the host calls this when the main program ends).</summary>
    public static void RunAll(TextWriter? stderr)
    {
        while (Funcs.Count > 0)
        {
            var (fn, args, kw) = Funcs[^1];
            Funcs.RemoveAt(Funcs.Count - 1);
            try { Ops.Call(fn, args, kw); }
            catch (PyException e)
            {
                if (Err.Matches(e.Value, ExcTypes.SystemExit)) continue;
                var w = stderr ?? Runtime.Stderr;
                w.Write($"Exception ignored in atexit callback: {Ops.Repr(fn)}\n");
                w.Write(Traceback.Format(e.Value));
            }
        }
    }
}
