using System.Diagnostics;
using Pytk.Tests.Passes;

namespace Pytk.Tests.Vm;

/// <summary>
/// Issue 15: pipes end as in CPython. `prog | head -1` on a program that prints forever ends at once with
/// BrokenPipeError (exit 1, the traceback's last line on stderr), and a closed stdout is no error. Both
/// interpreters run in real processes through bash, since only a real pipe can close under the writer.
/// </summary>
public class PipeTests
{
    static string Pytk => $"dotnet {Path.Combine(AppContext.BaseDirectory, "pytk.dll")} run"; // $1, split into words by bash

    /// <summary>Runs `bash -c SCRIPT` with $0 = the program file and $1 = the interpreter command.</summary>
    static string Bash(string script, string interpreter, string file)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(file);
        psi.ArgumentList.Add(interpreter);
        psi.Environment["PYENV_VERSION"] = "3.13.0";
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(60_000))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{interpreter} on {file} did not finish: {script}");
        }
        return output.Result;
    }

    static string Program(string source)
    {
        var file = Path.Combine(Path.GetTempPath(), $"pytk-pipe-{Guid.NewGuid():N}.py");
        File.WriteAllText(file, source);
        return file;
    }

    [Fact]
    public void ReaderClosingThePipeEndsAnEndlessPrinter()
    {
        CPython.Require();
        var file = Program("while True:\n    print('y')\n");
        try
        {
            // The reader's line, the writer's exit status and the last line of its stderr.
            const string script = "$1 \"$0\" 2>\"$0.err\" | head -1; echo \"status ${PIPESTATUS[0]}\"; grep -v '^ *$' \"$0.err\" | tail -1";
            var expected = Bash(script, "python3", file);
            var actual = Bash(script, Pytk, file);
            Assert.Equal("y\nstatus 1\nBrokenPipeError: [Errno 32] Broken pipe\n", expected);
            Assert.Equal(expected, actual);
        }
        finally { File.Delete(file); File.Delete(file + ".err"); }
    }

    [Fact]
    public void ClosedStdoutIsNoError()
    {
        CPython.Require();
        var file = Program("print('lost')\nimport sys\nsys.stderr.write('done\\n')\n");
        try
        {
            const string script = "$1 \"$0\" >&- 2>&1; echo \"status $?\"";
            Assert.Equal(Bash(script, "python3", file), Bash(script, Pytk, file));
        }
        finally { File.Delete(file); }
    }
}
