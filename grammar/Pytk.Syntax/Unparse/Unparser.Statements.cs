using Pytk.Syntax;

namespace Pytk.Syntax;

public sealed partial class Unparser
{
    public override void VisitModule(Module node)
    {
        typeIgnores = node.type_ignores.OfType<TypeIgnore>().GroupBy(t => t.lineno).ToDictionary(g => g.Key, g => "ignore" + g.Last().tag);
        WriteDocstringAndTraverseBody(node.body);
        typeIgnores = [];
    }

    public override void VisitInteractive(Interactive node) => Traverse(node.body);
    public override void VisitExpression(Expression node) => Traverse(node.body);

    public override void VisitFunctionType(FunctionType node)
    {
        Delimit("(", ")", () => Comma(node.argtypes, Traverse));
        Write(" -> ");
        Traverse(node.returns);
    }

    public override void VisitExpr(Expr node)
    {
        Fill();
        SetPrecedence(Prec.Yield, node.value);
        Traverse(node.value);
    }

    public override void VisitImport(Import node)
    {
        Fill("import ");
        Comma(node.names, Traverse);
    }

    public override void VisitImportFrom(ImportFrom node)
    {
        Fill("from ");
        Write(new string('.', node.level ?? 0));
        if (!string.IsNullOrEmpty(node.module)) Write(node.module);
        Write(" import ");
        Comma(node.names, Traverse);
    }

    public override void VisitAssign(Assign node)
    {
        Fill();
        foreach (var target in node.targets)
        {
            SetPrecedence(Prec.Tuple, target);
            Traverse(target);
            Write(" = ");
        }
        Traverse(node.value);
        if (TypeComment(node.lineno, node.type_comment) is { } c) Write(c);
    }

    public override void VisitAugAssign(AugAssign node)
    {
        Fill();
        Traverse(node.target);
        Write(" " + BinOps[node.op.Info.Name].Text + "= ");
        Traverse(node.value);
    }

    public override void VisitAnnAssign(AnnAssign node)
    {
        Fill();
        DelimitIf("(", ")", node.simple == 0 && node.target is Name, () => Traverse(node.target));
        Write(": ");
        Traverse(node.annotation);
        if (node.value is not null)
        {
            Write(" = ");
            Traverse(node.value);
        }
    }

    public override void VisitReturn(Return node)
    {
        Fill("return");
        if (node.value is not null)
        {
            Write(" ");
            Traverse(node.value);
        }
    }

    public override void VisitPass(Pass node) => Fill("pass");
    public override void VisitBreak(Break node) => Fill("break");
    public override void VisitContinue(Continue node) => Fill("continue");

    public override void VisitDelete(Delete node)
    {
        Fill("del ");
        Comma(node.targets, Traverse);
    }

    public override void VisitAssert(Assert node)
    {
        Fill("assert ");
        Traverse(node.test);
        if (node.msg is not null)
        {
            Write(", ");
            Traverse(node.msg);
        }
    }

    public override void VisitGlobal(Global node)
    {
        Fill("global ");
        Comma(node.names, Write);
    }

    public override void VisitNonlocal(Nonlocal node)
    {
        Fill("nonlocal ");
        Comma(node.names, Write);
    }

    public override void VisitRaise(Raise node)
    {
        Fill("raise");
        if (node.exc is null)
        {
            if (node.cause is not null) throw new ArgumentException("Node can't use cause without an exception.");
            return;
        }
        Write(" ");
        Traverse(node.exc);
        if (node.cause is not null)
        {
            Write(" from ");
            Traverse(node.cause);
        }
    }

    void DoVisitTry(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse, List<StmtNode> finalbody, bool star)
    {
        bool previous = inTryStar;
        inTryStar = star;
        Fill("try");
        Block(() => Traverse(body));
        foreach (var h in handlers) Traverse(h);
        if (orelse.Count > 0)
        {
            Fill("else");
            Block(() => Traverse(orelse));
        }
        if (finalbody.Count > 0)
        {
            Fill("finally");
            Block(() => Traverse(finalbody));
        }
        inTryStar = previous;
    }

    public override void VisitTry(Try node) => DoVisitTry(node.body, node.handlers, node.orelse, node.finalbody, false);
    public override void VisitTryStar(TryStar node) => DoVisitTry(node.body, node.handlers, node.orelse, node.finalbody, true);

    public override void VisitExceptHandler(ExceptHandler node)
    {
        Fill(inTryStar ? "except*" : "except");
        if (node.type is not null)
        {
            Write(" ");
            Traverse(node.type);
        }
        if (!string.IsNullOrEmpty(node.name))
        {
            Write(" as ");
            Write(node.name);
        }
        Block(() => Traverse(node.body));
    }

    public override void VisitClassDef(ClassDef node)
    {
        MaybeNewline();
        foreach (var deco in node.decorator_list)
        {
            Fill("@");
            Traverse(deco);
        }
        Fill("class " + node.name);
        TypeParams(node.type_params);
        DelimitIf("(", ")", node.bases.Count > 0 || node.keywords.Count > 0, () =>
        {
            Comma(node.bases.Cast<AstNode>().Concat(node.keywords), Traverse);
        });
        Block(() => WriteDocstringAndTraverseBody(node.body));
    }

    public override void VisitFunctionDef(FunctionDef node) =>
        Function("def", node.name, node.decorator_list, node.type_params, node.args, node.returns, node.body, TypeComment(node.lineno, node.type_comment));

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node) =>
        Function("async def", node.name, node.decorator_list, node.type_params, node.args, node.returns, node.body, TypeComment(node.lineno, node.type_comment));

    void Function(string keyword, string name, List<ExprNode> decorators, List<TypeParamNode> typeParams, Arguments args,
        ExprNode? returns, List<StmtNode> body, string? typeComment)
    {
        MaybeNewline();
        foreach (var deco in decorators)
        {
            Fill("@");
            Traverse(deco);
        }
        Fill(keyword + " " + name);
        TypeParams(typeParams);
        Delimit("(", ")", () => Traverse(args));
        if (returns is not null)
        {
            Write(" -> ");
            Traverse(returns);
        }
        Block(() => WriteDocstringAndTraverseBody(body), typeComment);
    }

    void TypeParams(List<TypeParamNode> typeParams)
    {
        if (typeParams.Count > 0) Delimit("[", "]", () => Comma(typeParams, Traverse));
    }

    public override void VisitTypeVar(TypeVar node)
    {
        Write(node.name);
        if (node.bound is not null)
        {
            Write(": ");
            Traverse(node.bound);
        }
        DefaultValue(node.default_value);
    }

    public override void VisitTypeVarTuple(TypeVarTuple node)
    {
        Write("*" + node.name);
        DefaultValue(node.default_value);
    }

    public override void VisitParamSpec(ParamSpec node)
    {
        Write("**" + node.name);
        DefaultValue(node.default_value);
    }

    void DefaultValue(ExprNode? value)
    {
        if (value is null) return;
        Write(" = ");
        Traverse(value);
    }

    public override void VisitTypeAlias(TypeAlias node)
    {
        Fill("type ");
        Traverse(node.name);
        TypeParams(node.type_params);
        Write(" = ");
        Traverse(node.value);
    }

    public override void VisitFor(For node) => ForHelper("for ", node.target, node.iter, node.body, node.orelse, TypeComment(node.lineno, node.type_comment));
    public override void VisitAsyncFor(AsyncFor node) => ForHelper("async for ", node.target, node.iter, node.body, node.orelse, TypeComment(node.lineno, node.type_comment));

    void ForHelper(string fill, ExprNode target, ExprNode iter, List<StmtNode> body, List<StmtNode> orelse, string? typeComment)
    {
        Fill(fill);
        SetPrecedence(Prec.Tuple, target);
        Traverse(target);
        Write(" in ");
        Traverse(iter);
        Block(() => Traverse(body), typeComment);
        Else(orelse);
    }

    void Else(List<StmtNode> orelse)
    {
        if (orelse.Count == 0) return;
        Fill("else");
        Block(() => Traverse(orelse));
    }

    public override void VisitIf(If node)
    {
        Fill("if ");
        Traverse(node.test);
        Block(() => Traverse(node.body));
        // nested ifs in an else collapse into elifs
        while (node.orelse is [If inner])
        {
            node = inner;
            Fill("elif ");
            Traverse(node.test);
            Block(() => Traverse(node.body));
        }
        Else(node.orelse);
    }

    public override void VisitWhile(While node)
    {
        Fill("while ");
        Traverse(node.test);
        Block(() => Traverse(node.body));
        Else(node.orelse);
    }

    public override void VisitWith(With node)
    {
        Fill("with ");
        Comma(node.items, Traverse);
        Block(() => Traverse(node.body), TypeComment(node.lineno, node.type_comment));
    }

    public override void VisitAsyncWith(AsyncWith node)
    {
        Fill("async with ");
        Comma(node.items, Traverse);
        Block(() => Traverse(node.body), TypeComment(node.lineno, node.type_comment));
    }

    public override void VisitMatch(Match node)
    {
        Fill("match ");
        Traverse(node.subject);
        Block(() => Traverse(node.cases));
    }

    public override void VisitMatchCase(MatchCase node)
    {
        Fill("case ");
        Traverse(node.pattern);
        if (node.guard is not null)
        {
            Write(" if ");
            Traverse(node.guard);
        }
        Block(() => Traverse(node.body));
    }

    public override void VisitAlias(Alias node)
    {
        Write(node.name);
        if (!string.IsNullOrEmpty(node.asname)) Write(" as " + node.asname);
    }

    public override void VisitWithItem(WithItem node)
    {
        Traverse(node.context_expr);
        if (node.optional_vars is not null)
        {
            Write(" as ");
            Traverse(node.optional_vars);
        }
    }
}
