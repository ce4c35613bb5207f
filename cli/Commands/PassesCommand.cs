using Pytk.Passes;

namespace Pytk.Cli;

/// <summary>`pytk passes [--plugin PATH.dll]...`: every known pass with its origin and description, then the
/// presets' contents, in the registry's deterministic order.</summary>
public static class PassesCommand
{
    public static int Run(CliContext ctx, string[] args)
    {
        var options = new PassOptions();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "-h" or "--help")
            {
                ctx.Out.WriteLine("usage: pytk passes [--plugin PATH.dll]...");
                return 0;
            }
            if (!options.TryParse(args, ref i)) throw new UsageException($"unrecognized arguments: {args[i]}");
        }
        var registry = options.Registry();
        ctx.Out.WriteLine("passes:");
        int width = registry.Entries.Max(e => e.Name.Length) + 2;
        foreach (var e in registry.Entries)
            ctx.Out.WriteLine($"  {e.Name.PadRight(width)}{e.Pass.Description}{(e.Origin == "built-in" ? "" : $" [plugin {e.Origin}]")}");
        ctx.Out.WriteLine();
        ctx.Out.WriteLine("presets:");
        foreach (var p in Presets.All)
        {
            string flag = p.Name == "default" ? "--passes default" : "-" + p.Name;
            ctx.Out.WriteLine($"  {flag,-18}{(p.Passes.Count == 0 ? "(none)" : string.Join(",", p.Passes))}    # {p.Description}");
        }
        return 0;
    }
}
