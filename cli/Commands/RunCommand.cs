using System.Text;
using Pytk.Grammar;
using Pytk.Vm;

namespace Pytk.Cli;

/// <summary>`pytk run FILE [args...]`: runs a program as `python3.13 FILE args...` does.</summary>
public static class RunCommand
{
    public static int Run(CliContext ctx, CommandArgs args)
    {
        // the options come before the program; what follows it is the program's own argv
        var passes = PassOptions.From(args);
        bool stats = args.Has(Opt.Stats);   // the passes' node counts (PassOptions) and the run's own counts
        var dispatch = args.Get(Opt.Dispatch, Host.DefaultDispatch);
        var options = new HostOptions { Dispatch = dispatch, Stats = stats, Interactive = args.Has(Opt.Interactive) ? "" : null };
        bool trace = args.Has(Opt.Trace);
        PythonPipeline.ConfigureCache(ctx, args.Has(Opt.DontWriteBytecode), args.Has(Opt.CacheVerbose));
        if (args.Get(Opt.MaxMemory, 0L) is > 0 and var maxMemory) LimitMemory(maxMemory);
        string[] program = [.. args.Program];
        if (args.Get(Opt.Timeout, 0.0) is > 0 and var timeout)
        {
            // the limit counts from here (start-up and compilation included), as `timeout S pytk run` would
            var runtime = PythonRuntime.Current;
            using var timer = new Timer(_ => runtime.Stop($"the run exceeded its time limit of {timeout:0.###} s (--timeout)"), null,
                TimeSpan.FromSeconds(timeout), Timeout.InfiniteTimeSpan);
            try { return RunParsed(ctx, program, 0, trace, options, passes); }
            catch (RunStoppedException e)
            {
                try { ctx.Out.Flush(); } catch (IOException) { }
                ctx.Err.WriteLine($"pytk: error: {e.Message}");
                return 124;  // as timeout(1)
            }
        }
        return RunParsed(ctx, program, 0, trace, options, passes);
    }

    /// <summary>`--max-memory SIZE`: the .NET heap's hard limit, so a program that grows past it gets MemoryError
    /// (the VM's translation of OutOfMemoryException) instead of taking the machine's memory.</summary>
    static void LimitMemory(long bytes)
    {
        AppContext.SetData("GCHeapHardLimit", (ulong)bytes);
        GC.RefreshMemoryLimit();
    }

    static int RunParsed(CliContext ctx, string[] args, int i, bool trace, HostOptions options, PassOptions passes)
    {
        if (i < args.Length && args[i] == "-m") return RunModule(ctx, args[(i + 1)..], trace, options, passes);
        if (i < args.Length && args[i] == "-c")
        {
            // as python3 -c CODE args: the program is CODE, compiled as <string>; sys.argv[0] is '-c'
            if (i + 1 >= args.Length) throw new UsageException("argument -c: expected one argument");
            passes.Validate();
            return RunStdin(ctx, args[(i + 2)..], trace, options, passes, Encoding.UTF8.GetBytes(args[i + 1]));
        }
        if (i < args.Length && args[i].StartsWith('-') && args[i] != "-") throw new UsageException($"unrecognized arguments: {args[i]}");
        if (i >= args.Length && options.Interactive is null) throw new UsageException("the following arguments are required: FILE");
        passes.Validate();
        // The program is stdin (python3 < FILE), or there is none and the prompt starts at once (with a banner).
        if (i >= args.Length || args[i] == "-") return RunStdin(ctx, i < args.Length ? args[(i + 1)..] : null, trace, options, passes);
        string path = args[i];
        try
        {
            // CPython compiles the main script under its absolute path (tracebacks, __file__); argv[0] stays as given.
            var code = PythonPipeline.MainCode(ctx, path == "-" ? path : Path.GetFullPath(path), passes);
            return Execute(ctx, code, path, args[(i + 1)..], trace, options, passes);
        }
        catch (PythonPipeline.Failed f)
        {
            return f.Status;
        }
    }

    /// <summary>Runs stdin as the program (argv: what follows `-`), or, without a program (argv null), the prompt.
    /// A method of its own: its parser types must not load on a warm `run FILE` (the cache test checks).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static int RunStdin(CliContext ctx, string[]? argv, bool trace, HostOptions options, PassOptions passes, byte[]? text = null)
    {
        bool prompt = argv is null;
        byte[] source = text ?? (prompt ? [] : ReadAll(ctx.In));
        string name = text is null ? "<stdin>" : "<string>";
        try
        {
            var code = PythonPipeline.Compile(source, name, passes);
            var withBanner = prompt ? options with { Interactive = Banner } : options;
            return Execute(ctx, code, text is null ? "<stdin>" : "-c", argv ?? [], trace, withBanner, passes);
        }
        catch (PythonSyntaxError e)
        {
            e.Filename = name;
            ctx.Err.Write(SyntaxErrorFormatter.Format(e));
            return 1;
        }
        catch (Pytk.Semantics.CompileError e)
        {
            // The compiler's errors show no line for a program that is no file (CPython reads it back by name).
            var kind = e.Kind == "IndentationError" ? SyntaxErrorKind.IndentationError : SyntaxErrorKind.SyntaxError;
            ctx.Err.Write(SyntaxErrorFormatter.Format(new PythonSyntaxError(kind, e.Message, name, e.Line, e.Col + 1, e.SyntaxErrorEnd.Line, e.SyntaxErrorEnd.Offset)));
            return 1;
        }
    }

    /// <summary>What the prompt says first when `pytk` starts it without a program.</summary>
    const string Banner = "pytk: Python 3.13 on the pytk VM (linux). End with Ctrl-D; Ctrl-C drops the current input.";

    static byte[] ReadAll(Stream s)
    {
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>
    /// Runs compiled code as the main module and returns the exit status and, if asked for, the run's
    /// <see cref="RunStats"/> (for `pytk compare`, which shows two pipelines' dynamic counts side by side).
    /// </summary>
    public static RunResult RunCompiled(CliContext ctx, CodeObject code, string path, string[] argv, HostOptions options,
        PassOptions? passes = null)
    {
        PythonPipeline.InstallModuleCompiler(passes);
        var stdin = new StreamReader(ctx.In);
        return Host.Run(code, path, argv, ctx.Out, ctx.Err, stdin, options);
    }

    static int Execute(CliContext ctx, CodeObject code, string path, string[] argv, bool trace, HostOptions options,
        PassOptions? passes)
    {
        Loop.Trace = trace ? ctx.Err : null;
        RunResult result;
        try { result = RunCompiled(ctx, code, path, argv, options, passes); }
        finally { Loop.Trace = null; }
        if (result.Stats is { } s)
        {
            ctx.Out.Flush();
            if (passes?.Run.Json == true) ctx.Err.WriteLine(ReportDocuments.RunStats(s, path, result.Status));
            else s.Print(ctx.Err);
        }
        return result.Status;
    }

    /// <summary>`run -m MODULE`: sys.path[0] is the current folder; the module (or PKG.__main__) runs as __main__.</summary>
    static int RunModule(CliContext ctx, string[] args, bool trace, HostOptions options, PassOptions passes)
    {
        if (args.Length == 0) throw new UsageException("argument -m: expected one argument");
        passes.Validate();
        PythonPipeline.InstallModuleCompiler(passes);
        Modules.Reset(Directory.GetCurrentDirectory());
        string top = args[0].Split('.')[0];
        if (Modules.Find(top, null) is not { } spec)
        {
            ctx.Err.WriteLine($"pytk: No module named {top}");
            return 1;
        }
        Modules.MainModuleName = args[0];
        // The real code is found and compiled inside the run (after sys.path is set); this stands in until then.
        var placeholder = new CodeObject { Name = "<module>", QualName = "<module>", Filename = "<run -m>" };
        try { return Execute(ctx, placeholder, spec.Origin ?? args[0], args[1..], trace, options, passes); }
        finally { Modules.MainModuleName = null; }
    }
}
