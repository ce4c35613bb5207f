namespace Pytk.Cli;

/// <summary>`pytk run FILE [args...]`: runs a program as `python3.13 FILE args...` does.</summary>
public static class RunCommand
{
    public static int Run(CliContext ctx, string[] args)
    {
        args = args.Where(a => a != "--verbose").ToArray();
        int i = 0;
        // pass options come before FILE; what follows FILE is the program's own argv
        var passes = new PassOptions();
        bool trace = false, dontWrite = false, verbose = false;
        while (i < args.Length && args[i].StartsWith('-'))
        {
            if (args[i] == "--trace") trace = true;
            else if (args[i] == "-B") dontWrite = true;
            else if (args[i] == "-v") verbose = true;
            else if (!passes.TryParse(args, ref i)) break;
            i++;
        }
        if (i < args.Length && args[i] is "-h" or "--help")
        {
            ctx.Out.WriteLine("usage: pytk run [-B] [-v] [--trace] [pass options] (FILE | FILE.pyc | -m MODULE) [args ...]");
            ctx.Out.WriteLine();
            ctx.Out.WriteLine("Compiles FILE to bytecode and runs it on the pytk VM, as `python3.13 FILE args` does.");
            ctx.Out.WriteLine("FILE's code and the modules it imports are cached in __pycache__/NAME.pytk-313.pyc (docs/pyc.md).");
            ctx.Out.WriteLine("  -B       don't write .pyc files (also PYTKDONTWRITEBYTECODE=1)");
            ctx.Out.WriteLine("  -v       print a line for every cache file read, rejected or written (also PYTKVERBOSE=1)");
            ctx.Out.Write(PassOptions.Help);
            return 0;
        }
        PythonPipeline.ConfigureCache(ctx, dontWrite, verbose);
        if (i < args.Length && args[i] == "-m") return RunModule(ctx, args[(i + 1)..], trace, passes);
        if (i < args.Length && args[i].StartsWith('-') && args[i] != "-") throw new UsageException($"unrecognized arguments: {args[i]}");
        if (i >= args.Length) throw new UsageException("the following arguments are required: FILE");
        string path = args[i];
        passes.Validate();
        try
        {
            var code = PythonPipeline.MainCode(ctx, path, passes);
            PythonPipeline.InstallModuleCompiler(passes);
            var stdin = new StreamReader(ctx.In);
            Pytk.Vm.Loop.Trace = trace ? ctx.Err : null;
            try { return Pytk.Vm.Host.RunMain(code, path, args[(i + 1)..], ctx.Out, ctx.Err, stdin); }
            finally { Pytk.Vm.Loop.Trace = null; }
        }
        catch (PythonPipeline.Failed f)
        {
            return f.Status;
        }
    }

    /// <summary>`run -m MODULE`: sys.path[0] is the current folder; the module (or PKG.__main__) runs as __main__.</summary>
    static int RunModule(CliContext ctx, string[] args, bool trace, PassOptions passes)
    {
        if (args.Length == 0) throw new UsageException("argument -m: expected one argument");
        passes.Validate();
        PythonPipeline.InstallModuleCompiler(passes);
        var stdin = new StreamReader(ctx.In);
        Pytk.Vm.Modules.Reset(Directory.GetCurrentDirectory());
        string top = args[0].Split('.')[0];
        if (Pytk.Vm.Modules.Find(top, null) is not { } spec)
        {
            ctx.Err.WriteLine($"pytk: No module named {top}");
            return 1;
        }
        Pytk.Vm.Modules.MainModuleName = args[0];
        Pytk.Vm.Loop.Trace = trace ? ctx.Err : null;
        // The real code is found and compiled inside the run (after sys.path is set); this stands in until then.
        var placeholder = new Pytk.Vm.CodeObject { Name = "<module>", QualName = "<module>", Filename = "<run -m>" };
        try { return Pytk.Vm.Host.RunMain(placeholder, spec.Origin ?? args[0], args[1..], ctx.Out, ctx.Err, stdin); }
        finally { Pytk.Vm.Loop.Trace = null; Pytk.Vm.Modules.MainModuleName = null; }
    }
}
