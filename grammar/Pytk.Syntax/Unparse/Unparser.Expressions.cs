using System.Numerics;
using Pytk.Syntax;
using Attribute = Pytk.Syntax.Attribute;
using Tuple = Pytk.Syntax.Tuple;

namespace Pytk.Syntax;

public sealed partial class Unparser
{
    static readonly Dictionary<string, (string Text, Prec Prec)> BinOps = new()
    {
        ["Add"] = ("+", Prec.Arith), ["Sub"] = ("-", Prec.Arith), ["Mult"] = ("*", Prec.Term),
        ["MatMult"] = ("@", Prec.Term), ["Div"] = ("/", Prec.Term), ["Mod"] = ("%", Prec.Term),
        ["LShift"] = ("<<", Prec.Shift), ["RShift"] = (">>", Prec.Shift), ["BitOr"] = ("|", Prec.BOr),
        ["BitXor"] = ("^", Prec.BXor), ["BitAnd"] = ("&", Prec.BAnd), ["FloorDiv"] = ("//", Prec.Term),
        ["Pow"] = ("**", Prec.Power),
    };

    static readonly Dictionary<string, (string Text, Prec Prec)> UnaryOps = new()
    {
        ["Invert"] = ("~", Prec.Factor), ["Not"] = ("not", Prec.Not), ["UAdd"] = ("+", Prec.Factor), ["USub"] = ("-", Prec.Factor),
    };

    static readonly Dictionary<string, string> CmpOps = new()
    {
        ["Eq"] = "==", ["NotEq"] = "!=", ["Lt"] = "<", ["LtE"] = "<=", ["Gt"] = ">", ["GtE"] = ">=",
        ["Is"] = "is", ["IsNot"] = "is not", ["In"] = "in", ["NotIn"] = "not in",
    };

    public override void VisitNamedExpr(NamedExpr node) => RequireParens(Prec.NamedExpr, node, () =>
    {
        SetPrecedence(Prec.Atom, node.target, node.value);
        Traverse(node.target);
        Write(" := ");
        Traverse(node.value);
    });

    public override void VisitAwait(Await node) => RequireParens(Prec.Await, node, () =>
    {
        Write("await");
        Write(" ");
        SetPrecedence(Prec.Atom, node.value);
        Traverse(node.value);
    });

    public override void VisitYield(Yield node) => RequireParens(Prec.Yield, node, () =>
    {
        Write("yield");
        if (node.value is null) return;
        Write(" ");
        SetPrecedence(Prec.Atom, node.value);
        Traverse(node.value);
    });

    public override void VisitYieldFrom(YieldFrom node) => RequireParens(Prec.Yield, node, () =>
    {
        Write("yield from ");
        SetPrecedence(Prec.Atom, node.value);
        Traverse(node.value);
    });

    public override void VisitJoinedStr(JoinedStr node)
    {
        Write("f");
        var parts = node.values.Select(v => (Text: string.Concat(Buffered(() => WriteFStringInner(v))), IsConstant: v is Constant)).ToList();
        var newParts = new List<string>();
        IReadOnlyList<string> quoteTypes = StringLiterals.AllQuotes;
        bool fallbackToRepr = false;
        foreach (var (text, isConstant) in parts)
        {
            string value = text;
            if (isConstant)
            {
                var (escaped, newQuotes) = StringLiterals.Helper(text, quoteTypes, escapeSpecialWhitespace: true);
                if (!newQuotes.Intersect(quoteTypes).Any()) { fallbackToRepr = true; break; }
                value = escaped;
                quoteTypes = newQuotes;
            }
            else if (text.Contains('\n'))
                quoteTypes = quoteTypes.Where(q => StringLiterals.MultiQuotes.Contains(q)).ToList();
            newParts.Add(value);
        }
        if (fallbackToRepr)
        {
            quoteTypes = ["'''"];
            newParts.Clear();
            foreach (var (text, isConstant) in parts)
            {
                if (!isConstant) { newParts.Add(text); continue; }
                string repr = PyRepr.Repr("\"" + text); // forces single quotes
                newParts.Add(repr[2..^1]);
            }
        }
        Write(quoteTypes[0] + string.Concat(newParts) + quoteTypes[0]);
    }

    void WriteFStringInner(AstNode node, bool isFormatSpec = false)
    {
        switch (node)
        {
            case JoinedStr j:
                foreach (var v in j.values) WriteFStringInner(v, isFormatSpec);
                break;
            case Constant { value: string or SurrogateStr } c:
                string value = (c.value is SurrogateStr ss ? ss.ToString() : (string)c.value).Replace("{", "{{").Replace("}", "}}");
                if (isFormatSpec)
                    value = value.Replace("\\", "\\\\").Replace("'", "\\'").Replace("\"", "\\\"").Replace("\n", "\\n");
                Write(value);
                break;
            case FormattedValue f:
                VisitFormattedValue(f);
                break;
            default:
                throw new ArgumentException($"Unexpected node inside JoinedStr, {node.Info.Name}");
        }
    }

    public override void VisitFormattedValue(FormattedValue node) => Delimit("{", "}", () =>
    {
        var inner = new Unparser();
        inner.SetPrecedence(Prec.Test.Next(), node.value);
        string expr = inner.Run(node.value);
        if (expr.StartsWith('{')) Write(" "); // "{ {" keeps the braces apart
        Write(expr);
        if (node.conversion != -1) Write("!" + char.ConvertFromUtf32(node.conversion));
        if (node.format_spec is not null)
        {
            Write(":");
            WriteFStringInner(node.format_spec, isFormatSpec: true);
        }
    });

    public override void VisitName(Name node) => Write(node.id);

    public override void VisitConstant(Constant node)
    {
        switch (node.value)
        {
            case TupleConstant t:
                Delimit("(", ")", () => ItemsView(WriteConstant, t.Items));
                break;
            case EllipsisConstant:
                Write("...");
                break;
            default:
                if (node.kind == "u") Write("u");
                WriteConstant(node.value);
                break;
        }
    }

    public override void VisitList(List node) => Delimit("[", "]", () => Comma(node.elts, Traverse));

    public override void VisitListComp(ListComp node) => Delimit("[", "]", () => { Traverse(node.elt); Traverse(node.generators); });
    public override void VisitGeneratorExp(GeneratorExp node) => Delimit("(", ")", () => { Traverse(node.elt); Traverse(node.generators); });
    public override void VisitSetComp(SetComp node) => Delimit("{", "}", () => { Traverse(node.elt); Traverse(node.generators); });

    public override void VisitDictComp(DictComp node) => Delimit("{", "}", () =>
    {
        Traverse(node.key);
        Write(": ");
        Traverse(node.value);
        Traverse(node.generators);
    });

    public override void VisitComprehension(Comprehension node)
    {
        Write(node.is_async != 0 ? " async for " : " for ");
        SetPrecedence(Prec.Tuple, node.target);
        Traverse(node.target);
        Write(" in ");
        SetPrecedence(Prec.Test.Next(), [node.iter, .. node.ifs]);
        Traverse(node.iter);
        foreach (var cond in node.ifs)
        {
            Write(" if ");
            Traverse(cond);
        }
    }

    public override void VisitIfExp(IfExp node) => RequireParens(Prec.Test, node, () =>
    {
        SetPrecedence(Prec.Test.Next(), node.body, node.test);
        Traverse(node.body);
        Write(" if ");
        Traverse(node.test);
        Write(" else ");
        SetPrecedence(Prec.Test, node.orelse);
        Traverse(node.orelse);
    });

    public override void VisitSet(Set node)
    {
        // `{}` is a dict and `set` may be shadowed
        if (node.elts.Count > 0) Delimit("{", "}", () => Comma(node.elts, Traverse));
        else Write("{*()}");
    }

    public override void VisitDict(Dict node) => Delimit("{", "}", () =>
        Comma(node.keys.Zip(node.values), kv =>
        {
            if (kv.First is null)
            {
                Write("**");
                SetPrecedence(Prec.Expr, kv.Second);
                Traverse(kv.Second);
            }
            else
            {
                Traverse(kv.First);
                Write(": ");
                Traverse(kv.Second);
            }
        }));

    public override void VisitTuple(Tuple node) =>
        DelimitIf("(", ")", node.elts.Count == 0 || GetPrecedence(node) > Prec.Tuple, () => ItemsView<ExprNode>(Traverse, node.elts));

    public override void VisitUnaryOp(UnaryOp node)
    {
        var (op, prec) = UnaryOps[node.op.Info.Name];
        RequireParens(prec, node, () =>
        {
            Write(op);
            if (prec != Prec.Factor) Write(" ");
            SetPrecedence(prec, node.operand);
            Traverse(node.operand);
        });
    }

    public override void VisitBinOp(BinOp node)
    {
        var (op, prec) = BinOps[node.op.Info.Name];
        RequireParens(prec, node, () =>
        {
            bool rightAssoc = op == "**";
            SetPrecedence(rightAssoc ? prec.Next() : prec, node.left);
            Traverse(node.left);
            Write($" {op} ");
            SetPrecedence(rightAssoc ? prec : prec.Next(), node.right);
            Traverse(node.right);
        });
    }

    public override void VisitCompare(Compare node) => RequireParens(Prec.Cmp, node, () =>
    {
        SetPrecedence(Prec.Cmp.Next(), [node.left, .. node.comparators]);
        Traverse(node.left);
        foreach (var (o, e) in node.ops.Zip(node.comparators))
        {
            Write(" " + CmpOps[o.Info.Name] + " ");
            Traverse(e);
        }
    });

    public override void VisitBoolOp(BoolOp node)
    {
        string op = node.op is And ? "and" : "or";
        Prec prec = node.op is And ? Prec.And : Prec.Or;
        RequireParens(prec, node, () =>
        {
            Interleave(() => Write($" {op} "), v =>
            {
                prec = prec.Next();
                SetPrecedence(prec, v);
                Traverse(v);
            }, node.values);
        });
    }

    public override void VisitAttribute(Attribute node)
    {
        SetPrecedence(Prec.Atom, node.value);
        Traverse(node.value);
        // 3.__abs__() is a syntax error: 3 .__abs__()
        if (node.value is Constant { value: BigInteger or bool }) Write(" ");
        Write(".");
        Write(node.attr);
    }

    public override void VisitCall(Call node)
    {
        SetPrecedence(Prec.Atom, node.func);
        Traverse(node.func);
        Delimit("(", ")", () => Comma(node.args.Cast<AstNode>().Concat(node.keywords), Traverse));
    }

    public override void VisitSubscript(Subscript node)
    {
        SetPrecedence(Prec.Atom, node.value);
        Traverse(node.value);
        Delimit("[", "]", () =>
        {
            if (node.slice is Tuple { elts.Count: > 0 } t) ItemsView<ExprNode>(Traverse, t.elts);
            else Traverse(node.slice);
        });
    }

    public override void VisitStarred(Starred node)
    {
        Write("*");
        SetPrecedence(Prec.Expr, node.value);
        Traverse(node.value);
    }

    public override void VisitSlice(Slice node)
    {
        if (node.lower is not null) Traverse(node.lower);
        Write(":");
        if (node.upper is not null) Traverse(node.upper);
        if (node.step is not null)
        {
            Write(":");
            Traverse(node.step);
        }
    }

    public override void VisitArg(Arg node)
    {
        Write(node.arg);
        if (node.annotation is null) return;
        Write(": ");
        Traverse(node.annotation);
    }

    public override void VisitArguments(Arguments node)
    {
        bool first = true;
        void Sep()
        {
            if (first) first = false; else Write(", ");
        }
        var all = node.posonlyargs.Concat(node.args).ToList();
        int missing = all.Count - node.defaults.Count;
        for (int i = 0; i < all.Count; i++)
        {
            Sep();
            Traverse(all[i]);
            if (i >= missing)
            {
                Write("=");
                Traverse(node.defaults[i - missing]);
            }
            if (i + 1 == node.posonlyargs.Count) Write(", /");
        }
        if (node.vararg is not null || node.kwonlyargs.Count > 0)
        {
            Sep();
            Write("*");
            if (node.vararg is not null)
            {
                Write(node.vararg.arg);
                if (node.vararg.annotation is not null)
                {
                    Write(": ");
                    Traverse(node.vararg.annotation);
                }
            }
        }
        for (int i = 0; i < node.kwonlyargs.Count; i++)
        {
            Write(", ");
            Traverse(node.kwonlyargs[i]);
            if (i < node.kw_defaults.Count && node.kw_defaults[i] is { } d)
            {
                Write("=");
                Traverse(d);
            }
        }
        if (node.kwarg is not null)
        {
            Sep();
            Write("**" + node.kwarg.arg);
            if (node.kwarg.annotation is not null)
            {
                Write(": ");
                Traverse(node.kwarg.annotation);
            }
        }
    }

    public override void VisitKeyword(Keyword node)
    {
        if (node.arg is null) Write("**");
        else Write(node.arg + "=");
        Traverse(node.value);
    }

    public override void VisitLambda(Lambda node) => RequireParens(Prec.Test, node, () =>
    {
        Write("lambda");
        var buffer = Buffered(() => Traverse(node.args));
        if (buffer.Count > 0)
        {
            Write(" ");
            source.AddRange(buffer);
        }
        Write(": ");
        SetPrecedence(Prec.Test, node.body);
        Traverse(node.body);
    });

    public override void VisitMatchValue(MatchValue node) => Traverse(node.value);
    public override void VisitMatchSingleton(MatchSingleton node) => WriteConstant(node.value);
    public override void VisitMatchSequence(MatchSequence node) => Delimit("[", "]", () => Comma(node.patterns, Traverse));
    public override void VisitMatchStar(MatchStar node) => Write("*" + (node.name ?? "_"));

    public override void VisitMatchMapping(MatchMapping node) => Delimit("{", "}", () =>
    {
        Comma(node.keys.Zip(node.patterns), kp =>
        {
            Traverse(kp.First);
            Write(": ");
            Traverse(kp.Second);
        });
        if (node.rest is not null)
        {
            if (node.keys.Count > 0) Write(", ");
            Write("**" + node.rest);
        }
    });

    public override void VisitMatchClass(MatchClass node)
    {
        SetPrecedence(Prec.Atom, node.cls);
        Traverse(node.cls);
        Delimit("(", ")", () =>
        {
            Comma(node.patterns, Traverse);
            if (node.kwd_attrs.Count == 0) return;
            if (node.patterns.Count > 0) Write(", ");
            Comma(node.kwd_attrs.Zip(node.kwd_patterns), ap =>
            {
                Write(ap.First + "=");
                Traverse(ap.Second);
            });
        });
    }

    public override void VisitMatchAs(MatchAs node)
    {
        if (node.name is null) Write("_");
        else if (node.pattern is null) Write(node.name);
        else RequireParens(Prec.Test, node, () =>
        {
            SetPrecedence(Prec.BOr, node.pattern);
            Traverse(node.pattern);
            Write(" as " + node.name);
        });
    }

    public override void VisitMatchOr(MatchOr node) => RequireParens(Prec.BOr, node, () =>
    {
        SetPrecedence(Prec.BOr.Next(), [.. node.patterns]);
        Interleave(() => Write(" | "), Traverse, node.patterns);
    });
}
