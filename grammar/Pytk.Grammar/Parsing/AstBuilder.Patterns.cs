using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Pytk.Syntax;
using Attribute = Pytk.Syntax.Attribute;
using static Pytk.Grammar.Generated.PythonParser;

namespace Pytk.Grammar.Parsing;

sealed partial class AstBuilder
{
    StmtNode Match(Match_stmtContext c)
    {
        var subject = c.subject();
        var items = subject.star_named_expression();
        ExprNode subj = items.Length == 1 && subject.COMMA().Length == 0
            ? StarNamedExpression(items[0])
            : Loc(new Pytk.Syntax.Tuple(items.Select(StarNamedExpression).ToList(), Load.Instance), subject);
        var cases = new List<MatchCase>();
        foreach (var cb in c.case_block())
        {
            var pattern = Patterns(cb.patterns());
            var guard = cb.named_expression() is { } g ? NamedExpression(g) : null;
            cases.Add(new MatchCase(pattern, guard, Body(cb.block(), 8)));
        }
        return Loc(new Match(subj, cases), c.Start, LastSignificant(c));
    }

    PatternNode Patterns(PatternsContext c)
    {
        var items = c.star_pattern();
        if (items.Length == 1 && c.COMMA().Length == 0 && items[0].pattern() is { } single) return Pattern(single);
        return Loc(new MatchSequence(items.Select(StarPattern).ToList()), c);
    }

    PatternNode StarPattern(Star_patternContext c)
    {
        if (c.pattern() is { } p) return Pattern(p);
        var name = c.NAME().Symbol;
        return Loc(new MatchStar(name.Text == "_" ? null : Identifier(name)), c);
    }

    PatternNode Pattern(PatternContext c)
    {
        var alts = c.closed_pattern();
        PatternNode result;
        if (alts.Length == 1) result = ClosedPattern(alts[0]);
        else
        {
            var patterns = alts.Select(ClosedPattern).ToList();
            result = Loc(new MatchOr(patterns), alts[0].Start, alts[^1].Stop);
        }
        if (c.AS() is { } asTok)
        {
            var name = c.NAME();
            if (name.Symbol.Text == "_") throw Error("cannot use '_' as a target", name.Symbol);
            result = Loc(new MatchAs(result, Identifier(name)), c.Start, name.Symbol);
        }
        return result;
    }

    PatternNode ClosedPattern(Closed_patternContext c)
    {
        switch (c)
        {
            case NumberPatternContext or StringPatternContext:
                return Loc(new MatchValue(LiteralPatternValue(c)), c);
            case NonePatternContext: return Loc(new MatchSingleton(null), c);
            case TruePatternContext: return Loc(new MatchSingleton(true), c);
            case FalsePatternContext: return Loc(new MatchSingleton(false), c);
            case NamePatternContext n:
            {
                var names = n.NAME();
                if (n.LPAR() is null)
                {
                    if (names.Length == 1)
                    {
                        string id = names[0].Symbol.Text;
                        return Loc(new MatchAs(null, id == "_" ? null : Identifier(names[0])), n);
                    }
                    return Loc(new MatchValue(DottedExpr(names)), n);
                }
                var cls = DottedExpr(names);
                var patterns = new List<PatternNode>();
                var kwdAttrs = new List<string>();
                var kwdPatterns = new List<PatternNode>();
                foreach (var arg in n.pattern_arg())
                {
                    if (arg.NAME() is { } kw)
                    {
                        kwdAttrs.Add(Identifier(kw));
                        kwdPatterns.Add(Pattern(arg.pattern()));
                    }
                    else
                    {
                        var p = Pattern(arg.pattern());
                        if (kwdAttrs.Count > 0) throw Error("positional patterns follow keyword patterns", p);
                        patterns.Add(p);
                    }
                }
                return Loc(new MatchClass(cls, patterns, kwdAttrs, kwdPatterns), n);
            }
            case GroupPatternContext g:
            {
                var items = g.star_pattern();
                if (items.Length == 1 && g.COMMA().Length == 0 && items[0].pattern() is { } inner) return Pattern(inner);
                return Loc(new MatchSequence(items.Select(StarPattern).ToList()), g);
            }
            case ListPatternContext l:
                return Loc(new MatchSequence(l.star_pattern().Select(StarPattern).ToList()), l);
            case MappingPatternContext m:
            {
                var keys = new List<ExprNode>();
                var patterns = new List<PatternNode>();
                string? rest = null;
                foreach (var item in m.mapping_item())
                {
                    if (item.DOUBLESTAR() is not null)
                    {
                        rest = Identifier(item.NAME());
                        continue;
                    }
                    keys.Add(MappingKey(item.closed_pattern()));
                    patterns.Add(Pattern(item.pattern()));
                }
                return Loc(new MatchMapping(keys, patterns, rest), m);
            }
        }
        throw Error("invalid syntax", c);
    }

    ExprNode MappingKey(Closed_patternContext c) => c switch
    {
        NumberPatternContext or StringPatternContext => LiteralPatternValue(c),
        NonePatternContext => Loc(new Constant(null, null), c),
        TruePatternContext => Loc(new Constant(true, null), c),
        FalsePatternContext => Loc(new Constant(false, null), c),
        NamePatternContext n when n.LPAR() is null && n.NAME().Length > 1 => DottedExpr(n.NAME()),
        _ => throw Error("mapping pattern keys may only match literals and attribute lookups", c),
    };

    ExprNode DottedExpr(ITerminalNode[] names)
    {
        ExprNode e = Loc(new Name(Identifier(names[0]), Load.Instance), names[0].Symbol, names[0].Symbol);
        for (int i = 1; i < names.Length; i++)
            e = Loc(new Attribute(e, Identifier(names[i]), Load.Instance), e, names[i].Symbol);
        return e;
    }

    /// <summary>The value of a literal pattern: a string, a signed number or a complex `a + bj`.</summary>
    ExprNode LiteralPatternValue(Closed_patternContext c)
    {
        if (c is StringPatternContext s)
        {
            var value = Strings(s.strings());
            if (value is JoinedStr) throw Error("patterns may only match literals and attribute lookups", value);
            return value;
        }
        var n = (NumberPatternContext)c;
        var numbers = n.NUMBER();
        ExprNode left = Loc(new Constant(NumberValue(numbers[0].Symbol), null), numbers[0].Symbol, numbers[0].Symbol);
        if (n.MINUS() is { Length: > 0 } minus && minus[0].Symbol.TokenIndex < numbers[0].Symbol.TokenIndex)
            left = Loc(new UnaryOp(USub.Instance, left), minus[0].Symbol, numbers[0].Symbol);
        if (numbers.Length == 1)
        {
            if (left is Constant { value: System.Numerics.Complex } && false) return left;
            return left;
        }
        var right = Loc(new Constant(NumberValue(numbers[1].Symbol), null), numbers[1].Symbol, numbers[1].Symbol);
        if (right.value is not System.Numerics.Complex)
            throw Error("imaginary number required in complex literal", right);
        if (left is Constant { value: System.Numerics.Complex } || left is UnaryOp { operand: Constant { value: System.Numerics.Complex } })
            throw Error("real number required in complex literal", left);
        var op = c.GetChild(c.ChildCount - 2) is ITerminalNode { Symbol.Type: PLUS } ? (OperatorNode)Add.Instance : Sub.Instance;
        return Loc(new BinOp(left, op, right), c);
    }
}
