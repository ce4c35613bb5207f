using Pytk.Passes;
using Pytk.Tests.Support;

namespace Pytk.Tests.Passes;

/// <summary>
/// The passes corpus on pytk's own VM: every program of tests/corpus/passes/programs runs under no passes,
/// under each built-in pass alone, and under -O1 and -O2, and must give what CPython 3.13 gave for the
/// original program (NAME.stdout / NAME.status).
/// A program the VM itself gets wrong without passes is a VM matter, not a pass's: it must be listed, with the
/// reason, in known-failures.txt beside the programs (and a listed program that passes fails the test, so the
/// list only shrinks). For a program the VM gets right, every pipeline must get it right too; a pipeline that
/// leaves the source unchanged is not run again (its run is the unoptimized one).
/// </summary>
public class VmCorpusTests
{
    public static TheoryData<string> Programs() => Corpus.Passes.Cases();

    static readonly List<string[]> Pipelines = PassRegistry.CreateDefault().Entries.Where(e => e.Origin == "built-in")
        .Select(e => new[] { "--passes", e.Name }).Append(["-O1"]).Append(["-O2"]).ToList();

    [Theory]
    [MemberData(nameof(Programs))]
    public void EveryPassAndPresetKeepsCPythonsOutputOnThePytkVm(string program)
    {
        var (_, vmMismatch) = RunCorpus.Run(program);
        Corpus.Passes.Verdict(program, vmMismatch, "no passes");
        if (vmMismatch is not null) return; // a known VM failure: the passes cannot be judged on it
        var path = Corpus.PathOf(program);
        string plain = CliRunner.Run("unparse", path).Stdout;
        var failures = new List<string>();
        foreach (var p in Pipelines)
        {
            var optimized = CliRunner.Run(["unparse", .. p, path]);
            if (optimized.ExitCode != 0) { failures.Add($"{string.Join(' ', p)}: {optimized.Stderr.Trim()}"); continue; }
            if (optimized.Stdout == plain) continue;
            if (RunCorpus.Run(program, p).Mismatch is { } why) failures.Add($"under {string.Join(' ', p)}:\n{why}");
        }
        Assert.True(failures.Count == 0, $"{program}: " + string.Join("\n", failures));
    }
}
