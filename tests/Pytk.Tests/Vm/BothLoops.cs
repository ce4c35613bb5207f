using System.Text;

namespace Pytk.Tests.Vm;

/// <summary>
/// Differential testing of the two dispatch loops: a corpus runs under `--dispatch switch` and
/// `--dispatch threaded`; under each loop every program must give CPython's results except those named in the
/// corpus's known-failures.txt (one `NAME  # why` per line), and the two loops must agree exactly on every
/// program (stdout, exit status and the whole stderr, tracebacks included). A listed program that passes fails
/// the test too, so the list only shrinks when the VM gets better.
/// </summary>
public static class BothLoops
{
    public static readonly string[] Dispatches = ["switch", "threaded"];

    public sealed record Summary(string Corpus, int Total, Dictionary<string, int> Passing, List<string> Differences,
        Dictionary<string, SortedSet<string>> Failing, string Report)
    {
        /// <summary>Every program passes under both loops except those the corpus lists as known failures.</summary>
        public void AssertAllExceptKnown(string corpusDir)
        {
            var known = KnownFailures(corpusDir);
            foreach (var d in Dispatches)
            {
                var unexpected = Failing[d].Where(n => !known.Contains(n)).ToList();
                Assert.True(unexpected.Count == 0,
                    $"--dispatch {d}: {Passing[d]}/{Total} {Corpus} pass; failing and not in known-failures.txt: {string.Join(", ", unexpected)}\n{Report}");
                var fixedNow = known.Where(n => !Failing[d].Contains(n)).ToList();
                Assert.True(fixedNow.Count == 0,
                    $"--dispatch {d}: listed in {corpusDir}/known-failures.txt but passing (remove them): {string.Join(", ", fixedNow)}");
            }
            Assert.True(Differences.Count == 0, $"the dispatch loops disagree on {Differences.Count} {Corpus}:\n{Report}");
        }
    }

    /// <summary>The names (program file name without .py, or folder name of a DIR/main.py program) listed in
    /// CORPUS/known-failures.txt; `#` starts a comment, which should say why the program fails.</summary>
    public static HashSet<string> KnownFailures(string corpusDir)
    {
        var path = Path.Combine(corpusDir, "known-failures.txt");
        if (!File.Exists(path)) return [];
        return File.ReadAllLines(path).Select(l => (l.IndexOf('#') is var i and >= 0 ? l[..i] : l).Trim())
            .Where(l => l.Length > 0).ToHashSet();
    }

    public static Summary Run(IEnumerable<string> programs, string corpus)
    {
        var passing = Dispatches.ToDictionary(d => d, _ => 0);
        var failing = Dispatches.ToDictionary(d => d, _ => new SortedSet<string>(StringComparer.Ordinal));
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
                else failing[d].Add(NameOf(py));
                if (!o.Pass) report.AppendLine($"  FAIL --dispatch {d} {o.Name}: {o.Why}");
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
        return new Summary(corpus, total, passing, differences, failing, text);
    }

    /// <summary>A program's name in known-failures.txt: DIR for DIR/main.py, else the file name without .py.</summary>
    public static string NameOf(string py) =>
        Path.GetFileName(py) == "main.py" ? Path.GetFileName(Path.GetDirectoryName(py)!) : Path.GetFileNameWithoutExtension(py);

    static string Describe(Support.CliRunner.Result? r) => r is null ? "<no result>" : $"{r.ExitCode}\n{r.Stdout}\n{Untimed(r.Stderr)}";

    /// <summary>unittest's report says how long the run took ("Ran 3 tests in 0.002s"), the one stderr line
    /// that differs between two correct runs; the loops are compared without the figure.</summary>
    static string Untimed(string stderr) =>
        System.Text.RegularExpressions.Regex.Replace(stderr, @"(?m)^(Ran \d+ tests? in )\d+\.\d+s$", "$1<time>");

    static string Difference(Support.CliRunner.Result? a, Support.CliRunner.Result? b)
    {
        if (a is null || b is null) return "one run timed out or crashed";
        if (a.ExitCode != b.ExitCode) return $"exit {a.ExitCode} vs {b.ExitCode}";
        if (a.Stdout != b.Stdout) return "stdout at line " + ProgramCorpusTests.FirstDiff(b.Stdout, a.Stdout);
        return "stderr at line " + ProgramCorpusTests.FirstDiff(Untimed(b.Stderr), Untimed(a.Stderr));
    }
}
