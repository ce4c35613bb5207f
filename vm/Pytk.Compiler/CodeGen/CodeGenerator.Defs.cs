using A = Pytk.Syntax;

namespace Pytk.Compiler.CodeGen;

/// <summary>Functions, lambdas, classes and comprehensions: each compiles to its own code object.</summary>
public sealed partial class CodeGenerator
{
    string QualNameFor(string name)
    {
        // A type-parameters scope does not show in qualified names: `def f[T]` in class C is C.f.
        var unit = u.Block.Kind == BlockKind.TypeParams ? units.Peek() : u;
        var b = unit.Block;
        if (b.Kind == BlockKind.Module) return name;
        // `global C` then `class C` / `def C` in a function or class: the qualified name is the bare name
        if (b.ScopeOf(name) == Scope.GlobalExplicit) return name;
        if (b.Kind == BlockKind.Class) return unit.QualName + "." + name;
        return unit.QualName + ".<locals>." + name;
    }

    /// <summary>Pushes the function built from `code`, with the attributes whose flags are given (already on the stack).</summary>
    void MakeFunction(CodeObject code, int flags)
    {
        if (code.FreeVars.Length > 0)
        {
            foreach (var fv in code.FreeVars)
            {
                int ci = u.CellVars.IndexOf(fv);
                int idx = ci >= 0 ? ci : u.CellVars.Count + u.FreeVars.IndexOf(fv);
                if (ci < 0 && u.FreeVars.IndexOf(fv) < 0) throw new CompileError($"internal: no cell for free variable '{fv}'", 0, 0);
                Emit(Op.LOAD_CLOSURE, idx);
            }
            Emit(Op.BUILD_TUPLE, code.FreeVars.Length);
            flags |= 8;
        }
        LoadConst(code);
        Emit(Op.MAKE_FUNCTION);
        foreach (int f in new[] { 8, 4, 2, 1 })
            if ((flags & f) != 0) Emit(Op.SET_FUNCTION_ATTRIBUTE, f);
    }

    int Defaults(A.Arguments args)
    {
        int flags = 0;
        if (args.defaults.Count > 0)
        {
            foreach (var d in args.defaults) Expr(d);
            Emit(Op.BUILD_TUPLE, args.defaults.Count);
            flags |= 1;
        }
        int nkw = 0;
        for (int i = 0; i < args.kwonlyargs.Count; i++)
        {
            if (args.kw_defaults[i] is not { } d) continue;
            LoadConst(Str(Mangle(args.kwonlyargs[i].arg)));
            Expr(d);
            nkw++;
        }
        if (nkw > 0) { Emit(Op.BUILD_MAP, nkw); flags |= 2; }
        return flags;
    }

    int Annotations(A.Arguments args, A.ExprNode? returns)
    {
        if (futureAnnotations) return AnnotationStrings(args, returns);
        int n = 0;
        void One(string name, A.ExprNode? ann)
        {
            if (ann is null) return;
            LoadConst(Str(Mangle(name)));
            // `*args: *Ts` (PEP 646): the annotation is the one item unpacking yields.
            if (ann is A.Starred s) { Expr(s.value); Emit(Op.UNPACK_SEQUENCE, 1); }
            else Expr(ann);
            n++;
        }
        foreach (var a in args.posonlyargs.Concat(args.args)) One(a.arg, a.annotation);
        if (args.vararg is not null) One(args.vararg.arg, args.vararg.annotation);
        foreach (var a in args.kwonlyargs) One(a.arg, a.annotation);
        if (args.kwarg is not null) One(args.kwarg.arg, args.kwarg.annotation);
        One("return", returns);
        if (n == 0) return 0;
        Emit(Op.BUILD_TUPLE, n * 2);
        return 4;
    }

    /// <summary>PEP 563: the (name, text) pairs are all constants, so CPython loads them as one tuple.</summary>
    int AnnotationStrings(A.Arguments args, A.ExprNode? returns)
    {
        var items = new List<object?>();
        void One(string name, A.ExprNode? ann)
        {
            if (ann is null) return;
            items.Add(Str(Mangle(name)));
            items.Add(Str(A.AnnotationText.Of(ann)));
        }
        foreach (var a in args.posonlyargs.Concat(args.args)) One(a.arg, a.annotation);
        if (args.vararg is not null) One(args.vararg.arg, args.vararg.annotation);
        foreach (var a in args.kwonlyargs) One(a.arg, a.annotation);
        if (args.kwarg is not null) One(args.kwarg.arg, args.kwarg.annotation);
        One("return", returns);
        if (items.Count == 0) return 0;
        LoadConst(Tuple([.. items]));
        return 4;
    }

    void FunctionDef(A.StmtNode node, string name, A.Arguments args, List<A.StmtNode> body, List<A.ExprNode> decorators,
        A.ExprNode? returns, bool isAsync, List<A.TypeParamNode> typeParams)
    {
        CheckDebugArgs(args);
        foreach (var d in decorators) Expr(d);
        int flags = Defaults(args);
        int firstLine = decorators.Count > 0 ? decorators[0].lineno : node.lineno;
        if (typeParams.Count > 0)
        {
            // def f[T](...): a type-parameters function, called at once with the defaults, makes the TypeVars
            // and returns the function (CPython 3.13's layout).
            int nargs = (flags & 1) + ((flags & 2) >> 1);
            EnterTypeParams(typeParams, name, firstLine);
            TypeParamTuple(typeParams);
            for (int i = 0; i < nargs; i++) Emit(Op.LOAD_FAST, i);
            flags |= Annotations(args, returns);
            FunctionBody(node, name, args, body, firstLine, flags);
            Emit(Op.SWAP, 2);
            Emit(Op.CALL_INTRINSIC_2, IntrinsicNames.SetFunctionTypeParams);
            CallTypeParams(node, nargs);
        }
        else
        {
            flags |= Annotations(args, returns);
            FunctionBody(node, name, args, body, firstLine, flags);
        }
        for (int i = 0; i < decorators.Count; i++) Emit(Op.CALL, 1);
        StoreName(name);
    }

    void FunctionBody(A.StmtNode node, string name, A.Arguments args, List<A.StmtNode> body, int firstLine, int flags)
    {
        var block = st.Blocks[node];
        Enter(block, name, QualNameFor(name), firstLine);
        u.B.Pos = new Position(firstLine, firstLine, 0, 0);
        Emit(Op.RESUME, 0);
        if (DocString(body) is { } doc) { u.Doc = Str(doc); AddConst(u.Doc); }
        else AddConst(null);
        Body(body, skipDoc: true);
        SetPos(body[^1]);
        ReturnNone();
        var code = Finish();
        SetPos(node);
        MakeFunction(code, flags);
    }

    /// <summary>compile.c compiler_check_debug_args: no parameter may be called `__debug__`.</summary>
    void CheckDebugArgs(A.Arguments args)
    {
        foreach (var a in args.posonlyargs.Concat(args.args)) Forbidden(a.arg, a);
        if (args.vararg is not null) Forbidden(args.vararg.arg, args.vararg);
        foreach (var a in args.kwonlyargs) Forbidden(a.arg, a);
        if (args.kwarg is not null) Forbidden(args.kwarg.arg, args.kwarg);
    }

    void Lambda(A.Lambda l)
    {
        CheckDebugArgs(l.args);
        int flags = Defaults(l.args);
        Enter(st.Blocks[l], "<lambda>", QualNameFor("<lambda>"), l.lineno);
        u.B.Pos = new Position(l.lineno, l.lineno, 0, 0);
        Emit(Op.RESUME, 0);
        Expr(l.body);
        if (u.Block.IsGenerator) { Emit(Op.POP_TOP); ReturnNone(); }
        else Emit(Op.RETURN_VALUE);
        var code = Finish();
        SetPos(l);
        MakeFunction(code, flags);
    }

    void ClassDef(A.ClassDef c)
    {
        foreach (var d in c.decorator_list) Expr(d);
        int firstLine = c.decorator_list.Count > 0 ? c.decorator_list[0].lineno : c.lineno;
        bool generic = c.type_params.Count > 0;
        if (generic)
        {
            EnterTypeParams(c.type_params, c.name, firstLine);
            TypeParamTuple(c.type_params);
            StoreName(".type_params");
        }
        Emit(Op.LOAD_BUILD_CLASS);
        var block = st.Blocks[c];
        string qual = QualNameFor(c.name);
        Enter(block, c.name, qual, firstLine);
        u.ClassName = c.name;
        u.B.Pos = new Position(firstLine, firstLine, 0, 0);
        Emit(Op.RESUME, 0);
        SetPos(c);
        LoadName("__name__");
        StoreName("__module__");
        LoadConst(Str(qual));
        StoreName("__qualname__");
        if (generic)
        {
            LoadName(".type_params");
            StoreName("__type_params__");
        }
        if (block.NeedsClassDict)
        {
            // The cell annotation scopes in the body read the class namespace through; __build_class__ points
            // it at the finished class's __dict__.
            Emit(Op.LOAD_LOCALS);
            Emit(Op.STORE_DEREF, u.CellVars.IndexOf("__classdict__"));
        }
        if (HasAnnotations(c.body)) Emit(Op.SETUP_ANNOTATIONS);
        if (DocString(c.body) is { } doc)
        {
            LoadConst(Str(doc));
            StoreName("__doc__");
        }
        Body(c.body, skipDoc: true);
        ReturnNone();
        var code = Finish();
        SetPos(c);
        MakeFunction(code, 0);
        LoadConst(Str(c.name));
        if (generic)
        {
            LoadName(".type_params");
            Emit(Op.CALL_INTRINSIC_1, IntrinsicNames.SubscriptGeneric);
            StoreName(".generic_base");
        }
        if (c.bases.Any(x => x is A.Starred) || c.keywords.Any(k => k.arg is null))
        {
            // __build_class__(func, name, *bases, **kw): the arguments as a list, then CALL_FUNCTION_EX.
            Emit(Op.BUILD_LIST, 2);
            foreach (var b in c.bases)
            {
                if (b is A.Starred sb) { Expr(sb.value); Emit(Op.LIST_EXTEND, 1); }
                else { Expr(b); Emit(Op.LIST_APPEND, 1); }
            }
            if (generic) { LoadName(".generic_base"); Emit(Op.LIST_APPEND, 1); }
            Emit(Op.LIST_TO_TUPLE);
            StarCallTail(c.keywords, c);
        }
        else
        {
            foreach (var b in c.bases) Expr(b);
            PlainClassCall(c, generic);
        }
        if (generic) CallTypeParams(c, 0);
        for (int i = 0; i < c.decorator_list.Count; i++) Emit(Op.CALL, 1);
        StoreName(c.name);
    }

    void PlainClassCall(A.ClassDef c, bool generic)
    {
        int nbases = c.bases.Count;
        if (generic) { LoadName(".generic_base"); nbases++; }
        if (c.keywords.Count > 0)
        {
            foreach (var k in c.keywords) Expr(k.value);
            LoadConst(Tuple(c.keywords.Select(k => (object?)k.arg!).ToArray()));
            Emit(Op.CALL_KW, 2 + nbases + c.keywords.Count);
        }
        else Emit(Op.CALL, 2 + nbases);
    }

    void Comprehension(A.ExprNode e)
    {
        var (name, gens) = e switch
        {
            A.ListComp l => ("<listcomp>", l.generators),
            A.SetComp s => ("<setcomp>", s.generators),
            A.DictComp d => ("<dictcomp>", d.generators),
            A.GeneratorExp g => ("<genexpr>", g.generators),
            _ => throw new InvalidOperationException(),
        };
        bool isGen = e is A.GeneratorExp;
        // CPython inlines list, set and dict comprehensions into the enclosing code (PEP 709), where each
        // `async for` clause is one more block (ASYNC_COMPREHENSION_GENERATOR) over the enclosing ones; a
        // generator expression starts from its own implicit block.
        int asyncClauses = gens.Count(g => g.is_async != 0);
        if (asyncClauses > 0 && (isGen ? 1 : u.FBlocks.Count + ImplicitBlocks) + asyncClauses > MaxBlocks)
            throw Error("too many statically nested blocks", e);
        var block = st.Blocks[e];
        Enter(block, name, QualNameFor(name), e.lineno);
        SetPos(e);
        Emit(Op.RESUME, 0);
        if (!isGen) Emit(e switch { A.ListComp => Op.BUILD_LIST, A.SetComp => Op.BUILD_SET, _ => Op.BUILD_MAP }, 0);
        CompGenerator(e, gens, 0, isGen);
        if (isGen) ReturnNone(); else Emit(Op.RETURN_VALUE);
        var code = Finish();
        SetPos(e);
        MakeFunction(code, 0);
        IterableExpr(gens[0].iter);
        Emit(gens[0].is_async != 0 ? Op.GET_AITER : Op.GET_ITER);
        Emit(Op.CALL, 1);
        if (block.IsCoroutine && !isGen) AwaitTop();
    }

    void CompGenerator(A.ExprNode e, List<A.Comprehension> gens, int i, bool isGen)
    {
        var g = gens[i];
        var top = NewLabel();
        var end = NewLabel();
        bool isAsync = g.is_async != 0;
        if (i == 0) Emit(Op.LOAD_FAST, 0);
        else { IterableExpr(g.iter); Emit(isAsync ? Op.GET_AITER : Op.GET_ITER); }
        Mark(top);
        if (isAsync)
        {
            // `async for` clause: await __anext__(); StopAsyncIteration (handled by END_ASYNC_FOR) ends it.
            u.B.PushHandler(end);
            Emit(Op.GET_ANEXT);
            LoadConst(null);
            YieldFromLoop();
            u.B.PopHandler();
        }
        else Jump(Op.FOR_ITER, end);
        Store(g.target);
        foreach (var cond in g.ifs) Test(cond, top, false);
        if (i + 1 < gens.Count) CompGenerator(e, gens, i + 1, isGen);
        else
        {
            int depth = gens.Count + 1;
            switch (e)
            {
                case A.ListComp l: Expr(l.elt); Emit(Op.LIST_APPEND, depth); break;
                case A.SetComp s: Expr(s.elt); Emit(Op.SET_ADD, depth); break;
                case A.DictComp d: Expr(d.key); Expr(d.value); Emit(Op.MAP_ADD, depth); break;
                case A.GeneratorExp ge: Expr(ge.elt); YieldValue(); Emit(Op.POP_TOP); break;
            }
        }
        Jump(Op.JUMP_BACKWARD, top);
        Mark(end);
        if (isAsync) Emit(Op.END_ASYNC_FOR);
    }
}
