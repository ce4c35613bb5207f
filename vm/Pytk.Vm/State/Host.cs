namespace Pytk.Vm.State;

/// <summary>Runs a main module as `python FILE` does: sys.argv, exit status, SystemExit, uncaught tracebacks.</summary>
public static class Host
{
    /// <summary>The loop `pytk run` uses without --dispatch (docs/dispatch.md has the measurements behind it).</summary>
    public const DispatchKind DefaultDispatch = DispatchKind.Threaded;

    /// <summary>Stack of the interpreter thread: deep Python recursion needs far more than the default 1 MB.</summary>
    const int StackSize = 512 << 20;

    /// <summary>Runs a main module in the calling thread's runtime with these streams.</summary>
    public static int RunMain(CodeObject code, string path, string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin,
        HostOptions? options = null) => Run(code, path, args, stdout, stderr, stdin, options ?? new HostOptions()).Status;

    /// <summary>Runs a main module in the calling thread's runtime with these streams; the result has the exit
    /// status and, with <see cref="HostOptions.Stats"/>, the run's stats.</summary>
    public static RunResult Run(CodeObject code, string path, string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin,
        HostOptions options)
    {
        var runtime = PythonRuntime.Current;
        runtime.Stdout = stdout; runtime.Stderr = stderr; runtime.Stdin = stdin;
        return Run(runtime, code, path, args, options);
    }

    /// <summary>
    /// Runs a main module in <paramref name="runtime"/> (with its streams) on a thread of its own, bound to the
    /// runtime; the result has the exit status and, with <see cref="HostOptions.Stats"/>, the run's stats.
    /// </summary>
    public static RunResult Run(PythonRuntime runtime, CodeObject code, string path, string[] args, HostOptions options)
    {
        int status = 0;
        // --trace prints from the switch loop's observation hook, so tracing runs on the switch loop.
        var dispatch = runtime.Trace is null ? options.Dispatch : DispatchKind.Switch;
        var stats = options.Stats ? new RunStats { Dispatch = dispatch } : null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                using var bound = runtime.Enter();
                runtime.Dispatch = dispatch;
                using var session = stats?.Begin();
                status = RunHere(runtime, code, path, args, options.Interactive, options.QuickenInPlace);
            }
            catch (Exception e) { failure = e; }
        }, StackSize) { Name = "pytk main" };
        thread.Start();
        thread.Join();
        runtime.TakeInterrupt();  // a stop that came too late to be seen
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return new RunResult(status, stats);
    }

    static int RunHere(PythonRuntime runtime, CodeObject compiled, string path, string[] args, string? interactive, bool inPlace = false)
    {
        PythonRuntime.RegisterTypes();
        var code = new PyCode(compiled, null, inPlace);
        var (stdout, stderr) = (runtime.Stdout, runtime.Stderr);
        Runtime.SetStreams(stdout, stderr, runtime.Stdin);
        Interpreter.ResetDepth();
        Tracing.Reset();
        runtime.RecursionLimit = 1000;
        runtime.MaxStrDigits = 4300;
        var argv = (PyList)Runtime.Sys.Dict!["argv"];
        argv.Items.Clear();
        argv.Items.Add(new PyStr(path));
        foreach (var a in args) argv.Items.Add(new PyStr(a));
        var dir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        Modules.Reset(Modules.MainModuleName is null ? dir : Directory.GetCurrentDirectory());
        var globals = new Dictionary<string, PyObject>
        {
            ["__name__"] = new PyStr("__main__"),
            ["__file__"] = new PyStr(path == "-" ? path : Path.GetFullPath(path)),
            ["__doc__"] = Py.None,
            ["__builtins__"] = Runtime.ModuleTable["builtins"],
        };
        if (path == "-c") globals.Remove("__file__");   // python3 -c CODE: no __file__
        var main = new PyModule("__main__", globals);
        Runtime.ModuleTable["__main__"] = main;
        SysModule.SyncModules();
        // Ctrl-C becomes KeyboardInterrupt at the next backward jump, as in CPython. A signal registration, not
        // Console.CancelKeyPress: that one sets the terminal up (ESC[?1h ESC= on it, never undone).
        using var onCancel = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGINT, e =>
            {
                e.Cancel = true;
                runtime.RequestStop();
            });
        try
        {
            code = Modules.PrepareMain(globals) ?? code;
            Builtin.CompileWarnings.Issue(compiled);
            try { Interpreter.RunFrame(new Frame(code, globals, null) { Locals = globals }); }
            catch (PyException e) when (interactive is not null && !Err.Matches(e.Value, ExcTypes.SystemExit))
            {
                // python -i: the traceback, then the prompt in the program's namespace.
                Flush(stdout);
                stderr.Write(Traceback.Format(e.Value));
            }
            if (interactive is not null) Repl(globals, interactive);
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
            ShutdownThreads(stderr);
            AtExitCore.RunAll(stderr);
            Tracing.Reset();   // a program that ends traced leaves no tracing behind for the process
            if (ThreadState.Current is { Gil: { } gil } ts) gil.Close(ts);
            Flush(stdout);
            stderr.Flush();
        }
    }

    /// <summary>The interactive prompt (Lib/code.py) in __main__'s namespace; banner "" for none.</summary>
    static void Repl(Dictionary<string, PyObject> globals, string banner)
    {
        Interpreter.ResetDepth();
        var code = (PyModule)Modules.Import("code", Py.None, 0, null);
        Ops.Call(code.Dict!["_pytk_repl"], PyDict.Namespace(globals), new PyStr(banner));
    }

    /// <summary>As CPython at exit: when the program imported threading, its _shutdown() joins the threads
    /// that are not daemons (before atexit functions run).</summary>
    static void ShutdownThreads(TextWriter stderr)
    {
        if (!Runtime.ModuleTable.TryGetValue("threading", out var threading)) return;
        if (threading.Dict!.GetValueOrDefault("_shutdown") is not { } shutdown) return;
        try { Ops.Call(shutdown); }
        catch (PyException e) { stderr.Write(Traceback.Format(e.Value)); }
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

/// <summary>How <see cref="Host.Run"/> runs a program.</summary>
public sealed record HostOptions
{
    public DispatchKind Dispatch { get; init; } = Host.DefaultDispatch;
    /// <summary>Collect <see cref="RunStats"/> (instruction counts, frames, allocation, time).</summary>
    public bool Stats { get; init; }
    /// <summary>After the program, an interactive prompt (`run -i`, `pytk` alone) with this banner ("" for none); null: no prompt.</summary>
    public string? Interactive { get; init; }
    /// <summary>Quickening rewrites the given code object's own instruction arrays (not the runtime's copies), so the
    /// caller can list the specialized forms afterwards (`pytk dis --adaptive`).</summary>
    public bool QuickenInPlace { get; init; }
}

public sealed record RunResult(int Status, RunStats? Stats);
