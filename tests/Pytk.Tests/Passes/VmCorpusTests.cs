using System.Text;
using Pytk.Passes;
using Pytk.Tests.Support;

namespace Pytk.Tests.Passes;

/// <summary>
/// The passes corpus on pytk's own VM: every program of tests/corpus/passes/programs runs under no passes,
/// under each built-in pass alone, and under -O1 and -O2, and must give what CPython 3.13 gave for the
/// original program (NAME.stdout / NAME.status, written by tests/corpus/passes/regen.sh).
/// A program the VM itself gets wrong without passes is a VM matter, not a pass's: it must be listed, with the
/// reason, in known-failures.txt beside the programs (and a listed program that passes fails the test, so the
/// list only shrinks). For a program the
/// VM gets right, every pipeline must get it right too; a pipeline that leaves the source unchanged is not
/// run again (its run is the unoptimized one).
/// </summary>
public class VmCorpusTests
{
    static string Dir => Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "passes", "programs");

    static string? Mismatch(string py, params string[] passArgs)
    {
        string expectedOut = File.ReadAllText(Path.ChangeExtension(py, ".stdout"));
        var status = File.ReadAllText(Path.ChangeExtension(py, ".status")).Split('\n');
        CliRunner.Result? r = null;
        var task = Task.Run(() => r = CliRunner.Run(["run", .. passArgs, py]));
        if (!task.Wait(TimeSpan.FromSeconds(30))) return "timed out";
        if (task.IsFaulted) return "crashed: " + task.Exception!.InnerException!.Message;
        string last = r!.Stderr.Split('\n').Where(l => l.Trim().Length > 0).LastOrDefault() ?? "";
        var why = new StringBuilder();
        if (r.ExitCode != int.Parse(status[0])) why.Append($"exit {r.ExitCode} != {status[0]}; ");
        if (last != (status.Length > 1 ? status[1] : "")) why.Append($"stderr '{last}' != '{status[1]}'; ");
        if (r.Stdout != expectedOut) why.Append("stdout differs; ");
        return why.Length == 0 ? null : why.ToString();
    }

    [Fact]
    public void EveryPassAndPresetKeepsCPythonsOutputOnThePytkVm()
    {
        var programs = Directory.GetFiles(Dir, "*.py").Order(StringComparer.Ordinal).ToList();
        Assert.True(programs.Count >= 100, $"the corpus has {programs.Count} programs, fewer than 100");
        var pipelines = PassRegistry.CreateDefault().Entries.Where(e => e.Origin == "built-in")
            .Select(e => new[] { "--passes", e.Name }).Append(["-O1"]).Append(["-O2"]).ToList();
        var vmFailures = new List<string>();
        var vmWhys = new List<string>();
        var passFailures = new List<string>();
        int runs = 0;
        foreach (var py in programs)
        {
            string name = Path.GetFileName(py);
            if (Mismatch(py) is { } vmWhy) { vmFailures.Add(Path.GetFileNameWithoutExtension(py)); vmWhys.Add($"{name}: {vmWhy}"); continue; }
            string plain = CliRunner.Run("unparse", py).Stdout;
            foreach (var p in pipelines)
            {
                var optimized = CliRunner.Run(["unparse", .. p, py]);
                if (optimized.ExitCode != 0) { passFailures.Add($"{name} {string.Join(' ', p)}: {optimized.Stderr.Trim()}"); continue; }
                if (optimized.Stdout == plain) continue;
                runs++;
                if (Mismatch(py, p) is { } why) passFailures.Add($"{name} under {string.Join(' ', p)}: {why}");
            }
        }
        int right = programs.Count - vmFailures.Count;
        string report = $"{right}/{programs.Count} programs right on the VM without passes; {runs} optimized runs\n" +
                        "VM failures (no passes): " + string.Join("; ", vmWhys) + "\n" +
                        "pass failures: " + string.Join("\n  ", passFailures);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "pytk-passes-vm-report.txt"), report);
        Assert.True(passFailures.Count == 0, report);
        var known = Vm.BothLoops.KnownFailures(Dir);
        var unexpected = vmFailures.Where(n => !known.Contains(n)).ToList();
        Assert.True(unexpected.Count == 0, "wrong on the VM without passes and not in known-failures.txt: " + string.Join(", ", unexpected) + "\n" + report);
        var fixedNow = known.Where(n => !vmFailures.Contains(n)).ToList();
        Assert.True(fixedNow.Count == 0, "listed in known-failures.txt but now right (remove them): " + string.Join(", ", fixedNow));
        Assert.True(runs >= programs.Count, $"only {runs} optimized runs: the passes changed too little\n" + report);
    }
}
