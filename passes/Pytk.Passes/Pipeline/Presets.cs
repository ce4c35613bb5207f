namespace Pytk.Passes;

/// <summary>A named pipeline: <c>-O1</c> is <c>--passes O1</c>.</summary>
public sealed record Preset(string Name, string Description, IReadOnlyList<string> Passes);

/// <summary>
/// The presets, as one literal ordered list each (LLVM's -O levels). Ordering constraints are comments.
/// </summary>
public static class Presets
{
    public static readonly Preset O0 = new("O0", "no passes", []);

    /// <summary>What CPython itself does before code generation.</summary>
    public static readonly Preset O1 = new("O1", "CPython's own AST optimisation (ast.parse(optimize=1))", ["constfold"]);

    public static readonly Preset O2 = new("O2", "classic scalar optimisations", [
        "constfold",
        // constprop exposes constant operands; fold them right away
        "constprop",
        "constfold",
        // after folding, so `3 > 2` produced by propagation becomes True
        "cmpfold",
        // dce after cmpfold: `if True:`/`if False:` are what it removes
        "dce",
        // stores made dead by propagation; dce again drops the pass a removed store leaves
        "dse",
        "dce",
        // after propagation and folding: what is left of int arithmetic on locals; cse before strength,
        // so `x * 2` repeated is first shared, then the one left is reduced
        "cse",
        "strength",
    ]);

    /// <summary><c>--passes default</c>.</summary>
    public static readonly Preset Default = new("default", "the default pipeline (same as O1)", O1.Passes);

    public static readonly IReadOnlyList<Preset> All = [O0, O1, O2, Default];

    public static Preset? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
