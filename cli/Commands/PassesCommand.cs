using Pytk.Passes;

namespace Pytk.Cli;

/// <summary>`pytk passes [--plugin PATH.dll|PATH.py]...`: every known pass with its origin and description, then the
/// presets' contents, in the registry's deterministic order.</summary>
public static class PassesCommand
{
    public static int Run(CliContext ctx, CommandArgs args)
    {
        if (args.Files.Count > 0) throw new UsageException($"unrecognized arguments: {string.Join(' ', args.Files)}");
        var options = PassOptions.From(args);
        var registry = options.Registry();
        ctx.Out.WriteLine("passes:");
        int width = registry.Entries.Max(e => e.Name.Length) + 2;
        foreach (var e in registry.Entries)
        {
            ctx.Out.WriteLine($"  {e.Name.PadRight(width)}{e.Pass.Description}{(e.Origin == "built-in" ? "" : $" [plugin {e.Origin}]")}");
            foreach (var o in e.Pass.Options)
                ctx.Out.WriteLine($"  {"".PadRight(width)}--pass-opt {e.Name}.{o.Name}={o.TypeName} (default {o.Default})  {o.Description}");
            foreach (var p in e.Pass.Placements)
                ctx.Out.WriteLine($"  {"".PadRight(width)}joins {p.Preset}{(p.After is { Count: > 0 } a ? " after " + string.Join(", ", a) : "")}{(p.Before is { Count: > 0 } b ? " before " + string.Join(", ", b) : "")}");
        }
        ctx.Out.WriteLine();
        ctx.Out.WriteLine("presets:");
        foreach (var p in Presets.All)
        {
            string flag = p.Name == "default" ? "--passes default" : "-" + p.Name;
            var passes = registry.PresetPasses(p);
            ctx.Out.WriteLine($"  {flag,-18}{(passes.Count == 0 ? "(none)" : string.Join(",", passes))}    # {p.Description}");
        }
        return 0;
    }
}
