using Pytk.Tests.Support;

namespace Pytk.Tests.Passes;

/// <summary>
/// Passes written in Python (`--plugin FILE.py`, `pytk.register_pass`): they join one pipeline with the C# passes,
/// reports show them like any pass, modules imported by the program go through them too, and a failing one is
/// named with its Python traceback.
/// </summary>
public class PythonPassTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), $"pytk-pypass-{Guid.NewGuid():N}");

    public PythonPassTests()
    {
        // a copy of examples/python-pass, so the runs' cache files stay out of the repository
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(Sources.Absolute("examples/python-pass"), "*.py"))
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
    }

    public void Dispose()
    {
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    string P(string name) => Path.Combine(dir, name);

    [Fact]
    public void APythonPassAndCSharpPassesRunInOnePipelineAndPrintChangedShowsBoth()
    {
        var plain = CliRunner.Run("run", P("demo.py"));
        var r = CliRunner.Run("run", "--plugin", P("flip_not.py"), "--passes", "constfold,flip-not-if,name-census",
            "--print-changed", P("demo.py"));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(plain.Stdout, r.Stdout);  // the program means what it meant
        Assert.Contains("*** IR Dump After constfold (1) changed ***", r.Stderr);
        Assert.Contains("*** IR Dump After flip-not-if (2) changed ***", r.Stderr);
        Assert.Contains("-               test=UnaryOp(", r.Stderr);
        // a visitor that changes nothing is reported as unchanged, as a C# pass returning its input is
        Assert.Contains("*** IR Dump After name-census (3) omitted because no change ***", r.Stderr);
    }

    [Fact]
    public void ImportedModulesGoThroughThePythonPass()
    {
        var before = CliRunner.Run("dis", P("helper.py"));
        var after = CliRunner.Run("dis", "--plugin", P("flip_not.py"), "--passes", "flip-not-if", P("helper.py"));
        // `if not x >= 0:` jumps when the test holds; flipped, `if x >= 0:` jumps when it does not
        Assert.Contains("POP_JUMP_IF_TRUE", before.Stdout);
        Assert.DoesNotContain("POP_JUMP_IF_TRUE", after.Stdout);
        Assert.Contains("POP_JUMP_IF_FALSE", after.Stdout);
        var listed = CliRunner.Run("passes", "--plugin", P("flip_not.py"));
        Assert.Matches(@"(?m)^  flip-not-if +if not c: A else: B becomes if c: B else: A .*\[plugin flip_not\.py\]$", listed.Stdout);
    }

    [Fact]
    public void AFailingPythonPassIsNamedWithItsTraceback()
    {
        File.WriteAllText(P("boom.py"), "import ast\nfrom pytk import register_pass\n\n@register_pass\nclass Boom(ast.NodeTransformer):\n"
            + "    \"\"\"divides by zero on the first name\"\"\"\n    def visit_Name(self, node):\n        return 1 / 0\n");
        var r = CliRunner.Run("run", "--plugin", P("boom.py"), "--passes", "boom", P("demo.py"));
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.StartsWith($"pytk: error: pass 'boom' (plugin boom.py) failed in {P("demo.py")}: ZeroDivisionError: division by zero\nTraceback (most recent call last):\n", r.Stderr);
        Assert.Contains($"  File \"{P("boom.py")}\", line 8, in visit_Name\n", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);  // no .NET stack trace
    }

    [Fact]
    public void APluginFileThatFailsOrRegistersNothingIsAOneLineError()
    {
        File.WriteAllText(P("bad.py"), "raise ValueError('not today')\n");
        var r = CliRunner.Run("run", "--plugin", P("bad.py"), "--passes", "constfold", P("demo.py"));
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("pytk: error: plugin bad.py: ValueError: not today\n", r.Stderr);
        File.WriteAllText(P("empty.py"), "x = 1\n");
        r = CliRunner.Run("run", "--plugin", P("empty.py"), P("demo.py"));
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("pytk: error: plugin empty.py: no pass was registered (decorate an ast.NodeTransformer subclass with pytk.register_pass)\n", r.Stderr);
        File.WriteAllText(P("badname.py"), "import ast, pytk\npytk.register_pass(name='Not Kebab', description='x')(ast.NodeTransformer)\n");
        r = CliRunner.Run("run", "--plugin", P("badname.py"), P("demo.py"));
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("pytk: error: badname.py: pass name 'Not Kebab' is not kebab-case (e.g. my-pass)\n", r.Stderr);
    }
}
