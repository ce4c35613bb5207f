using System.Text;
using System.Text.Json;
using Pytk.Grammar;
using Pytk.Passes;
using Pytk.Syntax;
using Pytk.Vm;

namespace Pytk.Cli;

/// <summary>
/// `pytk compare FILE --pipeline NAME=SPEC --pipeline NAME=SPEC ... [--view ast|source|dis] [--dynamic]`:
/// the file after each pipeline, each against the first (the base), as a unified or two-column diff of the
/// AST dump, the unparsed source or the disassembly, then tables of what changed: node counts per kind and
/// static instruction counts per opcode (pytk's compiler). `--dynamic` runs every pipeline's code on the VM
/// (with `--stdin FILE` and the arguments after `--`) and diffs the outputs; `--expect-same` makes a
/// difference in behaviour exit 1. `--format json` gives all of it as one document (docs/reports.md).
/// The older two-pipeline form `--passes A --against B` is the same as `--pipeline B=B --pipeline A=A`.
/// </summary>
public static class CompareCommand
{
    /// <summary>One pipeline of a comparison and everything learnt about it.</summary>
    sealed class Pipeline(string name, string spec, PassOptions options)
    {
        public string Name { get; } = name;
        public string Spec { get; } = spec;
        public PassOptions Options { get; } = options;
        public ModNode Tree { get; set; } = null!;
        public CodeObject? Code { get; set; }
        public string? Why { get; set; }
        public List<PassRecord> Records { get; } = [];
        public string Log { get; set; } = "";
        public CompareDynamic.Outcome? Outcome { get; set; }
        public RunOptions Reported { get; set; } = new();
        public string Passes => Options.HasPipeline ? string.Join(",", Options.Pipeline().Select(e => e.Name)) : "";
        public string Title => $"{Name}: {(Passes.Length == 0 ? "(no passes)" : Passes)}";
    }

    public static int Run(CliContext ctx, CommandArgs args)
    {
        // pass options: --passes and -O outside --pipeline are the old pipeline A; the others apply to every pipeline
        var passOptions = args.Given.Where(g => PassOptions.IsPassOption(g.Spec)).ToList();
        var legacyA = passOptions.Where(g => g.Spec == Opt.Passes || g.Spec == Opt.Preset).ToList();
        var shared = passOptions.Except(legacyA).ToList();
        var specs = new List<(string Name, string Spec)>();
        foreach (var (name, spec) in args.All<KeyValuePair<string, string>>(Opt.Pipeline))
        {
            if (specs.Any(s => s.Name == name)) throw new UsageException($"argument --pipeline: the name '{name}' is given twice");
            specs.Add((name, spec));
        }
        string? against = args.Text(Opt.Against);
        string view = args.Has(Opt.View) ? args.Text(Opt.View)! : args.Has(Opt.Dis) ? "dis" : args.Has(Opt.Source) ? "source" : "ast";
        string format = args.Get(Opt.Format, "text");
        bool sideBySide = args.Has(Opt.SideBySide), expectSame = args.Has(Opt.ExpectSame), dynamic = expectSame || args.Has(Opt.Dynamic);
        string? stdinPath = args.Text(Opt.Stdin);
        string[] programArgs = [.. args.AfterDashes];
        int width = args.Get(Opt.Width, 60);
        var files = args.Files.Take(args.Files.Count - args.AfterDashes.Count).ToList();
        if (files.Count > 1) throw new UsageException($"unrecognized arguments: {string.Join(' ', files.Skip(1))}");
        string path = files.Count == 1 ? files[0] : throw new UsageException("the following arguments are required: FILE");
        if (specs.Count > 0 && (legacyA.Count > 0 || against is not null))
            throw new UsageException("--pipeline cannot be mixed with --passes, -O or --against (give every pipeline with --pipeline)");
        if (specs.Count == 1) throw new UsageException("--pipeline: give at least two pipelines (the first is the base the others are compared with)");
        var pipelines = specs.Count > 0
            ? specs.Select(s => Make(s.Name, s.Spec, shared)).ToList()
            : [Make("B", against ?? "O0", shared), Make("A", legacyA, shared)];
        foreach (var p in pipelines) p.Options.Validate();
        // FILE `-` (or -c CODE): the program is pytk's standard input, which then cannot also be the runs'
        byte[]? program = path == "-" ? ReadAll(ctx.In) : null;
        if (program is not null && stdinPath == "-") throw new UsageException("argument --stdin: - is the program itself (FILE is -); give the runs' input as a file");
        byte[]? stdinBytes = stdinPath switch
        {
            null => null,
            "-" => ReadAll(ctx.In),
            var f => File.Exists(f) ? File.ReadAllBytes(f) : throw new UsageException($"argument --stdin: no such file: '{f}'"),
        };
        bool json = format == "json";

        var error = new StringBuilder();
        var tree0 = SourceFiles.Load(path, program, new PassOptions(), error);
        if (tree0 is null) { ctx.Err.Write(error.ToString()); return 1; }
        if (program is not null) path = "<stdin>";
        string sourceText = SourceDecoder.Decode(program ?? File.ReadAllBytes(path), path).Item2;
        foreach (var p in pipelines)
        {
            // each pipeline gets its own copy: a pass that edits its input cannot leak into another pipeline
            var log = new StringWriter { NewLine = "\n" };
            var run = p.Options.Run;
            run.File = path;
            if (json) run.Json = false;
            var input = AstCopy.Deep(tree0);
            p.Reported = json ? Quiet(run) : run;
            p.Tree = p.Options.HasPipeline
                ? SourceParser.OnBigStack(() => PassRunner.Run(input, p.Options.Pipeline(), p.Reported, log, p.Records))
                : input;
            p.Log = log.ToString();
            p.Code = CompareBytecode.Compile(p.Tree, path, sourceText, out var why);
            p.Why = why;
            if (!json && p.Log.Length > 0) ctx.Err.Write((pipelines.Count > 2 || specs.Count > 0 ? $"== {p.Name}\n" : "") + p.Log);
        }
        if (view == "dis" && pipelines.FirstOrDefault(p => p.Code is null) is { } bad)
        {
            ctx.Err.WriteLine($"pytk compare: cannot compile after pipeline {bad.Name}: {bad.Why}");
            return 1;
        }
        Func<Pipeline, string> show = view switch
        {
            "source" => p => Unparser.Unparse(p.Tree),
            "dis" => p => CompareBytecode.Dis(p.Code!),
            _ => p => AstDump.Dump(p.Tree, 3),
        };
        var texts = pipelines.Select(show).ToList();
        bool canRun = pipelines.All(p => p.Code is not null);
        if (dynamic && canRun)
            foreach (var p in pipelines) p.Outcome = CompareDynamic.Run(p.Code!, path, p.Options, stdinBytes, programArgs);
        var basis = pipelines[0];
        var differing = pipelines.Skip(1).Where(p => p.Outcome is { } o && !o.SameBehaviour(basis.Outcome!)).ToList();

        if (json) ctx.Out.WriteLine(Json(path, view, pipelines, texts, dynamic, canRun, stdinPath, programArgs));
        else WriteText(ctx.Out, ctx.Err, pipelines, texts, sideBySide, width,
            ctx.Colour(ctx.StdoutIsTerminal),
            dynamic, canRun, stdinPath, programArgs);
        if (dynamic && !canRun)
        {
            ctx.Err.WriteLine($"pytk compare: cannot run: {pipelines.First(p => p.Code is null).Why}");
            return 1;
        }
        if (expectSame && differing.Count > 0)
        {
            ctx.Err.WriteLine($"pytk compare: --expect-same: {string.Join(", ", differing.Select(p => $"{p.Name} ({basis.Outcome!.Differences(p.Outcome!)})"))} behave differently from {basis.Name}");
            return 1;
        }
        return 0;
    }

    static Pipeline Make(string name, string spec, List<Given> shared)
    {
        var words = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (words.Count > 0 && !words[0].StartsWith('-')) words.Insert(0, "--passes");
        var own = CommandLine.ParsePassWords($"pipeline {name}", [.. words]);
        if (own.Files.Count > 0) throw new UsageException($"pipeline {name}: not a pass option: '{own.Files[0]}'");
        return new Pipeline(name, spec, new PassOptions().Apply(shared).Apply(own.Given));
    }

    static Pipeline Make(string name, List<Given> pipeline, List<Given> shared) =>
        new(name, string.Join(" ", pipeline.Select(g => g.Text ?? g.Name)), new PassOptions().Apply(shared).Apply(pipeline));

    static RunOptions Quiet(RunOptions run)
    {
        // JSON: the records carry time, stats and remarks; nothing to print to the log
        var q = new RunOptions { TimePasses = run.TimePasses, TimeRepeats = run.TimeRepeats, Stats = true, Remarks = run.Remarks,
            BisectLimit = run.BisectLimit, BisectChanges = run.BisectChanges, CheckInput = run.CheckInput, File = run.File, Json = true, WriteReports = false };
        foreach (var (k, v) in run.PassOptions) q.PassOptions[k] = v;
        return q;
    }

    static byte[] ReadAll(Stream s)
    {
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }

    static void WriteText(TextWriter o, TextWriter err, List<Pipeline> pipelines, List<string> texts, bool sideBySide, int width,
        bool colour, bool dynamic, bool canRun, string? stdinPath, string[] programArgs)
    {
        foreach (var p in pipelines) o.WriteLine(p.Title);
        var basis = pipelines[0];
        for (int k = 1; k < pipelines.Count; k++)
        {
            var p = pipelines[k];
            if (texts[k] == texts[0]) o.WriteLine($"no difference between {basis.Name} and {p.Name}");
            else if (sideBySide) WriteSideBySide(o, texts[0], texts[k], basis.Title, p.Title, width, colour);
            else WriteDiff(o, UnifiedDiff.Format(texts[0], texts[k], basis.Title, p.Title), colour);
        }
        o.WriteLine();
        WriteCounts(o, "node kind", pipelines.Select(p => p.Name).ToList(), pipelines.Select(p => NodeCounter.ByKind(p.Tree)).ToList(), colour);
        o.WriteLine();
        if (pipelines.FirstOrDefault(p => p.Code is null) is { } broken) o.WriteLine($"(no bytecode for {broken.Name}: {broken.Why})");
        else WriteCounts(o, "instruction", pipelines.Select(p => p.Name).ToList(), pipelines.Select(p => CompareBytecode.StaticCounts(p.Code!)).ToList(), colour);
        if (!dynamic || !canRun) return;
        o.WriteLine();
        o.WriteLine($"runs (stdin: {stdinPath ?? "empty"}; arguments: {(programArgs.Length == 0 ? "none" : string.Join(" ", programArgs))}):");
        var b = basis.Outcome!;
        o.WriteLine($"  {basis.Name}: exit status {b.Status}, {Lines(b.Stdout)} lines on stdout, {Lines(b.Stderr)} on stderr");
        foreach (var p in pipelines.Skip(1))
        {
            var r = p.Outcome!;
            o.WriteLine(r.SameBehaviour(b)
                ? $"  {p.Name}: same output and exit status as {basis.Name}"
                : $"  {p.Name}: DIFFERENT from {basis.Name}: {b.Differences(r)}");
        }
        foreach (var p in pipelines.Skip(1))
        {
            var r = p.Outcome!;
            if (r.Stdout != b.Stdout) WriteDiff(o, UnifiedDiff.Format(b.Stdout, r.Stdout, $"stdout of {basis.Name}", $"stdout of {p.Name}"), colour);
            if (r.Stderr != b.Stderr) WriteDiff(o, UnifiedDiff.Format(b.Stderr, r.Stderr, $"stderr of {basis.Name}", $"stderr of {p.Name}"), colour);
        }
        o.WriteLine();
        WriteCounts(o, "executed", pipelines.Select(p => p.Name).ToList(), pipelines.Select(p => p.Outcome!.Counts).ToList(), colour);
    }

    static int Lines(string s) => s.Length == 0 ? 0 : s.TrimEnd('\n').Split('\n').Length;

    static void WriteDiff(TextWriter o, string diff, bool colour)
    {
        foreach (var line in diff.TrimEnd('\n').Split('\n'))
            o.WriteLine(!colour ? line : line.StartsWith('+') ? Green(line) : line.StartsWith('-') ? Red(line) : line.StartsWith('@') ? Cyan(line) : line);
    }

    static string Json(string path, string view, List<Pipeline> pipelines, List<string> texts, bool dynamic, bool canRun,
        string? stdinPath, string[] programArgs) =>
        ReportJson.Document("compare", w =>
        {
            w.WriteString("file", path);
            w.WriteString("view", view);
            w.WriteString("base", pipelines[0].Name);
            w.WriteStartArray("pipelines");
            foreach (var p in pipelines)
            {
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                w.WriteString("spec", p.Spec);
                w.WriteStartArray("passes");
                foreach (var e in p.Options.HasPipeline ? p.Options.Pipeline() : []) w.WriteStringValue(e.Name);
                w.WriteEndArray();
                var nodes = NodeCounter.ByKind(p.Tree);
                ReportJson.WriteCounts(w, "nodes", nodes);
                w.WriteNumber("nodes_total", nodes.Values.Sum());
                if (p.Code is { } code)
                {
                    var counts = CompareBytecode.StaticCounts(code);
                    ReportJson.WriteCounts(w, "instructions", counts);
                    w.WriteNumber("instructions_total", counts.Values.Sum());
                    w.WriteNull("compile_error");
                }
                else
                {
                    w.WriteNull("instructions");
                    w.WriteNull("instructions_total");
                    w.WriteString("compile_error", p.Why);
                }
                w.WriteStartObject("report");
                ReportJson.WritePassesBody(w, p.Records, p.Reported);
                w.WriteEndObject();
                w.WriteString("log", p.Log);
                if (p.Outcome is { } r)
                {
                    w.WriteStartObject("run");
                    w.WriteNumber("status", r.Status);
                    w.WriteString("stdout", r.Stdout);
                    w.WriteString("stderr", r.Stderr);
                    w.WriteBoolean("same_as_base", r.SameBehaviour(pipelines[0].Outcome!));
                    ReportJson.WriteCounts(w, "executed", r.Counts);
                    w.WriteNumber("executed_total", r.Instructions);
                    w.WriteEndObject();
                }
                else w.WriteNull("run");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("diffs");
            for (int k = 1; k < pipelines.Count; k++)
            {
                string diff = UnifiedDiff.Format(texts[0], texts[k], pipelines[0].Title, pipelines[k].Title);
                w.WriteStartObject();
                w.WriteString("from", pipelines[0].Name);
                w.WriteString("to", pipelines[k].Name);
                w.WriteBoolean("same", diff.Length == 0);
                w.WriteNumber("hunks", diff.Split('\n').Count(l => l.StartsWith("@@ ")));
                w.WriteString("unified", diff);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("dynamic");
            w.WriteBoolean("ran", dynamic && canRun);
            if (stdinPath is null) w.WriteNull("stdin"); else w.WriteString("stdin", stdinPath);
            w.WriteStartArray("args");
            foreach (var a in programArgs) w.WriteStringValue(a);
            w.WriteEndArray();
            if (dynamic && canRun) w.WriteBoolean("all_same", pipelines.Skip(1).All(p => p.Outcome!.SameBehaviour(pipelines[0].Outcome!)));
            else w.WriteNull("all_same");
            w.WriteEndObject();
        });

    static string Red(string s) => "\u001b[31m" + s + "\u001b[0m";
    static string Green(string s) => "\u001b[32m" + s + "\u001b[0m";
    static string Cyan(string s) => "\u001b[36m" + s + "\u001b[0m";

    static string Cell(string s, int width) => s.Length > width ? s[..(width - 1)] + "…" : s.PadRight(width);

    /// <summary>The base on the left, the other on the right; changed runs are paired line by line, `|` marks a
    /// change, `&lt;` a line only on the left, `&gt;` one only on the right (as `diff -y`).</summary>
    static void WriteSideBySide(TextWriter o, string left0, string right0, string nameLeft, string nameRight, int width, bool colour)
    {
        static string[] Lines(string s) => s.TrimEnd('\n').Split('\n');
        var lines = UnifiedDiff.Compare(Lines(left0), Lines(right0));
        o.WriteLine($"{Cell(nameLeft, width)}   {nameRight}");
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

    /// <summary>Counts per key, one column per pipeline, then each pipeline's difference from the base; only
    /// the rows that differ somewhere, then the totals (fewer than the base is green).</summary>
    static void WriteCounts(TextWriter o, string title, List<string> names, List<SortedDictionary<string, int>> counts, bool colour)
    {
        const int w = 8;
        int kw = Math.Max(16, counts.SelectMany(c => c.Keys).Select(k => k.Length).DefaultIfEmpty(0).Max());
        var deltas = names.Skip(1).Select(n => $"{n}-{names[0]}").ToList();
        var header = new StringBuilder(title.PadRight(kw));
        foreach (var n in names) header.Append(' ').Append(n.PadRight(w));
        foreach (var d in deltas) header.Append(' ').Append(d.PadLeft(Math.Max(7, d.Length)));
        o.WriteLine(header.ToString().TrimEnd());
        string Row(string key, List<int> values)
        {
            var row = new StringBuilder(key.PadRight(kw));
            foreach (var v in values) row.Append(' ').Append(v.ToString().PadRight(w));
            for (int k = 1; k < values.Count; k++)
                row.Append(' ').Append((values[k] - values[0]).ToString("+0;-0;0").PadLeft(Math.Max(7, deltas[k - 1].Length)));
            return row.ToString();
        }
        foreach (var key in counts.SelectMany(c => c.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            var values = counts.Select(c => c.GetValueOrDefault(key)).ToList();
            if (values.All(v => v == values[0])) continue; // only kinds whose count changed; the total covers the rest
            string row = Row(key, values);
            o.WriteLine(colour ? (values.Skip(1).All(v => v <= values[0]) ? Green(row) : Red(row)) : row);
        }
        o.WriteLine(Row("total", counts.Select(c => c.Values.Sum()).ToList()));
    }
}
