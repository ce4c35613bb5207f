using Antlr4.Runtime;
using Pytk.Syntax;
using Attribute = Pytk.Syntax.Attribute;
using Tuple = Pytk.Syntax.Tuple;
using static Pytk.Grammar.Generated.PythonParser;

namespace Pytk.Grammar.Parsing;

sealed partial class AstBuilder
{
    void Statement(StatementContext c, List<StmtNode> into)
    {
        if (c.compound_stmt() is { } compound) into.Add(CompoundStmt(compound));
        else SimpleStmts(c.simple_stmts(), into);
    }

    void SimpleStmts(Simple_stmtsContext c, List<StmtNode> into)
    {
        foreach (var s in c.simple_stmt()) into.Add(SimpleStmt(s));
    }

    /// <summary>
    /// How many more levels CPython's parser is into its stack (MAXSTACK) at the statements being built than
    /// at a module-level statement: each enclosing body adds what its rule chain costs there (measured on
    /// CPython 3.13: an if, while, for, with or try body 6, an else or finally body 7, a def or class body 7,
    /// an except or case body 8, the k-th elif's body 6 + k, an else after k elifs 7 + k).
    /// </summary>
    int enclosingLevels;

    List<StmtNode> Body(BlockContext c, int levels)
    {
        enclosingLevels += levels;
        try { return Block(c); }
        finally { enclosingLevels -= levels; }
    }

    List<StmtNode> Block(BlockContext c)
    {
        var body = new List<StmtNode>();
        if (c.simple_stmts() is { } simple) SimpleStmts(simple, body);
        else foreach (var s in c.statement()) Statement(s, body);
        return body;
    }

    StmtNode SimpleStmt(Simple_stmtContext c) => c switch
    {
        ExprStmtContext e => ExprStmt(e),
        ReturnStmtContext r => Loc(new Return(r.star_expressions() is { } v ? StarExpressions(v) : null), r),
        ImportNameContext i => Loc(new Import(i.dotted_as_name().Select(DottedAsName).ToList()), i),
        ImportFromContext f => ImportFrom(f),
        RaiseStmtContext r => Loc(new Raise(
            r.expression(0) is { } exc ? Expression(exc) : null,
            r.expression(1) is { } cause ? Expression(cause) : null), r),
        PassStmtContext p => Loc(new Pass(), p),
        DelStmtContext d => Loc(new Delete(DelTargets(d.star_expressions())), d),
        AssertStmtContext a => Loc(new Assert(Expression(a.expression(0)),
            a.expression(1) is { } msg ? Expression(msg) : null), a),
        BreakStmtContext b => Loc(new Break(), b),
        ContinueStmtContext k => Loc(new Continue(), k),
        GlobalStmtContext g => Loc(new Global(g.NAME().Select(Identifier).ToList()), g),
        NonlocalStmtContext n => Loc(new Nonlocal(n.NAME().Select(Identifier).ToList()), n),
        TypeAliasContext t => Loc(new TypeAlias(
            Loc(new Name(Identifier(t.NAME(1)), Store.Instance), t.NAME(1).Symbol, t.NAME(1).Symbol),
            TypeParams(t.type_params()), Expression(t.expression())), t),
        _ => throw Error("invalid syntax", c),
    };

    StmtNode ExprStmt(ExprStmtContext c)
    {
        var first = c.yield_expr() is { } y ? YieldExpr(y) : StarExpressions(c.star_expressions());
        switch (c.assign_rest())
        {
            case AnnAssignContext ann:
            {
                var annotation = Expression(ann.expression());
                CheckAnnotationTarget(first, c.star_expressions());
                // CPython's compiler rejects a simple one, underlining the whole statement.
                if (first is Name { id: "__debug__" } && !IsParenthesized(c.star_expressions())) throw Error("cannot assign to __debug__", Loc(new Pass(), c));
                SetContext(first, Store.Instance, TargetKind.Assign);
                var value = ann.yield_expr() is { } ay ? YieldExpr(ay)
                    : ann.star_expressions() is { } se ? StarExpressions(se) : null;
                bool simple = first is Name && !IsParenthesized(c.star_expressions());
                return Loc(new AnnAssign(first, annotation, value, simple ? 1 : 0), c);
            }
            case AugAssignContext aug:
            {
                SetContext(first, Store.Instance, TargetKind.AugAssign);
                var value = aug.yield_expr() is { } ay ? YieldExpr(ay) : StarExpressions(aug.star_expressions());
                return Loc(new AugAssign(first, AugOperator(aug.augassign().Start.Type), value), c);
            }
            case PlainAssignContext plain:
            {
                int n = plain.EQUAL().Length;
                if (n == 0) return Loc(new Expr(first), c);
                var targets = new List<ExprNode>(n) { first };
                var children = plain.children;
                ExprNode last = first;
                for (int i = 0; i < children.Count; i++)
                {
                    if (children[i] is Yield_exprContext ye) last = YieldExpr(ye);
                    else if (children[i] is Star_expressionsContext se) last = StarExpressions(se);
                    else continue;
                    targets.Add(last);
                }
                targets.RemoveAt(targets.Count - 1);
                for (int i = 0; i < targets.Count; i++)
                {
                    var t = targets[i];
                    if (i == 0 && t is not (Name or Attribute or Subscript or Starred or List or Tuple)
                        && MaybeMeantEquals(t, i + 1 < targets.Count ? targets[i + 1] : last, i + 1 < targets.Count))
                        throw Error($"cannot assign to {Describe(t)} here. Maybe you meant '==' instead of '='?", t);
                    SetContext(t, Store.Instance, TargetKind.Assign);
                }
                var typeComment = TypeComment(c.Stop);
                return Loc(new Assign(targets, last, typeComment), c.Start, typeComment is null ? c.Stop : WithTypeComment(c.Stop));
            }
        }
        throw Error("invalid syntax", c);
    }

    static OperatorNode AugOperator(int type) => type switch
    {
        PLUSEQUAL => Add.Instance,
        MINEQUAL => Sub.Instance,
        STAREQUAL => Mult.Instance,
        ATEQUAL => MatMult.Instance,
        SLASHEQUAL => Div.Instance,
        PERCENTEQUAL => Mod.Instance,
        AMPEREQUAL => BitAnd.Instance,
        VBAREQUAL => BitOr.Instance,
        CIRCUMFLEXEQUAL => BitXor.Instance,
        LEFTSHIFTEQUAL => LShift.Instance,
        RIGHTSHIFTEQUAL => RShift.Instance,
        DOUBLESTAREQUAL => Pow.Instance,
        _ => FloorDiv.Instance,
    };

    Alias DottedAsName(Dotted_as_nameContext c) =>
        Loc(new Alias(DottedName(c.dotted_name()), c.NAME() is { } asName ? Identifier(asName) : null), c);

    string DottedName(Dotted_nameContext c)
    {
        var names = c.NAME();
        return names.Length == 1 ? Identifier(names[0]) : string.Join(".", names.Select(Identifier));
    }

    StmtNode ImportFrom(ImportFromContext c)
    {
        int level = 0;
        foreach (var dot in c.DOT()) level++;
        foreach (var dots in c.ELLIPSIS()) level += 3;
        var module = c.dotted_name() is { } dn ? DottedName(dn) : null;
        if (module is null && level == 0) throw Error("invalid syntax", c.IMPORT().Symbol);
        var targets = c.import_targets();
        var names = new List<Alias>();
        if (targets.STAR() is { } star) names.Add(Loc(new Alias("*", null), star.Symbol, star.Symbol));
        else
        {
            foreach (var n in targets.import_as_name())
                names.Add(Loc(new Alias(Identifier(n.NAME(0)), n.NAME(1) is { } a ? Identifier(a) : null), n));
            if (targets.LPAR() is null && targets.COMMA().Length > 0 && targets.Stop.Type == COMMA)
                throw Error("trailing comma not allowed without surrounding parentheses", targets.Stop);
        }
        return Loc(new ImportFrom(module, names, level), c);
    }

    List<ExprNode> DelTargets(Star_expressionsContext c)
    {
        var targets = new List<ExprNode>();
        foreach (var e in c.star_expression())
        {
            var t = StarExpression(e);
            SetContext(t, Del.Instance, TargetKind.Delete);
            targets.Add(t);
        }
        return targets;
    }

    // ---- compound statements ----

    StmtNode CompoundStmt(Compound_stmtContext c)
    {
        if (c.function_def() is { } f) return FunctionDef(f, Decorators(c));
        if (c.class_def() is { } k) return ClassDef(k, Decorators(c));
        if (c.if_stmt() is { } i) return If(i.named_expression(), i.block(), i.elif_clause(), 0, i.else_block(), i.IF().Symbol, LastSignificant(i));
        if (c.while_stmt() is { } w)
        {
            var body = Body(w.block(), 6);
            var orelse = w.else_block() is { } e ? Body(e.block(), 7) : [];
            return Loc(new While(NamedExpression(w.named_expression()), body, orelse), w.Start, LastSignificant(w));
        }
        if (c.for_stmt() is { } fs) return For(fs);
        if (c.with_stmt() is { } ws) return With(ws);
        if (c.try_stmt() is { } ts) return Try(ts);
        return Match(c.match_stmt());
    }

    List<ExprNode> Decorators(Compound_stmtContext c)
    {
        var decorators = c.decorator();
        if (decorators.Length == 0) return [];
        return decorators.Select(d => NamedExpression(d.named_expression())).ToList();
    }

    StmtNode FunctionDef(Function_defContext c, List<ExprNode> decorators)
    {
        var name = Identifier(c.NAME());
        var typeParams = TypeParams(c.type_params());
        var args = c.parameters() is { } p ? Parameters(p) : EmptyArguments();
        var returns = c.expression() is { } r ? Expression(r) : null;
        var typeComment = FunctionTypeComment(c);
        var body = Body(c.block(), 7);
        StmtNode node = c.ASYNC() is null
            ? new FunctionDef(name, args, body, decorators, returns, typeComment, typeParams)
            : new AsyncFunctionDef(name, args, body, decorators, returns, typeComment, typeParams);
        return Loc(node, c.Start, LastSignificant(c));
    }

    StmtNode ClassDef(Class_defContext c, List<ExprNode> decorators)
    {
        var typeParams = TypeParams(c.type_params());
        var (bases, keywords) = c.arguments() is { } a ? Arguments(a) : ([], []);
        var body = Body(c.block(), 7);
        return Loc(new ClassDef(Identifier(c.NAME()), bases, keywords, body, decorators, typeParams), c.Start, LastSignificant(c));
    }

    /// <summary>
    /// CPython's parser recurses once per elif (and else) clause, so a long chain overflows its stack (MAXSTACK):
    /// 5,965 clauses after the `if` parse at module level, one more does not; a chain in a body has
    /// <see cref="enclosingLevels"/> fewer. (Clauses whose test or body nest deeper than a name and `pass`
    /// leave CPython less room still; that is not counted here.)
    /// </summary>
    const int MaxElseClauses = 5965;

    StmtNode If(Named_expressionContext test, BlockContext block, Elif_clauseContext[] elifs, int next, Else_blockContext? elseBlock, IToken start, IToken end)
    {
        if (next == 0 && elifs.Length + (elseBlock is null ? 0 : 1) + enclosingLevels > MaxElseClauses)
            throw new PythonLimitError("MemoryError", "Parser stack overflowed - Python source too complex to parse");
        var condition = NamedExpression(test);
        var body = Body(block, 6 + next);
        List<StmtNode> orelse;
        if (next < elifs.Length)
        {
            var e = elifs[next];
            orelse = [If(e.named_expression(), e.block(), elifs, next + 1, elseBlock, e.ELIF().Symbol, end)];
        }
        else orelse = elseBlock is null ? [] : Body(elseBlock.block(), 7 + elifs.Length);
        return Loc(new If(condition, body, orelse), start, end);
    }

    StmtNode For(For_stmtContext c)
    {
        var target = TargetList(c.target_list());
        var iter = StarExpressions(c.star_expressions());
        var typeComment = BlockTypeComment(c.COLON().Symbol);
        var body = Body(c.block(), 6);
        var orelse = c.else_block() is { } e ? Body(e.block(), 7) : [];
        StmtNode node = c.ASYNC() is null
            ? new For(target, iter, body, orelse, typeComment)
            : new AsyncFor(target, iter, body, orelse, typeComment);
        return Loc(node, c.Start, LastSignificant(c));
    }

    StmtNode With(With_stmtContext c)
    {
        var items = new List<WithItem>();
        foreach (var item in c.with_item())
        {
            var expr = Expression(item.expression());
            ExprNode? vars = null;
            if (item.target() is { } t)
            {
                vars = Target(t);
                SetContext(vars, Store.Instance, TargetKind.With);
            }
            items.Add(new WithItem(expr, vars));
        }
        var typeComment = BlockTypeComment(c.COLON().Symbol);
        var body = Body(c.block(), 6);
        StmtNode node = c.ASYNC() is null ? new With(items, body, typeComment) : new AsyncWith(items, body, typeComment);
        return Loc(node, c.Start, LastSignificant(c));
    }

    StmtNode Try(Try_stmtContext c)
    {
        var body = Body(c.block(), 6);
        var handlers = new List<ExceptHandlerNode>();
        bool? star = null;
        foreach (var h in c.except_clause())
        {
            bool isStar = h.STAR() is not null;
            if (star is { } s && s != isStar)
                throw Error("cannot have both 'except' and 'except*' on the same 'try'", h.EXCEPT().Symbol, h.STAR()?.Symbol ?? h.EXCEPT().Symbol);
            star = isStar;
            handlers.Add(ExceptHandler(h));
        }
        var orelse = c.else_block() is { } e ? Body(e.block(), 7) : [];
        var finalbody = c.finally_block() is { } f ? Body(f.block(), 7) : [];
        StmtNode node = star == true
            ? new TryStar(body, handlers, orelse, finalbody)
            : new Pytk.Syntax.Try(body, handlers, orelse, finalbody);
        return Loc(node, c.Start, LastSignificant(c));
    }

    ExceptHandlerNode ExceptHandler(Except_clauseContext c)
    {
        ExprNode? type = null;
        var exprs = c.expression();
        if (exprs.Length > 0)
        {
            if (c.COMMA().Length > 0)
                throw Error("multiple exception types must be parenthesized", exprs[0].Start, exprs[^1].Stop);
            type = Expression(exprs[0]);
        }
        else if (c.STAR() is { } star)
            throw Error("expected one or more exception types", star.Symbol);
        var body = Body(c.block(), 8);
        return Loc(new ExceptHandler(type, c.NAME() is { } n ? Identifier(n) : null, body), c.Start, LastSignificant(c));
    }

    // ---- type parameters (PEP 695) ----

    List<TypeParamNode> TypeParams(Type_paramsContext? c)
    {
        if (c is null) return [];
        var result = new List<TypeParamNode>();
        foreach (var p in c.type_param())
        {
            var name = Identifier(p.NAME());
            TypeParamNode node;
            if (p.STAR() is not null)
                node = new TypeVarTuple(name, p.star_expression() is { } d ? StarExpression(d) : null);
            else if (p.DOUBLESTAR() is not null)
                node = new ParamSpec(name, p.expression(0) is { } d ? Expression(d) : null);
            else
            {
                ExprNode? bound = null, defaultValue = null;
                var exprs = p.expression();
                int i = 0;
                if (p.COLON() is not null) bound = Expression(exprs[i++]);
                if (p.EQUAL() is not null) defaultValue = Expression(exprs[i]);
                node = new TypeVar(name, bound, defaultValue);
            }
            result.Add(Loc(node, p));
        }
        return result;
    }
}
