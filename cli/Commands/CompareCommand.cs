using System.Text;
using Pytk.Grammar;
using Pytk.Passes;
using Pytk.Syntax;
using Pytk.Vm;

namespace Pytk.Cli;

/// <summary>
/// `pytk compare FILE --passes A --against B [--view ast|source|dis] [--side-by-side] [--color auto|always|never]`:
/// the file after pipeline A next to the file after pipeline B (default: no passes), as a unified or
/// two-column diff of the AST dump, the unparsed source or the disassembly, then tables of what changed:
/// node counts per kind and static instruction counts per opcode (pytk's compiler).
/// Colour only on a terminal unless asked for.
/// </summary>
public static class CompareCommand
{
    public static int Run(CliContext ctx, string[] args)
    {
        var a = new PassOptions();
        string against = "O0";
        string view = "ast";
        bool sideBySide = false, dynamic = false;
        string color = "auto";
        string? path = null;
        int width = 60;
        for (int i = 0; i < args.Length; i++)
        {
            if (a.TryParse(args, ref i)) continue;
            string arg = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"argument {arg}: expected one argument");
            switch (arg)
            {
                case "--against": against = Value(); break;
                case "--source": view = "source"; break;
                case "--dis": view = "dis"; break;
                case "--dynamic": dynamic = true; break;
                case "--view":
                    view = Value();
                    if (view is not ("ast" or "source" or "dis")) throw new UsageException($"argument --view: invalid choice: '{view}' (choose from 'ast', 'source', 'dis')");
                    break;
                case "--side-by-side" or "-y": sideBySide = true; break;
                case "--width":
                    if (!int.TryParse(Value(), out width) || width < 20) throw new UsageException("argument --width: expected an int of at least 20");
                    break;
                case "--color" or "--colour":
                    color = Value();
                    if (color is not ("auto" or "always" or "never")) throw new UsageException($"argument --color: invalid choice: '{color}' (choose from 'auto', 'always', 'never')");
                    break;
                case "-h" or "--help":
                    ctx.Out.WriteLine("usage: pytk compare FILE [--passes A | -O1 ...] [--against B] [--view ast|source|dis] [--dynamic] [--side-by-side] [--width N] [--color WHEN]");
                    ctx.Out.WriteLine();
                    ctx.Out.WriteLine("Shows FILE after pipeline A against FILE after pipeline B (default: no passes): a diff of the AST");
                    ctx.Out.WriteLine("dump (--view ast, the default), of the unparsed source (--view source, or --source) or of the");
                    ctx.Out.WriteLine("disassembly (--view dis, or --dis); then node counts per kind and instruction counts per opcode.");
                    ctx.Out.WriteLine("--dynamic also runs both on pytk's VM (no arguments, empty stdin) and shows the instructions");
                    ctx.Out.WriteLine("executed per opcode, and whether the two runs printed the same.");
                    ctx.Out.WriteLine("The print options (--print-after-all ...) report on pipeline A.");
                    ctx.Out.Write(PassOptions.Help);
                    return 0;
                default:
                    if (arg.StartsWith('-')) throw new UsageException($"unrecognized arguments: {arg}");
                    if (path is not null) throw new UsageException($"unrecognized arguments: {arg}");
                    path = arg;
                    break;
            }
        }
        if (path is null) throw new UsageException("the following arguments are required: FILE");
        a.Validate();
        var pipelineB = a.Registry().ParsePipeline(against);
        var error = new StringBuilder();
        var treeB0 = SourceFiles.Load(path, null, new PassOptions(), error);
        if (treeB0 is null) { ctx.Err.Write(error.ToString()); return 1; }
        var log = new StringWriter(error) { NewLine = "\n" };
        var treeA = SourceParser.OnBigStack(() => a.Apply(treeB0, log));
        var treeB = SourceParser.OnBigStack(() => PassRunner.Run(treeB0, pipelineB, new RunOptions(), log));
        ctx.Err.Write(error.ToString());

        string sourceText = SourceDecoder.Decode(File.ReadAllBytes(path), path).Item2;
        var codeA = CompareBytecode.Compile(treeA, path, sourceText, out var whyA);
        var codeB = CompareBytecode.Compile(treeB, path, sourceText, out var whyB);
        if (view == "dis" && (codeA is null || codeB is null))
        {
            ctx.Err.WriteLine($"pytk compare: cannot compile: {whyA ?? whyB}");
            return 1;
        }
        Func<ModNode, CodeObject?, string> show = view switch
        {
            "source" => (m, _) => Unparser.Unparse(m),
            "dis" => (_, c) => CompareBytecode.Dis(c!),
            _ => (m, _) => AstDump.Dump(m, 3),
        };
        string textA = show(treeA, codeA), textB = show(treeB, codeB);
        bool colour = color == "always" || color == "auto" && ctx.Out is StreamWriter && !Console.IsOutputRedirected;
        string nameA = string.Join(",", a.Pipeline().Select(e => e.Name)), nameB = string.Join(",", pipelineB.Select(e => e.Name));
        nameA = nameA.Length == 0 ? "(no passes)" : nameA;
        nameB = nameB.Length == 0 ? "(no passes)" : nameB;
        var o = ctx.Out;
        o.WriteLine($"A: {nameA}");
        o.WriteLine($"B: {nameB}");
        if (textA == textB) o.WriteLine($"no difference between {nameA} and {nameB}");
        else if (sideBySide) WriteSideBySide(o, textA, textB, nameA, nameB, width, colour);
        else
            foreach (var line in UnifiedDiff.Format(textB, textA, nameB, nameA).TrimEnd('\n').Split('\n'))
                o.WriteLine(!colour ? line : line.StartsWith('+') ? Green(line) : line.StartsWith('-') ? Red(line) : line.StartsWith('@') ? Cyan(line) : line);
        o.WriteLine();
        WriteCounts(o, "node kind", NodeCounter.ByKind(treeB), NodeCounter.ByKind(treeA), colour);
        o.WriteLine();
        if (codeA is null || codeB is null) o.WriteLine($"(no bytecode: {whyA ?? whyB})");
        else WriteCounts(o, "instruction", CompareBytecode.StaticCounts(codeB), CompareBytecode.StaticCounts(codeA), colour);
        if (dynamic && codeA is not null && codeB is not null)
        {
            var runB = CompareDynamic.Run(codeB, path, new PassOptions());
            var runA = CompareDynamic.Run(codeA, path, a);
            o.WriteLine();
            o.WriteLine(runA.Output == runB.Output && runA.Status == runB.Status
                ? $"runs: same output and exit status {runA.Status}"
                : $"runs: DIFFERENT (exit status B {runB.Status}, A {runA.Status}; output {(runA.Output == runB.Output ? "same" : "differs")})");
            WriteCounts(o, "executed", runB.Counts, runA.Counts, colour);
        }
        return 0;
    }

    static string Red(string s) => "\u001b[31m" + s + "\u001b[0m";
    static string Green(string s) => "\u001b[32m" + s + "\u001b[0m";
    static string Cyan(string s) => "\u001b[36m" + s + "\u001b[0m";

    static string Cell(string s, int width) => s.Length > width ? s[..(width - 1)] + "…" : s.PadRight(width);

    /// <summary>B on the left, A on the right; changed runs are paired line by line, `|` marks a change,
    /// `&lt;` a line only on the left, `&gt;` one only on the right (as `diff -y`).</summary>
    static void WriteSideBySide(TextWriter o, string textA, string textB, string nameA, string nameB, int width, bool colour)
    {
        static string[] Lines(string s) => s.TrimEnd('\n').Split('\n');
        var lines = UnifiedDiff.Compare(Lines(textB), Lines(textA));
        o.WriteLine($"{Cell(nameB, width)}   {nameA}");
        o.WriteLine($"{new string('-', width)}   {new string('-', width)}");
        int i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Kind == UnifiedDiff.Kind.Same) { o.WriteLine($"{Cell(lines[i].Text, width)}   {lines[i].Text}"); i++; continue; }
            var removed = new List<string>();
            var added = new List<string>();
            while (i < lines.Count && lines[i].Kind != UnifiedDiff.Kind.Same)
            {
                (lines[i].Kind == UnifiedDiff.Kind.Removed ? removed : added).Add(lines[i].Text);
                i++;
            }
            for (int k = 0; k < Math.Max(removed.Count, added.Count); k++)
            {
                string left = k < removed.Count ? removed[k] : "", right = k < added.Count ? added[k] : "";
                char mark = k < removed.Count && k < added.Count ? '|' : k < removed.Count ? '<' : '>';
                string row = $"{Cell(left, width)} {mark} {right}";
                o.WriteLine(colour ? (mark == '<' ? Red(row) : mark == '>' ? Green(row) : Cyan(row)) : row);
            }
        }
    }

    /// <summary>B and A counts per key, only the rows that differ, then the total (fewer is green).</summary>
    static void WriteCounts(TextWriter o, string title, SortedDictionary<string, int> b, SortedDictionary<string, int> a, bool colour)
    {
        const int w = 8;
        int kw = Math.Max(16, b.Keys.Union(a.Keys).Select(k => k.Length).DefaultIfEmpty(0).Max());
        o.WriteLine($"{title.PadRight(kw)} {"B",-w} {"A",-w} {"A-B",7}");
        foreach (var kind in b.Keys.Union(a.Keys).Order(StringComparer.Ordinal))
        {
            int nb = b.GetValueOrDefault(kind), na = a.GetValueOrDefault(kind);
            if (na == nb) continue; // only kinds whose count changed; the total covers the rest
            string row = $"{kind.PadRight(kw)} {nb.ToString().PadRight(w)} {na.ToString().PadRight(w)} {na - nb,7:+0;-0;0}";
            o.WriteLine(colour ? (na < nb ? Green(row) : Red(row)) : row);
        }
        int tb = b.Values.Sum(), ta = a.Values.Sum();
        o.WriteLine($"{"total".PadRight(kw)} {tb.ToString().PadRight(w)} {ta.ToString().PadRight(w)} {ta - tb,7:+0;-0;0}");
    }
}
