using System.Diagnostics;
using Pytk.Syntax;

namespace Pytk.Passes;

/// <summary>How to run a pipeline and what to show about it (LLVM opt's -print-after-all & co).</summary>
public sealed class RunOptions
{
    public bool PrintAfterAll { get; set; }
    public HashSet<string> PrintAfter { get; } = [];
    public bool PrintChanged { get; set; }
    public bool TimePasses { get; set; }
    public bool Stats { get; set; }
    /// <summary>Run only the first N passes of the pipeline (<c>--opt-bisect-limit N</c>); null: all.</summary>
    public int? BisectLimit { get; set; }
    /// <summary><c>pass.option=value</c> settings handed to every pass through its context.</summary>
    public Dictionary<string, string> PassOptions { get; } = [];
    /// <summary>How a tree is shown by the print options (default: ast.dump with indent 3).</summary>
    public Func<ModNode, string> Printer { get; set; } = m => AstDump.Dump(m, 3);
}

/// <summary>A pass threw or left an invalid tree. The message names the pass and where it came from.</summary>
public sealed class PassFailedException(PassEntry entry, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public PassEntry Entry { get; } = entry;
}

/// <summary>Per-pass record of one run, for --time-passes and --stats.</summary>
public sealed record PassRecord(int Index, string Name, bool Ran, bool Changed, TimeSpan Time,
    int NodesBefore, int NodesAfter, IReadOnlyDictionary<string, int> Counters);

/// <summary>
/// Runs a pipeline: for each pass, check cancellation, run it in its own context, check the invariants
/// (naming the pass on failure), then print what the options ask for. Reports go to <c>log</c>.
/// </summary>
public static class PassRunner
{
    public static ModNode Run(ModNode tree, IReadOnlyList<PassEntry> pipeline, RunOptions options, TextWriter log,
        List<PassRecord>? records = null, CancellationToken cancellation = default)
    {
        records ??= [];
        bool wantCounts = options.Stats;
        for (int i = 0; i < pipeline.Count; i++)
        {
            var entry = pipeline[i];
            cancellation.ThrowIfCancellationRequested();
            if (options.BisectLimit is int limit)
            {
                bool run = i < limit;
                log.WriteLine($"BISECT: {(run ? "running" : "NOT running")} pass ({i + 1}) {entry.Name} on module");
                if (!run)
                {
                    records.Add(new PassRecord(i + 1, entry.Name, false, false, TimeSpan.Zero, 0, 0, new Dictionary<string, int>()));
                    continue;
                }
            }
            string? before = options.PrintChanged ? options.Printer(tree) : null;
            int nodesBefore = wantCounts ? NodeCounter.Count(tree) : 0;
            var context = new PassContext(entry.Name, options.PassOptions, cancellation);
            var clock = Stopwatch.StartNew();
            ModNode result;
            try
            {
                result = entry.Pass.Run(tree, context) ?? throw new PassFailedException(entry, $"{Who(entry)} returned no tree");
            }
            catch (PassFailedException) { throw; }
            catch (OperationCanceledException) { throw; }
            catch (Exception e)
            {
                throw new PassFailedException(entry, $"{Who(entry)} failed: {e.GetType().Name}: {e.Message}", e);
            }
            clock.Stop();
            if (AstValidator.FirstProblem(result) is { } broken)
                throw new PassFailedException(entry, $"{Who(entry)} left an invalid AST: {broken}");
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
            records.Add(new PassRecord(i + 1, entry.Name, true, changed, clock.Elapsed, nodesBefore,
                wantCounts ? NodeCounter.Count(result) : 0, context.Counters));
            tree = result;
        }
        if (options.TimePasses) WriteTimes(log, records);
        if (options.Stats) WriteStats(log, records);
        return tree;
    }

    static string Who(PassEntry e) => e.Origin == "built-in" ? $"pass '{e.Name}'" : $"pass '{e.Name}' (plugin {e.Origin})";

    static void WriteTimes(TextWriter log, List<PassRecord> records)
    {
        var total = records.Aggregate(TimeSpan.Zero, (t, r) => t + r.Time);
        log.WriteLine("===-------------------------------------------------------------------------===");
        log.WriteLine("                          Pass execution timing report");
        log.WriteLine("===-------------------------------------------------------------------------===");
        log.WriteLine($"  Total Execution Time: {total.TotalMilliseconds:F3} ms");
        log.WriteLine();
        log.WriteLine("   Wall Time (ms)    %    Name");
        foreach (var r in records.Where(r => r.Ran).OrderByDescending(r => r.Time))
        {
            double pct = total.Ticks == 0 ? 0 : 100.0 * r.Time.Ticks / total.Ticks;
            log.WriteLine($"  {r.Time.TotalMilliseconds,13:F3}  {pct,5:F1}%  {r.Name} ({r.Index})");
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
