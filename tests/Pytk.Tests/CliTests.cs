using Pytk.Tests.Support;

namespace Pytk.Tests;

public class CliTests
{
    [Fact]
    public void UnknownCommandIsAOneLineErrorWithStatus2()
    {
        var r = CliRunner.Run("frobnicate");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("pytk: unknown command 'frobnicate'", r.Stderr);
        Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void HelpListsEveryCommand()
    {
        var r = CliRunner.Run("--help");
        Assert.Equal(0, r.ExitCode);
        foreach (var (name, _, _) in Pytk.Cli.Program.Commands)
            Assert.Contains(name, r.Stdout);
    }
}
