using System.Diagnostics;
using Pytk.Tests.Support;

namespace Pytk.Tests.Cache;

/// <summary>
/// How `pytk run` and `pytk compile` treat `__pycache__`: used when valid, rewritten when stale, corrupt,
/// truncated or foreign, never written with -B, hash modes as PEP 552 says, safe with two processes at once,
/// and a warm run does not load the parser. Decisions are observed through `run -v` lines and file times.
/// </summary>
public sealed class CacheBehaviourTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("pytk-cache").FullName;

    public void Dispose()
    {
        try { Directory.Delete(dir, true); } catch (IOException) { }
    }

    string MainPy => Path.Combine(dir, "main.py");
    string ModPy => Path.Combine(dir, "helper.py");
    string ModPyc => CodeCache.CachePath(ModPy);
    string MainPyc => CodeCache.CachePath(MainPy);

    void Program(int value = 1)
    {
        File.WriteAllText(MainPy, "import helper\nprint('value', helper.VALUE, helper.twice(3))\n");
        WriteModule(value);
    }

    /// <summary>Same size for every value 0-9, so only the mtime or the hash can tell versions apart.</summary>
    void WriteModule(int value)
    {
        var before = File.Exists(ModPy) ? File.GetLastWriteTimeUtc(ModPy) : DateTime.MinValue;
        File.WriteAllText(ModPy, $"VALUE = {value}\ndef twice(x):\n    return 2 * x\n");
        // the file system's clock may not have moved since the last write: make the edit visible as a real edit is
        if (File.GetLastWriteTimeUtc(ModPy) <= before) File.SetLastWriteTimeUtc(ModPy, before.AddMilliseconds(10));
    }

    static CliRunner.Result Run(params string[] args) => CliRunner.Run(["run", "-v", .. args]);

    CliRunner.Result RunMain(params string[] flags) => Run([.. flags, MainPy]);

    [Fact]
    public void WarmCacheIsUsedAndNotRewritten()
    {
        Program();
        var cold = RunMain();
        Assert.Equal("value 1 6\n", cold.Stdout);
        Assert.Contains($"# wrote '{ModPyc}'", cold.Stderr);
        Assert.Contains($"# wrote '{MainPyc}'", cold.Stderr);
        var written = File.GetLastWriteTimeUtc(ModPyc);
        var warm = RunMain();
        Assert.Equal("value 1 6\n", warm.Stdout);
        Assert.Contains($"# code object from '{ModPyc}'", warm.Stderr);
        Assert.Contains($"# code object from '{MainPyc}'", warm.Stderr);
        Assert.DoesNotContain("# wrote", warm.Stderr);
        Assert.Equal(written, File.GetLastWriteTimeUtc(ModPyc));
    }

    [Fact]
    public void StaleCacheIsRecompiled()
    {
        Program(1);
        RunMain();
        WriteModule(2);
        var r = RunMain();
        Assert.Equal("value 2 6\n", r.Stdout);
        Assert.Contains($"# bytecode is stale for '{ModPy}'", r.Stderr);
        Assert.Contains($"# wrote '{ModPyc}'", r.Stderr);
        Assert.Contains($"# code object from '{ModPyc}'", RunMain().Stderr);
    }

    public static TheoryData<string> Damages() => ["flip", "half", "header", "empty", "cpython", "garbage", "lying", "toolchain"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void DamagedCacheIsSurvivedAndRewritten(string damage)
    {
        Program();
        RunMain();
        var good = File.ReadAllBytes(ModPyc);
        byte[] bad = damage switch
        {
            "flip" => Flip(good, good.Length - 5),
            "half" => good[..(good.Length / 2)],
            "header" => good[..20],
            "empty" => [],
            "cpython" => [0xF3, 0x0D, 0x0D, 0x0A, 0, 0, 0, 0, .. new byte[40]],
            "garbage" => Enumerable.Range(0, 300).Select(i => (byte)(i * 7)).ToArray(),
            // a well-formed header with a valid checksum over a body that is not a code object
            "lying" => Relabel(good, body: [(byte)'c', 0xFF, 0xFF, 0xFF]),
            "toolchain" => Flip(good, 25),
            _ => throw new ArgumentException(damage),
        };
        File.WriteAllBytes(ModPyc, bad);
        var r = RunMain();
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("value 1 6\n", r.Stdout);
        Assert.Contains($"# wrote '{ModPyc}'", r.Stderr);
        Assert.Matches(damage == "toolchain" ? "another pytk build" : "# rejected", r.Stderr);
        Assert.Contains($"# code object from '{ModPyc}'", RunMain().Stderr);
    }

    static byte[] Flip(byte[] b, int at)
    {
        var c = (byte[])b.Clone();
        c[at] ^= 0x5A;
        return c;
    }

    static byte[] Relabel(byte[] good, byte[] body)
    {
        var h = PycFormat.ReadHeader(good, out _)!.Value;
        return PycFormat.Build(h.Mode, h.MtimeOrHash, h.Size, h.Toolchain, body);
    }

    [Fact]
    public void DashBWritesNothing()
    {
        Program();
        var r = RunMain("-B");
        Assert.Equal("value 1 6\n", r.Stdout);
        Assert.False(Directory.Exists(Path.Combine(dir, "__pycache__")));
        Assert.DoesNotContain("# wrote", r.Stderr);
    }

    [Fact]
    public void SysDontWriteBytecodeIsHonoured()
    {
        Program();
        File.WriteAllText(MainPy, "import sys\nprint(sys.dont_write_bytecode)\nsys.dont_write_bytecode = True\nimport helper\nprint(helper.VALUE)\n");
        var r = RunMain();
        Assert.Equal("False\n1\n", r.Stdout);
        Assert.True(File.Exists(MainPyc));
        Assert.False(File.Exists(ModPyc));
        Assert.Equal("True\n", Run("-B", MainPy).Stdout.Split('\n')[0] + "\n");
    }

    [Fact]
    public void UnwritableFolderIsSkippedSilently()
    {
        Program();
        File.WriteAllText(Path.Combine(dir, "__pycache__"), "a file where the folder would go");
        var r = CliRunner.Run("run", MainPy);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("value 1 6\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void UncheckedHashIsTrusted()
    {
        Program(1);
        Assert.Equal(0, CliRunner.Run("compile", "-q", "--invalidation-mode", "unchecked-hash", dir).ExitCode);
        Assert.Equal(InvalidationMode.UncheckedHash, PycFormat.ReadHeader(File.ReadAllBytes(ModPyc), out _)!.Value.Mode);
        WriteModule(2);
        var r = RunMain();
        Assert.Equal("value 1 6\n", r.Stdout);
        Assert.Contains($"# code object from '{ModPyc}'", r.Stderr);
    }

    [Fact]
    public void CheckedHashDetectsChanges()
    {
        Program(1);
        Assert.Equal(0, CliRunner.Run("compile", "-q", "--invalidation-mode", "checked-hash", dir).ExitCode);
        Assert.Contains($"# code object from '{ModPyc}'", RunMain().Stderr);
        var mtime = File.GetLastWriteTimeUtc(ModPy);
        WriteModule(2);
        File.SetLastWriteTimeUtc(ModPy, mtime); // same size, same mtime: only the hash can tell
        var r = RunMain();
        Assert.Equal("value 2 6\n", r.Stdout);
        Assert.Contains($"# bytecode is stale for '{ModPy}'", r.Stderr);
        Assert.Equal(InvalidationMode.CheckedHash, PycFormat.ReadHeader(File.ReadAllBytes(ModPyc), out _)!.Value.Mode);
    }

    [Fact]
    public void CompileSkipsUpToDateFilesAndReportsErrors()
    {
        Program();
        File.WriteAllText(Path.Combine(dir, "broken.py"), "x = 1\ndef f(:\n");
        var first = CliRunner.Run("compile", "-q", dir);
        Assert.Equal(1, first.ExitCode);
        Assert.Contains($"{Path.Combine(dir, "broken.py")}:2: SyntaxError: ", first.Stdout);
        Assert.Contains("3 files: 2 compiled, 0 up to date, 1 errors", first.Stdout);
        var again = CliRunner.Run("compile", "-q", dir);
        Assert.Contains("3 files: 0 compiled, 2 up to date, 1 errors", again.Stdout);
        var forced = CliRunner.Run("compile", "-q", "-f", dir);
        Assert.Contains("3 files: 2 compiled, 0 up to date, 1 errors", forced.Stdout);
        Assert.Equal("", CliRunner.Run("compile", "-qq", dir).Stdout);
    }

    [Fact]
    public void RunAndDisAcceptPycFiles()
    {
        Program();
        RunMain();
        // beside main.py, so sys.path[0] is the program's folder and `import helper` finds helper.py
        var copy = Path.Combine(dir, "main_compiled.pyc");
        File.Copy(MainPyc, copy);
        var fromPyc = CliRunner.Run("run", copy);
        Assert.Equal("value 1 6\n", fromPyc.Stdout);
        var disPy = CliRunner.Run("dis", ModPy);
        var disPyc = CliRunner.Run("dis", ModPyc);
        Assert.Equal(0, disPyc.ExitCode);
        Assert.Equal(Normalize(disPy.Stdout), Normalize(disPyc.Stdout));
        var bogus = Path.Combine(dir, "bogus.pyc");
        File.WriteAllText(bogus, "print('not bytecode')\n");
        var bad = CliRunner.Run("run", bogus);
        Assert.Equal(1, bad.ExitCode);
        Assert.Equal("RuntimeError: Bad magic number in .pyc file\n", bad.Stderr);
    }

    static string Normalize(string dis) => System.Text.RegularExpressions.Regex.Replace(dis, "0x[0-9a-f]+", "0x?");

    [Fact]
    public void PassPipelineAddsATag()
    {
        Program();
        var r = RunMain("--passes", "constfold");
        Assert.Equal("value 1 6\n", r.Stdout);
        var names = Directory.GetFiles(Path.Combine(dir, "__pycache__")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(2, names.Count);
        Assert.All(names, n => Assert.Matches(@"^(helper|main)\.pytk-313\.opt-[0-9a-f]{8}\.pyc$", n!));
        Assert.Contains("# code object from", RunMain("--passes", "constfold").Stderr);
        RunMain();
        Assert.Equal(4, Directory.GetFiles(Path.Combine(dir, "__pycache__")).Length);
    }

    [Fact]
    public void ShippedModulesAreCachedInTheUserCacheFolder()
    {
        var shipped = Path.Combine(dir, "user-cache");
        var old = Environment.GetEnvironmentVariable("PYTKCACHEDIR");
        Environment.SetEnvironmentVariable("PYTKCACHEDIR", shipped);
        try
        {
            File.WriteAllText(MainPy, "import bisect\nprint(bisect.bisect([1, 2, 4], 3))\n");
            var pyc = Path.Combine(shipped, "lib", "bisect.pytk-313.pyc");
            var cold = RunMain();
            Assert.Equal("2\n", cold.Stdout);
            Assert.Contains($"# wrote '{pyc}'", cold.Stderr);
            var warm = RunMain();
            Assert.Equal("2\n", warm.Stdout);
            Assert.Contains($"# code object from '{pyc}'", warm.Stderr);
            File.WriteAllBytes(pyc, Flip(File.ReadAllBytes(pyc), 60));
            Assert.Equal("2\n", RunMain().Stdout);
            Assert.Contains($"# code object from '{pyc}'", RunMain().Stderr);
        }
        finally { Environment.SetEnvironmentVariable("PYTKCACHEDIR", old); }
    }

    // ---- separate processes ----

    static string PytkDll => Path.Combine(AppContext.BaseDirectory, "pytk.dll");

    static Process Start(string workDir, Dictionary<string, string>? env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workDir };
        psi.ArgumentList.Add(PytkDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("PYTKVERBOSE");
        foreach (var (k, v) in env ?? []) psi.Environment[k] = v;
        return Process.Start(psi)!;
    }

    static (int Code, string Out, string Err) Finish(Process p)
    {
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(120_000), "pytk did not finish");
        return (p.ExitCode, o.Result, e.Result);
    }

    /// <summary>A package of 20 modules, each importing the previous one.</summary>
    void Tree()
    {
        var pkg = Directory.CreateDirectory(Path.Combine(dir, "pkg")).FullName;
        File.WriteAllText(Path.Combine(pkg, "__init__.py"), "");
        for (int i = 0; i < 20; i++)
            File.WriteAllText(Path.Combine(pkg, $"m{i}.py"),
                (i > 0 ? $"from . import m{i - 1}\nTOTAL = m{i - 1}.TOTAL + {i}\n" : "TOTAL = 0\n") + $"def f{i}(x):\n    return [x * k for k in range({i})]\n");
        File.WriteAllText(MainPy, "from pkg import m19\nprint(m19.TOTAL, m19.f19(2)[-1])\n");
    }

    [Fact]
    public void TwoProcessesCompilingTheSameTreeBothSucceed()
    {
        Tree();
        var compilers = new[] { Start(dir, null, "compile", "-q", "-f", dir), Start(dir, null, "compile", "-q", "-f", "-j", "2", dir) };
        var runners = new[] { Start(dir, null, "run", MainPy), Start(dir, null, "run", MainPy) };
        foreach (var p in compilers) Assert.Equal(0, Finish(p).Code);
        foreach (var p in runners)
        {
            var (code, o, e) = Finish(p);
            Assert.True(code == 0, e);
            Assert.Equal("190 36\n", o);
        }
        Assert.Empty(Directory.GetFiles(dir, "*.tmp", SearchOption.AllDirectories));
        var check = RunMain();
        Assert.Equal("190 36\n", check.Stdout);
        Assert.DoesNotContain("# rejected", check.Stderr);
        Assert.DoesNotContain("# wrote", check.Stderr);
        Assert.Equal(22, check.Stderr.Split('\n').Count(l => l.StartsWith("# code object from")));
    }

    [Fact]
    public void WarmRunDoesNotLoadTheParser()
    {
        Tree();
        var env = new Dictionary<string, string> { ["PYTKVERBOSE"] = "1" };
        var cold = Finish(Start(dir, env, "run", MainPy));
        Assert.Equal("190 36\n", cold.Out);
        Assert.Contains("# loaded assembly Pytk.Grammar", cold.Err);
        var warm = Finish(Start(dir, env, "run", MainPy));
        Assert.Equal("190 36\n", warm.Out);
        Assert.Contains("# code object from", warm.Err);
        Assert.DoesNotContain("Pytk.Grammar", warm.Err);
        Assert.DoesNotContain("Antlr", warm.Err);
    }
}
