using System.Diagnostics;
using Pytk.Tests.Passes;

namespace Pytk.Tests.Vm;

/// <summary>
/// stdout and stderr sent to one pipe interleave as CPython's do: block-buffered stdout (stderr first) by
/// default, write-through when PYTHONUNBUFFERED is set. Both processes run the same program through
/// `sh -c '... 2>&amp;1'`, so the test sees the order the bytes reached the pipe.
/// </summary>
public class StreamInterleavingTests
{
    const string Program = "import sys\nprint('one')\nprint('two', file=sys.stderr)\nsys.stdout.write('three\\n')\n" +
                           "print('four', file=sys.stderr)\nprint('five')\nraise SystemExit(3)\n";

    static (int Code, string Output) Merged(string command, bool unbuffered, string file)
    {
        var psi = new ProcessStartInfo("sh") { RedirectStandardOutput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(command + " \"$0\" 2>&1");
        psi.ArgumentList.Add(file);
        psi.Environment["PYENV_VERSION"] = "3.13.0";
        psi.Environment.Remove("PYTHONUNBUFFERED");
        psi.Environment.Remove("PYTKUNBUFFERED");
        if (unbuffered) psi.Environment["PYTHONUNBUFFERED"] = "1";
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(60_000), command + " did not finish");
        return (p.ExitCode, output);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void StdoutAndStderrInterleaveAsInCPython(bool unbuffered)
    {
        CPython.Require();
        var file = Path.Combine(Path.GetTempPath(), $"pytk-interleave-{Environment.ProcessId}.py");
        File.WriteAllText(file, Program);
        try
        {
            var expected = Merged("python3", unbuffered, file);
            var actual = Merged($"dotnet '{Path.Combine(AppContext.BaseDirectory, "pytk.dll")}' run", unbuffered, file);
            Assert.Equal(expected, actual);
        }
        finally { File.Delete(file); }
    }
}
