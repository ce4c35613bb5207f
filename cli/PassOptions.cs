using Pytk.Hosting;
using Pytk.Passes;
using Pytk.Syntax;

namespace Pytk.Cli;

/// <summary>
/// The pass options every tree-printing command shares (dump-ast, unparse, dis, run, compile, compare, passes):
/// <see cref="From(CommandArgs)"/> applies those of a parsed command line, in the order given, and the command
/// calls <see cref="PassPipeline.Apply"/> on its tree (the pipeline itself is Pytk.Hosting's <see cref="PassPipeline"/>).
/// The options are declared in <see cref="Opt"/>; <see cref="Setters"/> says what each does to the pipeline.
/// Without --passes/-O the pipeline is empty, so commands behave as before.
/// </summary>
public sealed class PassOptions : PassPipeline
{
    /// <summary>What each pass option does, given its value (already checked and converted by the grammar).</summary>
    static readonly Dictionary<string, Action<PassOptions, Given>> Setters = new()
    {
        [Opt.Passes.Names[0]] = (p, g) => p.Add((string)g.Value!),
        [Opt.Preset.Names[0]] = (p, g) => p.Add(g.Name[1..]),
        [Opt.Plugin.Names[0]] = (p, g) => p.AddPlugin((string)g.Value!),
        [Opt.PassOpt.Names[0]] = (p, g) => { var (k, v) = (KeyValuePair<string, string>)g.Value!; p.Run.PassOptions[k] = v; },
        [Opt.PrintAfterAll.Names[0]] = (p, _) => p.Run.PrintAfterAll = true,
        [Opt.PrintAfter.Names[0]] = (p, g) => p.Run.PrintAfter.Add((string)g.Value!),
        [Opt.PrintChanged.Names[0]] = (p, _) => p.Run.PrintChanged = true,
        [Opt.PrintFormat.Names[0]] = (p, g) => p.Run.Printer = (string)g.Value! == "source" ? m => Unparser.Unparse(m) : m => AstDump.Dump(m, 3),
        [Opt.TimePasses.Names[0]] = (p, _) => p.Run.TimePasses = true,
        [Opt.TimeRepeats.Names[0]] = (p, g) => p.Run.TimeRepeats = (int)g.Value!,
        [Opt.Stats.Names[0]] = (p, _) => p.Run.Stats = true,
        [Opt.Remarks.Names[0]] = (p, _) => p.Run.Remarks = true,
        [Opt.ReportFormat.Names[0]] = (p, g) => p.Run.Json = (string)g.Value! == "json",
        // as LLVM's -opt-bisect-limit: -1 (the default there) means no limit
        [Opt.OptBisectLimit.Names[0]] = (p, g) => p.Run.BisectLimit = (int)g.Value!,
        [Opt.BisectUnit.Names[0]] = (p, g) => p.Run.BisectChanges = (string)g.Value! == "change",
        [Opt.NoCheckInput.Names[0]] = (p, _) => p.Run.CheckInput = false,
    };

    static PassOptions()
    {
        // every declared pass option does something, and nothing else is taken for one
        var differ = CommandLine.PassOptionSpecs.Select(o => o.Names[0]).ToHashSet();
        differ.SymmetricExceptWith(Setters.Keys);
        if (differ.Count > 0) throw new InvalidOperationException("PassOptions.Setters and CommandLine.PassOptionSpecs disagree on " + string.Join(", ", differ));
    }

    public static bool IsPassOption(OptionSpec o) => Setters.ContainsKey(o.Names[0]);

    /// <summary>The pipeline of a command line's pass options, applied in the order given.</summary>
    public static PassOptions From(CommandArgs args) => new PassOptions().Apply(args.Given);

    /// <summary>Applies the pass options among <paramref name="given"/> (the others are the command's own).</summary>
    public PassOptions Apply(IEnumerable<Given> given)
    {
        foreach (var g in given)
            if (Setters.TryGetValue(g.Spec.Names[0], out var set)) set(this, g);
        return this;
    }

    /// <summary>Consumes args[i] (and its value) if it is a pass option; false otherwise. For callers holding
    /// words of their own (the explorer's pipelines); the names, values and messages are the grammar's.</summary>
    public bool TryParse(string[] args, ref int i)
    {
        string a = args[i];
        string? inline = null;
        int eq = a.IndexOf('=');
        if (a.StartsWith("--") && eq > 0) { inline = a[(eq + 1)..]; a = a[..eq]; }
        if (CommandLine.PassOptionSpecs.FirstOrDefault(o => o.Names.Contains(a)) is not { } spec) return false;
        string? text = null;
        if (spec.Value is not null)
        {
            if (inline is null && i + 1 >= args.Length) throw new UsageException($"argument {spec.Label}: expected one argument");
            text = inline ?? args[++i];
        }
        else if (inline is not null) return false;
        Setters[spec.Names[0]](this, new Given(spec, a, text, text is null ? null : CommandLine.Convert(spec, text)));
        return true;
    }
}
