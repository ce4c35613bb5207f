using System.Numerics;
using A = Pytk.Syntax;

namespace Pytk.Compiler.CodeGen;

/// <summary>
/// AST → code objects. One <see cref="Unit"/> per code object being built; statements here, expressions,
/// definitions, exception handling and patterns in the other partial files.
/// </summary>
public sealed partial class CodeGenerator
{
    sealed class Unit(SymbolBlock block, string name, string qualName, int firstLine)
    {
        public readonly SymbolBlock Block = block;
        public readonly string Name = name, QualName = qualName;
        public readonly int FirstLine = firstLine;
        public readonly CodeBuilder B = new();
        public readonly List<object?> Consts = new();
        public readonly Dictionary<string, int> ConstIndex = new();
        public readonly List<string> Names = new();
        public readonly List<string> VarNames = new();
        public readonly List<string> CellVars = new();
        public readonly List<string> FreeVars = new();
        public readonly List<FBlock> FBlocks = new();
        public string? ClassName;
        public object? Doc;
    }

    /// <summary>CPython's fblock types (compile.c): ExceptionHandler is EXCEPTION_HANDLER and EXCEPTION_GROUP_HANDLER,
    /// HandlerCleanup and ExceptStar are HANDLER_CLEANUP of except and except*.</summary>
    enum FKind { While, For, TryExcept, Finally, FinallyEnd, With, AsyncWith, ExceptionHandler, HandlerCleanup, PopValue, AsyncFor, ExceptStar }

    sealed record FBlock(FKind Kind, Label? Top, Label? Exit, List<A.StmtNode>? FinalBody = null, string? HandlerName = null)
    {
        /// <summary>How many handlers were active outside this block's own handler.</summary>
        public int HandlerDepth;
    }

    /// <summary>CPython's CO_MAXBLOCKS: how many blocks (loops, try, with, handlers) may nest in one function.</summary>
    const int MaxBlocks = 21;

    /// <summary>A generator or coroutine body sits inside one implicit block of its own (CPython's STOP_ITERATION).</summary>
    int ImplicitBlocks => u.Block.IsGenerator || u.Block.IsCoroutine ? 1 : 0;

    void AddBlock(FBlock b, A.LocatedNode? at = null)
    {
        if (u.FBlocks.Count + ImplicitBlocks >= MaxBlocks)
        {
            if (at is not null) throw Error("too many statically nested blocks", at);
            var p = u.B.Pos;
            throw new CompileError("too many statically nested blocks", p.Line, p.Col) { EndLine = p.EndLine, EndCol = p.EndCol };
        }
        b.HandlerDepth = u.B.HandlerCount - 1;
        u.FBlocks.Add(b);
    }

    readonly Symtable st;
    readonly string filename;
    readonly string[] lines;
    Unit u = null!;
    readonly Stack<Unit> units = new();

    CodeGenerator(Symtable st, string filename, string source)
    {
        this.st = st;
        this.filename = filename;
        lines = source.Replace("\r\n", "\n").Split('\n');
    }

    public static CodeObject CompileModule(A.Module module, string filename, string source) =>
        CompileModule(module, filename, source, interactive: false);

    static CodeObject CompileModule(A.Module module, string filename, string source, bool interactive)
    {
        var future = FutureImports.Scan(module.body);
        var st = Symtable.Build(module);
        var c = new CodeGenerator(st, filename, source) { futureEnd = future.End, futureAnnotations = future.Features.Contains("annotations"), interactive = interactive };
        c.Enter(st.Top, "<module>", "<module>", 1);
        c.u.B.Pos = new Position(0, 0, 0, 0);
        c.u.B.Emit(Op.RESUME, 0);
        // CPython: SETUP_ANNOTATIONS first, on the first statement's line, then the docstring.
        if (HasAnnotations(module.body))
        {
            c.SetPos(module.body[0]);
            c.u.B.Emit(Op.SETUP_ANNOTATIONS);
        }
        // At the interactive prompt a string is a value to echo, not a docstring.
        if (!interactive && module.body.Count > 0 && DocString(module.body) is { } doc)
        {
            c.SetPos(module.body[0]);
            c.LoadConst(Str(doc));
            c.StoreName("__doc__");
        }
        c.Body(module.body, skipDoc: !interactive);
        c.ReturnNone();
        return c.Finish();
    }

    /// <summary>eval mode (`compile(src, f, 'eval')`, `eval(src)`): the expression's value is the result.</summary>
    public static CodeObject CompileExpression(A.Expression expression, string filename, string source)
    {
        var wrapper = new A.Module { body = [new A.Expr(expression.body) { lineno = expression.body.lineno, col_offset = expression.body.col_offset, end_lineno = expression.body.end_lineno, end_col_offset = expression.body.end_col_offset }] };
        var st = Symtable.Build(wrapper);
        var c = new CodeGenerator(st, filename, source);
        c.Enter(st.Top, "<module>", "<module>", 1);
        c.u.B.Pos = new Position(0, 0, 0, 0);
        c.u.B.Emit(Op.RESUME, 0);
        c.Expr(expression.body);
        c.Emit(Op.RETURN_VALUE);
        return c.Finish();
    }

    /// <summary>single mode (`compile(src, f, 'single')`): as exec, but each expression statement's value
    /// goes to sys.displayhook (printed unless None), as at the interactive prompt.</summary>
    public static CodeObject CompileInteractive(A.Interactive interactive, string filename, string source)
    {
        var module = new A.Module { body = interactive.body };
        return CompileModule(module, filename, source, interactive: true);
    }

    /// <summary>Expression statements print their value (single mode).</summary>
    bool interactive;

    static bool HasAnnotations(IEnumerable<A.StmtNode> body) => body.Any(s => s switch
    {
        A.AnnAssign => true,
        A.If i => HasAnnotations(i.body) || HasAnnotations(i.orelse),
        A.For f => HasAnnotations(f.body) || HasAnnotations(f.orelse),
        A.While w => HasAnnotations(w.body) || HasAnnotations(w.orelse),
        A.AsyncFor f => HasAnnotations(f.body) || HasAnnotations(f.orelse),
        A.With w => HasAnnotations(w.body),
        A.AsyncWith w => HasAnnotations(w.body),
        A.Try t => HasAnnotations(t.body) || HasAnnotations(t.orelse) || HasAnnotations(t.finalbody) || t.handlers.Cast<A.ExceptHandler>().Any(h => HasAnnotations(h.body)),
        A.TryStar t => HasAnnotations(t.body) || HasAnnotations(t.orelse) || HasAnnotations(t.finalbody) || t.handlers.Cast<A.ExceptHandler>().Any(h => HasAnnotations(h.body)),
        A.Match m => m.cases.Any(c => HasAnnotations(c.body)),
        _ => false,
    });

    static string? DocString(List<A.StmtNode> body) =>
        body.Count > 0 && body[0] is A.Expr { value: A.Constant { value: string s } } ? s : null;

    void Enter(SymbolBlock block, string name, string qualName, int firstLine)
    {
        if (u is not null) units.Push(u);
        u = new Unit(block, name, qualName, firstLine);
        if (block.Kind != BlockKind.Class && block.Kind != BlockKind.Module)
        {
            foreach (var p in block.Params) u.VarNames.Add(p);
            foreach (var n in block.Order)
                if (block.ScopeOf(n) == Scope.Local && !u.VarNames.Contains(n)) u.VarNames.Add(n);
        }
        foreach (var (n, s) in block.Scopes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (s == Scope.Cell) u.CellVars.Add(n);
            if (s == Scope.Free) u.FreeVars.Add(n);
        }
        if (block.Kind == BlockKind.Class)
        {
            if (block.NeedsClassCell) u.CellVars.Add("__class__");
            if (block.NeedsClassDict) u.CellVars.Add("__classdict__");
            foreach (var n in block.ClassFreeToo.Order()) if (!u.FreeVars.Contains(n)) u.FreeVars.Add(n);
        }
    }

    CodeObject Finish()
    {
        var b = u.Block;
        var code = new CodeObject
        {
            Name = u.Name, QualName = u.QualName, Filename = filename, FirstLine = u.FirstLine,
            Consts = u.Consts.ToArray(), Names = u.Names.ToArray(), VarNames = u.VarNames.ToArray(),
            CellVars = u.CellVars.ToArray(), FreeVars = u.FreeVars.ToArray(), SourceLines = lines, Doc = u.Doc,
        };
        if (b.IsFunctionLike)
        {
            if (b.Node is A.FunctionDef or A.AsyncFunctionDef or A.Lambda)
            {
                var args = b.Node switch { A.FunctionDef f => f.args, A.AsyncFunctionDef f => f.args, A.Lambda l => l.args, _ => null! };
                code.PosOnlyArgCount = args.posonlyargs.Count;
                code.ArgCount = args.posonlyargs.Count + args.args.Count;
                code.KwOnlyArgCount = args.kwonlyargs.Count;
            }
            else code.ArgCount = b.Params.Count;
            code.Flags |= CodeFlags.Optimized | CodeFlags.NewLocals;
            if (b.HasVarArgs) code.Flags |= CodeFlags.VarArgs;
            if (b.HasVarKeywords) code.Flags |= CodeFlags.VarKeywords;
            if (b.IsGenerator && b.IsCoroutine) code.Flags |= CodeFlags.AsyncGenerator;
            else if (b.IsGenerator) code.Flags |= CodeFlags.Generator;
            else if (b.IsCoroutine) code.Flags |= CodeFlags.Coroutine;
            if (b.IsNested) code.Flags |= CodeFlags.Nested;
        }
        code.CellToArg = code.CellVars.Select(c => Array.IndexOf(code.VarNames, c) is var i && i < code.ArgCount + code.KwOnlyArgCount
            + ((code.Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((code.Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0) ? i : -1).ToArray();
        u.B.Assemble(code);
        u = units.Count > 0 ? units.Pop() : null!;
        return code;
    }

    // ---- helpers ----

    /// <summary>An error underlining the node, as CPython's compiler_error(LOC(n)).</summary>
    CompileError Error(string msg, A.LocatedNode n) =>
        new(msg, n.lineno, n.col_offset) { EndLine = n.end_lineno ?? n.lineno, EndCol = n.end_col_offset ?? n.col_offset };

    /// <summary>compiler_unwind_fblock_stack: leaving an except* clause body by jumping is not allowed.</summary>
    void CheckNotInExceptStar(A.LocatedNode s, int downTo)
    {
        for (int i = u.FBlocks.Count - 1; i >= downTo; i--)
            if (u.FBlocks[i].Kind == FKind.ExceptStar) throw Error("'break', 'continue' and 'return' cannot appear in an except* block", s);
    }

    void SetPos(A.LocatedNode n) => u.B.Pos = new Position(n.lineno, n.end_lineno ?? n.lineno, n.col_offset, n.end_col_offset ?? n.col_offset);
    void Emit(Op op, int arg = 0) => u.B.Emit(op, arg);
    void Jump(Op op, Label l) => u.B.Jump(op, l);
    Label NewLabel() => u.B.NewLabel();
    void Mark(Label l) => u.B.Mark(l);

    /// <summary>
    /// The index of a constant in co_consts, adding it when no equal constant of the same type is there
    /// (CPython's merge: 1, 1.0 and True are different constants, as are 0.0 and -0.0).
    /// </summary>
    int AddConst(object? o)
    {
        o = Normalize(o);
        var k = o is CodeObject ? "code" + u.Consts.Count : ConstKey(o);
        if (u.ConstIndex.TryGetValue(k, out int i)) return i;
        u.Consts.Add(o);
        u.ConstIndex[k] = u.Consts.Count - 1;
        return u.Consts.Count - 1;
    }

    /// <summary>A key equal for constants CPython's compiler merges: type and exact value (floats by their bits;
    /// not repr, since a big int constant may exceed the int-to-decimal digit limit).</summary>
    static string ConstKey(object? o) => o switch
    {
        null => "N",
        bool b => b ? "T" : "F",
        BigInteger i => "i" + i.ToString("x"),
        double d => "f" + BitConverter.DoubleToInt64Bits(d),
        Complex c => "c" + BitConverter.DoubleToInt64Bits(c.Real) + "," + BitConverter.DoubleToInt64Bits(c.Imaginary),
        string s => "s" + s,
        A.SurrogateStr ss => "s" + string.Join(",", ss.CodePoints),
        byte[] b => "b" + Convert.ToHexString(b),
        A.EllipsisConstant => "E",
        A.TupleConstant t => "t(" + string.Join("|", t.Items.Select(ConstKey)) + ")",
        A.FrozenSetConstant f => "z(" + string.Join("|", f.Items.Select(ConstKey).Distinct().Order(StringComparer.Ordinal)) + ")",
        KnownConstant k => "k" + k.Name,
        _ => throw new CompileError($"unsupported constant {o}", 0, 0),
    };

    /// <summary>Constants in the one form the code object holds: ints as BigInteger, throughout tuples and sets.</summary>
    static object? Normalize(object? v) => v switch
    {
        int i => new BigInteger(i),
        long l => new BigInteger(l),
        A.TupleConstant t => new A.TupleConstant(t.Items.Select(Normalize).ToList()),
        A.FrozenSetConstant f => new A.FrozenSetConstant(f.Items.Select(Normalize).ToList()),
        _ => v,
    };

    void LoadConst(object? o) => Emit(Op.LOAD_CONST, AddConst(o));

    static string Str(string s) => s;
    static BigInteger Int(int n) => n;
    static A.TupleConstant Tuple(IReadOnlyList<object?> items) => new(items);

    int NameIndex(string n)
    {
        int i = u.Names.IndexOf(n);
        if (i >= 0) return i;
        u.Names.Add(n);
        return u.Names.Count - 1;
    }

    void ReturnNone() => Emit(Op.RETURN_CONST, AddConst(null));

    string Mangle(string name)
    {
        var cls = u.ClassName ?? units.FirstOrDefault(x => x.ClassName is not null)?.ClassName;
        for (var x = u; cls is null && x is not null; x = null) { }
        if (cls is null || !name.StartsWith("__") || name.EndsWith("__") || name.Contains('.')) return name;
        var stripped = cls.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }

    // ---- statements ----

    void Body(List<A.StmtNode> body, bool skipDoc = false)
    {
        for (int i = 0; i < body.Count; i++)
        {
            if (i == 0 && skipDoc && DocString(body) is not null) continue;
            Stmt(body[i]);
        }
    }

    void Stmt(A.StmtNode s)
    {
        SetPos(s);
        switch (s)
        {
            case A.Expr e:
                if (interactive && u.Block.Kind == BlockKind.Module)
                {
                    Expr(e.value);
                    Emit(Op.CALL_INTRINSIC_1, IntrinsicNames.Print);
                    Emit(Op.POP_TOP);
                    break;
                }
                if (e.value is A.Constant && u.Block.Kind != BlockKind.Module) { Emit(Op.NOP); break; }
                Expr(e.value);
                Emit(Op.POP_TOP);
                break;
            case A.Assign a:
                Expr(a.value);
                for (int i = 0; i < a.targets.Count; i++)
                {
                    if (i < a.targets.Count - 1) Emit(Op.COPY, 1);
                    Store(a.targets[i]);
                }
                break;
            case A.AugAssign a: AugAssign(a); break;
            case A.AnnAssign a: AnnAssign(a); break;
            case A.Pass: Emit(Op.NOP); break;
            case A.If i: If(i); break;
            case A.While w: While(w); break;
            case A.For f: For(f); break;
            case A.AsyncFor f: AsyncFor(f); break;
            case A.Break b: BreakContinue(b, true); break;
            case A.Continue c: BreakContinue(c, false); break;
            case A.Return r: Return(r); break;
            case A.Delete d: foreach (var t in d.targets) Delete(t); break;
            case A.FunctionDef f: FunctionDef(f, f.name, f.args, f.body, f.decorator_list, f.returns, false, f.type_params); break;
            case A.AsyncFunctionDef f: FunctionDef(f, f.name, f.args, f.body, f.decorator_list, f.returns, true, f.type_params); break;
            case A.ClassDef c: ClassDef(c); break;
            case A.Raise r:
                int n = 0;
                if (r.exc is not null) { Expr(r.exc); n++; if (r.cause is not null) { Expr(r.cause); n++; } }
                SetPos(r);
                Emit(Op.RAISE_VARARGS, n);
                break;
            case A.Assert a:
                {
                    CheckAssert(a);
                    var ok = NewLabel();
                    Test(a.test, ok, true);
                    // The raise is placed at the test, as CPython places it (the traceback underlines the test).
                    SetPos(a.test);
                    Emit(Op.LOAD_ASSERTION_ERROR);
                    if (a.msg is not null) { Expr(a.msg); SetPos(a.test); Emit(Op.CALL, 1); }
                    Emit(Op.RAISE_VARARGS, 1);
                    Mark(ok);
                    break;
                }
            case A.Try t: Try(t); break;
            case A.TryStar t: TryStar(t); break;
            case A.With w: With(w, 0); break;
            case A.AsyncWith w: AsyncWith(w, 0); break;
            case A.Import im: Import(im); break;
            case A.ImportFrom im: ImportFrom(im); break;
            case A.Global or A.Nonlocal: Emit(Op.NOP); break;
            case A.Match m: Match(m); break;
            case A.TypeAlias ta: TypeAlias(ta); break;
            default: throw Error($"unsupported statement {s.GetType().Name}", s);
        }
    }

    void If(A.If i)
    {
        var end = NewLabel();
        var orelse = i.orelse.Count > 0 ? NewLabel() : end;
        Test(i.test, orelse, false);
        Body(i.body);
        if (i.orelse.Count > 0)
        {
            if (!u.B.LastIsTerminal) Jump(Op.JUMP_FORWARD, end);
            Mark(orelse);
            Body(i.orelse);
        }
        Mark(end);
    }

    void While(A.While w)
    {
        var top = NewLabel();
        var orelse = NewLabel();
        var end = NewLabel();
        Mark(top);
        Test(w.test, orelse, false);
        AddBlock(new FBlock(FKind.While, top, end), w);
        Body(w.body);
        u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
        SetPos(w);
        Jump(Op.JUMP_BACKWARD, top);
        Mark(orelse);
        Body(w.orelse);
        Mark(end);
    }

    void For(A.For f)
    {
        var top = NewLabel();
        var exhausted = NewLabel();
        var end = NewLabel();
        IterableExpr(f.iter);
        // Iteration happens at the iterable: an exception from its __next__ underlines it (CPython's positions).
        SetPos(f.iter);
        // arg 1: the iterable is a call's result, which the loop may own (LoopFinalizer); dis does not show it.
        Emit(Op.GET_ITER, f.iter is A.Call ? 1 : 0);
        Mark(top);
        SetPos(f.iter);
        Jump(Op.FOR_ITER, exhausted);
        Store(f.target);
        AddBlock(new FBlock(FKind.For, top, end), f);
        Body(f.body);
        u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
        SetPos(f);
        Jump(Op.JUMP_BACKWARD, top);
        Mark(exhausted);
        Body(f.orelse);
        Mark(end);
    }

    void BreakContinue(A.StmtNode s, bool isBreak)
    {
        int loop = u.FBlocks.FindLastIndex(b => b.Kind is FKind.While or FKind.For or FKind.AsyncFor);
        CheckNotInExceptStar(s, Math.Max(loop, 0));
        if (loop < 0) throw Error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
        var saved = u.B.SaveHandlers();
        var savedBlocks = u.FBlocks.ToList();
        for (int i = u.FBlocks.Count - 1; i > loop; i--) Unwind(i, false);
        var lb = u.FBlocks[loop];
        if (isBreak)
        {
            if (lb.Kind is FKind.For) Emit(Op.POP_TOP, 1);  // the iterator: closed if the loop owns it
            else if (lb.Kind is FKind.AsyncFor) Emit(Op.POP_TOP);
            Jump(Op.JUMP_FORWARD, lb.Exit!);
        }
        else Jump(Op.JUMP_BACKWARD, lb.Top!);
        u.FBlocks.Clear();
        u.FBlocks.AddRange(savedBlocks);
        u.B.RestoreHandlers(saved);
    }

    void Return(A.Return r)
    {
        if (!u.Block.IsFunctionLike) throw Error("'return' outside function", r);
        if (u.Block.IsGenerator && u.Block.IsCoroutine && r.value is not null) throw Error("'return' with value in async generator", r);
        // CPython reports it at a constant value on the return's own line, else at the statement.
        CheckNotInExceptStar(r.value is A.Constant { } cv && cv.lineno == r.lineno ? cv : r, 0);
        bool preserve = r.value is not null;
        if (r.value is not null) Expr(r.value);
        var saved = u.B.SaveHandlers();
        var savedBlocks = u.FBlocks.ToList();
        for (int i = u.FBlocks.Count - 1; i >= 0; i--) Unwind(i, preserve);
        SetPos(r);
        if (r.value is null) ReturnNone(); else Emit(Op.RETURN_VALUE);
        u.FBlocks.Clear();
        u.FBlocks.AddRange(savedBlocks);
        u.B.RestoreHandlers(saved);
    }

    /// <summary>Emits what leaving block i early requires (pop the iterator, call __exit__, run finally...).</summary>
    void Unwind(int i, bool preserveTos)
    {
        var b = u.FBlocks[i];
        switch (b.Kind)
        {
            case FKind.While: break;
            case FKind.For:
            case FKind.AsyncFor:
                if (preserveTos) Emit(Op.SWAP, 2);
                Emit(Op.POP_TOP, b.Kind == FKind.For ? 1 : 0);
                break;
            case FKind.TryExcept:
                u.B.PopHandlersTo(b.HandlerDepth);
                break;
            case FKind.Finally:
                {
                    u.B.PopHandlersTo(b.HandlerDepth);
                    // Run the finally body in place, with this block removed from the stack.
                    var rest = u.FBlocks.GetRange(i, u.FBlocks.Count - i);
                    u.FBlocks.RemoveRange(i, u.FBlocks.Count - i);
                    if (preserveTos) AddBlock(new FBlock(FKind.PopValue, null, null));
                    Body(b.FinalBody!);
                    if (preserveTos) u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
                    u.FBlocks.AddRange(rest);
                    break;
                }
            case FKind.FinallyEnd:
                if (preserveTos) Emit(Op.SWAP, 2);
                Emit(Op.POP_TOP);
                if (preserveTos) Emit(Op.SWAP, 2);
                Emit(Op.POP_EXCEPT);
                u.B.PopHandlersTo(b.HandlerDepth);
                break;
            case FKind.With:
            case FKind.AsyncWith:
                u.B.PopHandlersTo(b.HandlerDepth);
                if (preserveTos) Emit(Op.SWAP, 2);
                LoadConst(null); LoadConst(null); LoadConst(null);
                Emit(Op.CALL, 3);
                if (b.Kind == FKind.AsyncWith) AwaitTop();
                Emit(Op.POP_TOP);
                break;
            case FKind.HandlerCleanup:
                u.B.PopHandlersTo(b.HandlerDepth);
                if (preserveTos) Emit(Op.SWAP, 2);
                Emit(Op.POP_EXCEPT);
                if (b.HandlerName is not null)
                {
                    LoadConst(null);
                    StoreName(b.HandlerName);
                    DeleteName(b.HandlerName);
                }
                break;
            case FKind.ExceptionHandler:
                break;
            case FKind.PopValue:
            case FKind.ExceptStar:
                if (preserveTos) Emit(Op.SWAP, 2);
                Emit(Op.POP_TOP);
                break;
        }
    }

    void AugAssign(A.AugAssign a)
    {
        int op = 13 + (int)MapOp(a.op);
        switch (a.target)
        {
            case A.Name n:
                LoadName(n.id);
                Expr(a.value);
                SetPos(a);
                Emit(Op.BINARY_OP, op);
                StoreName(n.id);
                break;
            case A.Attribute at:
                Expr(at.value);
                Emit(Op.COPY, 1);
                Emit(Op.LOAD_ATTR, NameIndex(Mangle(at.attr)));
                Expr(a.value);
                SetPos(a);
                Emit(Op.BINARY_OP, op);
                Emit(Op.SWAP, 2);
                Emit(Op.STORE_ATTR, NameIndex(Mangle(at.attr)));
                break;
            case A.Subscript sub:
                Expr(sub.value);
                Expr(sub.slice);
                Emit(Op.COPY, 2);
                Emit(Op.COPY, 2);
                Emit(Op.BINARY_SUBSCR);
                Expr(a.value);
                SetPos(a);
                Emit(Op.BINARY_OP, op);
                Emit(Op.SWAP, 3);
                Emit(Op.SWAP, 2);
                Emit(Op.STORE_SUBSCR);
                break;
            default: throw Error("'" + a.target.GetType().Name.ToLowerInvariant() + "' is an illegal expression for augmented assignment", a);
        }
    }

    void AnnAssign(A.AnnAssign a)
    {
        if (a.value is not null)
        {
            Expr(a.value);
            Store(a.target);
        }
        // Only a module or class body keeps annotations; a function's are neither stored nor evaluated.
        bool stored = u.Block.Kind is BlockKind.Module or BlockKind.Class;
        switch (a.target)
        {
            case A.Name n when a.simple != 0 && stored:
                if (futureAnnotations) LoadConst(Str(A.AnnotationText.Of(a.annotation)));
                else Expr(a.annotation);
                LoadName("__annotations__");
                LoadConst(Str(Mangle(n.id)));
                Emit(Op.STORE_SUBSCR);
                break;
            // Without a value, `x.y: T` and `x[i]: T` still evaluate what the target would (CPython's check_ann_expr).
            case A.Attribute at when a.value is null:
                EvaluateAndPop(at.value);
                break;
            case A.Subscript sb when a.value is null:
                EvaluateAndPop(sb.value);
                CheckAnnSubscript(sb.slice);
                break;
        }
        // A complex target's annotation is evaluated and dropped (never under PEP 563, never in a function).
        if (a.simple == 0 && stored && !futureAnnotations) EvaluateAndPop(a.annotation);
    }

    void EvaluateAndPop(A.ExprNode e)
    {
        Expr(e);
        Emit(Op.POP_TOP);
    }

    void CheckAnnSubscript(A.ExprNode slice)
    {
        switch (slice)
        {
            case A.Slice s:
                foreach (var part in new[] { s.lower, s.upper, s.step }) if (part is not null) EvaluateAndPop(part);
                break;
            case A.Tuple t:
                foreach (var e in t.elts) CheckAnnSubscript(e);
                break;
            default:
                EvaluateAndPop(slice);
                break;
        }
    }

    void Import(A.Import im)
    {
        foreach (var al in im.names)
        {
            LoadConst(Int(0));
            LoadConst(null);
            Emit(Op.IMPORT_NAME, NameIndex(al.name));
            if (al.asname is not null)
            {
                var parts = al.name.Split('.');
                for (int i = 1; i < parts.Length; i++)
                {
                    Emit(Op.IMPORT_FROM, NameIndex(parts[i]));
                    Emit(Op.SWAP, 2);
                    Emit(Op.POP_TOP);
                }
                StoreName(al.asname);
            }
            else StoreName(al.name.Split('.')[0]);
        }
    }

    void ImportFrom(A.ImportFrom im)
    {
        CheckLateFuture(im);
        LoadConst(Int(im.level ?? 0));
        LoadConst(Tuple(im.names.Select(a => (object?)a.name).ToArray()));
        Emit(Op.IMPORT_NAME, NameIndex(im.module ?? ""));
        if (im.names.Count == 1 && im.names[0].name == "*")
        {
            Emit(Op.IMPORT_STAR);
            return;
        }
        foreach (var al in im.names)
        {
            Emit(Op.IMPORT_FROM, NameIndex(al.name));
            StoreName(al.asname ?? al.name);
        }
        Emit(Op.POP_TOP);
    }
}
