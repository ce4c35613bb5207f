using System.Text;
using Pytk.Tests.Support;

namespace Pytk.Tests.Vm;

/// <summary>
/// Runs every program of tests/corpus/programs with `pytk run` and compares stdout, exit status and the last
/// line of stderr with what CPython 3.13 produced (regen.sh). Every program must pass except those listed, with
/// a reason, in known-failures.txt there. Every program runs under both dispatch loops, which must agree exactly
/// (<see cref="BothLoops"/>), and again under -O2.
/// </summary>
public class ProgramCorpusTests
{
    static string Dir => Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "programs");

    public sealed record Outcome(string Name, bool Pass, string Why, CliRunner.Result? Result = null);

    public static Outcome RunOne(string py) => RunOne(py, null);

    /// <summary>Runs one program (under the given dispatch loop, or the default) and compares it with CPython's results.</summary>
    public static Outcome RunOne(string py, string? dispatch) => RunOne(py, dispatch, []);

    public static Outcome RunOne(string py, string? dispatch, string[] flags)
    {
        string name = Path.GetFileNameWithoutExtension(py);
        string expectedOut = File.ReadAllText(Path.ChangeExtension(py, ".stdout"));
        var status = File.ReadAllText(Path.ChangeExtension(py, ".status")).Split('\n');
        int expectedCode = int.Parse(status[0]);
        string expectedLast = status.Length > 1 ? status[1] : "";
        CliRunner.Result? r = null;
        string[] args = [.. (dispatch is null ? ["run"] : new[] { "run", "--dispatch", dispatch }), .. flags, py, "arg1", "arg2"];
        var task = Task.Run(() => r = CliRunner.Run(args));
        if (!task.Wait(TimeSpan.FromSeconds(30))) return new(name, false, "timed out");
        if (task.IsFaulted) return new(name, false, "crashed: " + task.Exception!.InnerException!.Message);
        string last = r!.Stderr.Split('\n').Where(l => l.Trim().Length > 0).LastOrDefault() ?? "";
        var why = new StringBuilder();
        if (r.ExitCode != expectedCode) why.Append($"exit {r.ExitCode} != {expectedCode}; ");
        if (last != expectedLast) why.Append($"stderr last line '{last}' != '{expectedLast}'; ");
        if (r.Stdout != expectedOut) why.Append("stdout differs at line " + FirstDiff(r.Stdout, expectedOut) + "; ");
        return new(name, why.Length == 0, why.ToString(), r);
    }

    public static string FirstDiff(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (int i = 0; i < Math.Max(la.Length, lb.Length); i++)
        {
            string x = i < la.Length ? la[i] : "<eof>", y = i < lb.Length ? lb[i] : "<eof>";
            if (x != y) return $"{i + 1}: got '{Trim(x)}' expected '{Trim(y)}'";
        }
        return "?";
    }

    static string Trim(string s) => s.Length > 120 ? s[..120] + "..." : s;

    [Fact]
    public void ProgramsGiveCPythonsResults()
    {
        var programs = Directory.GetFiles(Dir, "*.py").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(programs);
        BothLoops.Run(programs, "programs").AssertAllExceptKnown(Dir);
    }

    /// <summary>Issue 5 item 7: every program also gives CPython's results when compiled with the -O2 passes.</summary>
    [Fact]
    public void ProgramsGiveCPythonsResultsUnderO2()
    {
        var programs = Directory.GetFiles(Dir, "*.py").Order(StringComparer.Ordinal).ToList();
        var outcomes = programs.Select(p => RunOne(p, null, ["-O2"])).ToList();
        int pass = outcomes.Count(o => o.Pass);
        var known = BothLoops.KnownFailures(Dir);
        var report = $"-O2: {pass}/{outcomes.Count} programs pass\n" +
                     string.Join("\n", outcomes.Where(o => !o.Pass).Select(o => $"  FAIL -O2 {o.Name}: {o.Why}"));
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "pytk-programs-O2-report.txt"), report);
        var unexpected = outcomes.Where(o => !o.Pass && !known.Contains(o.Name)).Select(o => o.Name).ToList();
        Assert.True(unexpected.Count == 0, "failing under -O2 and not in known-failures.txt: " + string.Join(", ", unexpected) + "\n" + report);
    }
}
