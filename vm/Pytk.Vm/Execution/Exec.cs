using System.Runtime.CompilerServices;
using System.Text;

namespace Pytk.Vm.Execution;

/// <summary>
/// Instruction semantics, one static method per opcode (named as the opcode). Non-jumps take (frame, arg);
/// jumps also take the next pc and return the pc to continue at.
/// </summary>
public static partial class Exec
{
    /// <summary>How many runtimes in this process have a stop pending (<see cref="PythonRuntime.RequestStop"/>):
    /// lets backward jumps of both loops test one static before looking at their own runtime.</summary>
    public static int InterruptsPending;

    public static void CheckInterrupt()
    {
        if (Volatile.Read(ref InterruptsPending) != 0) Pending();
    }

    /// <summary>The slow path of a check point: hand the GIL to a thread that asked for it, then take a stop
    /// request (the main thread only, as CPython delivers signals).</summary>
    static void Pending()
    {
        var ts = ThreadState.Current;
        ts.Gil?.YieldIfAsked(ts);
        if (!ts.IsWorker && ts.Runtime.TakeInterrupt())
            throw ts.Runtime.StopReason is { } reason ? new RunStoppedException(reason) : new PyException(Err.NewValue(ExcTypes.KeyboardInterrupt));
    }

    public static void NOP(Frame f, int arg) { }
    public static void RESUME(Frame f, int arg) { }
    public static int JUMP_FORWARD(Frame f, int arg, int next) => arg;
    public static int JUMP_BACKWARD(Frame f, int arg, int next) { CheckInterrupt(); return arg; }
    public static void LOAD_FAST_CHECK(Frame f, int arg) => LOAD_FAST(f, arg);

    /// <summary>arg 1: the popped value is a `for` loop's iterator, left early (closed if the loop owns it).</summary>
    public static void POP_TOP(Frame f, int arg)
    {
        var v = f.Stack[--f.Sp];
        f.Stack[f.Sp] = null!;
        if (arg == 1 && v is PyGenerator { LoopOwned: true } g) LoopFinalizer.Close(g);
    }
    public static void COPY(Frame f, int arg) => f.Push(f.Peek(arg));
    public static void SWAP(Frame f, int arg)
    {
        var s = f.Stack;
        (s[f.Sp - 1], s[f.Sp - arg]) = (s[f.Sp - arg], s[f.Sp - 1]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void LOAD_CONST(Frame f, int arg) => f.Push(f.Code.Consts[arg]);
    public static PyObject RETURN_CONST(Frame f, int arg) { f.Yielded = false; return f.Code.Consts[arg]; }
    public static PyObject RETURN_VALUE(Frame f, int arg) { f.Yielded = false; return f.Pop(); }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void LOAD_FAST(Frame f, int arg) => f.Push(f.Fast[arg] ?? throw Unbound(f, arg));
    public static void STORE_FAST(Frame f, int arg) => f.Fast[arg] = f.Pop();
    public static void DELETE_FAST(Frame f, int arg)
    {
        if (f.Fast[arg] is null) throw Unbound(f, arg);
        f.Fast[arg] = null;
    }

    static PyException Unbound(Frame f, int arg) =>
        Err.New(ExcTypes.UnboundLocalError, $"cannot access local variable '{f.Code.VarNames[arg]}' where it is not associated with a value");

    public static void LOAD_NAME(Frame f, int arg)
    {
        var name = f.Code.Names[arg];
        PyObject? v;
        if (f.LocalsMap is { } map) { if ((v = MapGet(map, name)) is not null) { f.Push(v); return; } }
        else if (f.Locals is not null && f.Locals.TryGetValue(name, out v)) { f.Push(v); return; }
        if (f.Globals.TryGetValue(name, out v)) { f.Push(v); return; }
        if (Runtime.Builtins.TryGetValue(name, out v)) { f.Push(v); return; }
        throw Err.Name(name);
    }

    public static void STORE_NAME(Frame f, int arg)
    {
        if (f.LocalsMap is { } map) { Ops.SetItem(map, new PyStr(f.Code.Names[arg]), f.Pop()); return; }
        (f.Locals ?? f.Globals)[f.Code.Names[arg]] = f.Pop();
    }

    public static void DELETE_NAME(Frame f, int arg)
    {
        var name = f.Code.Names[arg];
        if (f.LocalsMap is { } map)
        {
            try { Ops.DelItem(map, new PyStr(name)); }
            catch (PyException e) when (Err.Matches(e.Value, ExcTypes.KeyError)) { throw Err.Name(name); }
            return;
        }
        if (!(f.Locals ?? f.Globals).Remove(name)) throw Err.Name(name);
    }

    /// <summary>map[name], or null when the mapping raises KeyError (other exceptions propagate).</summary>
    public static PyObject? MapGet(PyObject map, string name)
    {
        try { return Ops.GetItem(map, new PyStr(name)); }
        catch (PyException e) when (Err.Matches(e.Value, ExcTypes.KeyError)) { return null; }
    }

    public static void LOAD_GLOBAL(Frame f, int arg)
    {
        if (Specializer.Due(f) && AdaptLoadGlobal(f, arg)) return;
        LoadGlobalGeneric(f, arg);
    }

    static void LoadGlobalGeneric(Frame f, int arg)
    {
        var name = f.Code.Names[arg];
        if (f.Globals.TryGetValue(name, out var v) || Runtime.Builtins.TryGetValue(name, out v)) { f.Push(v); return; }
        throw Err.Name(name);
    }

    public static void STORE_GLOBAL(Frame f, int arg) => f.Globals[f.Code.Names[arg]] = f.Pop();
    public static void DELETE_GLOBAL(Frame f, int arg)
    {
        var name = f.Code.Names[arg];
        if (!f.Globals.Remove(name)) throw Err.Name(name);
    }

    static string DerefName(Frame f, int arg) =>
        arg < f.Code.CellVars.Length ? f.Code.CellVars[arg] : f.Code.FreeVars[arg - f.Code.CellVars.Length];

    static PyException UnboundDeref(Frame f, int arg) => arg < f.Code.CellVars.Length
        ? Err.New(ExcTypes.UnboundLocalError, $"cannot access local variable '{DerefName(f, arg)}' where it is not associated with a value")
        : Err.New(ExcTypes.NameError, $"cannot access free variable '{DerefName(f, arg)}' where it is not associated with a value in enclosing scope");

    public static void LOAD_DEREF(Frame f, int arg) => f.Push(f.Cells[arg].Value ?? throw UnboundDeref(f, arg));
    public static void STORE_DEREF(Frame f, int arg) => f.Cells[arg].Value = f.Pop();
    public static void DELETE_DEREF(Frame f, int arg)
    {
        if (f.Cells[arg].Value is null) throw UnboundDeref(f, arg);
        f.Cells[arg].Value = null;
    }

    /// <summary>mapping[name] (a class namespace, from LOAD_LOCALS or the `__classdict__` cell), else the cell.</summary>
    public static void LOAD_FROM_DICT_OR_DEREF(Frame f, int arg)
    {
        var map = f.Pop();
        if (FromMapping(map, DerefName(f, arg)) is { } v) { f.Push(v); return; }
        LOAD_DEREF(f, arg);
    }

    /// <summary>mapping[name] (an annotation scope's `__classdict__`), else the globals, then the builtins.</summary>
    public static void LOAD_FROM_DICT_OR_GLOBALS(Frame f, int arg)
    {
        var map = f.Pop();
        if (FromMapping(map, f.Code.Names[arg]) is { } v) { f.Push(v); return; }
        LoadGlobalGeneric(f, arg);
    }

    static PyObject? FromMapping(PyObject map, string name)
    {
        if (map is PyDict { Ns: { } ns } && map.Type == Types.Dict) return ns.TryGetValue(name, out var v) ? v : null;
        return MapGet(map, name);
    }

    public static void LOAD_CLOSURE(Frame f, int arg) => f.Push(f.Cells[arg]);

    // LOAD_ATTR, BINARY_SUBSCR, BINARY_OP, COMPARE_OP, FOR_ITER and CALL are adaptive: after a warm-up they may
    // rewrite themselves into a specialized form (Exec.Specialized.cs, Specialize.cs).
    public static void LOAD_ATTR(Frame f, int arg)
    {
        if (Specializer.Due(f) && AdaptLoadAttr(f, arg)) return;
        LoadAttrGeneric(f, arg);
    }

    public static void STORE_ATTR(Frame f, int arg)
    {
        var o = f.Pop();
        var v = f.Pop();
        AttrCache.Store(f, o, arg, v);
    }

    public static void DELETE_ATTR(Frame f, int arg) => Ops.DelAttr(f.Pop(), f.Code.Names[arg]);

    public static void BINARY_SUBSCR(Frame f, int arg)
    {
        if (Specializer.Due(f) && AdaptBinarySubscr(f, arg)) return;
        BinarySubscrGeneric(f);
    }

    public static void STORE_SUBSCR(Frame f, int arg)
    {
        var key = f.Pop();
        var container = f.Pop();
        var value = f.Pop();
        Ops.SetItem(container, key, value);
    }

    public static void DELETE_SUBSCR(Frame f, int arg)
    {
        var key = f.Pop();
        Ops.DelItem(f.Pop(), key);
    }

    public static void BINARY_SLICE(Frame f, int arg)
    {
        var stop = f.Pop();
        var start = f.Pop();
        f.SetTop(Ops.GetItem(f.Top(), new PySlice(start, stop, Py.None)));
    }

    public static void STORE_SLICE(Frame f, int arg)
    {
        var stop = f.Pop();
        var start = f.Pop();
        var container = f.Pop();
        var value = f.Pop();
        Ops.SetItem(container, new PySlice(start, stop, Py.None), value);
    }

    public static void BINARY_OP(Frame f, int arg)
    {
        if (Specializer.Due(f) && AdaptBinaryOp(f, arg)) return;
        BinaryOpGeneric(f, arg);
    }

    public static void UNARY_NEGATIVE(Frame f, int arg) => f.SetTop(Ops.Negative(f.Top()));
    public static void UNARY_POSITIVE(Frame f, int arg) => f.SetTop(Ops.Positive(f.Top()));
    public static void UNARY_INVERT(Frame f, int arg) => f.SetTop(Ops.Invert(f.Top()));
    public static void UNARY_NOT(Frame f, int arg) => f.SetTop(Py.Bool(!Ops.Truth(f.Top())));

    public static void COMPARE_OP(Frame f, int arg)
    {
        if (Specializer.Due(f) && AdaptCompareOp(f, arg)) return;
        CompareOpGeneric(f, arg);
    }

    public static void IS_OP(Frame f, int arg)
    {
        var b = f.Pop();
        f.SetTop(Py.Bool(ReferenceEquals(f.Top(), b) != (arg == 1)));
    }

    public static void CONTAINS_OP(Frame f, int arg)
    {
        var container = f.Pop();
        f.SetTop(Py.Bool(Ops.Contains(container, f.Top()) != (arg == 1)));
    }

    public static int POP_JUMP_IF_FALSE(Frame f, int arg, int next) => Ops.Truth(f.Pop()) ? next : arg;
    public static int POP_JUMP_IF_TRUE(Frame f, int arg, int next) => Ops.Truth(f.Pop()) ? arg : next;
    public static int POP_JUMP_IF_NONE(Frame f, int arg, int next) => f.Pop() is PyNone ? arg : next;
    public static int POP_JUMP_IF_NOT_NONE(Frame f, int arg, int next) => f.Pop() is PyNone ? next : arg;
    public static int JUMP_IF_FALSE_OR_POP(Frame f, int arg, int next)
    {
        if (!Ops.Truth(f.Top())) return arg;
        f.Pop();
        return next;
    }
    public static int JUMP_IF_TRUE_OR_POP(Frame f, int arg, int next)
    {
        if (Ops.Truth(f.Top())) return arg;
        f.Pop();
        return next;
    }

    /// <summary>arg 1: a `for` loop over a call's result (the call is the instruction before).</summary>
    public static void GET_ITER(Frame f, int arg)
    {
        var o = f.Top();
        if (arg == 1 && o is PyGenerator g) LoopFinalizer.Own(g, f);
        f.SetTop(Ops.Iter(o));
    }

    public static int FOR_ITER(Frame f, int arg, int next) =>
        Specializer.Due(f) ? AdaptForIter(f, arg, next) : ForIterGeneric(f, arg, next);

    public static void BUILD_TUPLE(Frame f, int arg) => f.Push(arg == 0 ? PyTuple.Empty : new PyTuple(f.PopN(arg)));
    public static void BUILD_LIST(Frame f, int arg) => f.Push(new PyList(new List<PyObject>(f.PopN(arg))));
    public static void BUILD_SET(Frame f, int arg)
    {
        var s = new PySet();
        foreach (var x in f.PopN(arg)) s.Add(x);
        f.Push(s);
    }

    public static void BUILD_MAP(Frame f, int arg)
    {
        var items = f.PopN(arg * 2);
        var d = new PyDict();
        for (int i = 0; i < items.Length; i += 2) d.Set(items[i], items[i + 1]);
        f.Push(d);
    }

    public static void BUILD_CONST_KEY_MAP(Frame f, int arg)
    {
        var keys = ((PyTuple)f.Pop()).Items;
        var values = f.PopN(arg);
        var d = new PyDict();
        for (int i = 0; i < arg; i++) d.Set(keys[i], values[i]);
        f.Push(d);
    }

    public static void BUILD_STRING(Frame f, int arg)
    {
        var sb = new StringBuilder();
        foreach (var x in f.PopN(arg)) sb.Append(((PyStr)x).Value);
        f.Push(new PyStr(sb.ToString()));
    }

    public static void BUILD_SLICE(Frame f, int arg)
    {
        var step = arg == 3 ? f.Pop() : Py.None;
        var stop = f.Pop();
        var start = f.Pop();
        f.Push(new PySlice(start, stop, step));
    }

    public static void LIST_APPEND(Frame f, int arg) { var v = f.Pop(); ((PyList)f.Peek(arg)).Items.Add(v); }
    public static void SET_ADD(Frame f, int arg) { var v = f.Pop(); ((PySet)f.Peek(arg)).Add(v); }
    public static void MAP_ADD(Frame f, int arg)
    {
        var v = f.Pop();
        var k = f.Pop();
        ((PyDict)f.Peek(arg)).Set(k, v);
    }

    public static void LIST_EXTEND(Frame f, int arg)
    {
        var v = f.Pop();
        var list = (PyList)f.Peek(arg);
        if (v.Type.Lookup("__iter__") is null && v.Type.Lookup("__getitem__") is null)
            throw Err.Type($"Value after * must be an iterable, not {v.Type.Name}");
        list.Items.AddRange(Ops.ToList(v));
    }

    public static void SET_UPDATE(Frame f, int arg)
    {
        var v = f.Pop();
        var set = (PySet)f.Peek(arg);
        set.AddAll(v);
    }

    public static void DICT_UPDATE(Frame f, int arg)
    {
        var v = f.Pop();
        var d = (PyDict)f.Peek(arg);
        if (v is not PyDict && v.Type.Lookup("keys") is null)
            throw Err.Type($"'{v.Type.Name}' object is not a mapping");
        DictMethods.Update(d, v);
    }

    /// <summary>f(**a, **b): like DICT_UPDATE, but a repeated key is an error.</summary>
    public static void DICT_MERGE(Frame f, int arg)
    {
        var v = f.Pop();
        var d = (PyDict)f.Peek(arg);
        var fn = f.Peek(arg + 2);
        if (v is not PyDict && v.Type.Lookup("keys") is null)
            throw Err.Type($"{Builtins.FuncName(fn)} argument after ** must be a mapping, not {v.Type.Name}");
        foreach (var (k, val) in DictMethods.MappingItems(v))
        {
            if (d.Contains(k)) throw Err.Type($"{Builtins.FuncName(fn)} got multiple values for keyword argument '{Ops.Str(k)}'");
            d.Set(k, val);
        }
    }

    public static void CALL_INTRINSIC_1(Frame f, int arg) => f.SetTop(Intrinsics.Call1(arg, f.Top()));

    public static void CALL_INTRINSIC_2(Frame f, int arg)
    {
        var v1 = f.Pop();
        f.SetTop(Intrinsics.Call2(arg, f.Top(), v1));
    }

    public static void LIST_TO_TUPLE(Frame f, int arg) => f.SetTop(new PyTuple(((PyList)f.Top()).Items.ToArray()));

    public static void UNPACK_SEQUENCE(Frame f, int arg)
    {
        var seq = f.Pop();
        PyObject[] items;
        if (seq is PyTuple t && t.Type == Types.Tuple) items = t.Items;
        else if (seq is PyList l && l.Type == Types.List) items = l.Items.ToArray();
        else
        {
            if (seq.Type.Lookup("__iter__") is null && seq.Type.Lookup("__getitem__") is null)
                throw Err.Type($"cannot unpack non-iterable {seq.Type.Name} object");
            var it = Ops.Iter(seq);
            var list = new List<PyObject>();
            while (list.Count <= arg && Ops.Next(it) is { } x) list.Add(x);
            if (list.Count > arg) throw Err.Value($"too many values to unpack (expected {arg})");
            items = list.ToArray();
        }
        if (items.Length < arg) throw Err.Value($"not enough values to unpack (expected {arg}, got {items.Length})");
        if (items.Length > arg) throw Err.Value($"too many values to unpack (expected {arg})");
        for (int i = items.Length - 1; i >= 0; i--) f.Push(items[i]);
    }

    public static void UNPACK_EX(Frame f, int arg)
    {
        int before = arg & 0xFF, after = arg >> 8;
        var seq = f.Pop();
        if (seq.Type.Lookup("__iter__") is null && seq.Type.Lookup("__getitem__") is null)
            throw Err.Type($"cannot unpack non-iterable {seq.Type.Name} object");
        var items = Ops.ToList(seq);
        if (items.Count < before + after)
            throw Err.Value($"not enough values to unpack (expected at least {before + after}, got {items.Count})");
        for (int i = items.Count - 1; i >= items.Count - after; i--) f.Push(items[i]);
        f.Push(new PyList(items.GetRange(before, items.Count - before - after)));
        for (int i = before - 1; i >= 0; i--) f.Push(items[i]);
    }

    public static void FORMAT_SIMPLE(Frame f, int arg)
    {
        var v = f.Top();
        if (v is PyStr && v.Type == Types.Str) return;
        f.SetTop(new PyStr(Ops.Format(v, "")));
    }

    public static void FORMAT_WITH_SPEC(Frame f, int arg)
    {
        var spec = (PyStr)f.Pop();
        f.SetTop(new PyStr(Ops.Format(f.Top(), spec.Value)));
    }

    public static void CONVERT_VALUE(Frame f, int arg)
    {
        var v = f.Top();
        f.SetTop(new PyStr(arg switch { 1 => Ops.Str(v), 2 => Ops.Repr(v), _ => StrMethods.Ascii(Ops.Repr(v)) }));
    }
}
