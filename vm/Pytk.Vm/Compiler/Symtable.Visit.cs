using A = Pytk.Syntax;

namespace Pytk.Vm.Compiler;

/// <summary>The walk that records each block's bindings and uses.</summary>
public sealed partial class Symtable
{
    void Stmts(IEnumerable<A.StmtNode> body) { foreach (var s in body) Stmt(s); }

    void Stmt(A.StmtNode s)
    {
        switch (s)
        {
            case A.FunctionDef f: FunctionDef(f, f.name, f.args, f.body, f.decorator_list, f.returns, false, f.type_params); break;
            case A.AsyncFunctionDef f: FunctionDef(f, f.name, f.args, f.body, f.decorator_list, f.returns, true, f.type_params); break;
            case A.ClassDef c:
                {
                    Bind(c.name, c);
                    foreach (var d in c.decorator_list) Expr(d);
                    var outer = cur;
                    if (c.type_params.Count > 0)
                    {
                        var tb = Enter(c.name, BlockKind.TypeParams, c.type_params[0], c.lineno);
                        tb.Add(".type_params", SymFlags.Assigned | SymFlags.Used);
                        tb.Add(".generic_base", SymFlags.Assigned | SymFlags.Used);
                        TypeParams(c.type_params);
                    }
                    foreach (var b in c.bases) Expr(b);
                    foreach (var k in c.keywords) Expr(k.value);
                    Enter(c.name, BlockKind.Class, c, c.lineno);
                    if (c.type_params.Count > 0) { cur.Add("__type_params__", SymFlags.Assigned); Use(".type_params"); }
                    Stmts(c.body);
                    cur = outer;
                }
                break;
            case A.Return r:
                if (!cur.IsFunctionLike) throw Error("'return' outside function", r);
                if (r.value is not null) Expr(r.value);
                break;
            case A.Delete d: foreach (var t in d.targets) Expr(t); break;
            case A.Assign a: foreach (var t in a.targets) Expr(t); Expr(a.value); break;
            case A.AugAssign a: Expr(a.target); Expr(a.value); if (a.target is A.Name augName) Use(augName.id); break;
            case A.AnnAssign a:
                if (a.target is A.Name an)
                {
                    if (cur.Flags.TryGetValue(an.id, out var fl) && (fl & (SymFlags.Global | SymFlags.Nonlocal)) != 0 && a.simple != 0)
                        throw Error($"annotated name '{an.id}' can't be {((fl & SymFlags.Global) != 0 ? "global" : "nonlocal")}", a);
                    cur.Add(an.id, a.value is not null ? SymFlags.Assigned | SymFlags.Annotated : SymFlags.Annotated | (cur.IsFunctionLike ? SymFlags.Assigned : 0));
                }
                else Expr(a.target);
                if (!cur.IsFunctionLike) Expr(a.annotation);
                if (a.value is not null) Expr(a.value);
                break;
            case A.For f: Expr(f.target); Expr(f.iter); Stmts(f.body); Stmts(f.orelse); break;
            case A.AsyncFor f:
                if (!cur.IsCoroutineBlock()) throw Error("'async for' outside async function", f);
                Expr(f.target); Expr(f.iter); Stmts(f.body); Stmts(f.orelse); break;
            case A.While w: Expr(w.test); Stmts(w.body); Stmts(w.orelse); break;
            case A.If i: Expr(i.test); Stmts(i.body); Stmts(i.orelse); break;
            case A.With w: foreach (var it in w.items) { Expr(it.context_expr); if (it.optional_vars is not null) Expr(it.optional_vars); } Stmts(w.body); break;
            case A.AsyncWith w:
                if (!cur.IsCoroutineBlock()) throw Error("'async with' outside async function", w);
                foreach (var it in w.items) { Expr(it.context_expr); if (it.optional_vars is not null) Expr(it.optional_vars); }
                Stmts(w.body); break;
            case A.Match m:
                Expr(m.subject);
                foreach (var c in m.cases) { Pattern(c.pattern); if (c.guard is not null) Expr(c.guard); Stmts(c.body); }
                break;
            case A.Raise r: if (r.exc is not null) Expr(r.exc); if (r.cause is not null) Expr(r.cause); break;
            case A.Try t: Stmts(t.body); Handlers(t.handlers); Stmts(t.orelse); Stmts(t.finalbody); break;
            case A.TryStar t: Stmts(t.body); Handlers(t.handlers); Stmts(t.orelse); Stmts(t.finalbody); break;
            case A.Assert a: Expr(a.test); if (a.msg is not null) Expr(a.msg); break;
            case A.Import im:
                foreach (var al in im.names) Bind(al.asname ?? al.name.Split('.')[0], al, SymFlags.Import);
                break;
            case A.ImportFrom im:
                foreach (var al in im.names)
                {
                    if (al.name == "*")
                    {
                        if (cur.Kind != BlockKind.Module) throw Error("import * only allowed at module level", im);
                        continue;
                    }
                    Bind(al.asname ?? al.name, al, SymFlags.Import);
                }
                break;
            case A.Global g:
                foreach (var gn in g.names)
                {
                    string n = gn;
                    if (cur.Flags.TryGetValue(n, out var f))
                    {
                        if ((f & SymFlags.Param) != 0) throw Error($"name '{n}' is parameter and global", g);
                        if ((f & SymFlags.Nonlocal) != 0) throw Error($"name '{n}' is nonlocal and global", g);
                        if ((f & SymFlags.Annotated) != 0) throw Error($"annotated name '{n}' can't be global", g);
                        if ((f & SymFlags.Assigned) != 0) throw Error($"name '{n}' is assigned to before global declaration", g);
                        if ((f & SymFlags.Used) != 0) throw Error($"name '{n}' is used prior to global declaration", g);
                    }
                    cur.Add(n, SymFlags.Global);
                }
                break;
            case A.Nonlocal nl:
                if (cur.Kind == BlockKind.Module) throw Error("nonlocal declaration not allowed at module level", nl);
                foreach (var nn in nl.names)
                {
                    string n = nn;
                    if (cur.Flags.TryGetValue(n, out var f))
                    {
                        if ((f & SymFlags.Param) != 0) throw Error($"name '{n}' is parameter and nonlocal", nl);
                        if ((f & SymFlags.Global) != 0) throw Error($"name '{n}' is nonlocal and global", nl);
                        if ((f & SymFlags.Assigned) != 0) throw Error($"name '{n}' is assigned to before nonlocal declaration", nl);
                        if ((f & SymFlags.Used) != 0) throw Error($"name '{n}' is used prior to nonlocal declaration", nl);
                    }
                    cur.Add(n, SymFlags.Nonlocal);
                    nonlocalAt.TryAdd((cur, n), nl);
                }
                break;
            case A.Expr e: Expr(e.value); break;
            case A.TypeAlias ta:
                {
                    Expr(ta.name);
                    string name = ((A.Name)ta.name).id;
                    var outer = cur;
                    if (ta.type_params.Count > 0)
                    {
                        Enter(name, BlockKind.TypeParams, ta.type_params[0], ta.lineno);
                        TypeParams(ta.type_params);
                    }
                    Enter(name, BlockKind.TypeAlias, ta.value, ta.lineno);
                    Expr(ta.value);
                    cur = outer;
                }
                break;
            case A.Pass or A.Break or A.Continue: break;
            default: throw Error($"unsupported statement {s.GetType().Name}", s);
        }
    }

    void Handlers(IEnumerable<A.ExceptHandlerNode> hs)
    {
        foreach (A.ExceptHandler h in hs)
        {
            if (h.type is not null) Expr(h.type);
            if (h.name is not null) Bind(h.name, h);
            Stmts(h.body);
        }
    }

    void FunctionDef(A.LocatedNode node, string name, A.Arguments args, List<A.StmtNode> body, List<A.ExprNode> decorators,
        A.ExprNode? returns, bool isAsync, List<A.TypeParamNode> typeParams)
    {
        // CPython's order (it decides the order symbols are listed in): name, defaults, decorators, type params, annotations.
        Bind(name, node);
        Defaults(args);
        foreach (var d in decorators) Expr(d);
        var outer = cur;
        if (typeParams.Count > 0)
        {
            var tb = Enter(name, BlockKind.TypeParams, typeParams[0], node.lineno);
            // Defaults are evaluated outside and passed in as parameters.
            if (args.defaults.Count > 0) { tb.Add(".defaults", SymFlags.Param); tb.Params.Add(".defaults"); }
            if (args.kw_defaults.Any(d => d is not null)) { tb.Add(".kwdefaults", SymFlags.Param); tb.Params.Add(".kwdefaults"); }
            TypeParams(typeParams);
        }
        Annotations(args, returns);
        var b = Enter(name, BlockKind.Function, node, node.lineno);
        b.IsCoroutine = isAsync;
        Params(b, args, node);
        Stmts(body);
        cur = outer;
    }

    /// <summary>Binds each type parameter in the current (type-parameters) block; bounds and defaults get lazy scopes.</summary>
    void TypeParams(List<A.TypeParamNode> tps)
    {
        foreach (var tp in tps)
        {
            var (name, bound, dflt) = tp switch
            {
                A.TypeVar v => (v.name, v.bound, v.default_value),
                A.ParamSpec p => (p.name, null, p.default_value),
                A.TypeVarTuple t => (t.name, (A.ExprNode?)null, t.default_value),
                _ => throw Error("unknown type parameter", tp),
            };
            if (cur.Flags.TryGetValue(name, out var f) && (f & SymFlags.Assigned) != 0)
                throw Error($"duplicate type parameter '{name}'", tp);
            cur.Add(name, SymFlags.Assigned);
            foreach (var e in new[] { bound, dflt })
            {
                if (e is null) continue;
                var outer = cur;
                Enter(name, BlockKind.TypeVariable, e, tp.lineno);
                Expr(e);
                cur = outer;
            }
        }
    }

    void Defaults(A.Arguments args)
    {
        foreach (var d in args.defaults) Expr(d);
        foreach (var d in args.kw_defaults) if (d is not null) Expr(d);
    }

    void Annotations(A.Arguments args, A.ExprNode? returns)
    {
        foreach (var a in args.posonlyargs.Concat(args.args).Concat(args.kwonlyargs))
            if (a.annotation is not null) Expr(a.annotation);
        if (args.vararg?.annotation is { } va) Expr(va);
        if (args.kwarg?.annotation is { } ka) Expr(ka);
        if (returns is not null) Expr(returns);
    }

    void Params(SymbolBlock b, A.Arguments args, A.LocatedNode node)
    {
        void P(A.Arg a)
        {
            if (b.Flags.TryGetValue(a.arg, out var f) && (f & SymFlags.Param) != 0)
                throw new CompileError($"duplicate argument '{a.arg}' in function definition", a.lineno, a.col_offset);
            b.Add(a.arg, SymFlags.Param);
            b.Params.Add(a.arg);
        }
        foreach (var a in args.posonlyargs) P(a);
        foreach (var a in args.args) P(a);
        foreach (var a in args.kwonlyargs) P(a);
        if (args.vararg is not null) { P(args.vararg); b.HasVarArgs = true; }
        if (args.kwarg is not null) { P(args.kwarg); b.HasVarKeywords = true; }
    }

    void Exprs(IEnumerable<A.ExprNode?> es) { foreach (var e in es) if (e is not null) Expr(e); }

    void Expr(A.ExprNode e)
    {
        switch (e)
        {
            case A.Name n:
                if (n.ctx is A.Load) { Use(n.id); if (n.id == "super" && cur.Kind == BlockKind.Function) MarkClassUse(); }
                else Bind(n.id, n);
                if (n.id == "__class__" && n.ctx is A.Load && cur.IsFunctionLike) MarkClassUse();
                break;
            case A.Lambda l:
                Defaults(l.args);
                {
                    var outer = cur;
                    var b = Enter("lambda", BlockKind.Function, l, l.lineno);
                    b.IsLambda = true;
                    Params(b, l.args, l);
                    Expr(l.body);
                    cur = outer;
                }
                break;
            case A.ListComp c: Comprehension(c, "listcomp", c.generators, [c.elt]); break;
            case A.SetComp c: Comprehension(c, "setcomp", c.generators, [c.elt]); break;
            case A.GeneratorExp c: Comprehension(c, "genexpr", c.generators, [c.elt]); break;
            case A.DictComp c: Comprehension(c, "dictcomp", c.generators, [c.key, c.value]); break;
            case A.Yield y:
                CheckYield(y, "yield");
                if (y.value is not null) Expr(y.value);
                break;
            case A.YieldFrom y:
                CheckYield(y, "yield");
                if (cur.IsCoroutine) throw Error("'yield from' inside async function", y);
                Expr(y.value);
                break;
            case A.Await a:
                // Any comprehension may await (CPython's compiler allows it); an async list/set/dict comprehension
                // then makes its enclosing block a coroutine too (checked when the comprehension ends).
                if (!cur.IsCoroutineBlock() && cur.Kind != BlockKind.Comprehension)
                    throw Error(cur.IsFunctionLike ? "'await' outside async function" : "'await' outside function", a);
                if (cur.Kind == BlockKind.Comprehension) cur.IsCoroutine = true;
                Expr(a.value);
                break;
            case A.NamedExpr ne:
                Expr(ne.value);
                if (cur.Kind == BlockKind.Comprehension)
                {
                    var target = ((A.Name)ne.target).id;
                    var b = cur;
                    while (b.Kind == BlockKind.Comprehension) b = b.Parent!;
                    if (b.Kind == BlockKind.Class) throw Error("assignment expression within a comprehension cannot be used in a class body", ne);
                    b.Add(target, b.Kind == BlockKind.Module ? SymFlags.Global | SymFlags.Assigned : SymFlags.Assigned);
                    if (b.Kind == BlockKind.Module) b.Flags[target] &= ~SymFlags.Global;
                    for (var c = cur; c != b; c = c.Parent!) c.Add(target, b.Kind == BlockKind.Module ? SymFlags.Global : SymFlags.CompWalrus);
                }
                else Expr(ne.target);
                break;
            case A.Starred st: Expr(st.value); break;
            default:
                foreach (var child in e.Children())
                    switch (child)
                    {
                        case A.ExprNode x: Expr(x); break;
                        case A.Keyword k: Expr(k.value); break;
                    }
                break;
        }
    }

    void MarkClassUse()
    {
        // A function defined in a class body that uses super() or __class__ gets the implicit __class__ cell.
        for (var b = cur; b is not null; b = b.Parent)
        {
            if (b.Parent?.Kind == BlockKind.Class && b.Kind == BlockKind.Function) { cur.Add("__class__", SymFlags.Used); return; }
            if (b.Kind == BlockKind.Class) return;
        }
    }

    void CheckYield(A.LocatedNode y, string what)
    {
        if (!cur.IsFunctionLike) throw Error($"'{what}' outside function", y);
        if (cur.Kind == BlockKind.Comprehension && cur.Node is not A.GeneratorExp)
            throw RangeError("'yield' inside list comprehension".Replace("list", cur.Name.Replace("comp", "") switch { "list" => "list", "set" => "set", "dict" => "dict", _ => "list" }), y);
        cur.IsGenerator = true;
    }

    void Comprehension(A.ExprNode node, string name, List<A.Comprehension> gens, A.ExprNode[] elts)
    {
        Expr(gens[0].iter);
        var outer = cur;
        var b = Enter(name, BlockKind.Comprehension, node, node.lineno);
        b.Add(".0", SymFlags.Param);
        b.Params.Add(".0");
        if (node is A.GeneratorExp) b.IsGenerator = true;
        for (int i = 0; i < gens.Count; i++)
        {
            var g = gens[i];
            if (g.is_async != 0) b.IsCoroutine = true;
            if (i > 0) Expr(g.iter);
            Expr(g.target);
            foreach (var cond in g.ifs) Expr(cond);
        }
        foreach (var x in elts) Expr(x);
        cur = outer;
        if (b.IsCoroutine && node is not A.GeneratorExp)
        {
            if (!outer.IsCoroutineBlock() && outer.Kind != BlockKind.Comprehension)
                throw Error("asynchronous comprehension outside of an asynchronous function", node);
            outer.IsCoroutine = true;
        }
    }

    void Pattern(A.PatternNode p)
    {
        switch (p)
        {
            case A.MatchValue v: Expr(v.value); break;
            case A.MatchSingleton: break;
            case A.MatchSequence s: foreach (var x in s.patterns) Pattern(x); break;
            case A.MatchMapping m:
                foreach (var k in m.keys) Expr(k);
                foreach (var x in m.patterns) Pattern(x);
                if (m.rest is not null) Bind(m.rest, m);
                break;
            case A.MatchClass c:
                Expr(c.cls);
                foreach (var x in c.patterns) Pattern(x);
                foreach (var x in c.kwd_patterns) Pattern(x);
                break;
            case A.MatchStar s: if (s.name is not null) Bind(s.name, s); break;
            case A.MatchAs a: if (a.pattern is not null) Pattern(a.pattern); if (a.name is not null) Bind(a.name, a); break;
            case A.MatchOr o: foreach (var x in o.patterns) Pattern(x); break;
        }
    }
}

static class SymbolBlockExt
{
    public static bool IsCoroutineBlock(this SymbolBlock b) => b.Kind == BlockKind.Function && b.IsCoroutine;
}
