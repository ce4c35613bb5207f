using System.Text;
using System.Text.RegularExpressions;

namespace Pytk.Tests.Support;

/// <summary>
/// The corpora of whole programs (programs, modules, passes/programs): `pytk run` of one case compared with
/// CPython 3.13's NAME.stdout (standard output) and NAME.status (line 1 the exit status, line 2 the last
/// non-blank line of standard error). Differential testing of the two dispatch loops lives here too: under
/// each loop a case must give CPython's results (or be a known failure), and the two loops must agree exactly
/// (stdout, exit status and the whole stderr, tracebacks included).
/// </summary>
public static class RunCorpus
{
    public static readonly string[] Dispatches = ["switch", "threaded"];

    /// <summary>The arguments the corpus's programs were given under CPython (conformance/regen.py).</summary>
    public static string[] ArgsOf(string @case) => @case.StartsWith("passes/", StringComparison.Ordinal) ? [] : ["arg1", "arg2"];

    /// <summary>Runs a case with `pytk run FLAGS... FILE ARGS...`; the result (null when it timed out or crashed)
    /// and what differs from CPython (null when nothing does).</summary>
    public static (CliRunner.Result? Result, string? Mismatch) Run(string @case, params string[] flags)
    {
        var outcome = ProgramRun.Run(["run", .. flags, Corpus.PathOf(@case), .. ArgsOf(@case)]);
        if (outcome.Result is not { } r) return (null, outcome.Problem);
        return (r, Mismatch(@case, r));
    }

    /// <summary>What differs between a run and CPython's NAME.stdout/NAME.status, or null.</summary>
    public static string? Mismatch(string @case, CliRunner.Result r)
    {
        var status = Corpus.Expected(@case, "status").Split('\n');
        int expectedCode = int.Parse(status[0]);
        string expectedLast = status.Length > 1 ? status[1] : "";
        string last = LastLine(r.Stderr);
        var why = new StringBuilder();
        if (r.ExitCode != expectedCode) why.Append($"exit status {r.ExitCode}, CPython's {expectedCode}\n");
        if (last != expectedLast) why.Append($"last line of stderr:\n- {expectedLast}\n+ {last}\n");
        if (Corpus.Compare("stdout", Corpus.Expected(@case, "stdout"), r.Stdout) is { } d) why.Append(d);
        if (why.Length > 0 && r.Stderr.Length > 0 && last != expectedLast)
            why.Append("--- pytk's stderr (end)\n").Append(Tail(r.Stderr, 12));
        return why.Length == 0 ? null : why.ToString();
    }

    /// <summary>
    /// One case under both dispatch loops: each must give CPython's results unless the corpus lists the case as a
    /// known failure (and then each must not), and the two loops must agree exactly.
    /// </summary>
    public static void UnderBothLoops(Corpus corpus, string @case, params string[] flags)
    {
        var runs = Dispatches.Select(d => (d, run: Run(@case, ["--dispatch", d, .. flags]))).ToList();
        foreach (var (d, run) in runs) corpus.Verdict(@case, run.Mismatch, "--dispatch " + d);
        var (d0, first) = runs[0];
        foreach (var (d, run) in runs.Skip(1))
            if (Difference(first.Result, run.Result) is { } diff)
                Assert.Fail($"{@case}: --dispatch {d0} and --dispatch {d} disagree: {diff}");
    }

    static string? Difference(CliRunner.Result? a, CliRunner.Result? b)
    {
        if (a is null || b is null) return a is null && b is null ? null : "one run timed out or crashed";
        if (a.ExitCode != b.ExitCode) return $"exit {a.ExitCode} vs {b.ExitCode}";
        return Corpus.Compare("stdout", a.Stdout, b.Stdout) ?? Corpus.Compare("stderr", Untimed(a.Stderr), Untimed(b.Stderr));
    }

    /// <summary>unittest's report says how long the run took ("Ran 3 tests in 0.002s"), the one stderr line
    /// that differs between two correct runs; the loops are compared without the figure.</summary>
    static string Untimed(string stderr) => Regex.Replace(stderr, @"(?m)^(Ran \d+ tests? in )\d+\.\d+s$", "$1<time>");

    public static string LastLine(string text) => text.Split('\n').Where(l => l.Trim().Length > 0).LastOrDefault() ?? "";

    static string Tail(string text, int lines)
    {
        var all = text.TrimEnd('\n').Split('\n');
        return string.Join("\n", all.Skip(Math.Max(0, all.Length - lines))) + "\n";
    }
}
