using Pytk.Tests.Support;
using Pytk.Tests.Vm;

namespace Pytk.Tests.Modules;

/// <summary>
/// tests/corpus/modules: single programs (NAME.py) and multi-file programs (DIR/main.py with packages, relative
/// and circular imports), run with `pytk run` and compared with CPython 3.13's results (regen.sh there), using
/// the program corpus's runner under both dispatch loops (which must agree exactly). Every program must pass except those in known-failures.txt there.
/// </summary>
public class ModuleCorpusTests
{
    static string Dir => Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "modules");

    public static IEnumerable<string> Programs() =>
        Directory.GetFiles(Dir, "*.py")
            .Concat(Directory.GetDirectories(Dir).Select(d => Path.Combine(d, "main.py")).Where(File.Exists))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void ModuleProgramsGiveCPythonsResults()
    {
        BothLoops.Run(Programs(), "modules").AssertAllExceptKnown(Dir);
    }

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
