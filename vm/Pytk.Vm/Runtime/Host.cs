namespace Pytk.Vm;

/// <summary>Runs a main module as `python FILE` does: sys.argv, exit status, SystemExit, uncaught tracebacks.</summary>
public static class Host
{
    /// <summary>Stack of the interpreter thread: deep Python recursion needs far more than the default 1 MB.</summary>
    const int StackSize = 512 << 20;

    public static int RunMain(CodeObject code, string path, string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        int status = 0;
        var thread = new Thread(() => status = RunHere(code, path, args, stdout, stderr, stdin), StackSize);
        thread.Start();
        thread.Join();
        return status;
    }

    static int RunHere(CodeObject code, string path, string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        Runtime.SetStreams(stdout, stderr, stdin);
        Interpreter.ResetDepth();
        Interpreter.RecursionLimit = 1000;
        var argv = (PyList)Runtime.Sys.Dict!["argv"];
        argv.Items.Clear();
        argv.Items.Add(new PyStr(path));
        foreach (var a in args) argv.Items.Add(new PyStr(a));
        var dir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        Modules.Reset(Modules.MainModuleName is null ? dir : Directory.GetCurrentDirectory());
        var globals = new Dictionary<string, PyObject>
        {
            ["__name__"] = new PyStr("__main__"),
            ["__file__"] = new PyStr(path),
            ["__doc__"] = Py.None,
            ["__builtins__"] = Runtime.ModuleTable["builtins"],
        };
        var main = new PyModule("__main__", globals);
        Runtime.ModuleTable["__main__"] = main;
        SysModule.SyncModules();
        Console.CancelKeyPress += OnCancel;
        try
        {
            code = Modules.PrepareMain(globals) ?? code;
            Interpreter.RunFrame(new Frame(code, globals, null) { Locals = globals });
            Flush(stdout);
            return 0;
        }
        catch (PyException e)
        {
            Flush(stdout);
            return Uncaught(e.Value, stderr);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
            Flush(stdout);
            stderr.Flush();
        }
    }

    static void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        // Ctrl-C becomes KeyboardInterrupt at the next backward jump, as in CPython.
        e.Cancel = true;
        Exec.InterruptRequested = true;
    }

    static void Flush(TextWriter w)
    {
        try { w.Flush(); } catch (IOException) { }
    }

    public static int Uncaught(PyBaseException e, TextWriter stderr)
    {
        if (Err.Matches(e, ExcTypes.SystemExit))
        {
            var code = e.Args.Items.Length == 0 ? Py.None : e.Args.Items.Length == 1 ? e.Args.Items[0] : e.Args;
            if (code is PyNone) return 0;
            if (code is PyInt i) return i.IsSmall ? (int)(i.V & 0xFF) : 1;
            stderr.Write(Ops.Str(code) + "\n");
            return 1;
        }
        stderr.Write(Traceback.Format(e));
        return Err.Matches(e, ExcTypes.KeyboardInterrupt) ? 130 : 1;
    }
}
