using Pytk.Passes;
using Pytk.Syntax;

namespace PytkPass1;

/// <summary>
/// The pass `pytk-pass-1`: replace this with what it does. As a start it upper-cases the string literals given
/// to print(), so its effect is easy to see: `pytk unparse --plugin PytkPass1.dll --passes pytk-pass-1 FILE.py`.
/// </summary>
[Pass]
public sealed class PytkPass1 : AstPass
{
    public override string Name => "pytk-pass-1";
    public override string Description => "upper-case string literals passed to print() (changes output, so never safe)";

    /// <summary>Typed options: `--pass-opt pytk-pass-1.min-length=3`; `pytk passes --plugin ...` lists them.</summary>
    public override IReadOnlyList<PassOption> Options { get; } =
        [PassOption.Int("min-length", 1, "leave strings shorter than this alone", min: 0)];

    public override ModNode Run(ModNode module, PassContext context) =>
        new Rewriter(context, context.GetInt("min-length")).Transform(module);

    /// <summary>
    /// A copy-on-write transformer: return the node to keep it, a new node to replace it. Never change the node
    /// you are given (pytk checks). The visitor is a separate class on purpose: inside a class deriving from
    /// AstPass, `Name` means the pass's Name property, not the AST node Pytk.Syntax.Name.
    /// </summary>
    sealed class Rewriter(PassContext context, long minLength) : NodeTransformer
    {
        public override AstNode? VisitCall(Call node)
        {
            var call = (Call)GenericVisit(node);
            if (call.func is not Name { id: "print" }) return call;
            var args = call.args.Select(a => a is Constant { value: string s } c && s.Length >= minLength && s != s.ToUpperInvariant() ? Shout(c, s) : a).ToList();
            if (args.SequenceEqual(call.args)) return call;
            var copy = (Call)call.ShallowCopy();
            copy.args = args;
            return copy;
        }

        ExprNode Shout(Constant c, string s)
        {
            // ask before each change (false only while --bisect-unit change is bisecting: leave the node);
            // the change is then shown by --remarks and counted by --stats
            if (!context.TryChange("shouted", $"{PyRepr.Repr(s)} -> {PyRepr.Repr(s.ToUpperInvariant())}", c)) return c;
            // new nodes need a position: take the old one's
            return new Constant(s.ToUpperInvariant(), c.kind).CopyLocation(c);
        }
    }
}
