namespace Pytk.Cli;

/// <summary>`pytk run FILE [args...]`: runs a program as `python3.13 FILE args...` does.</summary>
public static class RunCommand
{
    public static int Run(CliContext ctx, string[] args)
    {
        args = args.Where(a => a != "--verbose").ToArray();
        int i = 0;
        bool trace = false;
        if (i < args.Length && args[i] == "--trace") { trace = true; i++; }
        if (i < args.Length && args[i] is "-h" or "--help")
        {
            ctx.Out.WriteLine("usage: pytk run [--trace] FILE [args ...]");
            ctx.Out.WriteLine();
            ctx.Out.WriteLine("Compiles FILE to bytecode and runs it on the pytk VM, as `python3.13 FILE args` does.");
            return 0;
        }
        if (i < args.Length && args[i].StartsWith('-') && args[i] != "-") throw new UsageException($"unrecognized arguments: {args[i]}");
        if (i >= args.Length) throw new UsageException("the following arguments are required: FILE");
        string path = args[i];
        try
        {
            var code = PythonPipeline.CompileFile(ctx, path);
            PythonPipeline.InstallModuleCompiler();
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
}
