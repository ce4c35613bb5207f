using Pytk.Passes;
using Pytk.Syntax;
using Assert = Xunit.Assert;
using Pytk.Tests.Support;

namespace Pytk.Tests.Passes;

public class PipelineTests
{
    static ModNode Parse(string src) => Pytk.Grammar.SourceParser.Parse(src);

    static string TempFile(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"pytk-pass-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void PipelineRunsInTheOrderGivenAndRepeats()
    {
        var r = PassRegistry.CreateDefault();
        var names = r.ParsePipeline("constfold,dce,constfold").Select(e => e.Name);
        Assert.Equal(["constfold", "dce", "constfold"], names);
    }

    [Fact]
    public void PresetsExpandInPlaceAndDefaultIsO1()
    {
        var r = PassRegistry.CreateDefault();
        Assert.Equal(Presets.O1.Passes, r.ParsePipeline("default").Select(e => e.Name));
        Assert.Equal(Presets.O2.Passes.Append("dce"), r.ParsePipeline("O2,dce").Select(e => e.Name));
        Assert.Empty(r.ParsePipeline("O0"));
        // every preset names registered passes only
        foreach (var p in Presets.All) r.ParsePipeline(p.Name);
    }

    [Fact]
    public void UnknownPassListsTheKnownOnes()
    {
        string path = TempFile("x = 1\n");
        var res = CliRunner.Run("dump-ast", "--passes", "constfold,nosuch", path);
        Assert.Equal(1, res.ExitCode);
        Assert.Contains("unknown pass 'nosuch'", res.Stderr);
        foreach (var e in PassRegistry.CreateDefault().Entries) Assert.Contains(e.Name, res.Stderr);
    }

    [Fact]
    public void PassesCommandListsEveryPassAndPreset()
    {
        var res = CliRunner.Run("passes");
        Assert.Equal(0, res.ExitCode);
        foreach (var e in PassRegistry.CreateDefault().Entries) Assert.Contains(e.Name + " ", res.Stdout);
        Assert.Contains(string.Join(",", Presets.O2.Passes), res.Stdout);
    }

    [Fact]
    public void BuiltinNamesAreKebabCaseWithOneLineDescriptions()
    {
        foreach (var e in PassRegistry.CreateDefault().Entries)
        {
            Assert.Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", e.Name);
            Assert.DoesNotContain('\n', e.Pass.Description);
        }
    }

    sealed class BadContext : AstPass
    {
        public override string Name => "bad-ctx";
        public override string Description => "turns loads into stores";
        public override ModNode Run(ModNode module, PassContext context) => new Breaker().Transform(module);

        sealed class Breaker : NodeTransformer
        {
            public override AstNode? VisitName(Name node) => new Name(node.id, Store.Instance).CopyLocation(node);
        }
    }

    sealed class Thrower : AstPass
    {
        public override string Name => "thrower";
        public override string Description => "throws";
        public override ModNode Run(ModNode module, PassContext context) => throw new InvalidOperationException("boom");
    }

    [Fact]
    public void BrokenInvariantNamesThePass()
    {
        var r = PassRegistry.CreateDefault();
        r.Add(new BadContext(), "test.dll");
        var e = Assert.Throws<PassFailedException>(() =>
            PassRunner.Run(Parse("print(x)\n"), r.ParsePipeline("constfold,bad-ctx"), new RunOptions(), TextWriter.Null));
        Assert.Contains("pass 'bad-ctx' (plugin test.dll) left an invalid AST", e.Message);
        Assert.Contains("expression must have Load context but has Store instead", e.Message);
    }

    [Fact]
    public void ThrowingPassIsNamed()
    {
        var r = PassRegistry.CreateDefault();
        r.Add(new Thrower(), "built-in");
        var e = Assert.Throws<PassFailedException>(() =>
            PassRunner.Run(Parse("x = 1\n"), r.ParsePipeline("thrower"), new RunOptions(), TextWriter.Null));
        Assert.Equal("pass 'thrower' failed: InvalidOperationException: boom", e.Message);
    }

    [Fact]
    public void ValidatorCatchesMissingPositionsAndFields()
    {
        var tree = (Module)Parse("x = 1\n");
        Assert.Null(AstValidator.FirstProblem(tree));
        var assign = (Assign)tree.body[0];
        assign.value = new Constant(2, null); // no position
        Assert.Equal("Module.body[0].value: missing position (lineno=0); copy one from the node it replaces",
            AstValidator.FirstProblem(tree));
        assign.value = null!;
        Assert.Equal("Module.body[0].value: required expr is missing", AstValidator.FirstProblem(tree));
    }

    [Fact]
    public void PrintChangedDiffsChangesAndListsUnchangedPasses()
    {
        string path = TempFile("x = 1 + 2\n");
        var res = CliRunner.Run("dump-ast", "--passes", "constfold,constfold", "--print-changed", path);
        Assert.Equal(0, res.ExitCode);
        Assert.Contains("*** IR Dump After constfold (1) changed ***", res.Stderr);
        Assert.Contains("+         value=Constant(value=3))])", res.Stderr);
        Assert.Contains("-         value=BinOp(", res.Stderr);
        Assert.Contains("*** IR Dump After constfold (2) omitted because no change ***", res.Stderr);
    }

    [Fact]
    public void BisectLimitRunsOnlyTheFirstPasses()
    {
        string path = TempFile("x = 1 + 2\n");
        var res = CliRunner.Run("dump-ast", "--passes", "dce,constfold", "--opt-bisect-limit", "1", path);
        Assert.Contains("BISECT: running pass (1) dce on module", res.Stderr);
        Assert.Contains("BISECT: NOT running pass (2) constfold on module", res.Stderr);
        Assert.Contains("BinOp", res.Stdout);
    }

    [Fact]
    public void StatsAndTimesAreReported()
    {
        string path = TempFile("def f():\n    return 1\n    x = 2\n");
        var res = CliRunner.Run("unparse", "-O2", "--stats", "--time-passes", "--print-after", "dce", path);
        Assert.Equal(0, res.ExitCode);
        Assert.Contains("Statistics (AST nodes)", res.Stderr);
        Assert.Contains("1 unreachable", res.Stderr);
        Assert.Contains("Pass execution timing report", res.Stderr);
        Assert.Contains("*** IR Dump After dce (5) ***", res.Stderr);
        Assert.Equal("def f():\n    return 1\n", res.Stdout);
    }

    [Fact]
    public void DiffIsUnified()
    {
        string d = UnifiedDiff.Format("a\nb\nc\n", "a\nB\nc\n", "x", "y");
        Assert.Equal("--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n", d);
        Assert.Equal("", UnifiedDiff.Format("same\n", "same\n", "x", "y"));
    }
}

public class CompareCommandTests
{
    [Fact]
    public void ComparesTwoPipelinesWithCountsAndNoColourWhenPiped()
    {
        string path = Path.Combine(Path.GetTempPath(), $"pytk-cmp-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, "def f():\n    k = 2\n    return k * 3\n");
        var r = CliRunner.Run("compare", path, "--passes", "constprop,constfold", "--against", "O0", "--source");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("A: constprop,constfold", r.Stdout);
        Assert.Contains("B: (no passes)", r.Stdout);
        Assert.Contains("-    return k * 3", r.Stdout);
        Assert.Contains("+    return 6", r.Stdout);
        Assert.Contains("BinOp            1        0             -1", r.Stdout);
        Assert.DoesNotContain("\u001b[", r.Stdout);
        var y = CliRunner.Run("compare", path, "-O2", "--side-by-side", "--source");
        Assert.Contains("    return k * 3", y.Stdout);
        Assert.Contains(" | ", y.Stdout);
    }
}
