using Pytk.Tests.Support;

namespace Pytk.Tests.Vm;

/// <summary>
/// Whole tracebacks, caret lines included: every program of tests/corpus/tracebacks must print exactly the
/// standard error CPython 3.13 printed (regen.sh; the folder's path is written as DIR).
/// </summary>
public class TracebackCorpusTests
{
    static string Dir => Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "tracebacks");

    public static IEnumerable<object[]> Programs() =>
        Directory.GetFiles(Dir, "*.py").Order(StringComparer.Ordinal).Select(p => new object[] { Path.GetFileNameWithoutExtension(p) });

    [Theory]
    [MemberData(nameof(Programs))]
    public void StderrIsCPythons(string name)
    {
        var py = Path.Combine(Dir, name + ".py");
        var expected = File.ReadAllText(Path.Combine(Dir, name + ".stderr"));
        var r = CliRunner.Run("run", py);
        Assert.Equal(expected, r.Stderr.Replace(Dir, "DIR"));
    }
}
