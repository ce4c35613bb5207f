using Pytk.Tests.Support;

namespace Pytk.Tests.Modules;

/// <summary>
/// tests/corpus/modules: single programs (NAME.py) and multi-file programs (DIR/main.py with packages, relative
/// and circular imports), run with `pytk run` under both dispatch loops and compared with CPython 3.13's
/// results (<see cref="RunCorpus"/>). Every program must pass except those in known-failures.txt there.
/// </summary>
public class ModuleCorpusTests
{
    static string Dir => Corpus.Modules.Dir;

    public static TheoryData<string> Programs() => Corpus.Modules.Cases();

    [Theory]
    [MemberData(nameof(Programs))]
    public void GivesCPythonsResults(string program) => RunCorpus.UnderBothLoops(Corpus.Modules, program);

    [Fact]
    public void RunDashMRunsAModuleAndAPackageMain()
    {
        var cwd = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Path.Combine(Dir, "pkg_basic"));
        try
        {
            var r = CliRunner.Run("run", "-m", "shapes.circle", "x");
            Assert.Equal(0, r.ExitCode);
            Assert.Equal("init shapes shapes shapes\nloaded circle __main__ shapes\n", r.Stdout);
            var pkg = CliRunner.Run("run", "-m", "shapes", "a", "b");
            Assert.Equal("init shapes shapes shapes\npkg main __main__ shapes 9 ['a', 'b']\n", pkg.Stdout);
            var missing = CliRunner.Run("run", "-m", "nosuch_mod");
            Assert.Equal(1, missing.ExitCode);
            Assert.Equal("pytk: No module named nosuch_mod\n", missing.Stderr);
        }
        finally { Directory.SetCurrentDirectory(cwd); }
    }
}
