using System.Diagnostics;
using Pytk.Syntax;

namespace Pytk.Passes;

/// <summary>How to run a pipeline and what to show about it (LLVM opt's -print-after-all and co).</summary>
public sealed class RunOptions
{
    public bool PrintAfterAll { get; set; }
    public HashSet<string> PrintAfter { get; } = [];
    public bool PrintChanged { get; set; }
    public bool TimePasses { get; set; }
    /// <summary>How often <c>--time-passes</c> runs each pass again on the same input after the first run; the
    /// report gives the minimum of those runs (steady state: the JIT has compiled the pass by then).</summary>
    public int TimeRepeats { get; set; } = 5;
    public bool Stats { get; set; }
    /// <summary>Print every <see cref="PassContext.Changed"/> entry (LLVM's <c>-pass-remarks</c>).</summary>
    public bool Remarks { get; set; }
    /// <summary>Reports (time, stats, remarks) as one JSON object per pipeline run (docs/reports.md).</summary>
    public bool Json { get; set; }
    /// <summary>Run only the first N passes of the pipeline (<c>--opt-bisect-limit N</c>); null: all. With
    /// <see cref="BisectChanges"/>, make only the first N changes (<see cref="PassContext.TryChange"/>).</summary>
    public int? BisectLimit { get; set; }
    /// <summary>The unit of <see cref="BisectLimit"/> is one change, not one pass (<c>--bisect-unit change</c>).</summary>
    public bool BisectChanges { get; set; }
    /// <summary>Check after each pass that it left its input tree unchanged (copy-on-write), naming the pass
    /// that did not. On by default: a pass that edits its input corrupts every comparison made with it.</summary>
    public bool CheckInput { get; set; } = true;
    /// <summary>Check each pass's output with the AST validator, naming the pass that left an invalid tree. On by
    /// default; `pytk explore` leaves it off for the built-in passes (a whole-tree walk per pass, per edit).</summary>
    public bool CheckOutput { get; set; } = true;
    /// <summary>False: keep the reports in the records only (a caller that lays them out itself).</summary>
    public bool WriteReports { get; set; } = true;
    /// <summary>The file the tree came from, for reports and failure messages.</summary>
    public string? File { get; set; }
    /// <summary><c>pass.option=value</c> settings handed to every pass through its context.</summary>
    public Dictionary<string, string> PassOptions { get; } = [];
    /// <summary>How a tree is shown by the print options (default: ast.dump with indent 3).</summary>
    public Func<ModNode, string> Printer { get; set; } = m => AstDump.Dump(m, 3);
}

/// <summary>A pass threw or left an invalid tree. The message names the pass, where it came from, the file
/// and the Python line the pass was working on.</summary>
/// <summary>A pass written in another language (a Python pass, `--plugin FILE.py`) failed: the message is that
/// language's own report (Python: the exception's last line, then its traceback), shown as it is.</summary>
public sealed class PassScriptException(string message) : Exception(message);

public sealed class PassFailedException(PassEntry entry, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public PassEntry Entry { get; } = entry;
}

/// <summary>Per-pass record of one run, for --time-passes, --stats and --remarks. <see cref="Time"/> is the
/// steady-state time when timing was asked for (minimum over repeats), <see cref="FirstTime"/> the first run's.</summary>
public sealed record PassRecord(int Index, string Name, bool Ran, bool Changed, TimeSpan Time,
    int NodesBefore, int NodesAfter, IReadOnlyDictionary<string, int> Counters)
{
    public string Origin { get; init; } = "built-in";
    public TimeSpan FirstTime { get; init; }
    public IReadOnlyList<Remark> Remarks { get; init; } = [];
}

/// <summary>
/// Runs a pipeline: for each pass, check cancellation, run it in its own context, check that it left its
/// input alone and that its output is a valid tree (naming the pass on failure), then print what the options
/// ask for. Reports go to <c>log</c>, as text or as one JSON object (<see cref="ReportJson"/>).
/// </summary>
public static class PassRunner
{
    public static ModNode Run(ModNode tree, IReadOnlyList<PassEntry> pipeline, RunOptions options, TextWriter log,
        List<PassRecord>? records = null, CancellationToken cancellation = default) =>
        Run(tree, pipeline, options, log, records, cancellation,
            options.BisectChanges && options.BisectLimit is int n ? new ChangeBudget(n, options.Json ? null : log) : null);

    static ModNode Run(ModNode tree, IReadOnlyList<PassEntry> pipeline, RunOptions options, TextWriter log,
        List<PassRecord>? records, CancellationToken cancellation, ChangeBudget? budget)
    {
        records ??= [];
        bool wantCounts = options.Stats;
        for (int i = 0; i < pipeline.Count; i++)
        {
            var entry = pipeline[i];
            cancellation.ThrowIfCancellationRequested();
            // LLVM: a negative limit means no limit, and every pass still prints its BISECT line
            if (options.BisectLimit is int limit && !options.Json && budget is null)
            {
                bool run = limit < 0 || i < limit;
                log.WriteLine($"BISECT: {(run ? "running" : "NOT running")} pass ({i + 1}) {entry.Name} on module");
            }
            if (options.BisectLimit is int l && l >= 0 && i >= l && budget is null)
            {
                records.Add(new PassRecord(i + 1, entry.Name, false, false, TimeSpan.Zero, 0, 0, new Dictionary<string, int>()) { Origin = entry.Origin });
                continue;
            }
            string? before = options.PrintChanged ? options.Printer(tree) : null;
            int nodesBefore = wantCounts ? NodeCounter.Count(tree) : 0;
            int fingerprint = options.CheckInput ? AstCopy.Fingerprint(tree) : 0;
            var context = NewContext(entry, options, cancellation);
            int budgetAtStart = budget?.Used ?? 0;
            context.Budget = budget;
            var clock = Stopwatch.StartNew();
            var result = RunOne(entry, tree, context, options);
            clock.Stop();
            var first = clock.Elapsed;
            var time = first;
            if (options.TimePasses)
                for (int r = 0; r < options.TimeRepeats; r++)
                {
                    // the same input again: the first run paid for the JIT, these show the pass itself
                    var again = NewContext(entry, options, cancellation);
                    // the same changes as the first run, silently
                    if (budget is not null) again.Budget = new ChangeBudget(budget.Limit, null) { Used = budgetAtStart };
                    clock.Restart();
                    RunOne(entry, tree, again, options);
                    clock.Stop();
                    if (clock.Elapsed < time) time = clock.Elapsed;
                }
            if (options.CheckInput && AstCopy.Fingerprint(tree) != fingerprint)
                throw new PassFailedException(entry, $"{Who(entry)} changed its input tree in place{Where(options, 0)}: a pass must "
                    + "leave the tree it is given alone and return new nodes (ShallowCopy() a node and change the copy, as NodeTransformer does)");
            if (options.CheckOutput && AstValidator.FirstProblem(result) is { } broken)
                throw new PassFailedException(entry, $"{Who(entry)} left an invalid AST{Where(options, 0)}: {broken}");
            foreach (var d in context.Diagnostics)
                log.WriteLine($"{d.Pass}: {d.Severity}: {(d.Line > 0 ? $"line {d.Line}: " : "")}{d.Message}");

            bool changed = !ReferenceEquals(result, tree);
            string? after = null;
            if (options.PrintChanged)
            {
                after = options.Printer(result);
                changed = after != before;
                if (!changed) log.WriteLine($"*** IR Dump After {entry.Name} ({i + 1}) omitted because no change ***");
                else
                {
                    log.WriteLine($"*** IR Dump After {entry.Name} ({i + 1}) changed ***");
                    log.Write(UnifiedDiff.Format(before!, after, $"before {entry.Name}", $"after {entry.Name}"));
                }
            }
            if (options.PrintAfterAll || options.PrintAfter.Contains(entry.Name))
            {
                log.WriteLine($"*** IR Dump After {entry.Name} ({i + 1}) ***");
                log.WriteLine(after ?? options.Printer(result));
            }
            records.Add(new PassRecord(i + 1, entry.Name, true, changed, time, nodesBefore,
                wantCounts ? NodeCounter.Count(result) : 0, context.Counters)
            { Origin = entry.Origin, FirstTime = first, Remarks = context.Remarks });
            tree = result;
        }
        if (!options.WriteReports) return tree;
        if (options.Json)
        {
            if (options.TimePasses || options.Stats || options.Remarks || options.BisectLimit is not null)
                log.WriteLine(ReportJson.Passes(records, options));
            return tree;
        }
        if (options.Remarks) WriteRemarks(log, records, options.File);
        if (options.TimePasses) WriteTimes(log, records, options.TimeRepeats);
        if (options.Stats) WriteStats(log, records);
        return tree;
    }

    /// <summary>
    /// When the tree after a pipeline fails a later check that the input passed (the compiler rejects
    /// <c>1 = False</c> or a module-level <c>return</c> a pass produced), finds the first pass whose output
    /// fails <paramref name="problem"/> (null: fine) by running the pipeline again one pass at a time, and
    /// returns the failure to throw, naming that pass. Null if no single pass is to blame.
    /// </summary>
    public static PassFailedException? Blame(ModNode input, IReadOnlyList<PassEntry> pipeline, RunOptions options,
        Func<ModNode, string?> problem)
    {
        var quiet = new RunOptions { BisectLimit = options.BisectLimit, BisectChanges = options.BisectChanges, File = options.File, CheckInput = false, WriteReports = false };
        foreach (var (k, v) in options.PassOptions) quiet.PassOptions[k] = v;
        // one change budget for the whole pipeline, as in the run being blamed
        var budget = options.BisectChanges && options.BisectLimit is int n ? new ChangeBudget(n, null) : null;
        var tree = input;
        for (int i = 0; i < pipeline.Count; i++)
        {
            if (options.BisectLimit is int l && l >= 0 && i >= l && budget is null) break;
            tree = Run(tree, [pipeline[i]], quiet, TextWriter.Null, null, default, budget);
            if (problem(tree) is { } why)
                return new PassFailedException(pipeline[i], $"{Who(pipeline[i])} produced a tree the compiler rejects{Where(options, 0)}: {why}");
        }
        return null;
    }

    static PassContext NewContext(PassEntry entry, RunOptions options, CancellationToken cancellation) =>
        new(entry.Name, options.PassOptions, cancellation, entry.Pass.Options);

    static ModNode RunOne(PassEntry entry, ModNode tree, PassContext context, RunOptions options)
    {
        VisitTrace.Reset();
        try
        {
            return entry.Pass.Run(tree, context) ?? throw new PassFailedException(entry, $"{Who(entry)} returned no tree{Where(options, 0)}");
        }
        catch (PassFailedException) { throw; }
        catch (OperationCanceledException) { throw; }
        catch (Exception e)
        {
            var cause = e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e;
            throw new PassFailedException(entry, $"{Who(entry)} failed{Where(options, VisitTrace.LastLine)}: {ErrorText.Of(cause)}", cause);
        }
    }

    /// <summary>"pass 'x'" or "pass 'x' (plugin X.dll)".</summary>
    public static string Who(PassEntry e) => e.Origin == "built-in" ? $"pass '{e.Name}'" : $"pass '{e.Name}' (plugin {e.Origin})";

    static string Where(RunOptions options, int line) =>
        (options.File, line) switch
        {
            (null, 0) => "",
            (null, _) => $" at line {line}",
            (var f, 0) => $" in {f}",
            var (f, n) => $" in {f} line {n}",
        };

    static void WriteRemarks(TextWriter log, List<PassRecord> records, string? file)
    {
        // LLVM's -pass-remarks layout: where, "remark:", what, [pass]
        foreach (var r in records)
            foreach (var m in r.Remarks)
                log.WriteLine($"{file ?? "<module>"}:{m.Line}: remark: {m.Message} [{r.Name}:{m.Counter}]");
    }

    static void WriteTimes(TextWriter log, List<PassRecord> records, int repeats)
    {
        var total = records.Aggregate(TimeSpan.Zero, (t, r) => t + r.Time);
        var firstTotal = records.Aggregate(TimeSpan.Zero, (t, r) => t + r.FirstTime);
        log.WriteLine("===-------------------------------------------------------------------------===");
        log.WriteLine("                          Pass execution timing report");
        log.WriteLine("===-------------------------------------------------------------------------===");
        log.WriteLine(repeats > 0
            ? $"  Steady state: each pass ran {repeats} more times on the same input; Wall Time is the minimum of those runs."
            : "  Single run: times include JIT compilation of each pass's code.");
        log.WriteLine($"  Total Execution Time: {total.TotalMilliseconds:F3} ms (first run: {firstTotal.TotalMilliseconds:F3} ms)");
        log.WriteLine();
        log.WriteLine("   Wall Time (ms)    %   First (ms)  Name");
        foreach (var r in records.Where(r => r.Ran).OrderByDescending(r => r.Time))
        {
            double pct = total.Ticks == 0 ? 0 : 100.0 * r.Time.Ticks / total.Ticks;
            log.WriteLine($"  {r.Time.TotalMilliseconds,13:F3}  {pct,5:F1}%  {r.FirstTime.TotalMilliseconds,10:F3}  {r.Name} ({r.Index})");
        }
    }

    static void WriteStats(TextWriter log, List<PassRecord> records)
    {
        log.WriteLine("===-------------------------------------------------------------------------===");
        log.WriteLine("                          Statistics (AST nodes)");
        log.WriteLine("===-------------------------------------------------------------------------===");
        log.WriteLine($"  {"#",3}  {"pass",-18} {"before",8} {"after",8} {"delta",7}  changes");
        foreach (var r in records)
        {
            string counters = string.Join(", ", r.Counters.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value} {c.Key}"));
            if (!r.Ran) { log.WriteLine($"  {r.Index,3}  {r.Name,-18} (not run: bisect limit)"); continue; }
            log.WriteLine($"  {r.Index,3}  {r.Name,-18} {r.NodesBefore,8} {r.NodesAfter,8} {r.NodesAfter - r.NodesBefore,7:+0;-0;0}  {(counters.Length == 0 ? "-" : counters)}");
        }
    }
}

/// <summary>Counts AST nodes, leaving out the shared field-less ones (Load, Add...).</summary>
public static class NodeCounter
{
    public static int Count(AstNode root)
    {
        var v = new CountingVisitor();
        v.Visit(root);
        return v.N;
    }

    sealed class CountingVisitor : NodeVisitor
    {
        public int N;
        public override void Visit(AstNode node)
        {
            if (!node.Info.IsSingleton) N++;
            base.Visit(node);
        }
    }

    /// <summary>Node counts per kind, for `pytk compare`'s table.</summary>
    public static SortedDictionary<string, int> ByKind(AstNode root)
    {
        var v = new KindVisitor();
        v.Visit(root);
        return v.Counts;
    }

    sealed class KindVisitor : NodeVisitor
    {
        public readonly SortedDictionary<string, int> Counts = new(StringComparer.Ordinal);
        public override void Visit(AstNode node)
        {
            if (!node.Info.IsSingleton) Counts[node.Info.Name] = Counts.GetValueOrDefault(node.Info.Name) + 1;
            base.Visit(node);
        }
    }
}
