using System.Numerics;
using System.Text;

namespace Pytk.Syntax;

/// <summary>
/// The text CPython 3.13's compiler gives an annotation under <c>from __future__ import annotations</c>
/// (PEP 563). That is not <c>ast.unparse</c> (<see cref="Unparser"/>) but the compiler's own, smaller unparser
/// (Python/ast_unparse.c), and the two differ where it shows: constants are plain <c>repr()</c> (no quote
/// choosing, no triple quotes), an f-string is <c>f</c> + the repr of its body, a lone generator argument
/// keeps one pair of parentheses, and a lambda without positional parameters reads <c>lambda*a: a</c>.
/// </summary>
public static class AnnotationText
{
    // ast_unparse.c's priority levels, loosest first.
    const int PrTuple = 0, PrTest = 1, PrOr = 2, PrAnd = 3, PrNot = 4, PrCmp = 5, PrExpr = 6, PrBOr = PrExpr, PrBXor = 7, PrBAnd = 8,
        PrShift = 9, PrArith = 10, PrTerm = 11, PrFactor = 12, PrPower = 13, PrAwait = 14, PrAtom = 15;

    static readonly Dictionary<string, (string Text, int Level)> BinOps = new()
    {
        ["Add"] = (" + ", PrArith), ["Sub"] = (" - ", PrArith), ["Mult"] = (" * ", PrTerm), ["MatMult"] = (" @ ", PrTerm),
        ["Div"] = (" / ", PrTerm), ["Mod"] = (" % ", PrTerm), ["LShift"] = (" << ", PrShift), ["RShift"] = (" >> ", PrShift),
        ["BitOr"] = (" | ", PrBOr), ["BitXor"] = (" ^ ", PrBXor), ["BitAnd"] = (" & ", PrBAnd), ["FloorDiv"] = (" // ", PrTerm),
        ["Pow"] = (" ** ", PrPower),
    };

    static readonly Dictionary<string, (string Text, int Level)> UnaryOps = new()
    {
        ["Invert"] = ("~", PrFactor), ["Not"] = ("not ", PrNot), ["UAdd"] = ("+", PrFactor), ["USub"] = ("-", PrFactor),
    };

    static readonly Dictionary<string, string> CmpOps = new()
    {
        ["Eq"] = " == ", ["NotEq"] = " != ", ["Lt"] = " < ", ["LtE"] = " <= ", ["Gt"] = " > ", ["GtE"] = " >= ",
        ["Is"] = " is ", ["IsNot"] = " is not ", ["In"] = " in ", ["NotIn"] = " not in ",
    };

    /// <summary><c>_PyAST_ExprAsUnicode</c>: the annotation's text, at the level of a test.</summary>
    public static string Of(ExprNode e)
    {
        var sb = new StringBuilder();
        Append(sb, e, PrTest);
        return sb.ToString();
    }

    static void Append(StringBuilder sb, ExprNode e, int level)
    {
        switch (e)
        {
            case BoolOp b:
            {
                int pr = b.op is And ? PrAnd : PrOr;
                Paren(sb, level > pr, () =>
                {
                    for (int i = 0; i < b.values.Count; i++)
                    {
                        if (i > 0) sb.Append(pr == PrAnd ? " and " : " or ");
                        Append(sb, b.values[i], pr + 1);
                    }
                });
                break;
            }
            case BinOp b:
            {
                var (op, pr) = BinOps[b.op.Info.Name];
                int right = op == " ** " ? 1 : 0;
                Paren(sb, level > pr, () =>
                {
                    Append(sb, b.left, pr + right);
                    sb.Append(op);
                    Append(sb, b.right, pr + 1 - right);
                });
                break;
            }
            case UnaryOp u:
            {
                var (op, pr) = UnaryOps[u.op.Info.Name];
                Paren(sb, level > pr, () => { sb.Append(op); Append(sb, u.operand, pr); });
                break;
            }
            case Lambda l:
                Paren(sb, level > PrTest, () =>
                {
                    sb.Append(l.args.posonlyargs.Count + l.args.args.Count > 0 ? "lambda " : "lambda");
                    Args(sb, l.args);
                    sb.Append(": ");
                    Append(sb, l.body, PrTest);
                });
                break;
            case IfExp i:
                Paren(sb, level > PrTest, () =>
                {
                    Append(sb, i.body, PrTest + 1);
                    sb.Append(" if ");
                    Append(sb, i.test, PrTest + 1);
                    sb.Append(" else ");
                    Append(sb, i.orelse, PrTest);
                });
                break;
            case Dict d:
                sb.Append('{');
                for (int i = 0; i < d.values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (d.keys[i] is { } k) { Append(sb, k, PrTest); sb.Append(": "); Append(sb, d.values[i], PrTest); }
                    else { sb.Append("**"); Append(sb, d.values[i], PrExpr); }
                }
                sb.Append('}');
                break;
            case Set s: Items(sb, "{", s.elts, "}"); break;
            case List l: Items(sb, "[", l.elts, "]"); break;
            case GeneratorExp g: AppendComprehension(sb, "(", g.elt, null, g.generators, ")"); break;
            case ListComp g: AppendComprehension(sb, "[", g.elt, null, g.generators, "]"); break;
            case SetComp g: AppendComprehension(sb, "{", g.elt, null, g.generators, "}"); break;
            case DictComp g: AppendComprehension(sb, "{", g.key, g.value, g.generators, "}"); break;
            case Yield y:
                sb.Append(y.value is null ? "(yield" : "(yield ");
                if (y.value is not null) Append(sb, y.value, PrTest);
                sb.Append(')');
                break;
            case YieldFrom y: sb.Append("(yield from "); Append(sb, y.value, PrTest); sb.Append(')'); break;
            case Await a: Paren(sb, level > PrAwait, () => { sb.Append("await "); Append(sb, a.value, PrAtom); }); break;
            case Compare c:
                Paren(sb, level > PrCmp, () =>
                {
                    Append(sb, c.left, PrCmp + 1);
                    for (int i = 0; i < c.ops.Count; i++)
                    {
                        sb.Append(CmpOps[c.ops[i].Info.Name]);
                        Append(sb, c.comparators[i], PrCmp + 1);
                    }
                });
                break;
            case Call c: AppendCall(sb, c); break;
            case Constant { value: EllipsisConstant }: sb.Append("..."); break;
            case Constant c:
                if (c.kind is not null) sb.Append(c.kind);
                AppendConstant(sb, c.value);
                break;
            case JoinedStr j: sb.Append('f').Append(PyRepr.Str(FStringBody(j))); break;
            case FormattedValue f: AppendFormatted(sb, f); break;
            case Attribute a:
                Append(sb, a.value, PrAtom);
                // `1.real` would read as a float; CPython checks for an exact int only (not bool).
                sb.Append(a.value is Constant { value: BigInteger or int or long } ? " ." : ".").Append(a.attr);
                break;
            case Subscript s:
                Append(sb, s.value, PrAtom);
                sb.Append('[');
                Append(sb, s.slice, PrTuple);
                sb.Append(']');
                break;
            case Starred s: sb.Append('*'); Append(sb, s.value, PrExpr); break;
            case Slice s:
                if (s.lower is not null) Append(sb, s.lower, PrTest);
                sb.Append(':');
                if (s.upper is not null) Append(sb, s.upper, PrTest);
                if (s.step is not null) { sb.Append(':'); Append(sb, s.step, PrTest); }
                break;
            case Name n: sb.Append(n.id); break;
            case Tuple t:
                if (t.elts.Count == 0) { sb.Append("()"); break; }
                Paren(sb, level > PrTuple, () =>
                {
                    for (int i = 0; i < t.elts.Count; i++)
                    {
                        if (i > 0) sb.Append(", ");
                        Append(sb, t.elts[i], PrTest);
                    }
                    if (t.elts.Count == 1) sb.Append(',');
                });
                break;
            case NamedExpr n:
                Paren(sb, level > PrTuple, () => { Append(sb, n.target, PrAtom); sb.Append(":="); Append(sb, n.value, PrAtom); });
                break;
            default: throw new ArgumentException($"unknown expression kind {e.Info.Name}");
        }
    }

    static void Paren(StringBuilder sb, bool paren, Action body)
    {
        if (paren) sb.Append('(');
        body();
        if (paren) sb.Append(')');
    }

    static void Items(StringBuilder sb, string open, List<ExprNode> elts, string close)
    {
        sb.Append(open);
        for (int i = 0; i < elts.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Append(sb, elts[i], PrTest);
        }
        sb.Append(close);
    }

    static void AppendComprehension(StringBuilder sb, string open, ExprNode elt, ExprNode? value, List<Comprehension> gens, string close)
    {
        sb.Append(open);
        Append(sb, elt, PrTest);
        if (value is not null) { sb.Append(": "); Append(sb, value, PrTest); }
        foreach (var g in gens)
        {
            sb.Append(g.is_async != 0 ? " async for " : " for ");
            Append(sb, g.target, PrTuple);
            sb.Append(" in ");
            Append(sb, g.iter, PrTest + 1);
            foreach (var cond in g.ifs) { sb.Append(" if "); Append(sb, cond, PrTest + 1); }
        }
        sb.Append(close);
    }

    static void AppendCall(StringBuilder sb, Call c)
    {
        Append(sb, c.func, PrAtom);
        if (c.args is [GeneratorExp g] && c.keywords.Count == 0) { Append(sb, g, PrTest); return; }
        sb.Append('(');
        bool first = true;
        foreach (var a in c.args)
        {
            if (!first) sb.Append(", ");
            first = false;
            Append(sb, a, PrTest);
        }
        foreach (var k in c.keywords)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(k.arg is null ? "**" : k.arg + "=");
            Append(sb, k.value, PrTest);
        }
        sb.Append(')');
    }

    static void Args(StringBuilder sb, Arguments a)
    {
        bool first = true;
        void Sep()
        {
            if (!first) sb.Append(", ");
            first = false;
        }
        void One(Arg arg)
        {
            sb.Append(arg.arg);
            if (arg.annotation is not null) { sb.Append(": "); Append(sb, arg.annotation, PrTest); }
        }
        var positional = a.posonlyargs.Concat(a.args).ToList();
        for (int i = 0; i < positional.Count; i++)
        {
            Sep();
            One(positional[i]);
            int di = i - positional.Count + a.defaults.Count;
            if (di >= 0) { sb.Append('='); Append(sb, a.defaults[di], PrTest); }
            if (a.posonlyargs.Count > 0 && i + 1 == a.posonlyargs.Count) sb.Append(", /");
        }
        if (a.vararg is not null || a.kwonlyargs.Count > 0)
        {
            Sep();
            sb.Append('*');
            if (a.vararg is not null) One(a.vararg);
        }
        for (int i = 0; i < a.kwonlyargs.Count; i++)
        {
            Sep();
            One(a.kwonlyargs[i]);
            if (i < a.kw_defaults.Count && a.kw_defaults[i] is { } d) { sb.Append('='); Append(sb, d, PrTest); }
        }
        if (a.kwarg is not null)
        {
            Sep();
            sb.Append("**");
            One(a.kwarg);
        }
    }

    static void AppendConstant(StringBuilder sb, object? value)
    {
        string repr = PyRepr.Repr(value);
        // An overflowing literal (1e400) is inf; write it so it reads back as inf.
        sb.Append(value is double or Complex ? repr.Replace("inf", "1e309") : repr);
    }

    /// <summary>The inside of an f-string: literal parts with braces doubled, replacement fields as written.</summary>
    static string FStringBody(JoinedStr j)
    {
        var body = new StringBuilder();
        foreach (var v in j.values)
        {
            switch (v)
            {
                case Constant c: body.Append(ConstantText(c.value).Replace("{", "{{").Replace("}", "}}")); break;
                case JoinedStr inner: body.Append(FStringBody(inner)); break;
                case FormattedValue f: AppendFormatted(body, f); break;
                default: throw new ArgumentException($"unknown expression kind inside f-string {v.Info.Name}");
            }
        }
        return body.ToString();
    }

    static string ConstantText(object? value) => value switch
    {
        string s => s,
        SurrogateStr s => s.ToString(),
        _ => throw new ArgumentException("f-string part is not a str"),
    };

    static void AppendFormatted(StringBuilder sb, FormattedValue f)
    {
        // One level tighter than a test, so a lambda's ':' cannot end the field.
        var inner = new StringBuilder();
        Append(inner, f.value, PrTest + 1);
        sb.Append(inner.Length > 0 && inner[0] == '{' ? "{ " : "{").Append(inner);
        if (f.conversion > 0) sb.Append('!').Append((char)f.conversion);
        if (f.format_spec is not null)
        {
            sb.Append(':');
            if (f.format_spec is JoinedStr spec) sb.Append(FStringBody(spec));
            else if (f.format_spec is Constant c) sb.Append(ConstantText(c.value).Replace("{", "{{").Replace("}", "}}"));
        }
        sb.Append('}');
    }
}
