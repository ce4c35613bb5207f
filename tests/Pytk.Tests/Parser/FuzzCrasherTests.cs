using Pytk.Tests.Support;

namespace Pytk.Tests.Parser;

/// <summary>
/// Issue 15: inputs that once crashed, hung or exhausted pytk (tests/corpus/fuzz-crashers, see its README) go
/// through `pytk parse` and `pytk dis` and end as a clean result or a one-line Python error: exit 0 or 1,
/// never an internal error (exit 70), a .NET stack trace or a hang.
/// </summary>
[Collection("vm")]
public class FuzzCrasherTests
{
    static string Dir => Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "fuzz-crashers");

    public static IEnumerable<object[]> Inputs() =>
        Directory.GetFiles(Dir, "*.py").Order(StringComparer.Ordinal).Select(p => new object[] { Path.GetFileName(p) });

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task EndsCleanly(string name)
    {
        foreach (var command in new[] { "parse", "dis" })
        {
            CliRunner.Result r;
            try { r = await Task.Run(() => CliRunner.Run(command, Path.Combine(Dir, name))).WaitAsync(TimeSpan.FromSeconds(60)); }
            catch (TimeoutException) { Assert.Fail($"pytk {command} {name} did not finish in 60 s"); return; }
            Assert.True(r.ExitCode is 0 or 1, $"pytk {command} {name}: exit {r.ExitCode}\n{r.Stderr}");
            Assert.DoesNotContain("internal error", r.Stderr + r.Stdout);
            Assert.DoesNotContain("   at ", r.Stderr);
        }
    }
}
