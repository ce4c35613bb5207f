using Antlr4.Runtime;
using Pytk.Syntax;
using Attribute = Pytk.Syntax.Attribute;
using Tuple = Pytk.Syntax.Tuple;
using static Pytk.Grammar.Generated.PythonParser;

namespace Pytk.Grammar.Parsing;

/// <summary>Where a target appears; CPython words its errors differently for each.</summary>
enum TargetKind { Assign, AugAssign, Delete, For, With }

sealed partial class AstBuilder
{
    /// <summary>Gives a target and its sub-targets the Store or Del context, or raises CPython's error.</summary>
    void SetContext(ExprNode e, ExprContextNode ctx, TargetKind kind)
    {
        switch (e)
        {
            case Name n:
                if (kind != TargetKind.Delete && n.id == "__debug__") throw Error("cannot assign to __debug__", e);
                n.ctx = ctx;
                return;
            case Attribute a: a.ctx = ctx; return;
            case Subscript s: s.ctx = ctx; return;
            case Starred st when kind is TargetKind.Assign or TargetKind.For or TargetKind.With or TargetKind.Delete:
                if (kind == TargetKind.Delete) throw Error("cannot delete starred", e);
                st.ctx = ctx;
                SetContext(st.value, ctx, kind);
                return;
            case Tuple t when kind != TargetKind.AugAssign:
                t.ctx = ctx;
                foreach (var x in t.elts) SetContext(x, ctx, kind);
                return;
            case List l when kind != TargetKind.AugAssign:
                l.ctx = ctx;
                foreach (var x in l.elts) SetContext(x, ctx, kind);
                return;
        }
        string what = Describe(e);
        throw kind switch
        {
            TargetKind.AugAssign => Error($"'{what}' is an illegal expression for augmented assignment", e),
            TargetKind.Delete => Error($"cannot delete {what}", e),
            TargetKind.Assign when e is Yield or YieldFrom => Error("assignment to yield expression not possible", e),
            _ => Error($"cannot assign to {what}", e),
        };
    }

    /// <summary>CPython's name for an expression kind in "cannot assign to ..." messages.</summary>
    static string Describe(ExprNode e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or Pytk.Syntax.FormattedValue => "f-string expression",
        Constant { value: null } => "None",
        Constant { value: true } => "True",
        Constant { value: false } => "False",
        Constant { value: EllipsisConstant } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    /// <summary>
    /// CPython's invalid_named_expression: `1 = x` gets "... here. Maybe you meant '==' instead of '='?" when
    /// the bad target is a plain operand (not a display, comparison or keyword constant) and the value after
    /// the `=` is one too, not followed by another `=`.
    /// </summary>
    bool MaybeMeantEquals(ExprNode target, ExprNode value, bool valueFollowedByEquals)
    {
        static bool Operand(ExprNode e) => e is not (Compare or BoolOp or UnaryOp { op: Not } or IfExp or Lambda
            or Starred or Yield or YieldFrom or NamedExpr);
        if (!Operand(target) || target is List or Tuple or GeneratorExp || target is Constant { value: null or bool }) return false;
        if (valueFollowedByEquals) return false;
        var first = value is Tuple { elts.Count: > 0 } t && t.col_offset == t.elts[0].col_offset ? t.elts[0] : value;
        return Operand(first) && !(first is Tuple);
    }

    void CheckAnnotationTarget(ExprNode target, ParserRuleContext c)
    {
        switch (target)
        {
            case Name or Attribute or Subscript: return;
            case Tuple t: throw Error("only single target (not tuple) can be annotated", IsParenthesized(c) ? t : t.elts[0]);
            case List: throw Error("only single target (not list) can be annotated", target);
            default: throw Error("illegal target for annotation", target);
        }
    }
}
