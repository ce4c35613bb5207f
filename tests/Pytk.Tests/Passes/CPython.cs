using System.Diagnostics;
using System.Text;

namespace Pytk.Tests.Passes;

/// <summary>CPython 3.13 as the tests' oracle (`PYENV_VERSION=3.13.0 python3`). A missing interpreter is a
/// failure with a clear message, never a silent pass.</summary>
public static class CPython
{
    static readonly Lazy<string?> Problem = new(() =>
    {
        try
        {
            var r = Run(["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], "");
            return r.Stdout.Trim() == "3.13" ? null : $"python3 under PYENV_VERSION=3.13.0 is {r.Stdout.Trim()}{r.Stderr.Trim()}, not 3.13";
        }
        catch (Exception e) { return "cannot start python3: " + e.Message; }
    });

    /// <summary>Fails the calling test unless CPython 3.13 is available.</summary>
    public static void Require()
    {
        if (Problem.Value is { } p) Assert.Fail("CPython 3.13 is required as the oracle for this test: " + p);
    }

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs `python3 ARGS` (in <paramref name="cwd"/> if given) with PYTHONHASHSEED=0, as the corpora's
    /// expected outputs were made.</summary>
    public static Result Run(string[] args, string stdin, string? cwd = null)
    {
        var psi = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["PYENV_VERSION"] = "3.13.0";
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        psi.Environment["PYTHONHASHSEED"] = "0";
        if (cwd is not null) psi.WorkingDirectory = cwd;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        p.WaitForExit();
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Evaluates one Python script reading stdin (the snippet) and returns its stdout.</summary>
    public static string Oracle(string script, string snippet)
    {
        Require();
        var r = Run(["-c", script], snippet);
        Assert.True(r.ExitCode == 0, "oracle failed: " + r.Stderr);
        return r.Stdout;
    }
}
