using System.Diagnostics;
using Pytk.Tests.Support;

namespace Pytk.Tests.Modules;

/// <summary>
/// The interactive prompt (Lib/code.py over codeop): sessions in tests/corpus/repl typed into `pytk -i` through a
/// pipe give what `python3.13 -i` gives (regen.sh there): stdout, stderr after the banner (prompts, tracebacks
/// with the typed lines, syntax errors) and exit status; `pytk` alone on a pipe runs stdin as a program; and on a
/// pseudo-terminal (`script`), `pytk` alone starts the prompt.
/// </summary>
[Collection("vm")]
public class ReplTests
{
    static string Dir => Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "repl");

    public static IEnumerable<object[]> Sessions() =>
        Directory.GetFiles(Dir, "*.in").Order(StringComparer.Ordinal)
            .SelectMany(f => RunCorpus.Dispatches.Select(d => new object[] { Path.GetFileNameWithoutExtension(f), d }));

    [Theory]
    [MemberData(nameof(Sessions))]
    public void SessionThroughAPipeMatchesCPython(string name, string dispatch)
    {
        string input = File.ReadAllText(Path.Combine(Dir, name + ".in"));
        var r = CliRunner.RunWithInput(input, "run", "--dispatch", dispatch, "-i");
        Assert.Equal(File.ReadAllText(Path.Combine(Dir, name + ".stdout")), r.Stdout);
        string stderr = r.Stderr[(r.Stderr.IndexOf('\n') + 1)..];   // after pytk's one-line banner
        Assert.Equal(File.ReadAllText(Path.Combine(Dir, name + ".stderr")), stderr);
        Assert.Equal(int.Parse(File.ReadAllText(Path.Combine(Dir, name + ".status"))), r.ExitCode);
    }

    [Fact]
    public void AloneOnAPipeRunsStdinAsAProgram()
    {
        var r = CliRunner.RunWithInput("print(6 * 7)\nx = 1\nx\n");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("42\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void RunDashIRunsTheFileThenThePrompt()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pytk-repl-{Environment.ProcessId}.py");
        File.WriteAllText(file, "y = 6\nprint('ran')\n");
        try
        {
            var r = CliRunner.RunWithInput("y * 7\n", "run", "-i", file);
            Assert.Equal("ran\n42\n", r.Stdout);
            Assert.Equal(">>> >>> \n", r.Stderr);   // no banner after a file, as python3 -i FILE
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void CompileCommandTellsCompleteFromIncomplete()
    {
        var r = CliRunner.RunWithInput("", "run", Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "repl", "codeop_cases.py"));
        Assert.Equal("", r.Stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(Dir, "codeop_cases.stdout")), r.Stdout);
    }

    /// <summary>On a terminal `pytk` alone prompts; `script` gives it a pseudo-terminal (skipped where there is none).</summary>
    [Fact]
    public void AloneOnATerminalStartsThePrompt()
    {
        if (!File.Exists("/usr/bin/script")) return;   // no pseudo-terminal tool on this machine: nothing to drive the test
        var dll = typeof(Pytk.Cli.Program).Assembly.Location;
        var psi = new ProcessStartInfo("/usr/bin/script", ["-qec", $"dotnet {dll}", "/dev/null"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        p.StandardInput.Write("y = 5\ny * 2\n");
        p.StandardInput.Close();
        string output = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(60_000), "the prompt did not end at end of input");
        Assert.Contains(">>> ", output);
        Assert.Contains("\n10\r\n", output);
    }
}
