using System.Numerics;
using Pytk.Syntax;

namespace Pytk.Passes.Builtin;

/// <summary>
/// cmpfold: folds what CPython's optimizer leaves alone: comparisons of constants (<c>3 &gt; 2</c>), and
/// <c>and</c>/<c>or</c>/<c>x if c else y</c> whose deciding operand is a constant.
/// Safe because only built-in constants are compared (no user __eq__/__lt__); comparisons that would
/// raise (<c>1 &lt; 'a'</c>) or involve floats' NaN/complex ordering are left alone. <c>c and x</c> is x
/// when c is truthy, else c; <c>c or x</c> is c when c is truthy, else x: exactly Python's value rules.
/// </summary>
[Pass]
public sealed class CmpFold : TransformerPass
{
    public override string Name => "cmpfold";
    public override string Description => "fold comparisons of constants and and/or/if-else with a constant deciding operand (built-in constants only)";

    protected override NodeTransformer CreateTransformer(PassContext context) => new Folder(context);

    sealed class Folder(PassContext context) : NodeTransformer
    {
        public override AstNode? VisitCompare(Compare original)
        {
            var node = (Compare)GenericVisit(original);
            if (node.left is not Constant first || node.comparators.Any(c => c is not Constant)) return node;
            object? left = first.value;
            for (int i = 0; i < node.ops.Count; i++)
            {
                object? right = ((Constant)node.comparators[i]).value;
                if (Compare(node.ops[i], left, right) is not bool result) return node;
                if (!result) return Folded(false, node);
                left = right;
            }
            return Folded(true, node);
        }

        AstNode Folded(object value, LocatedNode at) =>
            context.TryChange("folded", $"to {PyRepr.Repr(value)}", at) ? new Constant(value, null).CopyLocation(at) : at;

        static bool? Compare(CmpOpNode op, object? l, object? r)
        {
            switch (op)
            {
                case Eq: return Equality(l, r);
                case NotEq: return Equality(l, r) is bool b ? !b : null;
                case Is or IsNot:
                    // identity is only certain for singletons
                    if (!(l is null or bool or EllipsisConstant && r is null or bool or EllipsisConstant)) return null;
                    bool same = l is null ? r is null : l is EllipsisConstant ? r is EllipsisConstant : l.Equals(r);
                    return op is Is ? same : !same;
                case Lt or LtE or Gt or GtE:
                    if (Order(l, r) is not int c) return null;
                    return op switch { Lt => c < 0, LtE => c <= 0, Gt => c > 0, _ => c >= 0 };
                default: return null; // in/not in: containment on tuples/str needs more care than it is worth
            }
        }

        static bool? Equality(object? l, object? r)
        {
            if (l is double d1 && double.IsNaN(d1) || r is double d2 && double.IsNaN(d2)) return null;
            if (l is TupleConstant || r is TupleConstant || l is FrozenSetConstant || r is FrozenSetConstant) return null;
            return PyValue.Equal(l, r);
        }

        /// <summary>Ordering of int/float (no NaN) and of str with str: the only orders sure not to raise.</summary>
        static int? Order(object? l, object? r)
        {
            if (l is string a && r is string b) return string.CompareOrdinal(a, b) switch { < 0 => -1, 0 => 0, _ => 1 } is var c && HasSurrogates(a, b) ? null : c;
            if (!(l is bool or BigInteger or double) || !(r is bool or BigInteger or double)) return null;
            if (l is double x && double.IsNaN(x) || r is double y && double.IsNaN(y)) return null;
            if (PyValue.IsInt(l) && PyValue.IsInt(r)) return PyValue.AsInt(l).CompareTo(PyValue.AsInt(r));
            if (l is double && r is double) return ((double)l).CompareTo((double)r);
            return null; // int against float: exact comparison of big ints with floats is not worth the risk
        }

        // UTF-16 order differs from code point order once astral characters are involved
        static bool HasSurrogates(string a, string b) => a.Any(char.IsSurrogate) || b.Any(char.IsSurrogate);

        public override AstNode? VisitBoolOp(BoolOp original)
        {
            var node = (BoolOp)GenericVisit(original);
            // drop leading constants that do not decide the result; stop at the first that does
            int i = 0;
            while (i < node.values.Count - 1 && node.values[i] is Constant c)
            {
                bool truthy = PyValue.Truthy(c.value);
                if (node.op is And ? !truthy : truthy)
                    return context.TryChange("folded", "short-circuit on a constant", node) ? c : node;
                i++;
            }
            if (i == 0 || !context.TryChange("folded", "dropped constant operands of and/or", node)) return node;
            if (i == node.values.Count - 1) return node.values[i];
            var copy = (BoolOp)node.ShallowCopy();
            copy.values = node.values.GetRange(i, node.values.Count - i);
            return copy;
        }

        public override AstNode? VisitIfExp(IfExp original)
        {
            var node = (IfExp)GenericVisit(original);
            if (node.test is not Constant c || !context.TryChange("folded", "conditional expression on a constant", node)) return node;
            return PyValue.Truthy(c.value) ? node.body : node.orelse;
        }
    }
}
