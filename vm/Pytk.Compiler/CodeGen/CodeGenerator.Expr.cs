using System.Numerics;
using A = Pytk.Syntax;

namespace Pytk.Compiler.CodeGen;

public sealed partial class CodeGenerator
{
    static NbOp MapOp(A.OperatorNode op) => op switch
    {
        A.Add => NbOp.Add, A.Sub => NbOp.Sub, A.Mult => NbOp.Mul, A.MatMult => NbOp.MatMul, A.Div => NbOp.TrueDiv,
        A.Mod => NbOp.Mod, A.Pow => NbOp.Pow, A.LShift => NbOp.LShift, A.RShift => NbOp.RShift, A.BitOr => NbOp.Or,
        A.BitXor => NbOp.Xor, A.BitAnd => NbOp.And, A.FloorDiv => NbOp.FloorDiv,
        _ => throw new CompileError("unknown operator", 0, 0),
    };

    // ---- names ----

    enum NameOp { Fast, Deref, Global, Name, ClassDeref }

    (NameOp, int) Resolve(string name)
    {
        var b = u.Block;
        var scope = b.ScopeOf(name);
        if (name == "__class__" && b.Kind == BlockKind.Class && b.NeedsClassCell && scope != Scope.Local) scope = Scope.Cell;
        switch (scope)
        {
            case Scope.Cell or Scope.Free:
                {
                    int ci = u.CellVars.IndexOf(name);
                    int idx = ci >= 0 ? ci : u.CellVars.Count + u.FreeVars.IndexOf(name);
                    if (ci < 0 && u.FreeVars.IndexOf(name) < 0) break;
                    return (b.Kind == BlockKind.Class ? NameOp.ClassDeref : NameOp.Deref, idx);
                }
            case Scope.GlobalExplicit: return (NameOp.Global, NameIndex(name));
            case Scope.GlobalImplicit when b.IsFunctionLike: return (NameOp.Global, NameIndex(name));
            case Scope.Local when b.IsFunctionLike: return (NameOp.Fast, u.VarNames.IndexOf(name));
        }
        return (NameOp.Name, NameIndex(name));
    }

    void LoadName(string name)
    {
        string mangled = Mangle(name);
        var (op, i) = Resolve(mangled);
        // CPython 3.13's loads that look in a class namespace first: a class body's free names (its locals),
        // and an annotation scope's names in the class's `__classdict__` cell.
        if (op == NameOp.ClassDeref)
        {
            Emit(Op.LOAD_LOCALS);
            Emit(Op.LOAD_FROM_DICT_OR_DEREF, i);
            return;
        }
        if (u.Block.CanSeeClassScope && mangled != "__classdict__")
        {
            if (op == NameOp.Deref)
            {
                LoadClassDict();
                Emit(Op.LOAD_FROM_DICT_OR_DEREF, i);
                return;
            }
            if (op == NameOp.Global && u.Block.ScopeOf(mangled) == Scope.GlobalImplicit)
            {
                LoadClassDict();
                Emit(Op.LOAD_FROM_DICT_OR_GLOBALS, i);
                return;
            }
        }
        Emit(op switch
        {
            NameOp.Fast => Op.LOAD_FAST, NameOp.Deref => Op.LOAD_DEREF, NameOp.Global => Op.LOAD_GLOBAL,
            NameOp.ClassDeref => Op.LOAD_FROM_DICT_OR_DEREF, _ => Op.LOAD_NAME,
        }, i);
    }

    void LoadClassDict()
    {
        var (_, i) = Resolve("__classdict__");
        Emit(Op.LOAD_DEREF, i);
    }

    void StoreName(string name)
    {
        ForbiddenHere(name);
        var (op, i) = Resolve(Mangle(name));
        if (op == NameOp.ClassDeref && u.Block.ScopeOf(Mangle(name)) == Scope.Local) { Emit(Op.STORE_NAME, NameIndex(Mangle(name))); return; }
        Emit(op switch
        {
            NameOp.Fast => Op.STORE_FAST, NameOp.Deref or NameOp.ClassDeref => Op.STORE_DEREF, NameOp.Global => Op.STORE_GLOBAL, _ => Op.STORE_NAME,
        }, i);
    }

    void DeleteName(string name)
    {
        ForbiddenHere(name, delete: true);
        var (op, i) = Resolve(Mangle(name));
        Emit(op switch
        {
            NameOp.Fast => Op.DELETE_FAST, NameOp.Deref or NameOp.ClassDeref => Op.DELETE_DEREF, NameOp.Global => Op.DELETE_GLOBAL, _ => Op.DELETE_NAME,
        }, i);
    }

    // ---- targets ----

    void Store(A.ExprNode t)
    {
        SetPos(t);
        switch (t)
        {
            case A.Name n: StoreName(n.id); break;
            case A.Attribute a:
                Forbidden(a.attr, a);
                Expr(a.value);
                SetPos(t);
                Emit(Op.STORE_ATTR, NameIndex(Mangle(a.attr)));
                break;
            case A.Subscript s:
                CheckSubscript(s);
                Expr(s.value);
                if (s.slice is A.Slice sl && sl.step is null)
                {
                    SliceBound(sl.lower); SliceBound(sl.upper);
                    SetPos(t);
                    Emit(Op.STORE_SLICE);
                }
                else
                {
                    Expr(s.slice);
                    SetPos(t);
                    Emit(Op.STORE_SUBSCR);
                }
                break;
            case A.Tuple or A.List:
                {
                    var elts = t is A.Tuple tt ? tt.elts : ((A.List)t).elts;
                    int star = elts.FindIndex(e => e is A.Starred);
                    if (star >= 0)
                    {
                        if (elts.Skip(star + 1).Any(e => e is A.Starred)) throw Error("multiple starred expressions in assignment", t);
                        int after = elts.Count - star - 1;
                        if (star > 255 || after > 255) throw Error("too many expressions in star-unpacking assignment", t);
                        Emit(Op.UNPACK_EX, star | (after << 8));
                    }
                    else Emit(Op.UNPACK_SEQUENCE, elts.Count);
                    foreach (var e in elts) Store(e is A.Starred st ? st.value : e);
                    break;
                }
            case A.Starred s: throw Error("starred assignment target must be in a list or tuple", s);
            default: throw Error($"cannot assign to {Describe(t)}", t);
        }
    }

    static string Describe(A.ExprNode e) => e switch
    {
        A.Call => "function call",
        A.Constant c => c.value is null ? "None" : c.value is bool b ? (b ? "True" : "False") : c.value is A.EllipsisConstant ? "ellipsis" : "literal",
        A.BinOp or A.UnaryOp => "expression",
        A.Compare => "comparison",
        A.BoolOp => "expression",
        A.Lambda => "lambda",
        A.IfExp => "conditional expression",
        A.JoinedStr => "f-string expression",
        A.ListComp => "list comprehension",
        A.GeneratorExp => "generator expression",
        A.Await => "await expression",
        A.Yield or A.YieldFrom => "yield expression",
        A.NamedExpr => "named expression",
        _ => "expression",
    };

    void Delete(A.ExprNode t)
    {
        SetPos(t);
        switch (t)
        {
            case A.Name n: DeleteName(n.id); break;
            case A.Attribute a: Expr(a.value); SetPos(t); Emit(Op.DELETE_ATTR, NameIndex(Mangle(a.attr))); break;
            case A.Subscript s: Expr(s.value); Expr(s.slice); SetPos(t); Emit(Op.DELETE_SUBSCR); break;
            case A.Tuple tu: foreach (var e in tu.elts) Delete(e); break;
            case A.List l: foreach (var e in l.elts) Delete(e); break;
            default: throw Error($"cannot delete {Describe(t)}", t);
        }
    }

    // ---- expressions ----

    void Expr(A.ExprNode e)
    {
        var saved = u.B.Pos;
        SetPos(e);
        ExprInner(e);
        u.B.Pos = saved;
    }

    void ExprInner(A.ExprNode e)
    {
        switch (e)
        {
            case A.Constant c: LoadConst(c.value); break;
            case A.Name n:
                if (n.ctx is not A.Load) throw Error("unexpected context", n);
                LoadName(n.id);
                break;
            case A.BinOp b:
                Expr(b.left);
                Expr(b.right);
                Emit(Op.BINARY_OP, (int)MapOp(b.op));
                break;
            case A.UnaryOp un:
                Expr(un.operand);
                Emit(un.op switch { A.USub => Op.UNARY_NEGATIVE, A.UAdd => Op.UNARY_POSITIVE, A.Invert => Op.UNARY_INVERT, _ => Op.UNARY_NOT });
                break;
            case A.BoolOp bo:
                {
                    var end = NewLabel();
                    for (int i = 0; i < bo.values.Count; i++)
                    {
                        Expr(bo.values[i]);
                        if (i < bo.values.Count - 1)
                            Jump(bo.op is A.And ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
                    }
                    Mark(end);
                    break;
                }
            case A.Compare cmp: Compare(cmp); break;
            case A.IfExp ie:
                {
                    var orelse = NewLabel();
                    var end = NewLabel();
                    Test(ie.test, orelse, false);
                    Expr(ie.body);
                    Jump(Op.JUMP_FORWARD, end);
                    Mark(orelse);
                    Expr(ie.orelse);
                    Mark(end);
                    break;
                }
            case A.Attribute a:
                Expr(a.value);
                SetPos(a);
                Emit(Op.LOAD_ATTR, NameIndex(Mangle(a.attr)));
                break;
            case A.Subscript s:
                CheckSubscript(s);
                Expr(s.value);
                if (s.slice is A.Slice sl && sl.step is null)
                {
                    SliceBound(sl.lower); SliceBound(sl.upper);
                    SetPos(s);
                    Emit(Op.BINARY_SLICE);
                }
                else
                {
                    Expr(s.slice);
                    SetPos(s);
                    Emit(Op.BINARY_SUBSCR);
                }
                break;
            case A.Slice slice:
                SliceBound(slice.lower); SliceBound(slice.upper);
                if (slice.step is not null) { Expr(slice.step); Emit(Op.BUILD_SLICE, 3); } else Emit(Op.BUILD_SLICE, 2);
                break;
            case A.Call call: Call(call); break;
            case A.Tuple t: Sequence(t.elts, Op.BUILD_TUPLE); break;
            case A.List l: Sequence(l.elts, Op.BUILD_LIST); break;
            case A.Set st when st.elts.Count > 2 && IsConstSet(st):
                {
                    // As CPython: the set is filled from a frozenset constant, so it iterates in that table's order.
                    Emit(Op.BUILD_SET, 0);
                    LoadConst(ConstSet(st));
                    Emit(Op.SET_UPDATE, 1);
                    break;
                }
            case A.Set st: Sequence(st.elts, Op.BUILD_SET); break;
            case A.Dict d: DictExpr(d); break;
            case A.JoinedStr js:
                foreach (var v in js.values) FStringPart(v);
                if (js.values.Count != 1) Emit(Op.BUILD_STRING, js.values.Count);
                else if (js.values[0] is A.Constant) { }
                break;
            case A.FormattedValue fv: FStringPart(fv); break;
            case A.Lambda l: Lambda(l); break;
            case A.ListComp or A.SetComp or A.DictComp or A.GeneratorExp: Comprehension(e); break;
            case A.NamedExpr ne:
                Expr(ne.value);
                Emit(Op.COPY, 1);
                Store(ne.target);
                break;
            case A.Yield y:
                if (y.value is not null) Expr(y.value); else LoadConst(null);
                SetPos(y);
                YieldValue();
                break;
            case A.YieldFrom yf:
                Expr(yf.value);
                Emit(Op.GET_YIELD_FROM_ITER);
                LoadConst(null);
                YieldFromLoop();
                break;
            case A.Await aw:
                Expr(aw.value);
                AwaitTop();
                break;
            case A.Starred st: throw Error("can't use starred expression here", st);
            default: throw Error($"unsupported expression {e.GetType().Name}", e);
        }
    }

    /// <summary>[iter, value] → the delegation loop of yield from / await → [result].</summary>
    void YieldFromLoop()
    {
        var send = NewLabel();
        var exit = NewLabel();
        Mark(send);
        Jump(Op.SEND, exit);
        Emit(Op.YIELD_VALUE, 1);
        Jump(Op.JUMP_BACKWARD, send);
        Mark(exit);
        Emit(Op.END_SEND);
    }

    /// <summary>A `yield`: in an async generator the value is marked, so the driver tells it from what awaits pass up.</summary>
    void YieldValue()
    {
        if (u.Block.IsCoroutine && u.Block.IsGenerator) Emit(Op.CALL_INTRINSIC_1, IntrinsicNames.AsyncGenWrap);
        Emit(Op.YIELD_VALUE, 0);
    }

    static bool IsConstSet(A.ExprNode e) => e is A.Set s && s.elts.Count > 0 && s.elts.All(x => TryFoldedConst(x, out _));

    /// <summary>What CPython's AST optimizer makes a constant before compiling: literals, signed numbers, tuples of them.</summary>
    static bool TryFoldedConst(A.ExprNode e, out object? value)
    {
        value = null;
        switch (e)
        {
            case A.Constant c: value = c.value; return true;
            case A.UnaryOp { op: A.USub or A.UAdd or A.Invert, operand: A.Constant { value: not (string or bool or null) } operand } u:
                value = (u.op, operand.value) switch
                {
                    (A.UAdd, BigInteger or double or Complex) => operand.value,
                    (A.USub, BigInteger i) => -i,
                    (A.USub, double d) => -d,
                    (A.USub, Complex c) => -c,
                    (A.Invert, BigInteger i) => -(i + 1),
                    _ => null,
                };
                return value is not null;
            case A.Tuple t:
                {
                    var items = new object?[t.elts.Count];
                    for (int i = 0; i < items.Length; i++)
                        if (!TryFoldedConst(t.elts[i], out items[i])) return false;
                    value = new A.TupleConstant(items);
                    return true;
                }
        }
        return false;
    }

    /// <summary>The frozenset constant CPython makes of a constant set display (the runtime lays it out as CPython's).</summary>
    static A.FrozenSetConstant ConstSet(A.Set s) =>
        new(s.elts.Select(x => TryFoldedConst(x, out var v) ? v : throw new InvalidOperationException("not a constant set")).ToList());

    /// <summary>An iterable that CPython turns into a constant: a constant set display is iterated as its frozenset.</summary>
    void IterableExpr(A.ExprNode e)
    {
        if (IsConstSet(e)) LoadConst(ConstSet((A.Set)e));
        else Expr(e);
    }

    void AwaitTop()
    {
        Emit(Op.GET_AWAITABLE, 0);
        LoadConst(null);
        YieldFromLoop();
    }

    void SliceBound(A.ExprNode? e)
    {
        if (e is null) LoadConst(null); else Expr(e);
    }

    void FStringPart(A.ExprNode v)
    {
        if (v is A.Constant c) { LoadConst(c.value); return; }
        var fv = (A.FormattedValue)v;
        Expr(fv.value);
        if (fv.conversion > 0) Emit(Op.CONVERT_VALUE, fv.conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 });
        if (fv.format_spec is not null) { Expr(fv.format_spec); Emit(Op.FORMAT_WITH_SPEC); }
        else Emit(Op.FORMAT_SIMPLE);
    }

    void Sequence(List<A.ExprNode> elts, Op build)
    {
        if (!elts.Any(x => x is A.Starred))
        {
            if (build == Op.BUILD_TUPLE && elts.Count > 0 && elts.All(x => x is A.Constant))
            {
                LoadConst(Tuple(elts.Select(x => ((A.Constant)x).value).ToArray()));
                return;
            }
            foreach (var x in elts) Expr(x);
            Emit(build, elts.Count);
            return;
        }
        // With starred items: build a list (or set), extending it, then convert.
        bool isSet = build == Op.BUILD_SET;
        int pending = 0;
        bool built = false;
        foreach (var x in elts)
        {
            if (x is A.Starred st)
            {
                if (!built) { Emit(isSet ? Op.BUILD_SET : Op.BUILD_LIST, pending); built = true; pending = 0; }
                else if (pending > 0) throw new InvalidOperationException();
                Expr(st.value);
                Emit(isSet ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
            }
            else
            {
                Expr(x);
                if (built) Emit(isSet ? Op.SET_ADD : Op.LIST_APPEND, 1); else pending++;
            }
        }
        if (build == Op.BUILD_TUPLE) Emit(Op.LIST_TO_TUPLE);
    }

    void DictExpr(A.Dict d)
    {
        int pending = 0;
        bool built = false;
        for (int i = 0; i < d.keys.Count; i++)
        {
            var k = d.keys[i];
            if (k is null)
            {
                if (!built) { Emit(Op.BUILD_MAP, pending); built = true; }
                else if (pending > 0) { Emit(Op.BUILD_MAP, pending); Emit(Op.DICT_UPDATE, 1); }
                pending = 0;
                Expr(d.values[i]);
                Emit(Op.DICT_UPDATE, 1);
                continue;
            }
            Expr(k);
            Expr(d.values[i]);
            pending++;
        }
        if (!built) Emit(Op.BUILD_MAP, pending);
        else if (pending > 0) { Emit(Op.BUILD_MAP, pending); Emit(Op.DICT_UPDATE, 1); }
    }

    void Compare(A.Compare c)
    {
        CheckCompare(c);
        Expr(c.left);
        if (c.ops.Count == 1)
        {
            Expr(c.comparators[0]);
            CompareOp(c.ops[0]);
            return;
        }
        var cleanup = NewLabel();
        var end = NewLabel();
        for (int i = 0; i < c.ops.Count; i++)
        {
            Expr(c.comparators[i]);
            if (i < c.ops.Count - 1)
            {
                Emit(Op.SWAP, 2);
                Emit(Op.COPY, 2);
                CompareOp(c.ops[i]);
                Jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
            }
            else CompareOp(c.ops[i]);
        }
        Jump(Op.JUMP_FORWARD, end);
        Mark(cleanup);
        Emit(Op.SWAP, 2);
        Emit(Op.POP_TOP);
        Mark(end);
    }

    void CompareOp(A.CmpOpNode op)
    {
        switch (op)
        {
            case A.Is: Emit(Op.IS_OP, 0); break;
            case A.IsNot: Emit(Op.IS_OP, 1); break;
            case A.In: Emit(Op.CONTAINS_OP, 0); break;
            case A.NotIn: Emit(Op.CONTAINS_OP, 1); break;
            default:
                Emit(Op.COMPARE_OP, (int)(op switch
                {
                    A.Lt => CmpOp.Lt, A.LtE => CmpOp.Le, A.Eq => CmpOp.Eq, A.NotEq => CmpOp.Ne, A.Gt => CmpOp.Gt, _ => CmpOp.Ge,
                }));
                break;
        }
    }

    /// <summary>Evaluates a condition and jumps to `target` when its truth equals `jumpIf`.</summary>
    void Test(A.ExprNode e, Label target, bool jumpIf)
    {
        switch (e)
        {
            case A.UnaryOp { op: A.Not } n:
                Test(n.operand, target, !jumpIf);
                return;
            case A.BoolOp bo:
                {
                    bool isAnd = bo.op is A.And;
                    // and: jump away when any is false (if jumpIf false); or: when any is true.
                    if (isAnd != jumpIf)
                    {
                        foreach (var v in bo.values) Test(v, target, jumpIf);
                    }
                    else
                    {
                        var skip = NewLabel();
                        for (int i = 0; i < bo.values.Count - 1; i++) Test(bo.values[i], skip, !jumpIf);
                        Test(bo.values[^1], target, jumpIf);
                        Mark(skip);
                    }
                    return;
                }
            case A.Compare { ops.Count: 1, ops: [A.Is or A.IsNot] } c when c.comparators[0] is A.Constant { value: null }:
                CheckCompare(c);
                Expr(c.left);
                bool isNone = c.ops[0] is A.Is;
                Jump(isNone == jumpIf ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, target);
                return;
        }
        Expr(e);
        Jump(jumpIf ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
    }

    void Call(A.Call call)
    {
        CheckCaller(call.func);
        Expr(call.func);
        bool hasStar = call.args.Any(a => a is A.Starred) || call.keywords.Any(k => k.arg is null);
        if (!hasStar)
        {
            foreach (var a in call.args) Expr(a);
            foreach (var k in call.keywords) Expr(k.value);
            SetPos(call);
            if (call.keywords.Count > 0)
            {
                CheckDuplicateKeywords(call);
                LoadConst(Tuple(call.keywords.Select(k => (object?)k.arg!).ToArray()));
                Emit(Op.CALL_KW, call.args.Count + call.keywords.Count);
            }
            else Emit(Op.CALL, call.args.Count);
            return;
        }
        CheckDuplicateKeywords(call);
        // Positional part as a tuple.
        Sequence(call.args, Op.BUILD_TUPLE);
        StarCallTail(call.keywords, call);
    }

    /// <summary>After the positional tuple: the keyword dict (when any) and CALL_FUNCTION_EX.</summary>
    void StarCallTail(List<A.Keyword> keywords, A.LocatedNode at)
    {
        if (keywords.Count > 0)
        {
            int pending = 0;
            bool built = false;
            foreach (var k in keywords)
            {
                if (k.arg is null)
                {
                    if (!built) { Emit(Op.BUILD_MAP, pending); built = true; }
                    else if (pending > 0) { Emit(Op.BUILD_MAP, pending); Emit(Op.DICT_MERGE, 1); }
                    pending = 0;
                    Expr(k.value);
                    Emit(Op.DICT_MERGE, 1);
                    continue;
                }
                LoadConst(Str(k.arg));
                Expr(k.value);
                pending++;
            }
            if (!built) Emit(Op.BUILD_MAP, pending);
            else if (pending > 0) { Emit(Op.BUILD_MAP, pending); Emit(Op.DICT_MERGE, 1); }
        }
        SetPos(at);
        Emit(Op.CALL_FUNCTION_EX, keywords.Count > 0 ? 1 : 0);
    }

    void CheckDuplicateKeywords(A.Call call) => ValidateKeywords(call.keywords);

    /// <summary>compile.c validate_keywords: each keyword's name, then its repeats, in order.</summary>
    void ValidateKeywords(List<A.Keyword> keywords)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            if (keywords[i].arg is not { } name) continue;
            Forbidden(name, keywords[i]);
            for (int j = i + 1; j < keywords.Count; j++)
                if (keywords[j].arg == name) throw Error($"keyword argument repeated: {name}", keywords[j]);
        }
    }

    /// <summary>compile.c forbidden_name: `__debug__` cannot be bound or deleted.</summary>
    void Forbidden(string name, A.LocatedNode at, bool delete = false)
    {
        if (name == "__debug__") throw Error(delete ? "cannot delete __debug__" : "cannot assign to __debug__", at);
    }

    /// <summary>The same, at the position being compiled (where CPython's compiler_nameop reports it).</summary>
    void ForbiddenHere(string name, bool delete = false)
    {
        if (name != "__debug__") return;
        var p = u.B.Pos;
        throw new CompileError(delete ? "cannot delete __debug__" : "cannot assign to __debug__", p.Line, p.Col) { EndLine = p.EndLine, EndCol = p.EndCol };
    }
}
