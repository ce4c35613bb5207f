using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Pytk.Syntax;
using Attribute = Pytk.Syntax.Attribute;
using Tuple = Pytk.Syntax.Tuple;
using static Pytk.Grammar.Generated.PythonParser;

namespace Pytk.Grammar.Parsing;

sealed partial class AstBuilder
{
    ExprNode StarExpressions(Star_expressionsContext c)
    {
        var items = c.star_expression();
        if (items.Length == 1 && c.COMMA().Length == 0) return StarExpression(items[0]);
        var elts = new List<ExprNode>(items.Length);
        foreach (var e in items) elts.Add(StarExpression(e));
        return Loc(new Tuple(elts, Load.Instance), c);
    }

    ExprNode StarExpression(Star_expressionContext c) =>
        c.STAR() is { } star ? Loc(new Starred(Expr(c.expr()), Load.Instance), c) : Expression(c.expression());

    ExprNode StarNamedExpression(Star_named_expressionContext c)
    {
        if (c.STAR() is not null) return Loc(new Starred(Expr(c.expr()), Load.Instance), c);
        var exprs = c.expression();
        if (exprs.Length == 1) return Expression(exprs[0]);
        return Walrus(Expression(exprs[0]), Expression(exprs[1]), c);
    }

    ExprNode NamedExpression(Named_expressionContext c)
    {
        var exprs = c.expression();
        if (exprs.Length == 1) return Expression(exprs[0]);
        return Walrus(Expression(exprs[0]), Expression(exprs[1]), c);
    }

    ExprNode Walrus(ExprNode target, ExprNode value, ParserRuleContext c)
    {
        if (target is not Name name)
            throw Error($"cannot use assignment expressions with {Describe(target)}", target);
        name.ctx = Store.Instance;
        return Loc(new NamedExpr(target, value), c);
    }

    ExprNode Expression(ExpressionContext c)
    {
        if (c.LAMBDA() is not null)
        {
            var args = c.lambda_params() is { } p ? LambdaParameters(p) : EmptyArguments();
            return Loc(new Lambda(args, Expression(c.expression())), c);
        }
        var d = c.cond();
        if (d.Length == 1) return Cond(d[0]);
        Enter(c);
        var result = Loc(new IfExp(Cond(d[1]), Cond(d[0]), Expression(c.expression())), c);
        _depth--;
        return result;
    }

    ExprNode Cond(CondContext c)
    {
        switch (c)
        {
            case ComparisonContext cmp:
                return Comparison(cmp);
            case NotTestContext n:
            {
                Enter(n);
                var result = Loc(new UnaryOp(Not.Instance, Cond(n.cond())), n);
                _depth--;
                return result;
            }
            case AndTestContext or OrTestContext:
            {
                // `a and b and c` is left-nested in the tree; CPython has one BoolOp with three values.
                bool and = c is AndTestContext;
                var operands = new List<CondContext>();
                CondContext cur = c;
                while (and ? cur is AndTestContext : cur is OrTestContext)
                {
                    operands.Add(cur.GetRuleContext<CondContext>(1));
                    cur = cur.GetRuleContext<CondContext>(0);
                }
                operands.Add(cur);
                operands.Reverse();
                Enter(c);
                var values = new List<ExprNode>(operands.Count);
                foreach (var o in operands) values.Add(Cond(o));
                _depth--;
                return Loc(new BoolOp(and ? And.Instance : Or.Instance, values), c);
            }
        }
        throw Error("invalid syntax", c);
    }

    ExprNode Comparison(ComparisonContext c)
    {
        var operands = c.expr();
        if (operands.Length == 1) return Expr(operands[0]);
        var ops = new List<CmpOpNode>();
        foreach (var op in c.comp_op()) ops.Add(CompareOp(op));
        var comparators = new List<ExprNode>(operands.Length - 1);
        for (int i = 1; i < operands.Length; i++) comparators.Add(Expr(operands[i]));
        return Loc(new Compare(Expr(operands[0]), ops, comparators), c);
    }

    /// <summary>
    /// CPython converts its AST with a recursion limit; input nested deeper gets its RecursionError
    /// rather than a stack overflow here or in the passes that walk the tree later.
    /// </summary>
    const int MaxAstDepth = 9900;
    int _depth;

    void Enter(ParserRuleContext c)
    {
        if (++_depth > MaxAstDepth)
            throw new PythonLimitError("RecursionError", "maximum recursion depth exceeded during ast construction");
    }

    static CmpOpNode CompareOp(Comp_opContext c) => c.Start.Type switch
    {
        EQEQUAL => Eq.Instance,
        NOTEQUAL => NotEq.Instance,
        LESS => Lt.Instance,
        LESSEQUAL => LtE.Instance,
        GREATER => Gt.Instance,
        GREATEREQUAL => GtE.Instance,
        IN => In.Instance,
        NOT => NotIn.Instance,
        _ => c.NOT() is null ? Is.Instance : IsNot.Instance,
    };

    ExprNode Expr(ExprContext c)
    {
        if (c is PrimaryExprContext p)
        {
            var primary = Primary(p);
            return p.AWAIT() is null ? primary : Loc(new Await(primary), p);
        }
        Enter(c);
        ExprNode result = c switch
        {
            BinExprContext b => Loc(new BinOp(Expr(b.expr(0)), BinaryOperator(((ITerminalNode)b.GetChild(1)).Symbol.Type), Expr(b.expr(1))), b),
            PowerExprContext w => Loc(new BinOp(Expr(w.expr(0)), Pow.Instance, Expr(w.expr(1))), w),
            UnaryExprContext u => Loc(new UnaryOp(u.Start.Type switch { PLUS => UAdd.Instance, MINUS => USub.Instance, _ => Invert.Instance }, Expr(u.expr())), u),
            _ => throw Error("invalid syntax", c),
        };
        _depth--;
        return result;
    }

    static OperatorNode BinaryOperator(int type) => type switch
    {
        PLUS => Add.Instance,
        MINUS => Sub.Instance,
        STAR => Mult.Instance,
        AT => MatMult.Instance,
        SLASH => Div.Instance,
        PERCENT => Mod.Instance,
        DOUBLESLASH => FloorDiv.Instance,
        LEFTSHIFT => LShift.Instance,
        RIGHTSHIFT => RShift.Instance,
        AMPER => BitAnd.Instance,
        CIRCUMFLEX => BitXor.Instance,
        _ => BitOr.Instance,
    };

    ExprNode Primary(PrimaryExprContext c)
    {
        var atom = c.atom();
        var e = Atom(atom);
        var start = atom.Start; // not c.Start: that is the `await`, outside the trailers
        var trailers = c.trailer();
        // Each trailer nests the tree one level deeper (Call(Attribute(Call(...)))).
        _depth += trailers.Length;
        if (_depth > MaxAstDepth)
            throw new PythonLimitError("RecursionError", "maximum recursion depth exceeded during ast construction");
        foreach (var t in trailers)
        {
            switch (t.Start.Type)
            {
                case DOT:
                    e = Loc(new Attribute(e, Identifier(t.NAME()), Load.Instance), start, t.Stop);
                    break;
                case LPAR:
                    var (args, keywords) = t.arguments() is { } a ? Arguments(a, t) : ([], []);
                    e = Loc(new Call(e, args, keywords), start, t.Stop);
                    break;
                default:
                    e = Loc(new Subscript(e, Slices(t.slices()), Load.Instance), start, t.Stop);
                    break;
            }
        }
        _depth -= trailers.Length;
        return e;
    }

    ExprNode Slices(SlicesContext c)
    {
        var items = c.slice();
        if (items.Length == 1 && c.COMMA().Length == 0 && items[0].STAR() is null) return Slice(items[0]);
        return Loc(new Tuple(items.Select(Slice).ToList(), Load.Instance), c);
    }

    ExprNode Slice(SliceContext c)
    {
        if (c.STAR() is not null) return Loc(new Starred(Expr(c.expr()), Load.Instance), c);
        var exprs = c.expression();
        if (c.COLONEQUAL() is not null) return Walrus(Expression(exprs[0]), Expression(exprs[1]), c);
        var lower = exprs.Length > 0 ? Expression(exprs[0]) : null;
        if (c.slice_tail() is not { } tail) return lower!;
        var parts = tail.expression();
        ExprNode? upper = null, step = null;
        var colons = tail.COLON();
        int i = 0;
        // The first expression of the tail follows the first colon, unless the second colon comes first.
        if (parts.Length > 0 && parts[0].Start.TokenIndex < (colons.Length > 1 ? colons[1].Symbol.TokenIndex : int.MaxValue))
            upper = Expression(parts[i++]);
        if (i < parts.Length) step = Expression(parts[i]);
        return Loc(new Pytk.Syntax.Slice(lower, upper, step), c);
    }

    ExprNode Atom(AtomContext c)
    {
        switch (c)
        {
            case NameAtomContext n:
                var tok = n.NAME().Symbol;
                return Loc(new Name(Identifier(tok), Load.Instance), tok, tok);
            case ConstAtomContext k:
                object? value = k.Start.Type switch { TRUE => true, FALSE => false, NONE => null, _ => EllipsisConstant.Instance };
                return Loc(new Constant(value, null), k);
            case NumberAtomContext num:
                return Loc(new Constant(NumberValue(num.NUMBER().Symbol), null), num);
            case StringAtomContext s:
                return Strings(s.strings());
            case ParenAtomContext p:
                return Paren(p);
            case ListAtomContext l:
                return Display(l, l.star_named_expression(), l.elements_tail(), list: true);
            case BraceAtomContext b:
                return Brace(b);
        }
        throw Error("invalid syntax", c);
    }

    object NumberValue(IToken t)
    {
        string text = t.Text;
        if (text.Length > 1 && text[0] == '0' && char.IsAsciiDigit(text[1]) && text.AsSpan().IndexOfAny("123456789.eEjJ") >= 0
            && text.AsSpan().IndexOfAny(".eEjJ") < 0)
            throw _source.Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                t.Line, _source.Col(t), t.Line, _source.Col(t) + 1, _filename);
        try { return NumberLiteral.Decode(text); }
        catch (FormatException) { throw Error("invalid decimal literal", t); }
        // CPython reports it on the literal's line, with no column.
        catch (NumberLiteral.TooManyDigitsException e)
        {
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, e.Message, _filename, t.Line, 0, t.Line, 0, _source.Line(t.Line));
        }
    }

    ExprNode Paren(ParenAtomContext c)
    {
        if (c.yield_expr() is { } y) return YieldExpr(y);
        var first = c.star_named_expression();
        if (first is null) return Loc(new Tuple([], Load.Instance), c);
        var tail = c.elements_tail();
        if (tail.comp_for() is { } gens)
        {
            var elt = StarNamedExpression(first);
            if (elt is Starred) throw Error("iterable unpacking cannot be used in comprehension", elt);
            return Loc(new GeneratorExp(elt, Comprehensions(gens)), c);
        }
        var items = tail.star_named_expression();
        if (items.Length == 0 && tail.COMMA().Length == 0)
        {
            var inner = StarNamedExpression(first);
            if (inner is Starred) throw Error("cannot use starred expression here", inner);
            return inner;
        }
        var elts = new List<ExprNode>(items.Length + 1) { StarNamedExpression(first) };
        foreach (var e in items) elts.Add(StarNamedExpression(e));
        return Loc(new Tuple(elts, Load.Instance), c);
    }

    ExprNode Display(ParserRuleContext c, Star_named_expressionContext? first, Elements_tailContext? tail, bool list)
    {
        if (first is null) return Loc(list ? new List([], Load.Instance) : (ExprNode)new Set([]), c);
        var elt = StarNamedExpression(first);
        if (tail!.comp_for() is { } gens)
        {
            if (elt is Starred) throw Error("iterable unpacking cannot be used in comprehension", elt);
            var generators = Comprehensions(gens);
            return Loc(list ? new ListComp(elt, generators) : (ExprNode)new SetComp(elt, generators), c);
        }
        var items = tail.star_named_expression();
        var elts = new List<ExprNode>(items.Length + 1) { elt };
        foreach (var e in items) elts.Add(StarNamedExpression(e));
        return Loc(list ? new List(elts, Load.Instance) : (ExprNode)new Set(elts), c);
    }

    ExprNode Brace(BraceAtomContext c)
    {
        switch (c.brace_body())
        {
            case null:
                return Loc(new Dict([], []), c);
            case SetFromStarContext s:
            {
                var first = Loc(new Starred(Expr(s.expr()), Load.Instance), s.STAR().Symbol, s.expr().Stop);
                if (s.elements_tail().comp_for() is not null)
                    throw Error("iterable unpacking cannot be used in comprehension", first);
                var elts = new List<ExprNode> { first };
                foreach (var e in s.elements_tail().star_named_expression()) elts.Add(StarNamedExpression(e));
                return Loc(new Set(elts), c);
            }
            case DictFromStarContext d:
            {
                if (d.dict_tail().comp_for() is not null)
                    throw Error("dict unpacking cannot be used in dict comprehension", d.DOUBLESTAR().Symbol, d.expr().Stop);
                var keys = new List<ExprNode?> { null };
                var values = new List<ExprNode> { Expr(d.expr()) };
                DictItems(d.dict_tail(), keys, values);
                return Loc(new Dict(keys, values), c);
            }
            case DictOrSetContext ds:
            {
                var first = NamedExpression(ds.named_expression());
                if (ds.COLON() is null)
                {
                    var tail = ds.elements_tail();
                    if (tail.comp_for() is { } gens) return Loc(new SetComp(first, Comprehensions(gens)), c);
                    var elts = new List<ExprNode> { first };
                    foreach (var e in tail.star_named_expression()) elts.Add(StarNamedExpression(e));
                    return Loc(new Set(elts), c);
                }
                if (first is NamedExpr && !IsParenthesized(ds.named_expression()))
                    throw Error("invalid syntax", ds.named_expression());
                var value = Expression(ds.expression());
                if (ds.dict_tail().comp_for() is { } dgens)
                    return Loc(new DictComp(first, value, Comprehensions(dgens)), c);
                var keys = new List<ExprNode?> { first };
                var values = new List<ExprNode> { value };
                DictItems(ds.dict_tail(), keys, values);
                return Loc(new Dict(keys, values), c);
            }
        }
        throw Error("invalid syntax", c);
    }

    void DictItems(Dict_tailContext tail, List<ExprNode?> keys, List<ExprNode> values)
    {
        foreach (var item in tail.dict_item())
        {
            if (item.DOUBLESTAR() is not null)
            {
                keys.Add(null);
                values.Add(Expr(item.expr()));
            }
            else
            {
                keys.Add(Expression(item.expression(0)));
                values.Add(Expression(item.expression(1)));
            }
        }
    }

    List<Comprehension> Comprehensions(Comp_forContext c)
    {
        var result = new List<Comprehension>();
        foreach (var clause in c.comp_clause())
        {
            var target = TargetList(clause.target_list());
            var parts = clause.cond();
            var iter = Cond(parts[0]);
            var ifs = new List<ExprNode>(parts.Length - 1);
            for (int i = 1; i < parts.Length; i++) ifs.Add(Cond(parts[i]));
            result.Add(new Comprehension(target, iter, ifs, clause.ASYNC() is null ? 0 : 1));
        }
        return result;
    }

    /// <summary>Targets of `for` and comprehensions, already in the Store context.</summary>
    ExprNode TargetList(Target_listContext c)
    {
        var items = c.target();
        ExprNode result;
        if (items.Length == 1 && c.COMMA().Length == 0) result = Target(items[0]);
        else result = Loc(new Tuple(items.Select(Target).ToList(), Load.Instance), c);
        SetContext(result, Store.Instance, TargetKind.For);
        return result;
    }

    ExprNode Target(TargetContext c) =>
        c.STAR() is not null ? Loc(new Starred(Expr(c.expr()), Load.Instance), c) : Expr(c.expr());

    ExprNode YieldExpr(Yield_exprContext c)
    {
        if (c.FROM() is not null) return Loc(new YieldFrom(Expression(c.expression())), c);
        return Loc(new Yield(c.star_expressions() is { } v ? StarExpressions(v) : null), c);
    }

    // ---- call arguments ----

    /// <summary>The first token after a rule's text in its parent (a call's closing parenthesis).</summary>
    static IToken? TokenAfter(ParserRuleContext ctx)
    {
        if (ctx.Parent is not ParserRuleContext parent || parent.children is not { } kids) return null;
        int i = kids.IndexOf(ctx);
        if (i < 0 || i + 1 >= kids.Count) return null;
        return kids[i + 1] switch { ITerminalNode t => t.Symbol, ParserRuleContext r => r.Start, _ => null };
    }

    (List<ExprNode> Args, List<Keyword> Keywords) Arguments(ArgumentsContext c, ParserRuleContext? call = null)
    {
        var args = new List<ExprNode>();
        var keywords = new List<Keyword>();
        var items = c.argument();
        bool sawKeyword = false, sawDoubleStar = false;
        for (int ai = 0; ai < items.Length; ai++)
        {
            var a = items[ai];
            if (a.DOUBLESTAR() is not null)
            {
                keywords.Add(Loc(new Keyword(null, Expression(a.expression(0))), a));
                sawDoubleStar = true;
            }
            else if (a.STAR() is not null)
            {
                if (sawDoubleStar)
                {
                    // CPython's parser underlines from the comma before it up to the start of the token that ends
                    // the run of starred arguments (the last one it looked at).
                    int last = ai;
                    while (last + 1 < items.Length && items[last + 1].STAR() is not null) last++;
                    var comma = c.COMMA(ai - 1).Symbol;
                    var until = last + 1 < items.Length ? items[last + 1].Start : TokenAfter(c) ?? items[last].Stop;
                    throw _source.Error("iterable argument unpacking follows keyword argument unpacking", comma.Line, _source.Col(comma),
                        until.Line, _source.Col(until), _filename);
                }
                if (a.comp_for() is not null)
                    // Right after the parenthesis it reads as a comprehension; later, as an unparenthesized genexp.
                    throw ai > 0
                        ? Error("Generator expression must be parenthesized", a)
                        : Error("iterable unpacking cannot be used in comprehension", a.STAR().Symbol, a.expression(0).Stop);
                args.Add(Loc(new Starred(Expression(a.expression(0)), Load.Instance), a));
            }
            else if (a.EQUAL() is not null)
            {
                var name = Expression(a.expression(0));
                // The keyword is a NAME token itself: `f((a)=1)` is an expression, as in CPython's grammar.
                if (name is Name && a.expression(0).Start.Type != NAME)
                    throw Error("expression cannot contain assignment, perhaps you meant \"==\"?", FirstTokenInside(a.expression(0)), a.EQUAL().Symbol);
                if (name is not Name n)
                {
                    if (name is Constant { value: true or false or null } k)
                        throw Error($"cannot assign to {ConstantName(k)}", a.expression(0).Start, a.EQUAL().Symbol);
                    throw Error("expression cannot contain assignment, perhaps you meant \"==\"?", a.expression(0).Start, a.EQUAL().Symbol);
                }
                keywords.Add(Loc(new Keyword(n.id, Expression(a.expression(1))), a));
                sawKeyword = true;
            }
            else
            {
                var exprs = a.expression();
                var value = Expression(exprs[0]);
                if (a.COLONEQUAL() is not null) value = Walrus(value, Expression(exprs[1]), a);
                else if (a.comp_for() is { } gens)
                {
                    if (items.Length > 1 || c.COMMA().Length > 0)
                        throw Error("Generator expression must be parenthesized", a);
                    value = call is null
                        ? Loc(new GeneratorExp(value, Comprehensions(gens)), a)
                        : Loc(new GeneratorExp(value, Comprehensions(gens)), call);
                }
                if (sawDoubleStar)
                    throw Error("positional argument follows keyword argument unpacking", After(c.Stop));
                if (sawKeyword)
                    throw Error("positional argument follows keyword argument", After(c.Stop));
                args.Add(value);
            }
        }
        return (args, keywords);
    }

    static string ConstantName(Constant k) => k.value switch { true => "True", false => "False", _ => "None" };

    /// <summary>True if the rule's text is wrapped in its own parentheses: `(x)` rather than `x`.</summary>
    static bool IsParenthesized(ParserRuleContext c)
    {
        // Walk down single-child rules to the atom; a ParenAtom there means the parentheses are ours.
        IParseTree node = c;
        while (node is ParserRuleContext r && r is not ParenAtomContext)
        {
            if (r.ChildCount != 1) return false;
            node = r.GetChild(0);
        }
        return node is ParenAtomContext;
    }

    /// <summary>The first token of an expression inside its enclosing parentheses (`((a))` → `a`).</summary>
    static IToken FirstTokenInside(ParserRuleContext c)
    {
        IParseTree node = c;
        while (true)
        {
            if (node is ITerminalNode t) return t.Symbol.Type == LPAR && t.Parent is ParserRuleContext p && p.ChildCount > 1 ? Next(p, t) : t.Symbol;
            if (node.ChildCount == 0) return c.Start;
            node = node.GetChild(0);
        }

        static IToken Next(ParserRuleContext p, ITerminalNode lpar)
        {
            for (int i = 0; i + 1 < p.ChildCount; i++)
                if (p.GetChild(i) == lpar) return p.GetChild(i + 1) is ParserRuleContext inner ? FirstTokenInside(inner) : ((ITerminalNode)p.GetChild(i + 1)).Symbol;
            return lpar.Symbol;
        }
    }
}
