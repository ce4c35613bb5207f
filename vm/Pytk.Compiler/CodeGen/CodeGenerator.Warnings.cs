using System.Numerics;
using A = Pytk.Syntax;

namespace Pytk.Compiler.CodeGen;

/// <summary>
/// The SyntaxWarnings CPython 3.13's compiler gives about code that is legal but almost surely a mistake
/// (compile.c: check_compare, check_caller, check_subscripter, check_index, compiler_assert). They go to the
/// compile's collection (<see cref="A.SyntaxWarnings"/>); the host issues them through the program's `warnings`
/// module. CPython checks the tree after its AST optimizer, so operands are looked at as that optimizer folds
/// them (`-1`, `(1, 2)` and `()` are constants there).
/// </summary>
public sealed partial class CodeGenerator
{
    static void Warn(string message, A.LocatedNode at) =>
        A.SyntaxWarnings.Report(message, at.lineno, at.col_offset, at.end_lineno ?? at.lineno, at.end_col_offset ?? at.col_offset);

    /// <summary>`x is 1`, `x is not ()`: identity with a literal other than None, True, False or Ellipsis.</summary>
    static void CheckCompare(A.Compare c)
    {
        if (!A.SyntaxWarnings.Collecting) return;
        var leftExpr = c.left;
        bool left = IsIdentityOperand(leftExpr);
        for (int i = 0; i < c.ops.Count; i++)
        {
            var rightExpr = c.comparators[i];
            bool right = IsIdentityOperand(rightExpr);
            if (c.ops[i] is A.Is or A.IsNot && !(left && right))
            {
                var literal = !left ? leftExpr : rightExpr;
                Warn(c.ops[i] is A.Is
                    ? $"\"is\" with '{InferredType(literal)}' literal. Did you mean \"==\"?"
                    : $"\"is not\" with '{InferredType(literal)}' literal. Did you mean \"!=\"?", c);
                return;
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    /// <summary>check_is_arg: not a constant, or one of the singletons.</summary>
    static bool IsIdentityOperand(A.ExprNode e) =>
        !TryFoldedConst(e, out var v) || v is null or bool or A.EllipsisConstant;

    /// <summary>`(1, 2) (3, 4)`: calling a display or literal.</summary>
    static void CheckCaller(A.ExprNode func)
    {
        if (!A.SyntaxWarnings.Collecting) return;
        if (func is A.Constant or A.Tuple or A.List or A.ListComp or A.Dict or A.DictComp or A.Set or A.SetComp
            or A.GeneratorExp or A.JoinedStr or A.FormattedValue || TryFoldedConst(func, out _))
            Warn($"'{InferredType(func)}' object is not callable; perhaps you missed a comma?", func);
    }

    /// <summary>`{1, 2} [i, j]`, `"abc" [1, 2]`: subscripting what cannot be subscripted, or with the wrong index.</summary>
    static void CheckSubscript(A.Subscript s)
    {
        if (!A.SyntaxWarnings.Collecting) return;
        var e = s.value;
        bool folded = TryFoldedConst(e, out var v);
        if (folded && v is null or A.EllipsisConstant or BigInteger or bool or double or Complex or A.FrozenSetConstant
            || !folded && e is A.Set or A.SetComp or A.GeneratorExp or A.Lambda)
        {
            Warn($"'{InferredType(e)}' object is not subscriptable; perhaps you missed a comma?", e);
            return;
        }
        // check_index
        var indexType = InferredType(s.slice);
        if (indexType is null or "int" or "bool" || s.slice is A.Slice) return;
        if (folded && v is string or A.SurrogateStr or byte[] or A.TupleConstant
            || !folded && e is A.Tuple or A.List or A.ListComp or A.JoinedStr or A.FormattedValue)
            Warn($"{InferredType(e)} indices must be integers or slices, not {indexType}; perhaps you missed a comma?", e);
    }

    /// <summary>`assert (x, "msg")`: a non-empty tuple is always true.</summary>
    static void CheckAssert(A.Assert a)
    {
        if (!A.SyntaxWarnings.Collecting) return;
        if (a.test is A.Tuple { elts.Count: > 0 } || a.test is A.Constant { value: A.TupleConstant { Items.Count: > 0 } })
            Warn("assertion is always true, perhaps remove parentheses?", a);
    }

    /// <summary>infer_type: the type name a display or (folded) constant has, or null.</summary>
    static string? InferredType(A.ExprNode e)
    {
        if (TryFoldedConst(e, out var v))
            return v switch
            {
                null => "NoneType",
                bool => "bool",
                BigInteger => "int",
                double => "float",
                Complex => "complex",
                string or A.SurrogateStr => "str",
                byte[] => "bytes",
                A.TupleConstant => "tuple",
                A.FrozenSetConstant => "frozenset",
                A.EllipsisConstant => "ellipsis",
                _ => "object",
            };
        return e switch
        {
            A.Tuple => "tuple",
            A.List or A.ListComp => "list",
            A.Dict or A.DictComp => "dict",
            A.Set or A.SetComp => "set",
            A.GeneratorExp => "generator",
            A.Lambda => "function",
            A.JoinedStr or A.FormattedValue => "str",
            _ => null,
        };
    }
}
