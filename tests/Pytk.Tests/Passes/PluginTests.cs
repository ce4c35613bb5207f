using System.Text.RegularExpressions;
using System.Diagnostics;
using Pytk.Passes;
using Pytk.Syntax;
using Assert = Xunit.Assert;
using Pytk.Tests.Support;

namespace Pytk.Tests.Passes;

/// <summary>A plugin pass that throws: loading this test assembly with --plugin registers it.</summary>
[Pass]
public sealed class ExplodingPluginPass : AstPass
{
    public override string Name => "explode";
    public override string Description => "throws (test plugin)";
    public override ModNode Run(ModNode module, PassContext context) => throw new InvalidOperationException("kaboom");
}

/// <summary>A plugin pass that returns an invalid tree (an expression statement without its value).</summary>
[Pass]
public sealed class BreakingPluginPass : AstPass
{
    public override string Name => "break-tree";
    public override string Description => "drops a required field (test plugin)";
    public override ModNode Run(ModNode module, PassContext context)
    {
        var copy = (Module)module.ShallowCopy();
        copy.body = [new Expr { value = null! }.At(1, 0, 1, 1) as StmtNode ?? throw new InvalidOperationException()];
        return copy;
    }
}

/// <summary>A plugin pass that recurses without bound through the visitor (each Name visits itself again).</summary>
[Pass]
public sealed class RecursingPluginPass : AstPass
{
    public override string Name => "recurse-forever";
    public override string Description => "recurses without end (test plugin)";
    public override ModNode Run(ModNode module, PassContext context) => new Endless().Transform(module);

    sealed class Endless : NodeTransformer
    {
        public override AstNode? VisitName(Name node) => Visit(node);
    }
}

/// <summary>A plugin pass that fails only on modules that define `trigger` (so an imported module trips it).</summary>
[Pass]
public sealed class ImportTripPass : AstPass
{
    public override string Name => "trip-on-import";
    public override string Description => "throws on a module that assigns `trigger` (test plugin)";
    public override ModNode Run(ModNode module, PassContext context) =>
        module is Module m && m.body.OfType<Assign>().Any(a => a.targets.OfType<Name>().Any(n => n.id == "trigger"))
            ? throw new InvalidOperationException("tripped") : module;
}

public class PluginTests
{
    static string Source()
    {
        string path = Path.Combine(Path.GetTempPath(), $"pytk-plugin-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, "x = 'quiet'\nprint('hello', x, 1 + 1)\n");
        return path;
    }

    static string ThisAssembly => typeof(PluginTests).Assembly.Location;

    /// <summary>Builds examples/plugin with the SDK (as README tells users to) and loads it with --plugin.</summary>
    [Fact]
    public void ExamplePluginBuildsLoadsAndRuns()
    {
        string repo = CliRunner.RepoRoot;
        string outDir = Directory.CreateTempSubdirectory("pytk-example-plugin").FullName;
        try
        {
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repo };
            foreach (var a in new[] { "build", "examples/plugin/ExamplePlugin.csproj", "-o", outDir, "--nologo", "-v", "q" }) psi.ArgumentList.Add(a);
            using (var p = Process.Start(psi)!)
            {
                string output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
                p.WaitForExit();
                Assert.True(p.ExitCode == 0, "dotnet build examples/plugin failed:\n" + output);
            }
            string dll = Path.Combine(outDir, "ExamplePlugin.dll");
            var listed = CliRunner.Run("passes", "--plugin", dll);
            Assert.Contains("shout", listed.Stdout);
            Assert.Contains("[plugin ExamplePlugin.dll]", listed.Stdout);

            string src = Source();
            var r = CliRunner.Run("unparse", "--plugin", dll, "--passes", "shout,constfold", src);
            Assert.Equal("", r.Stderr);
            Assert.Equal(0, r.ExitCode);
            Assert.Equal("x = 'quiet'\nprint('HELLO', x, 2)\n", r.Stdout);
        }
        finally { Directory.Delete(outDir, true); }
    }

    [Fact]
    public void ThrowingPluginIsNamedWithoutStackTrace()
    {
        string src = Source();
        var r = CliRunner.Run("unparse", "--plugin", ThisAssembly, "--passes", "explode", src);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal($"pytk: error: pass 'explode' (plugin Pytk.Tests.dll) failed in {src}: InvalidOperationException: kaboom\n", r.Stderr);
        var verbose = CliRunner.Run("unparse", "--verbose", "--plugin", ThisAssembly, "--passes", "explode", Source());
        Assert.Equal(1, verbose.ExitCode);
        Assert.Contains("   at ", verbose.Stderr);
    }

    [Fact]
    public void PluginReturningAnInvalidTreeIsNamed()
    {
        var r = CliRunner.Run("dump-ast", "--plugin", ThisAssembly, "--passes", "break-tree", Source());
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("pass 'break-tree' (plugin Pytk.Tests.dll) left an invalid AST in ", r.Stderr);
        Assert.Contains(": Module.body[0].value: required expr is missing", r.Stderr);
    }

    /// <summary>Issue 15: a plugin that recurses without bound is named, exit 1 (no stack overflow).</summary>
    [Fact]
    public void RecursingPluginIsNamed()
    {
        string source = Source();
        var r = CliRunner.Run("run", "--plugin", ThisAssembly, "--passes", "recurse-forever", source);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith($"pytk: error: pass 'recurse-forever' (plugin Pytk.Tests.dll) failed in {source}", r.Stderr);
        Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Issue 15: a pass that fails on an imported module ends the run with the pass named, exit 1.</summary>
    [Fact]
    public void PassFailingOnAnImportedModuleIsNamed()
    {
        string dir = Directory.CreateTempSubdirectory("pytk-import-pass").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "victim.py"), "trigger = 1\n");
            File.WriteAllText(Path.Combine(dir, "main.py"), "print('before')\nimport victim\nprint('after')\n");
            var r = CliRunner.Run("run", "-B", "--plugin", ThisAssembly, "--passes", "trip-on-import", Path.Combine(dir, "main.py"));
            Assert.Equal(1, r.ExitCode);
            // The message names the imported file being compiled (and the line, when the pass was visiting one).
            string victim = Regex.Escape(Path.Combine(dir, "victim.py"));
            Assert.Matches($@"^pytk: error: pass 'trip-on-import' \(plugin Pytk\.Tests\.dll\) failed in {victim}( line \d+)?: InvalidOperationException: tripped\n$", r.Stderr);
        }
        finally { Directory.Delete(dir, true); }
    }

    /// <summary>Issue 15: `--plugin ""` is a one-line error, not an internal error.</summary>
    [Fact]
    public void EmptyPluginPathIsOneLine()
    {
        var r = CliRunner.Run("run", "--plugin", "", Source());
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("pytk: error: plugin: empty path (--plugin takes the path of a .dll)\n", r.Stderr);
    }

    [Fact]
    public void MissingPluginIsOneLine()
    {
        var r = CliRunner.Run("passes", "--plugin", "/nonexistent/p.dll");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("pytk: error: plugin p.dll: file not found: /nonexistent/p.dll\n", r.Stderr);
    }
}
