using System.Diagnostics;
using Pytk.Tests.Passes;
using Pytk.Tests.Support;

namespace Pytk.Tests;

/// <summary>
/// Issue 16: one command-line grammar (cli/CommandLine.cs, System.CommandLine) for every command.
/// </summary>
public class CommandLineTests
{
    static string File1(string source)
    {
        var file = Path.Combine(Path.GetTempPath(), $"pytk-cl-{Guid.NewGuid():N}.py");
        File.WriteAllText(file, source);
        return file;
    }

    [Theory]
    [InlineData("dis", "--format", "json")]
    [InlineData("symtable", "--format", "json")]
    [InlineData("dump-ast", "--indent", "1")]
    [InlineData("dump-ast", "--mode", "exec")]
    [InlineData("unparse", "--passes", "constfold")]
    [InlineData("run", "--dispatch", "threaded")]
    [InlineData("run", "--opt-bisect-limit", "-1")]
    [InlineData("run", "--timeout", "30")]
    [InlineData("dis", "--passes", "constfold")]
    [InlineData("compare", "--view", "source")]
    [InlineData("compare", "--width", "30")]
    [InlineData("compare", "--against", "O1")]
    public void FlagEqualsValueMeansFlagSpaceValue(string command, string flag, string value)
    {
        var file = File1("x = 1 + 2\nprint(x)\n");
        try
        {
            var spaced = CliRunner.Run(command, flag, value, file);
            Assert.Equal(0, spaced.ExitCode);
            Assert.Equal(spaced, CliRunner.Run(command, $"{flag}={value}", file));
            Assert.Equal(spaced, CliRunner.Run(command, $"{flag}:{value}", file));
        }
        finally { File.Delete(file); }
    }

    [Theory]
    [InlineData("dis", "--fromat", "--format")]
    [InlineData("run", "--tiem-passes", "--time-passes")]
    [InlineData("dump-ast", "--include-atributes", "--include-attributes")]
    [InlineData("tokenize", "--exatc", "--exact")]
    [InlineData("compare", "--expect-sam", "--expect-same")]
    [InlineData("compile", "--verfy", "--verify")]
    public void TypoIsOneLineNamingTheNearestOptionWithStatus2(string command, string typo, string near)
    {
        var r = CliRunner.Run(command, typo, "x.py");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal($"pytk: error: unrecognized arguments: {typo} (did you mean {near}?)\n", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void FarOffOptionGetsNoSuggestion()
    {
        var r = CliRunner.Run("dis", "--zzzzzzzz", "x.py");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("pytk: error: unrecognized arguments: --zzzzzzzz\n", r.Stderr);
    }

    [Fact]
    public void CommandTypoSuggestsTheCommand()
    {
        var r = CliRunner.Run("dsi", "x.py");
        Assert.Equal(2, r.ExitCode);
        Assert.EndsWith("; did you mean 'dis'?\n", r.Stderr);
    }

    [Fact]
    public void HelpCommandIsTheCommandsHelp()
    {
        foreach (var (name, _, _) in global::Pytk.Cli.Program.Commands)
        {
            var viaHelp = CliRunner.Run("help", name);
            Assert.Equal(0, viaHelp.ExitCode);
            Assert.NotEqual("", viaHelp.Stdout);
            Assert.Equal(CliRunner.Run(name, "--help"), viaHelp);
        }
    }

    [Fact]
    public void ProgramArgumentsAfterTheFileAreTheProgramsOwn()
    {
        var file = File1("import sys\nprint(sys.argv[1:])\n");
        try
        {
            var r = CliRunner.Run("run", file, "--fromat", "-c", "x");
            Assert.Equal(0, r.ExitCode);
            Assert.Equal("['--fromat', '-c', 'x']\n", r.Stdout);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void RunDashCIsPythonDashC()
    {
        CPython.Require();
        const string code = "import sys\nprint(sys.argv, __name__, '__file__' in globals())\n1 / 0";
        var expected = CPython.Run(["-c", code, "a", "--b"], "");
        var r = CliRunner.Run("run", "-c", code, "a", "--b");
        Assert.Equal(expected.Stdout, r.Stdout);
        // the traceback's frame line and its last line (CPython 3.13 also prints the -c source line under the
        // frame; pytk's tracebacks do not show <string> source yet)
        string[] Frame(string err) => err.Split('\n').Where(l => l.StartsWith("  File") || l.StartsWith("ZeroDivisionError")).ToArray();
        Assert.Equal(Frame(expected.Stderr), Frame(r.Stderr));
        Assert.Equal(1, r.ExitCode);
    }

    [Theory]
    [InlineData("tokenize")]
    [InlineData("dump-ast")]
    [InlineData("symtable")]
    [InlineData("dis")]
    [InlineData("unparse")]
    public void DashCIsTheProgramOnStdin(string command)
    {
        const string code = "def f(a):\n    return a + 1\n";
        // code objects print their address: not part of the comparison
        static string Mask(string s) => System.Text.RegularExpressions.Regex.Replace(s, "0x[0-9a-f]+", "0x?");
        var fromStdin = CliRunner.RunWithInput(code, command, "-");
        var fromArgument = CliRunner.Run(command, "-c", code);
        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(0, fromArgument.ExitCode);
        Assert.Equal(Mask(fromStdin.Stdout), Mask(fromArgument.Stdout));
        Assert.Equal(fromStdin.Stderr, fromArgument.Stderr);
    }

    [Theory]
    [InlineData("tokenize")]
    [InlineData("dis")]
    [InlineData("passes")]
    [InlineData("compare")]
    public void ColorAndVerboseAreAcceptedByEveryCommand(string command)
    {
        var file = File1("print(1)\n");
        try
        {
            string[] args = command == "passes" ? [] : command == "compare" ? ["-O0", "--against", "-O1", file] : [file];
            var plain = CliRunner.Run([command, .. args]);
            Assert.Equal(0, plain.ExitCode);
            Assert.Equal(plain, CliRunner.Run([command, "--color=never", "--verbose", .. args]));
        }
        finally { File.Delete(file); }
    }

    /// <summary>Runs the real pytk under `script` (a pseudo-terminal on stdin), output piped or on the terminal.</summary>
    static string OnTerminal(string shellCommand, Dictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardInput = true };
        foreach (var a in new[] { "-qc", shellCommand, "/dev/null" }) psi.ArgumentList.Add(a);
        psi.Environment["TERM"] = "xterm";
        foreach (var (k, v) in env ?? []) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(60_000)) { p.Kill(true); Assert.Fail($"script -c {shellCommand} did not finish"); }
        return output.Result;
    }

    static string Pytk => $"dotnet {Path.Combine(AppContext.BaseDirectory, "pytk.dll")}";

    [Fact]
    public void NoTerminalEscapesFromCommandsOnATerminal()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"pytk-tty-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "p.py");
        File.WriteAllText(file, "print(6 * 7)\n");
        try
        {
            // a first run compiles and writes the cache, a second reads it; dis, tokenize on the terminal too
            foreach (var command in new[] { $"run {file}", $"run {file}", $"dis {file}", $"tokenize {file}", $"run {file} | cat" })
            {
                var output = OnTerminal($"{Pytk} {command}");
                Assert.DoesNotContain('\u001b', output);
                Assert.NotEqual("", output);
            }
            // compare colours its diff on a terminal, unless NO_COLOR or --color never
            string compare = $"{Pytk} compare -O0 --against -O2 {file}";
            Assert.Contains('\u001b', OnTerminal(compare));
            Assert.DoesNotContain('\u001b', OnTerminal(compare, new() { ["NO_COLOR"] = "1" }));
            Assert.DoesNotContain('\u001b', OnTerminal(compare + " --color=never"));
            Assert.DoesNotContain('\u001b', OnTerminal(compare + " | cat"));
        }
        finally { Directory.Delete(dir, true); }
    }

    /// <summary>`(prog; echo shell; prog) > file 2>&1` under python3 and under pytk: the same bytes in the file
    /// (a stream that wrote at an offset of its own would overwrite the shell's line and the other run's).</summary>
    [Fact]
    public void OutputSharedWithAShellKeepsItsOrder()
    {
        CPython.Require();
        var file = File1("import sys\nprint('out')\nprint('err', file=sys.stderr)\nprint('out2')\n");
        try
        {
            string Shell(string interpreter)
            {
                var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true };
                psi.ArgumentList.Add("-c");
                psi.ArgumentList.Add($"out=$(mktemp); ({interpreter} {file}; echo shell; {interpreter} {file} 1>&2) > $out 2>&1; cat $out; rm $out");
                psi.Environment["PYENV_VERSION"] = "3.13.0";
                using var p = Process.Start(psi)!;
                var output = p.StandardOutput.ReadToEnd();
                p.WaitForExit();
                return output;
            }
            var expected = Shell("python3");
            Assert.Contains("shell", expected);
            Assert.Equal(expected, Shell(Pytk + " run"));
        }
        finally { File.Delete(file); }
    }

    /// <summary>Issue 15: `run --timeout S` and `--max-memory SIZE`, in a process of their own (a heap limit
    /// would otherwise apply to the test host).</summary>
    static (int Status, string Stdout, string Stderr) Process1(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pytk.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var (o, e) = (p.StandardOutput.ReadToEndAsync(), p.StandardError.ReadToEndAsync());
        if (!p.WaitForExit(60_000)) { p.Kill(true); Assert.Fail($"pytk {string.Join(' ', args)} did not finish"); }
        return (p.ExitCode, o.Result, e.Result);
    }

    [Fact]
    public void TimeoutStopsARunawayProgramPastItsFinallyWithOneLine()
    {
        var file = File1("print('start', flush=True)\ntry:\n    while True: pass\nexcept BaseException:\n    print('caught')\nfinally:\n    print('finally')\n");
        try
        {
            var (status, stdout, stderr) = Process1("run", "--timeout=0.5", file);
            Assert.Equal(124, status);
            Assert.Equal("start\n", stdout);
            Assert.Equal("pytk: error: the run exceeded its time limit of 0.5 s (--timeout)\n", stderr);
            Assert.Equal(0, Process1("run", "--timeout", "30", "-c", "pass").Status);
            Assert.Equal(2, Process1("run", "--timeout", "soon", "-c", "pass").Status);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void MaxMemoryEndsAGrowingProgramWithMemoryError()
    {
        var file = File1("x = []\ntry:\n    while True: x.append(' ' * 10**6)\nexcept MemoryError:\n    n = len(x); x = None\n    print('MemoryError after', 'few' if n < 400 else 'many')\n");
        try
        {
            var (status, stdout, stderr) = Process1("run", "--max-memory", "256M", file);
            Assert.Equal("", stderr);
            Assert.Equal("MemoryError after few\n", stdout);
            Assert.Equal(0, status);
            Assert.Equal(2, Process1("run", "--max-memory", "lots", "-c", "pass").Status);
        }
        finally { File.Delete(file); }
    }

    /// <summary>sys.executable is pytk, so programs (and CPython's test.support) run it as python3: its options
    /// before -c/-m/-/FILE.py mean `pytk run`.</summary>
    [Fact]
    public void PythonStyleCommandLinesRunPrograms()
    {
        var r = CliRunner.Run("-c", "import sys; print(sys.argv)", "a", "b");
        Assert.Equal("['-c', 'a', 'b']\n", r.Stdout);
        r = CliRunner.Run("-X", "faulthandler", "-I", "-E", "-s", "-Wignore", "-u", "-c", "print(6 * 7)");
        Assert.Equal("42\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
        r = CliRunner.Run("-B", "-m", "this_module_does_not_exist");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("No module named this_module_does_not_exist", r.Stderr);
        r = CliRunner.Run("-S", Sources.Absolute("examples/hello.py"));
        Assert.Equal(CliRunner.Run("run", Sources.Absolute("examples/hello.py")).Stdout, r.Stdout);
        r = CliRunner.Run("-Q");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("pytk: unknown command '-Q'", r.Stderr);
    }
}
