namespace Pytk.Cli;

/// <summary>`pytk dis FILE`: the bytecode of FILE laid out as `python3.13 -m dis FILE` lays it out.</summary>
public static class DisCommand
{
    public static int Run(CliContext ctx, string[] args)
    {
        args = args.Where(a => a != "--verbose").ToArray();
        string? path = null;
        var passes = new PassOptions();
        bool json = false, adaptive = false;
        for (int k = 0; k < args.Length; k++)
        {
            if (passes.TryParse(args, ref k)) continue;
            string a = args[k];
            if (a == "--format" || a.StartsWith("--format="))
            {
                string f = a.Length > 8 ? a[9..] : k + 1 < args.Length ? args[++k] : throw new UsageException("argument --format: expected one argument");
                json = f switch
                {
                    "text" => false,
                    "json" => true,
                    _ => throw new UsageException($"argument --format: invalid choice: '{f}' (choose from 'text', 'json')"),
                };
                passes.Run.Json = json; // pass reports as JSON too (on stderr)
                continue;
            }
            if (a == "--adaptive")
            {
                adaptive = true;
                continue;
            }
            if (a.StartsWith('-') && a != "-") throw new UsageException($"unrecognized arguments: {a}");
            if (path is not null) throw new UsageException($"unrecognized arguments: {a}");
            path = a;
        }
        if (path is null) throw new UsageException("the following arguments are required: FILE");
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
