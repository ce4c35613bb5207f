using Pytk.Tests.Support;

namespace Pytk.Tests.Passes;

/// <summary>
/// Every program of tests/corpus/passes/programs is optimized with -O2 and unparsed by pytk (in process);
/// CPython 3.13 runs the original and the optimized source and they must print the same. The passes must
/// also have changed most programs, so a pipeline that does nothing fails. (VmCorpusTests runs the same
/// programs on pytk's VM under each pass.)
/// In the "vm" collection: `pytk run` uses the VM's process-wide state (module table), so VM runs must not overlap.
/// </summary>
public class CorpusTests
{
    static (string, string, int) Behaviour(string path)
    {
        var r = CPython.Run([path], "");
        var last = r.Stderr.Trim().Split('\n').Last();
        return (r.Stdout, last, r.ExitCode);
    }

    [Fact]
    public void O2PreservesBehaviour()
    {
        CPython.Require();
        string dir = Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "passes", "programs");
        var programs = Directory.GetFiles(dir, "*.py").Order(StringComparer.Ordinal).ToList();
        Assert.True(programs.Count >= 100, $"the corpus has {programs.Count} programs, fewer than 100");
        string tmp = Directory.CreateTempSubdirectory("pytk-corpus").FullName;
        var failures = new List<string>();
        int changed = 0;
        try
        {
            foreach (var prog in programs)
            {
                var plain = CliRunner.Run("unparse", prog);
                var opt = CliRunner.Run("unparse", "-O2", prog);
                if (opt.ExitCode != 0) { failures.Add($"{Path.GetFileName(prog)}: {opt.Stderr.Trim()}"); continue; }
                if (opt.Stdout != plain.Stdout) changed++;
                string optimized = Path.Combine(tmp, Path.GetFileName(prog));
                File.WriteAllText(optimized, opt.Stdout);
                if (Behaviour(prog) != Behaviour(optimized)) failures.Add($"{Path.GetFileName(prog)}: behaviour differs after -O2");
            }
        }
        finally { Directory.Delete(tmp, true); }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(changed >= programs.Count * 3 / 4, $"-O2 changed only {changed} of {programs.Count} programs");
    }

    /// <summary>On pytk's own VM: every program prints the same with and without -O2, and under both dispatch loops.</summary>
    [Fact]
    public void O2PreservesBehaviourOnThePytkVm()
    {
        string dir = Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "passes", "programs");
        var failures = new List<string>();
        foreach (var prog in Directory.GetFiles(dir, "*.py").Order(StringComparer.Ordinal))
        {
            var plain = CliRunner.Run("run", "--dispatch", "threaded", prog);
            var optimized = CliRunner.Run("run", "-O2", prog);
            var switched = CliRunner.Run("run", "--dispatch", "switch", prog);
            if (plain != optimized) failures.Add($"{Path.GetFileName(prog)}: pytk run -O2 differs from pytk run");
            if (plain != switched) failures.Add($"{Path.GetFileName(prog)}: pytk run --dispatch switch differs from --dispatch threaded");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
