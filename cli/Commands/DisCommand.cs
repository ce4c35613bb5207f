namespace Pytk.Cli;

/// <summary>`pytk dis FILE`: the bytecode of FILE laid out as `python3.13 -m dis FILE` lays it out.</summary>
public static class DisCommand
{
    public static int Run(CliContext ctx, CommandArgs args)
    {
        var passes = PassOptions.From(args);
        bool json = args.Get(Opt.Format, "text") == "json", adaptive = args.Has(Opt.Adaptive);
        if (json) passes.Run.Json = true; // pass reports as JSON too (on stderr)
        string path = args.OneFile(null) ?? throw new UsageException("the following arguments are required: FILE");
        passes.Validate();
        try
        {
            var code = path.EndsWith(".pyc", StringComparison.Ordinal) || CodeCache.LooksLikePyc(path)
                ? PythonPipeline.LoadPyc(ctx, path) : PythonPipeline.CompileFile(ctx, path, passes);
            if (adaptive)
            {
                // The program runs to completion on the default loop; the code objects it ran keep their quickened
                // instructions, which the listing then shows. Its own output goes to stderr, so stdout is the listing.
                PythonPipeline.InstallModuleCompiler(passes);
                Host.Run(code, path, [path], ctx.Err, ctx.Err, new StreamReader(ctx.In), new HostOptions { QuickenInPlace = true });
            }
            if (json) ctx.Out.WriteLine(ReportDocuments.Dis(code, path));
            else ctx.Out.Write(PyCode.Disassemble(code));
            return 0;
        }
        catch (PythonPipeline.Failed f)
        {
            return f.Status;
        }
    }
}
