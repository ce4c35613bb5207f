using Pytk.Tests.Support;

namespace Pytk.Tests.Passes;

/// <summary>
/// Every program of tests/corpus/passes/programs is optimized with -O2 and unparsed by pytk (in process);
/// CPython 3.13 runs the optimized source, which must behave as the original did under CPython (NAME.stdout,
/// NAME.status). The passes must also have changed most programs, so a pipeline that does nothing fails.
/// (VmCorpusTests runs the same programs on pytk's VM under each pass.)
/// </summary>
public class CorpusTests
{
    public static TheoryData<string> Programs() => Corpus.Passes.Cases();

    [Theory]
    [MemberData(nameof(Programs))]
    public void O2PreservesBehaviourUnderCPython(string program)
    {
        CPython.Require();
        var opt = ProgramRun.Run("unparse", "-O2", Corpus.PathOf(program)).Value;
        Assert.True(opt.ExitCode == 0, $"{program}: pytk unparse -O2 failed: {opt.Stderr.Trim()}");
        string tmp = Directory.CreateTempSubdirectory("pytk-corpus").FullName;
        try
        {
            // Same file name, run from its folder, as the expected outputs were made.
            string optimized = Path.Combine(tmp, Path.GetFileName(program));
            File.WriteAllText(optimized, opt.Stdout);
            var r = CPython.Run([Path.GetFileName(optimized)], "", tmp);
            var mismatch = RunCorpus.Mismatch(program, new CliRunner.Result(r.ExitCode, r.Stdout, r.Stderr));
            Assert.True(mismatch is null, $"{program}: CPython runs the -O2 source differently from the original:\n{mismatch}");
        }
        finally { Directory.Delete(tmp, true); }
    }

    /// <summary>The passes must do something: -O2 changes at least three programs in four.</summary>
    [Fact]
    public void O2ChangesMostPrograms()
    {
        var programs = Corpus.Passes.Files().ToList();
        Assert.NotEmpty(programs);
        int changed = programs.Count(p => CliRunner.Run("unparse", "-O2", p).Stdout != CliRunner.Run("unparse", p).Stdout);
        Assert.True(changed >= programs.Count * 3 / 4, $"-O2 changed only {changed} of {programs.Count} programs");
    }

    /// <summary>On pytk's own VM: every program prints the same with and without -O2, and under both dispatch loops.</summary>
    [Theory]
    [MemberData(nameof(Programs))]
    public void O2PreservesBehaviourOnThePytkVm(string program)
    {
        var path = Corpus.PathOf(program);
        var plain = ProgramRun.Run("run", "--dispatch", "threaded", path).Value;
        var optimized = ProgramRun.Run("run", "-O2", path).Value;
        var switched = ProgramRun.Run("run", "--dispatch", "switch", path).Value;
        Assert.True(plain == optimized, $"{program}: pytk run -O2 differs from pytk run:\n{Differ(plain, optimized)}");
        Assert.True(plain == switched, $"{program}: pytk run --dispatch switch differs from --dispatch threaded:\n{Differ(plain, switched)}");
    }

    static string? Differ(CliRunner.Result a, CliRunner.Result b) =>
        a.ExitCode != b.ExitCode ? $"exit {a.ExitCode} vs {b.ExitCode}"
            : Corpus.Compare("stdout", a.Stdout, b.Stdout) ?? Corpus.Compare("stderr", a.Stderr, b.Stderr);
}
