using System.Text.RegularExpressions;
using Pytk.Tests.Support;

namespace Pytk.Tests.Vm;

/// <summary>`pytk dis` output of representative programs, as snapshots (code object addresses masked).</summary>
public class DisSnapshotTests
{
    [Theory]
    [InlineData("dis_basics")]
    [InlineData("dis_functions")]
    [InlineData("dis_exceptions")]
    [InlineData("dis_classes")]
    [InlineData("dis_match")]
    public void DisassemblyMatchesSnapshot(string name)
    {
        var path = Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "dis", name + ".py");
        var r = CliRunner.Run("dis", path);
        Assert.Equal(0, r.ExitCode);
        var text = Regex.Replace(r.Stdout, "at 0x[0-9a-f]+", "at 0x...").Replace(path, name + ".py");
        Snapshot.Verify(text, name);
    }
}
