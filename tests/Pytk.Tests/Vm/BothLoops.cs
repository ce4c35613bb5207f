using System.Text;

namespace Pytk.Tests.Vm;

/// <summary>
/// Differential testing of the two dispatch loops: a corpus runs under `--dispatch switch` and
/// `--dispatch threaded`; each loop must reach the corpus's threshold against CPython's results, and the two
/// must agree exactly on every program (stdout, exit status and the whole stderr, tracebacks included).
/// </summary>
public static class BothLoops
{
    public static readonly string[] Dispatches = ["switch", "threaded"];

    public sealed record Summary(string Corpus, int Total, Dictionary<string, int> Passing, List<string> Differences, string Report)
    {
        public void AssertAtLeast(int threshold)
        {
            foreach (var d in Dispatches)
                Assert.True(Passing[d] >= threshold, $"--dispatch {d}: {Passing[d]}/{Total} below threshold {threshold}\n{Report}");
            Assert.True(Differences.Count == 0, $"the dispatch loops disagree on {Differences.Count} {Corpus}:\n{Report}");
        }
    }

    public static Summary Run(IEnumerable<string> programs, string corpus)
    {
        var passing = Dispatches.ToDictionary(d => d, _ => 0);
        var differences = new List<string>();
        var report = new StringBuilder();
        int total = 0;
        foreach (var py in programs)
        {
            total++;
            var outcomes = Dispatches.Select(d => (d, o: ProgramCorpusTests.RunOne(py, d))).ToList();
            foreach (var (d, o) in outcomes)
            {
                if (o.Pass) passing[d]++;
                else report.AppendLine($"  FAIL --dispatch {d} {o.Name}: {o.Why}");
            }
            var (d0, first) = outcomes[0];
            foreach (var (d, o) in outcomes.Skip(1))
                if (Describe(o.Result) != Describe(first.Result))
                {
                    differences.Add(o.Name);
                    report.AppendLine($"  DIFFER {o.Name}: {d0} vs {d}: {Difference(first.Result, o.Result)}");
                }
        }
        var head = string.Join(", ", Dispatches.Select(d => $"{d} {passing[d]}/{total}")) + $" {corpus} pass; loops differ on {differences.Count}\n";
        var text = head + report;
        File.WriteAllText(Path.Combine(Path.GetTempPath(), $"pytk-{corpus}-report.txt"), text);
        return new Summary(corpus, total, passing, differences, text);
    }

    static string Describe(Support.CliRunner.Result? r) => r is null ? "<no result>" : $"{r.ExitCode}\n{r.Stdout}\n{r.Stderr}";

    static string Difference(Support.CliRunner.Result? a, Support.CliRunner.Result? b)
    {
        if (a is null || b is null) return "one run timed out or crashed";
        if (a.ExitCode != b.ExitCode) return $"exit {a.ExitCode} vs {b.ExitCode}";
        if (a.Stdout != b.Stdout) return "stdout at line " + ProgramCorpusTests.FirstDiff(b.Stdout, a.Stdout);
        return "stderr at line " + ProgramCorpusTests.FirstDiff(b.Stderr, a.Stderr);
    }
}
