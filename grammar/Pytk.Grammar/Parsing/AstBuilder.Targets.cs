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
            case Starred st when kind is TargetKind.Assign or TargetKind.For or TargetKind.With:
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
            TargetKind.Assign when e is Starred => Error("starred assignment target must be in a list or tuple", e),
            TargetKind.Assign when e is not (Yield or YieldFrom or Await or NamedExpr or Starred)
                => Error($"cannot assign to {what} here. Maybe you meant '==' instead of '='?", e),
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
        Constant { value: PyEllipsis } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    void CheckAnnotationTarget(ExprNode target, ParserRuleContext c)
    {
        switch (target)
        {
            case Name or Attribute or Subscript: return;
            case Tuple: throw Error("only single target (not tuple) can be annotated", target);
            case List: throw Error("only single target (not list) can be annotated", target);
            default: throw Error("illegal target for annotation", target);
        }
    }
}
