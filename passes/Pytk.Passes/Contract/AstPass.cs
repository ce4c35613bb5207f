using Pytk.Syntax;

namespace Pytk.Passes;

/// <summary>
/// An AST pass: a plain object with a unique kebab-case name, a one-line description and a Run method.
/// Run returns the new tree; passes built on <see cref="NodeTransformer"/> are copy-on-write, so returning
/// the very same module object means "nothing changed" and untouched subtrees are shared.
/// Concrete classes carry <see cref="PassAttribute"/> so the registry (and plugin loading) can find them.
/// </summary>
public abstract class AstPass
{
    /// <summary>The kebab-case name used in pipelines (<c>--passes constfold,dce</c>).</summary>
    public abstract string Name { get; }

    /// <summary>One line: what the pass does and when it is safe under Python's semantics.</summary>
    public abstract string Description { get; }

    /// <summary>The options this pass reads (<c>--pass-opt NAME.OPTION=VALUE</c>); values given for options
    /// not declared here are rejected, with a "did you mean". Read them with <see cref="PassContext.GetBool"/>,
    /// <see cref="PassContext.GetInt"/> and <see cref="PassContext.GetString"/>.</summary>
    public virtual IReadOnlyList<PassOption> Options => [];

    /// <summary>The presets this pass joins and where in each (a plugin's way into <c>-O2</c>); built-in
    /// passes are listed in <see cref="Presets"/> instead.</summary>
    public virtual IReadOnlyList<PresetPlacement> Placements => [];

    /// <summary>Transforms the module. Never change <paramref name="module"/> or any node in it: build new
    /// nodes (<see cref="NodeTransformer"/>, <c>ShallowCopy()</c>, <c>AstCopy.Deep</c>). The runner checks
    /// after each pass that its input is unchanged and names the pass that changed it.</summary>
    public abstract ModNode Run(ModNode module, PassContext context);
}

/// <summary>Marks a class deriving from <see cref="AstPass"/> with a public parameterless constructor as a
/// pass to register. Built-ins and plugins use the same attribute.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PassAttribute : System.Attribute;

/// <summary>A pass that walks the tree with a copy-on-write <see cref="NodeTransformer"/>: the common case.
/// The transformer is created per run, so passes stay stateless between runs.</summary>
public abstract class TransformerPass : AstPass
{
    protected abstract NodeTransformer CreateTransformer(PassContext context);

    public override ModNode Run(ModNode module, PassContext context) =>
        CreateTransformer(context).Transform(module);
}
