using System.Numerics;
using Pytk.Semantics;
using Pytk.Syntax;

namespace Pytk.Passes.Builtin;

/// <summary>
/// strength: strength reduction of int arithmetic in functions. Textbook rules, each an identity on
/// Python ints (bools included, checked against CPython):
///   x * 2 → x + x,  x ** 2 → x * x,  x ** 3 → x * x * x   (x a local: it is read twice, which is free)
///   e * 2**k → e &lt;&lt; k,  e // 2**k → e &gt;&gt; k,  e % 2**k → e &amp; (2**k - 1)   (k ≥ 1; Python's &gt;&gt; and % both floor)
/// and the same for augmented assignments (x *= 2 → x += x, x //= 8 → x &gt;&gt;= 3).
/// Where Python forbids the textbook version: any operand may overload the operator, so an operand must be
/// an int expression over locals proven to hold ints (see <see cref="IntLocals"/>); module-level names can be
/// rebound by any call, so only function bodies are touched. On floats the rules are not identities
/// (x ** 2 raises OverflowError where x * x gives inf; there is no float shift), so floats are left alone.
/// `x * 2` becomes `x + x` only for a plain local, since a general operand would be evaluated twice.
/// </summary>
[Pass]
public sealed class StrengthReduce : AstPass
{
    public override string Name => "strength";
    public override string Description => "int strength reduction in functions (x*2 -> x+x, x**2 -> x*x, *2**k/ //2**k / %2**k -> shifts and masks); only on locals proven to hold ints";

    public override ModNode Run(ModNode module, PassContext context) =>
        new Reducer(context, context.Scopes(module)).Transform(module);

    sealed class Reducer(PassContext context, Symtable? scopes) : NodeTransformer
    {
        IntLocals? facts;
        readonly bool rangeIsBuiltin = IntLocals.RangeIsBuiltin(scopes);

        public override AstNode? VisitFunctionDef(FunctionDef node) =>
            InFunction(node, node.args, node.body, (n, b) => ((FunctionDef)n).body = b);
        public override AstNode? VisitAsyncFunctionDef(AsyncFunctionDef node) =>
            InFunction(node, node.args, node.body, (n, b) => ((AsyncFunctionDef)n).body = b);
        // a class body and a lambda are other scopes: no facts there
        public override AstNode? VisitClassDef(ClassDef node) => Without(node);
        public override AstNode? VisitLambda(Lambda node) => Without(node);

        AstNode? Without(AstNode node)
        {
            var saved = facts;
            facts = null;
            var r = GenericVisit(node);
            facts = saved;
            return r;
        }

        /// <summary>The body under the function's own facts; decorators, defaults and annotations are
        /// evaluated in the enclosing scope, so under the enclosing facts.</summary>
        AstNode InFunction(AstNode node, Arguments args, List<StmtNode> body, Action<AstNode, List<StmtNode>> setBody)
        {
            var saved = facts;
            facts = IntLocals.Of(scopes?.Blocks.GetValueOrDefault(node), body, rangeIsBuiltin);
            var newBody = TransformList(body, node.Info.Name, "body");
            facts = saved;
            var shell = node.ShallowCopy();
            setBody(shell, []);
            var outer = GenericVisit(shell);
            if (ReferenceEquals(outer, shell) && ReferenceEquals(newBody, body)) return node;
            setBody(outer, newBody);
            return outer;
        }

        public override AstNode? VisitBinOp(BinOp node)
        {
            var b = (BinOp)GenericVisit(node);
            if (facts is null || Reduce(b.left, b.op, b.right, node) is not { } r) return b;
            return context.TryChange("reduced", $"{Unparser.Unparse(node)} -> {Unparser.Unparse(r)}", node) ? r : b;
        }

        public override AstNode? VisitAugAssign(AugAssign node)
        {
            var a = (AugAssign)GenericVisit(node);
            if (facts is null || a.target is not Name target || !facts.Contains(target.id)) return a;
            (OperatorNode, ExprNode)? replacement = (a.op, a.value) switch
            {
                (Mult, var v) when PowerOfTwo(v) is 1 => (Add.Instance, Read(target, v)),
                (Mult, var v) when PowerOfTwo(v) is int k => (LShift.Instance, Int(k, v)),
                (Pow, Constant { value: BigInteger two }) when two == 2 => (Mult.Instance, Read(target, a.value)),
                (FloorDiv, var v) when PowerOfTwo(v) is int k => (RShift.Instance, Int(k, v)),
                (Mod, var v) when PowerOfTwo(v) is int k => (BitAnd.Instance, Int((BigInteger.One << k) - 1, v)),
                _ => null,
            };
            if (replacement is not var (op, value)) return a;
            var r = new AugAssign(a.target, op, value).CopyLocation(a);
            return context.TryChange("reduced", $"{Unparser.Unparse(node)} -> {Unparser.Unparse(r)}", node) ? r : a;
        }

        ExprNode? Reduce(ExprNode left, OperatorNode op, ExprNode right, LocatedNode at)
        {
            switch (op)
            {
                case Mult:
                    if (PowerOfTwo(right) is int k && facts!.IsInt(left)) return Shift(left, k, at);
                    if (PowerOfTwo(left) is int j && facts!.IsInt(right)) return Shift(right, j, at);
                    return null;
                case Pow when left is Name x && facts!.Contains(x.id) && right is Constant { value: BigInteger n } && (n == 2 || n == 3):
                    ExprNode product = new BinOp(Read(x, at), Mult.Instance, Read(x, at)).CopyLocation(at);
                    return n == 2 ? product : new BinOp(product, Mult.Instance, Read(x, at)).CopyLocation(at);
                case FloorDiv when PowerOfTwo(right) is int d && facts!.IsInt(left):
                    return new BinOp(left, RShift.Instance, Int(d, right)).CopyLocation(at);
                case Mod when PowerOfTwo(right) is int m && facts!.IsInt(left):
                    return new BinOp(left, BitAnd.Instance, Int((BigInteger.One << m) - 1, right)).CopyLocation(at);
                default:
                    return null;
            }
        }

        /// <summary>e * 2**k: a doubled local is added to itself, anything else shifted.</summary>
        ExprNode Shift(ExprNode e, int k, LocatedNode at) =>
            k == 1 && e is Name x && facts!.Contains(x.id)
                ? new BinOp(Read(x, at), Add.Instance, Read(x, at)).CopyLocation(at)
                : new BinOp(e, LShift.Instance, Int(k, at)).CopyLocation(at);

        static Name Read(Name x, LocatedNode at) => new Name(x.id, Load.Instance).CopyLocation(at);
        static Constant Int(BigInteger v, LocatedNode at) => new Constant(v, null).CopyLocation(at);

        /// <summary>k when e is the int constant 2**k with k ≥ 1 (not a bool, not 1).</summary>
        static int? PowerOfTwo(ExprNode e)
        {
            if (e is not Constant { value: BigInteger v } || v <= 1 || !v.IsPowerOfTwo) return null;
            long k = (long)v.GetBitLength() - 1;
            return k <= 4096 ? (int)k : null;
        }
    }
}
