using System.Reflection;
using Pytk.Passes;
using Pytk.Syntax;
using Pytk.Tests.Support;
using Assert = Xunit.Assert;
using Module = Pytk.Syntax.Module;

namespace Pytk.Tests.Passes;

/// <summary>A plugin pass that edits the tree it is given (a classic mistake): the runner must name it.</summary>
[Pass]
public sealed class InPlacePluginPass : AstPass
{
    public override string Name => "in-place";
    public override string Description => "renames print to len inside its input tree (test plugin: wrong on purpose)";
    public override ModNode Run(ModNode module, PassContext context)
    {
        foreach (var n in AstHelpers.Walk(module))
            if (n is Name { id: "print" } name) name.id = "len";
        return module;
    }
}

/// <summary>Throws while visiting a call, so the failure has a Python line.</summary>
[Pass]
public sealed class ThrowOnCallPluginPass : AstPass
{
    public override string Name => "throw-on-call";
    public override string Description => "throws a NullReferenceException at the first call (test plugin)";
    public override ModNode Run(ModNode module, PassContext context) => new Thrower().Transform(module);

    sealed class Thrower : NodeTransformer
    {
        public override AstNode? VisitCall(Call node) => throw new NullReferenceException();
    }
}

/// <summary>Throws only on a module that assigns BOOM: fails while an imported module compiles.</summary>
[Pass]
public sealed class BoomPluginPass : AstPass
{
    public override string Name => "boom";
    public override string Description => "throws on `BOOM = ...` (test plugin)";
    public override ModNode Run(ModNode module, PassContext context) => new Boom().Transform(module);

    sealed class Boom : NodeTransformer
    {
        public override AstNode? VisitName(Name node) =>
            node.id == "BOOM" ? throw new InvalidOperationException("BOOM found") : node;
    }
}

/// <summary>Joins -O2 between cmpfold and dce, with a typed option.</summary>
[Pass]
public sealed class PlacedPluginPass : AstPass
{
    public override string Name => "placed";
    public override string Description => "does nothing; joins O2 after cmpfold, before dce (test plugin)";
    public override IReadOnlyList<PassOption> Options { get; } =
        [PassOption.Int("level", 2, "how hard to do nothing", 0, 3), PassOption.Choice("mode", "quiet", ["quiet", "loud"], "how")];
    public override IReadOnlyList<PresetPlacement> Placements { get; } = [new("O2", After: ["cmpfold"], Before: ["dce"])];
    public override ModNode Run(ModNode module, PassContext context)
    {
        if (context.GetString("mode") == "loud") context.Changed("levels", $"level {context.GetInt("level")}");
        return module;
    }
}

/// <summary>Turns `x = 1` into `1 = False`: every field set, positions present, so the invariants pass, but
/// the compiler rejects it.</summary>
[Pass]
public sealed class BadTargetPluginPass : AstPass
{
    public override string Name => "bad-target";
    public override string Description => "assigns to a literal (test plugin)";
    public override ModNode Run(ModNode module, PassContext context) => new Bad().Transform(module);

    sealed class Bad : NodeTransformer
    {
        public override AstNode? VisitAssign(Assign node)
        {
            var copy = (Assign)node.ShallowCopy();
            copy.targets = [AstCopy.Relocate(AstCopy.Deep(node.value), node.targets[0])];
            copy.value = new Constant(false, null).CopyLocation(node.value);
            return copy;
        }
    }
}

/// <summary>Not [Pass]: registered by hand, since its Name throws.</summary>
public sealed class ThrowingNamePass : AstPass
{
    public override string Name => throw new InvalidOperationException("no name today");
    public override string Description => "x";
    public override ModNode Run(ModNode module, PassContext context) => module;
}

[Collection("vm")]
public class PluginApiTests
{
    static string ThisAssembly => typeof(PluginApiTests).Assembly.Location;

    static string Temp(string text, string name = "")
    {
        string dir = Directory.CreateTempSubdirectory("pytk-api").FullName;
        string path = Path.Combine(dir, name.Length == 0 ? "main.py" : name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void APassThatEditsItsInputIsNamed()
    {
        string path = Temp("print('hi')\n");
        var r = CliRunner.Run("unparse", "--plugin", ThisAssembly, "--passes", "in-place", path);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith($"pytk: error: pass 'in-place' (plugin Pytk.Tests.dll) changed its input tree in place in {path}: a pass must leave", r.Stderr);
        // compare used to share the edited tree between pipelines and report "no difference"
        var c = CliRunner.Run("compare", path, "--plugin", ThisAssembly, "--passes", "in-place", "--dynamic");
        Assert.Equal(1, c.ExitCode);
        Assert.Contains("changed its input tree in place", c.Stderr);
    }

    [Fact]
    public void AFailureNamesPluginPassFileLineAndSpellsOutTheMessage()
    {
        string path = Temp("x = 1\nprint(x)\n");
        var r = CliRunner.Run("unparse", "--plugin", ThisAssembly, "--passes", "throw-on-call", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal($"pytk: error: pass 'throw-on-call' (plugin Pytk.Tests.dll) failed in {path} line 2: NullReferenceException: Object reference not set to an instance of an object.\n", r.Stderr);
        Assert.Equal("Object reference not set to an instance of an object.", ErrorText.Message(new Exception("Arg_NullReferenceException")));
        Assert.DoesNotContain("Activator_", ErrorText.Message(new Exception("Activator_SomethingNew")));
    }

    [Fact]
    public void AFailureWhileCompilingAnImportedModuleIsNamedToo()
    {
        string main = Temp("import boommod\nprint(boommod.BOOM)\n");
        string mod = Path.Combine(Path.GetDirectoryName(main)!, "boommod.py");
        File.WriteAllText(mod, "x = 1\nBOOM = x\n");
        var r = CliRunner.Run("run", "-B", "--plugin", ThisAssembly, "--passes", "boom", main);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"pass 'boom' (plugin Pytk.Tests.dll) failed in {mod} line 2: InvalidOperationException: BOOM found", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void ATreeTheCompilerRejectsAfterThePassesNamesThePass()
    {
        string path = Temp("y = 2\nx = 1\n");
        var r = CliRunner.Run("run", "-B", "--plugin", ThisAssembly, "--passes", "constfold,bad-target,constfold", path);
        Assert.Equal(1, r.ExitCode);
        // the AST validator (CPython's ast.c checks) or, failing that, the compiler: either way the pass is named
        Assert.StartsWith("pytk: error: pass 'bad-target' (plugin Pytk.Tests.dll) ", r.Stderr);
        Assert.Contains($" in {path}", r.Stderr);
        var dis = CliRunner.Run("dis", "--plugin", ThisAssembly, "--passes", "bad-target", path);
        Assert.Equal(1, dis.ExitCode);
        Assert.Contains("pass 'bad-target' (plugin Pytk.Tests.dll) ", dis.Stderr);
    }

    [Fact]
    public void APluginJoinsAPresetWhereItAsks()
    {
        var r = CliRunner.Run("passes", "--plugin", ThisAssembly);
        Assert.Contains("-O2               constfold,constprop,constfold,cmpfold,placed,dce,", r.Stdout);
        Assert.Contains("--pass-opt placed.level=int 0..3 (default 2)", r.Stdout);
        Assert.Contains("joins O2 after cmpfold before dce", r.Stdout);
        var bad = CliRunner.Run("unparse", "--plugin", ThisAssembly, "-O2", "--pass-opt", "placed.level=7", Temp("x = 1\n"));
        Assert.Contains("--pass-opt placed.level=7: expected an int from 0 to 3, got 7", bad.Stderr);
        var choice = CliRunner.Run("unparse", "--plugin", ThisAssembly, "-O2", "--pass-opt", "placed.mode=laud", Temp("x = 1\n"));
        Assert.Contains("invalid choice: 'laud' (choose from 'quiet', 'loud'); did you mean 'loud'?", choice.Stderr);
        var loud = CliRunner.Run("unparse", "--plugin", ThisAssembly, "-O2", "--pass-opt", "placed.mode=loud", "--remarks", Temp("x = 1\n"));
        Assert.Contains("remark: level 2 [placed:levels]", loud.Stderr);
    }

    [Fact]
    public void ImpossiblePlacementIsAnError()
    {
        var registry = PassRegistry.CreateDefault();
        registry.Add(new Impossible(), "x.dll");
        var e = Assert.Throws<PipelineException>(() => registry.ParsePipeline("O2"));
        Assert.Contains("pass 'impossible' cannot join preset O2: it must run after 'strength'", e.Message);
    }

    sealed class Impossible : AstPass
    {
        public override string Name => "impossible";
        public override string Description => "after strength, before constfold";
        public override IReadOnlyList<PresetPlacement> Placements { get; } = [new("O2", After: ["strength"], Before: ["constfold"])];
        public override ModNode Run(ModNode module, PassContext context) => module;
    }

    [Fact]
    public void APassWhoseNameThrowsIsNamed()
    {
        var e = Assert.Throws<PipelineException>(() => PassRegistry.CreateDefault().Add(new ThrowingNamePass(), "Bad.dll"));
        Assert.Equal("Bad.dll: pass class Pytk.Tests.Passes.ThrowingNamePass: its Name threw InvalidOperationException: no name today", e.Message);
    }

    [Fact]
    public void APluginBuiltAgainstAnotherVersionIsToldSo()
    {
        var have = typeof(AstPass).Assembly.GetName().Version!;
        Assert.Null(PluginLoader.CheckVersion(new AssemblyName($"Pytk.Passes, Version={have}")));
        var newer = new AssemblyName($"Pytk.Passes, Version={have.Major + 1}.0.0.0");
        var why = PluginLoader.CheckVersion(newer);
        Assert.NotNull(why);
        Assert.StartsWith($"built against Pytk.Passes {have.Major + 1}.0.0.0, but this pytk provides Pytk.Passes {have}", why);
        Assert.Null(PluginLoader.CheckVersion(new AssemblyName("System.Runtime, Version=99.0.0.0")));
    }

    [Fact]
    public void DeepCopyRelocateAndShallowCopyLists()
    {
        var tree = (Module)Pytk.Grammar.SourceParser.Parse("def f(a):\n    return [a, a + 1]\n", "t.py");
        var copy = AstCopy.Deep(tree);
        Assert.True(copy.DeepEquals(tree, compareAttributes: true));
        var originals = AstHelpers.Walk(tree).Where(n => !n.Info.IsSingleton).ToHashSet(ReferenceEqualityComparer.Instance);
        Assert.DoesNotContain(AstHelpers.Walk(copy), n => originals.Contains(n));

        var ret = (Return)((FunctionDef)copy.body[0]).body[0];
        AstCopy.Relocate(ret, new Pass { lineno = 9, col_offset = 4, end_lineno = 9, end_col_offset = 8 });
        Assert.All(AstHelpers.Walk(ret).OfType<LocatedNode>(), n => Assert.Equal(9, n.lineno));
        Assert.Equal(2, ((Return)((FunctionDef)tree.body[0]).body[0]).lineno);

        var shallow = (Module)tree.ShallowCopy();
        shallow.body.Clear();
        Assert.Single(tree.body);
        int before = AstCopy.Fingerprint(tree);
        ((Name)((BinOp)((List)ret.value!).elts[1]).left).id = "b"; // the copy: the original's fingerprint stays
        Assert.Equal(before, AstCopy.Fingerprint(tree));
        ((FunctionDef)tree.body[0]).name = "g";
        Assert.NotEqual(before, AstCopy.Fingerprint(tree));
    }
}
