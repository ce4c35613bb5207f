using A = Pytk.Syntax;

namespace Pytk.Semantics;

/// <summary>The walk that records each block's bindings and uses, in CPython's visiting order (it is the symbol order).</summary>
public sealed partial class Symtable
{
    void Stmts(IEnumerable<A.StmtNode> body) { foreach (var s in body) Stmt(s); }

    /// <summary>The name as stored: private names mangled with the enclosing class's name (symtable.c _Py_MaybeMangle).</summary>
    string MangleName(string name)
    {
        if (cur.MangledNames is not null && !cur.MangledNames.Contains(name)) return name;
        return Mangle(privateName, name);
    }

    public static string Mangle(string? cls, string name)
    {
        if (cls is null || !name.StartsWith("__") || name.EndsWith("__") || name.Contains('.')) return name;
        var stripped = cls.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }

    SymFlags Lookup(string name) => cur.Flags.TryGetValue(MangleName(name), out var f) ? f : SymFlags.None;

    /// <summary>symtable_add_def: records a fact about a name in the current block (or `into`).</summary>
    void AddDef(string name, SymFlags flag, A.LocatedNode? at, SymbolBlock? into = null)
    {
        var b = into ?? cur;
        if ((flag & SymFlags.TypeParam) != 0) cur.MangledNames?.Add(name);
        string mangled = MangleName(name);
        if (b.Flags.TryGetValue(mangled, out var val))
        {
            if ((flag & SymFlags.Param) != 0 && (val & SymFlags.Param) != 0)
                throw at is A.Arg a ? RangeError($"duplicate argument '{name}' in function definition", a)
                    : new CompileError($"duplicate argument '{name}' in function definition", b.Line, 0);
            if ((flag & SymFlags.TypeParam) != 0 && (val & SymFlags.TypeParam) != 0)
                throw RangeError($"duplicate type parameter '{name}'", at!);
        }
        if (b.CompIterTarget)
        {
            if ((val & (SymFlags.Global | SymFlags.Nonlocal)) != 0)
                throw RangeError($"comprehension inner loop cannot rebind assignment expression target '{name}'", at!);
            flag |= SymFlags.CompIter;
        }
        b.Add(mangled, flag);
        if ((flag & SymFlags.Param) != 0) b.Params.Add(mangled);
        else if ((flag & SymFlags.Global) != 0) Top.Add(mangled, flag);
    }

    void Stmt(A.StmtNode s)
    {
        switch (s)
        {
            case A.FunctionDef f: FunctionDef(f, f.name, f.args, f.body, f.decorator_list, f.returns, false, f.type_params); break;
            case A.AsyncFunctionDef f: FunctionDef(f, f.name, f.args, f.body, f.decorator_list, f.returns, true, f.type_params); break;
            case A.ClassDef c: ClassDef(c); break;
            case A.Return r:
                if (compilerChecks && !cur.IsFunctionLike) throw RangeError("'return' outside function", r);
                if (r.value is not null) Expr(r.value);
                break;
            case A.Delete d: foreach (var t in d.targets) Expr(t); break;
            case A.Assign a: foreach (var t in a.targets) Expr(t); Expr(a.value); break;
            case A.AugAssign a: Expr(a.target); Expr(a.value); break;
            case A.AnnAssign a:
                if (a.target is A.Name an)
                {
                    var fl = Lookup(an.id);
                    if ((fl & (SymFlags.Global | SymFlags.Nonlocal)) != 0 && cur != Top && a.simple != 0)
                        throw RangeError($"annotated name '{an.id}' can't be {((fl & SymFlags.Global) != 0 ? "global" : "nonlocal")}", a);
                    if (a.simple != 0) AddDef(an.id, SymFlags.Annotated | SymFlags.Assigned, an);
                    else if (a.value is not null) AddDef(an.id, SymFlags.Assigned, an);
                }
                else Expr(a.target);
                Annotation(a.annotation, evaluated: !cur.IsFunctionLike);
                if (a.value is not null) Expr(a.value);
                break;
            case A.For f: Expr(f.target); Expr(f.iter); Stmts(f.body); Stmts(f.orelse); break;
            case A.AsyncFor f:
                if (compilerChecks && !cur.IsCoroutineBlock()) throw Error("'async for' outside async function", f);
                Expr(f.target); Expr(f.iter); Stmts(f.body); Stmts(f.orelse); break;
            case A.While w: Expr(w.test); Stmts(w.body); Stmts(w.orelse); break;
            case A.If i: Expr(i.test); Stmts(i.body); Stmts(i.orelse); break;
            case A.With w: foreach (var it in w.items) { Expr(it.context_expr); if (it.optional_vars is not null) Expr(it.optional_vars); } Stmts(w.body); break;
            case A.AsyncWith w:
                if (compilerChecks && !cur.IsCoroutineBlock()) throw Error("'async with' outside async function", w);
                foreach (var it in w.items) { Expr(it.context_expr); if (it.optional_vars is not null) Expr(it.optional_vars); }
                Stmts(w.body); break;
            case A.Match m:
                Expr(m.subject);
                foreach (var c in m.cases) { Pattern(c.pattern); if (c.guard is not null) Expr(c.guard); Stmts(c.body); }
                break;
            case A.Raise r:
                if (r.exc is not null) { Expr(r.exc); if (r.cause is not null) Expr(r.cause); }
                break;
            case A.Try t: Stmts(t.body); Handlers(t.handlers); Stmts(t.orelse); Stmts(t.finalbody); break;
            case A.TryStar t: Stmts(t.body); Handlers(t.handlers); Stmts(t.orelse); Stmts(t.finalbody); break;
            case A.Assert a: Expr(a.test); if (a.msg is not null) Expr(a.msg); break;
            case A.Import im: foreach (var al in im.names) Alias(al, im); break;
            case A.ImportFrom im: foreach (var al in im.names) Alias(al, im); break;
            case A.Global g:
                foreach (var n in g.names)
                {
                    var f = Lookup(n);
                    if ((f & (SymFlags.Param | SymFlags.Assigned | SymFlags.Used | SymFlags.Annotated)) != 0)
                        throw RangeError((f & SymFlags.Param) != 0 ? $"name '{n}' is parameter and global"
                            : (f & SymFlags.Used) != 0 ? $"name '{n}' is used prior to global declaration"
                            : (f & SymFlags.Annotated) != 0 ? $"annotated name '{n}' can't be global"
                            : $"name '{n}' is assigned to before global declaration", g);
                    AddDef(n, SymFlags.Global, g);
                    directives.TryAdd((cur, MangleName(n)), g);
                }
                break;
            case A.Nonlocal nl:
                foreach (var n in nl.names)
                {
                    var f = Lookup(n);
                    if ((f & (SymFlags.Param | SymFlags.Assigned | SymFlags.Used | SymFlags.Annotated)) != 0)
                        throw RangeError((f & SymFlags.Param) != 0 ? $"name '{n}' is parameter and nonlocal"
                            : (f & SymFlags.Used) != 0 ? $"name '{n}' is used prior to nonlocal declaration"
                            : (f & SymFlags.Annotated) != 0 ? $"annotated name '{n}' can't be nonlocal"
                            : $"name '{n}' is assigned to before nonlocal declaration", nl);
                    AddDef(n, SymFlags.Nonlocal, nl);
                    directives.TryAdd((cur, MangleName(n)), nl);
                }
                break;
            case A.Expr e: Expr(e.value); break;
            case A.TypeAlias ta:
                {
                    Expr(ta.name);
                    string name = ((A.Name)ta.name).id;
                    bool inClass = cur.Kind == BlockKind.Class;
                    var outer = cur;
                    if (ta.type_params.Count > 0)
                    {
                        EnterTypeParams(name, ta.type_params[0], ta.lineno, false, false, false);
                        TypeParams(ta.type_params);
                    }
                    var b = Enter(name, BlockKind.TypeAlias, ta.value, ta.lineno);
                    SeeClassScope(b, inClass, ta.value);
                    Expr(ta.value);
                    cur = outer;
                }
                break;
            case A.Pass or A.Break or A.Continue: break;
            default: throw Error($"unsupported statement {s.GetType().Name}", s);
        }
    }

    void Alias(A.Alias al, A.StmtNode stmt)
    {
        string name = al.asname ?? al.name;
        if (name == "*")
        {
            if (cur.Kind != BlockKind.Module) throw RangeError("import * only allowed at module level", al);
            cur.HasStarImport = true;
            return;
        }
        int dot = name.IndexOf('.');
        AddDef(dot >= 0 ? name[..dot] : name, SymFlags.Import, al);
    }

    /// <summary>An annotation scope inside a class sees the class namespace (through the class's `__classdict__` cell).</summary>
    void SeeClassScope(SymbolBlock b, bool inClass, A.LocatedNode at)
    {
        if (!inClass) return;
        b.CanSeeClassScope = true;
        AddDef("__classdict__", SymFlags.Used, at);
    }

    void ClassDef(A.ClassDef c)
    {
        AddDef(c.name, SymFlags.Assigned, c);
        foreach (var d in c.decorator_list) Expr(d);
        var outer = cur;
        var savedPrivate = privateName;
        if (c.type_params.Count > 0)
        {
            EnterTypeParams(c.name, c.type_params[0], c.lineno, true, false, false);
            privateName = c.name;
            cur.PrivateName = c.name;
            cur.MangledNames = new HashSet<string>();
            TypeParams(c.type_params);
        }
        foreach (var b in c.bases) Expr(b);
        foreach (var k in c.keywords) Expr(k.value);
        Enter(c.name, BlockKind.Class, c, c.lineno);
        privateName = c.name;
        if (c.type_params.Count > 0)
        {
            AddDef("__type_params__", SymFlags.Assigned, c);
            AddDef(".type_params", SymFlags.Used, c);
        }
        Stmts(c.body);
        cur = outer;
        privateName = savedPrivate;
    }

    SymbolBlock EnterTypeParams(string name, A.TypeParamNode key, int line, bool isClass, bool hasDefaults, bool hasKwDefaults)
    {
        bool inClass = cur.Kind == BlockKind.Class;
        var tb = Enter(name, BlockKind.TypeParams, key, line);
        SeeClassScope(tb, inClass, key);
        if (isClass)
        {
            AddDef(".type_params", SymFlags.Assigned, key);
            AddDef(".type_params", SymFlags.Used, key);
            AddDef(".generic_base", SymFlags.Assigned, key);
            AddDef(".generic_base", SymFlags.Used, key);
        }
        if (hasDefaults) AddDef(".defaults", SymFlags.Param, key);
        if (hasKwDefaults) AddDef(".kwdefaults", SymFlags.Param, key);
        return tb;
    }

    void Handlers(IEnumerable<A.ExceptHandlerNode> hs)
    {
        foreach (A.ExceptHandler h in hs)
        {
            if (h.type is not null) Expr(h.type);
            if (h.name is not null) AddDef(h.name, SymFlags.Assigned, h);
            Stmts(h.body);
        }
    }

    void FunctionDef(A.StmtNode node, string name, A.Arguments args, List<A.StmtNode> body, List<A.ExprNode> decorators,
        A.ExprNode? returns, bool isAsync, List<A.TypeParamNode> typeParams)
    {
        // CPython's order (it decides the order symbols are listed in): name, defaults, decorators, type params, annotations.
        AddDef(name, SymFlags.Assigned, node);
        Defaults(args);
        foreach (var d in decorators) Expr(d);
        var outer = cur;
        if (typeParams.Count > 0)
        {
            // Defaults are evaluated outside and passed in as parameters. CPython's table has `.defaults` even
            // when there are none; then it is no argument of the compiled function, just an unused local.
            var tb = EnterTypeParams(name, typeParams[0], node.lineno, false, true, args.kw_defaults.Any(d => d is not null));
            if (args.defaults.Count == 0) tb.Params.Remove(".defaults");
            TypeParams(typeParams);
        }
        Annotations(args, returns);
        var b = Enter(name, BlockKind.Function, node, node.lineno);
        b.IsCoroutine = isAsync;
        Params(b, args);
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
            AddDef(name, SymFlags.TypeParam | SymFlags.Assigned, tp);
            foreach (var e in new[] { bound, dflt })
            {
                if (e is null) continue;
                bool inClass = cur.CanSeeClassScope;
                var outer = cur;
                var b = Enter(name, BlockKind.TypeVariable, e, tp.lineno);
                SeeClassScope(b, inClass, e);
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

    /// <summary>
    /// A function's annotations, evaluated where the def is (3.13: no annotation scopes yet). With
    /// `from __future__ import annotations` they are strings: walked in a detached block that no table shows.
    /// </summary>
    void Annotations(A.Arguments args, A.ExprNode? returns)
    {
        var outer = cur;
        bool saved = unevaluated;
        unevaluated |= futureAnnotations;
        if (futureAnnotations) Enter("_annotation", BlockKind.Function, args, 0, attach: false);
        foreach (var a in args.posonlyargs.Concat(args.args))
            if (a.annotation is not null) Expr(a.annotation);
        if (args.vararg?.annotation is { } va) Expr(va);
        if (args.kwarg?.annotation is { } ka) Expr(ka);
        foreach (var a in args.kwonlyargs)
            if (a.annotation is not null) Expr(a.annotation);
        cur = outer;
        unevaluated = saved;
        if (returns is not null) Annotation(returns);
    }

    /// <summary>Inside an annotation the compiler never compiles (PEP 563, or in a function body): no compile-time checks.</summary>
    bool unevaluated;

    void Annotation(A.ExprNode e, bool evaluated = true)
    {
        var outer = cur;
        bool saved = unevaluated;
        unevaluated |= futureAnnotations || !evaluated;
        if (futureAnnotations) Enter("_annotation", BlockKind.Function, e, 0, attach: false);
        Expr(e);
        cur = outer;
        unevaluated = saved;
    }

    void Params(SymbolBlock b, A.Arguments args)
    {
        foreach (var a in args.posonlyargs) AddDef(a.arg, SymFlags.Param, a);
        foreach (var a in args.args) AddDef(a.arg, SymFlags.Param, a);
        foreach (var a in args.kwonlyargs) AddDef(a.arg, SymFlags.Param, a);
        if (args.vararg is not null) { AddDef(args.vararg.arg, SymFlags.Param, args.vararg); b.HasVarArgs = true; }
        if (args.kwarg is not null) { AddDef(args.kwarg.arg, SymFlags.Param, args.kwarg); b.HasVarKeywords = true; }
    }

    void Expr(A.ExprNode e)
    {
        switch (e)
        {
            case A.Name n:
                AddDef(n.id, n.ctx is A.Load ? SymFlags.Used : SymFlags.Assigned, n);
                // super() needs the __class__ cell.
                if (n.ctx is A.Load && cur.IsFunctionLike && n.id == "super") AddDef("__class__", SymFlags.Used, n);
                break;
            case A.Lambda l:
                Defaults(l.args);
                {
                    var outer = cur;
                    var b = Enter("lambda", BlockKind.Function, l, l.lineno);
                    b.IsLambda = true;
                    Params(b, l.args);
                    Expr(l.body);
                    cur = outer;
                }
                break;
            case A.ListComp c: Comprehension(c, "listcomp", c.generators, c.elt, null); break;
            case A.SetComp c: Comprehension(c, "setcomp", c.generators, c.elt, null); break;
            case A.GeneratorExp c: Comprehension(c, "genexpr", c.generators, c.elt, null); break;
            case A.DictComp c: Comprehension(c, "dictcomp", c.generators, c.key, c.value); break;
            case A.Yield y:
                NotInAnnotationScope(y, "yield expression");
                if (y.value is not null) Expr(y.value);
                YieldHere(y);
                break;
            case A.YieldFrom y:
                NotInAnnotationScope(y, "yield expression");
                Expr(y.value);
                YieldHere(y);
                if (compilerChecks && !unevaluated && cur.IsCoroutine) throw Error("'yield from' inside async function", y);
                break;
            case A.Await a:
                NotInAnnotationScope(a, "await expression");
                // Any comprehension may await (CPython's compiler allows it); an async list/set/dict comprehension
                // then makes its enclosing block a coroutine too (checked when the comprehension ends).
                if (compilerChecks && !unevaluated && !cur.IsCoroutineBlock() && cur.Kind != BlockKind.Comprehension)
                    throw RangeError(cur.IsFunctionLike ? "'await' outside async function" : "'await' outside function", a);
                Expr(a.value);
                cur.IsCoroutine = true;
                break;
            case A.NamedExpr ne:
                NotInAnnotationScope(ne, "named expression");
                if (cur.CompIterExpr > 0) throw RangeError("assignment expression cannot be used in a comprehension iterable expression", ne);
                if (cur.IsComprehension) ExtendNamedExprScope((A.Name)ne.target);
                Expr(ne.value);
                Expr(ne.target);
                break;
            case A.Dict d:
                foreach (var k in d.keys) if (k is not null) Expr(k);
                foreach (var v in d.values) Expr(v);
                break;
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

    void NotInAnnotationScope(A.ExprNode e, string what)
    {
        string? where = cur.Kind switch
        {
            BlockKind.TypeVariable => "a TypeVar bound",
            BlockKind.TypeAlias => "a type alias",
            BlockKind.TypeParams => "the definition of a generic",
            _ => null,
        };
        if (cur.Name == "_annotation" && cur.Kind == BlockKind.Function && !Blocks.ContainsKey(cur.Node)) where = "an annotation";
        if (where is not null) throw RangeError($"{what} cannot be used within {where}", e);
    }

    void YieldHere(A.ExprNode y)
    {
        if (compilerChecks && !unevaluated && !cur.IsFunctionLike) throw RangeError("'yield' outside function", y);
        cur.IsGenerator = true;
        if (cur.IsComprehension)
            throw RangeError(cur.Node switch
            {
                A.ListComp => "'yield' inside list comprehension",
                A.SetComp => "'yield' inside set comprehension",
                A.DictComp => "'yield' inside dict comprehension",
                _ => "'yield' inside generator expression",
            }, y);
    }

    /// <summary>A walrus in a comprehension binds in the nearest enclosing function (or module).</summary>
    void ExtendNamedExprScope(A.Name target)
    {
        string name = target.id;
        for (var b = cur; b is not null; b = b.Parent)
        {
            if (b.IsComprehension)
            {
                var f = b.Flags.TryGetValue(MangleName(name), out var ff) ? ff : SymFlags.None;
                if ((f & SymFlags.CompIter) != 0 && (f & SymFlags.Assigned) != 0)
                    throw RangeError($"assignment expression cannot rebind comprehension iteration variable '{name}'", target);
                continue;
            }
            switch (b.Kind)
            {
                case BlockKind.Function:
                    {
                        var f = b.Flags.TryGetValue(MangleName(name), out var ff) ? ff : SymFlags.None;
                        AddDef(name, (f & SymFlags.Global) != 0 ? SymFlags.Global : SymFlags.Nonlocal, target);
                        directives.TryAdd((cur, MangleName(name)), target);
                        AddDef(name, SymFlags.Assigned, target, b);
                        return;
                    }
                case BlockKind.Module:
                    AddDef(name, SymFlags.Global, target);
                    directives.TryAdd((cur, MangleName(name)), target);
                    AddDef(name, SymFlags.Global, target, b);
                    return;
                case BlockKind.Class: throw RangeError("assignment expression within a comprehension cannot be used in a class body", target);
                case BlockKind.TypeParams: throw RangeError("assignment expression within a comprehension cannot be used within the definition of a generic", target);
                case BlockKind.TypeAlias: throw RangeError("assignment expression within a comprehension cannot be used in a type alias", target);
                case BlockKind.TypeVariable: throw RangeError("assignment expression within a comprehension cannot be used in a TypeVar bound", target);
            }
        }
    }

    void Comprehension(A.ExprNode node, string name, List<A.Comprehension> gens, A.ExprNode elt, A.ExprNode? value)
    {
        var outermost = gens[0];
        // The outermost iterable is evaluated in the enclosing scope.
        cur.CompIterExpr++;
        Expr(outermost.iter);
        cur.CompIterExpr--;
        var outer = cur;
        var b = Enter(name, BlockKind.Comprehension, node, node.lineno);
        if (outermost.is_async != 0) b.IsCoroutine = true;
        AddDef(".0", SymFlags.Param, node);
        b.CompIterTarget = true;
        Expr(outermost.target);
        b.CompIterTarget = false;
        foreach (var cond in outermost.ifs) Expr(cond);
        for (int i = 1; i < gens.Count; i++)
        {
            var g = gens[i];
            b.CompIterTarget = true;
            Expr(g.target);
            b.CompIterTarget = false;
            b.CompIterExpr++;
            Expr(g.iter);
            b.CompIterExpr--;
            foreach (var cond in g.ifs) Expr(cond);
            if (g.is_async != 0) b.IsCoroutine = true;
        }
        if (value is not null) Expr(value);
        Expr(elt);
        b.IsGenerator = node is A.GeneratorExp;
        cur = outer;
        if (b.IsCoroutine && node is not A.GeneratorExp)
        {
            if (compilerChecks && !unevaluated && !outer.IsCoroutineBlock() && outer.Kind != BlockKind.Comprehension)
                throw RangeError("asynchronous comprehension outside of an asynchronous function", node);
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
                if (m.rest is not null) AddDef(m.rest, SymFlags.Assigned, m);
                break;
            case A.MatchClass c:
                Expr(c.cls);
                foreach (var x in c.patterns) Pattern(x);
                foreach (var x in c.kwd_patterns) Pattern(x);
                break;
            case A.MatchStar s: if (s.name is not null) AddDef(s.name, SymFlags.Assigned, s); break;
            case A.MatchAs a: if (a.pattern is not null) Pattern(a.pattern); if (a.name is not null) AddDef(a.name, SymFlags.Assigned, a); break;
            case A.MatchOr o: foreach (var x in o.patterns) Pattern(x); break;
        }
    }
}

static class SymbolBlockExt
{
    public static bool IsCoroutineBlock(this SymbolBlock b) => b.Kind == BlockKind.Function && b.IsCoroutine;
}
