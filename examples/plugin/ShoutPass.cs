using Pytk.Passes;
using Pytk.Syntax;

namespace ExamplePlugin;

/// <summary>
/// An example pass: upper-cases the string literals passed to print(), so its effect is easy to see.
/// [Pass] is what pytk looks for when it loads the assembly with --plugin.
/// </summary>
[Pass]
public sealed class ShoutPass : AstPass
{
    public override string Name => "shout";
    public override string Description => "upper-case string literals passed to print() (example plugin; changes output, so never safe)";

    public override ModNode Run(ModNode module, PassContext context) => new Shouter(context).Transform(module);

    /// <summary>A copy-on-write transformer: only the changed path of the tree is copied.</summary>
    sealed class Shouter(PassContext context) : NodeTransformer
    {
        public override AstNode? VisitCall(Call node)
        {
            var call = (Call)GenericVisit(node);
            if (call.func is not Name { id: "print" }) return call;
            var args = call.args.Select(a => a is Constant { value: string s } c && s != s.ToUpperInvariant() ? Shout(c, s) : a).ToList();
            if (args.SequenceEqual(call.args)) return call;
            var copy = (Call)call.ShallowCopy();
            copy.args = args;
            return copy;
        }

        ExprNode Shout(Constant c, string s)
        {
            if (!context.TryChange("shouted", $"{PyRepr.Repr(s)} -> {PyRepr.Repr(s.ToUpperInvariant())}", c)) return c;
            // new nodes need a position: take the old one's
            return (ExprNode)new Constant(s.ToUpperInvariant(), c.kind).CopyLocation(c);
        }
    }
}
