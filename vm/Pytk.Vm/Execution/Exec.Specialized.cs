using System.Runtime.CompilerServices;

namespace Pytk.Vm.Execution;

// The specialized forms of the adaptive instructions (Opcodes.def's `spec=` rows) and how each family chooses one
// (Specialize.cs has the counters, rewriting and de-specializing). Each specialized handler: guard, fast path, and on
// a failed guard Specializer.Miss then the family's general operation (the same code the adaptive handler runs).
public static partial class Exec
{
    // ---- LOAD_ATTR ----

    static void LoadAttrGeneric(Frame f, int arg) => f.SetTop(AttrCache.Load(f, f.Top(), arg));

    static bool AdaptLoadAttr(Frame f, int arg)
    {
        switch (Specializer.Adapt(f, Op.LOAD_ATTR, ChooseLoadAttr, arg))
        {
            case Op.LOAD_ATTR_INSTANCE_VALUE: LOAD_ATTR_INSTANCE_VALUE(f, arg); return true;
            case Op.LOAD_ATTR_METHOD: LOAD_ATTR_METHOD(f, arg); return true;
            case Op.LOAD_ATTR_SLOT: LOAD_ATTR_SLOT(f, arg); return true;
            case Op.LOAD_ATTR_MODULE: LOAD_ATTR_MODULE(f, arg); return true;
            default: return false;
        }
    }

    static Op ChooseLoadAttr(Frame f, int arg)
    {
        var op = ClassifyLoadAttr(f.Top(), f.Code.Names[arg], null, out var entry);
        if (entry is not null) Specializer.SetCache(f, entry);
        return op;
    }

    /// <summary>The LOAD_ATTR form that fits `o.name` now, with its cache entry (linked before <paramref name="next"/>).</summary>
    static Op ClassifyLoadAttr(PyObject o, string name, AttrSpecCache? next, out AttrSpecCache? entry)
    {
        entry = null;
        var tp = o.Type;
        int version = tp.Tag;
        if (o is PyModule && tp == Types.Module)
        {
            // ModuleType's own attributes (__dict__, __class__, ...) come first in the generic lookup.
            if (tp.Lookup(name) is not null || o.Dict is null || !o.Dict.ContainsKey(name)) return Op.LOAD_ATTR;
            entry = new AttrSpecCache(tp, version, null, NamespaceProbe.IndexOf(o.Dict, name));
            return Op.LOAD_ATTR_MODULE;
        }
        // Only instances of Python classes with the default __getattribute__ (what AttrCache calls Plain or Data).
        if (tp.IsBuiltin || o is PyType || tp.IsSubtypeOf(Types.Type) || tp.IsSubtypeOf(Types.Super) || tp.IsSubtypeOf(Types.Module))
            return Op.LOAD_ATTR;
        if (tp.Lookup("__getattribute__") is { } ga && ga != Ops.ObjectGetAttribute) return Op.LOAD_ATTR;
        if (tp.Lookup("__getattr__") is not null) return Op.LOAD_ATTR;
        var descr = tp.Lookup(name);
        if (descr is PySlotDescriptor sd && o is PyInstance { Slots: not null })
        {
            entry = new AttrSpecCache(tp, version, sd, sd.Index, next);
            return Op.LOAD_ATTR_SLOT;
        }
        if (descr is not null && Ops.IsDataDescriptor(descr)) return Op.LOAD_ATTR;
        bool inDict = o.Dict is { } d && d.ContainsKey(name);
        if (inDict)
        {
            // Index: where the name's entry is in this instance's dict, a hint for the next instances (made by the
            // same __init__, their dicts have their keys in the same order).
            entry = new AttrSpecCache(tp, version, descr, NamespaceProbe.IndexOf(o.Dict!, name), next);
            return Op.LOAD_ATTR_INSTANCE_VALUE;
        }
        if (descr is PyFunction)
        {
            entry = new AttrSpecCache(tp, version, descr, 0, next);
            return Op.LOAD_ATTR_METHOD;
        }
        return Op.LOAD_ATTR;
    }

    /// <summary>A guard of a LOAD_ATTR form failed on an object of a type its entries do not hold (or hold for an
    /// older class version): when the same form fits that type, an entry for it is linked in front of the entries
    /// still valid (at most <see cref="AttrSpecCache.Limit"/>), so a polymorphic site (a base-class method reading
    /// `self.x` of several subclasses) stays specialized instead of missing until it de-specializes. The failed
    /// guard still counts as a miss (so a class changed over and over still de-specializes the site).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static AttrSpecCache? ExtendLoadAttr(Frame f, int arg, Op self)
    {
        Specializer.Miss(f, self);
        if (f.Code.Code[f.Pc].Op != self) return null;  // de-specialized just now, or a stale threaded method
        var o = f.Top();
        var old = Specializer.CacheAt<AttrSpecCache>(f);
        AttrSpecCache? kept = null;
        int n = 0;
        for (var e = old; e is not null; e = e.Next)
            if (e.Type != o.Type && e.Type.Tag == e.Version && n < AttrSpecCache.Limit - 1) { kept = e.With(kept); n++; }
        if (ClassifyLoadAttr(o, f.Code.Names[arg], kept, out var entry) != self || entry is null) return null;
        Specializer.SetCache(f, entry);
        return entry;
    }

    /// <summary>d[name]: first at the entry index the cache found it at (NamespaceProbe: no hashing), else looked up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static PyObject? InstanceValue(Dictionary<string, PyObject> d, int hint, string name) =>
        NamespaceProbe.At(d, hint, name) ?? (d.TryGetValue(name, out var v) ? v : null);

    public static void LOAD_ATTR_INSTANCE_VALUE(Frame f, int arg)
    {
        var o = f.Top();
        var c = Specializer.CacheAt<AttrSpecCache>(f)?.Find(o.Type);
        if (c is not null && o.Dict is { } d && InstanceValue(d, c.Index, f.Code.Names[arg]) is { } v)
        {
            Specializer.Hit(Op.LOAD_ATTR_INSTANCE_VALUE);
            f.SetTop(v);
            return;
        }
        if (c is null && ExtendLoadAttr(f, arg, Op.LOAD_ATTR_INSTANCE_VALUE) is not null && o.Dict is { } d2 && d2.TryGetValue(f.Code.Names[arg], out v))
        {
            f.SetTop(v);
            return;
        }
        if (c is not null) Specializer.Miss(f, Op.LOAD_ATTR_INSTANCE_VALUE);
        LoadAttrGeneric(f, arg);
    }

    public static void LOAD_ATTR_METHOD(Frame f, int arg)
    {
        var o = f.Top();
        var c = Specializer.CacheAt<AttrSpecCache>(f)?.Find(o.Type);
        if (c is not null && (o.Dict is not { } d || !d.ContainsKey(f.Code.Names[arg])))
        {
            Specializer.Hit(Op.LOAD_ATTR_METHOD);
            f.SetTop(new PyMethod(o, c.Descr!));
            return;
        }
        if (c is null && ExtendLoadAttr(f, arg, Op.LOAD_ATTR_METHOD) is { } e)
        {
            f.SetTop(new PyMethod(o, e.Descr!));  // ClassifyLoadAttr just found the name not in the instance dict
            return;
        }
        if (c is not null) Specializer.Miss(f, Op.LOAD_ATTR_METHOD);
        LoadAttrGeneric(f, arg);
    }

    public static void LOAD_ATTR_SLOT(Frame f, int arg)
    {
        var o = f.Top();
        var c = Specializer.CacheAt<AttrSpecCache>(f)?.Find(o.Type);
        if (c is not null && o is PyInstance { Slots: { } slots } && slots[c.Index] is { } v)
        {
            Specializer.Hit(Op.LOAD_ATTR_SLOT);
            f.SetTop(v);
            return;
        }
        if (c is null && ExtendLoadAttr(f, arg, Op.LOAD_ATTR_SLOT) is { } e && o is PyInstance { Slots: { } s2 } && s2[e.Index] is { } v2)
        {
            f.SetTop(v2);
            return;
        }
        if (c is not null) Specializer.Miss(f, Op.LOAD_ATTR_SLOT);
        LoadAttrGeneric(f, arg);
    }

    public static void LOAD_ATTR_MODULE(Frame f, int arg)
    {
        var o = f.Top();
        if (o is PyModule && o.Type == Types.Module && Specializer.CacheAt<AttrSpecCache>(f) is { } c && Types.Module.Tag == c.Version
            && o.Dict is { } d && InstanceValue(d, c.Index, f.Code.Names[arg]) is { } v)
        {
            Specializer.Hit(Op.LOAD_ATTR_MODULE);
            f.SetTop(v);
            return;
        }
        Specializer.Miss(f, Op.LOAD_ATTR_MODULE);
        LoadAttrGeneric(f, arg);
    }

    // ---- LOAD_GLOBAL ----

    static bool AdaptLoadGlobal(Frame f, int arg)
    {
        switch (Specializer.Adapt(f, Op.LOAD_GLOBAL, ChooseLoadGlobal, arg))
        {
            case Op.LOAD_GLOBAL_MODULE: LOAD_GLOBAL_MODULE(f, arg); return true;
            case Op.LOAD_GLOBAL_BUILTIN: LOAD_GLOBAL_BUILTIN(f, arg); return true;
            default: return false;
        }
    }

    /// <summary>The builtins LOAD_GLOBAL falls back to in this frame (<see cref="Runtime.Builtins"/>, without the
    /// thread-static read when the frame knows its thread).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Dictionary<string, PyObject> BuiltinsOf(Frame f) => f.Thread is { } t ? t.Runtime.Builtins : Runtime.Builtins;

    static Op ChooseLoadGlobal(Frame f, int arg)
    {
        if (!NamespaceProbe.Available) return Op.LOAD_GLOBAL;
        var name = f.Code.Names[arg];
        int i = NamespaceProbe.IndexOf(f.Globals, name);
        if (i >= 0)
        {
            Specializer.SetCache(f, new GlobalSpecCache(i, null, 0, null));
            return Op.LOAD_GLOBAL_MODULE;
        }
        var builtins = BuiltinsOf(f);
        i = NamespaceProbe.IndexOf(builtins, name);
        if (i < 0) return Op.LOAD_GLOBAL;  // a NameError to come
        Specializer.SetCache(f, new GlobalSpecCache(i, f.Globals, NamespaceProbe.Version(f.Globals), builtins));
        return Op.LOAD_GLOBAL_BUILTIN;
    }

    public static void LOAD_GLOBAL_MODULE(Frame f, int arg)
    {
        if (Specializer.CacheAt<GlobalSpecCache>(f) is { } c && NamespaceProbe.At(f.Globals, c.Index, f.Code.Names[arg]) is { } v)
        {
            Specializer.Hit(Op.LOAD_GLOBAL_MODULE);
            f.Push(v);
            return;
        }
        Specializer.Miss(f, Op.LOAD_GLOBAL_MODULE);
        LoadGlobalGeneric(f, arg);
    }

    public static void LOAD_GLOBAL_BUILTIN(Frame f, int arg)
    {
        // The name was absent from these globals when the cache was filled; no key was inserted since, so it still is.
        if (Specializer.CacheAt<GlobalSpecCache>(f) is { } c && c.Globals == f.Globals && NamespaceProbe.Version(f.Globals) == c.GlobalsVersion
            && c.Builtins == BuiltinsOf(f) && NamespaceProbe.At(c.Builtins, c.Index, f.Code.Names[arg]) is { } v)
        {
            Specializer.Hit(Op.LOAD_GLOBAL_BUILTIN);
            f.Push(v);
            return;
        }
        Specializer.Miss(f, Op.LOAD_GLOBAL_BUILTIN);
        LoadGlobalGeneric(f, arg);
    }

    // ---- BINARY_OP ----

    static void BinaryOpGeneric(Frame f, int arg)
    {
        var b = f.Pop();
        var a = f.Top();
        f.SetTop(arg < 13 ? Ops.Binary((NbOp)arg, a, b) : Ops.InPlace((NbOp)(arg - 13), a, b));
    }

    static bool AdaptBinaryOp(Frame f, int arg)
    {
        switch (Specializer.Adapt(f, Op.BINARY_OP, ChooseBinaryOp, arg))
        {
            case Op.BINARY_OP_INT: BINARY_OP_INT(f, arg); return true;
            case Op.BINARY_OP_FLOAT: BINARY_OP_FLOAT(f, arg); return true;
            case Op.BINARY_OP_ADD_STR: BINARY_OP_ADD_STR(f, arg); return true;
            default: return false;
        }
    }

    static Op ChooseBinaryOp(Frame f, int arg)
    {
        var b = f.Top();
        var a = f.Peek(2);
        var op = (NbOp)(arg >= 13 ? arg - 13 : arg);
        // In-place forms on int, float and str are the binary ones (Ops.InPlace).
        if (a.Type == Types.Int && b.Type == Types.Int && op is not (NbOp.Pow or NbOp.MatMul or NbOp.TrueDiv))
            return Op.BINARY_OP_INT;
        if (a.Type == Types.Float && b.Type == Types.Float && op is NbOp.Add or NbOp.Sub or NbOp.Mul or NbOp.TrueDiv)
            return Op.BINARY_OP_FLOAT;
        if (a.Type == Types.Str && b.Type == Types.Str && op == NbOp.Add) return Op.BINARY_OP_ADD_STR;
        return Op.BINARY_OP;
    }

    // The Fast helpers are each form's guard and fast path without the frame: the handler uses them, and the threaded
    // loop's IL templates (ILTemplates) call them on stack slots it addresses with constants, calling the handler only
    // when they return null. They never raise (a template cannot), so what may raise (a ZeroDivisionError, an int
    // overflowing to a big int) is left to the handler.

    /// <summary>BINARY_OP_INT's fast path: + - &amp; | ^ on two small exact ints without overflow, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? BinaryOpIntFast(PyObject a, PyObject b, int arg)
    {
        if (a.Type != Types.Int || b.Type != Types.Int) return null;
        var (x, y) = (((PyInt)a), ((PyInt)b));
        if (!x.IsSmall || !y.IsSmall) return null;
        long p = x.V, q = y.V, s;
        PyObject? r = null;
        switch ((NbOp)(arg >= 13 ? arg - 13 : arg))
        {
            case NbOp.Add: s = p + q; if (((p ^ s) & (q ^ s)) >= 0) r = PyInt.From(s); break;
            case NbOp.Sub: s = p - q; if (((p ^ q) & (p ^ s)) >= 0) r = PyInt.From(s); break;
            case NbOp.And: r = PyInt.From(p & q); break;
            case NbOp.Or: r = PyInt.From(p | q); break;
            case NbOp.Xor: r = PyInt.From(p ^ q); break;
        }
        if (r is not null) Specializer.Hit(Op.BINARY_OP_INT);
        return r;
    }

    public static void BINARY_OP_INT(Frame f, int arg)
    {
        var b = f.Top();
        var a = f.Peek(2);
        if (BinaryOpIntFast(a, b, arg) is { } r)
        {
            f.Pop();
            f.SetTop(r);
            return;
        }
        if (a.Type == Types.Int && b.Type == Types.Int)
        {
            Specializer.Hit(Op.BINARY_OP_INT);
            f.Pop();
            f.SetTop(Num.IntOp((NbOp)(arg >= 13 ? arg - 13 : arg), (PyInt)a, (PyInt)b)!);
            return;
        }
        Specializer.Miss(f, Op.BINARY_OP_INT);
        BinaryOpGeneric(f, arg);
    }

    /// <summary>BINARY_OP_FLOAT's fast path: + - * and / by a non-zero on two exact floats, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? BinaryOpFloatFast(PyObject a, PyObject b, int arg)
    {
        if (a.Type != Types.Float || b.Type != Types.Float) return null;
        double x = ((PyFloat)a).V, y = ((PyFloat)b).V;
        PyObject? r;
        switch ((NbOp)(arg >= 13 ? arg - 13 : arg))
        {
            case NbOp.Add: r = new PyFloat(x + y); break;
            case NbOp.Sub: r = new PyFloat(x - y); break;
            case NbOp.Mul: r = new PyFloat(x * y); break;
            case NbOp.TrueDiv when y != 0: r = new PyFloat(x / y); break;
            default: return null;
        }
        Specializer.Hit(Op.BINARY_OP_FLOAT);
        return r;
    }

    public static void BINARY_OP_FLOAT(Frame f, int arg)
    {
        var b = f.Top();
        var a = f.Peek(2);
        if (BinaryOpFloatFast(a, b, arg) is { } r)
        {
            f.Pop();
            f.SetTop(r);
            return;
        }
        if (a.Type == Types.Float && b.Type == Types.Float)
        {
            Specializer.Hit(Op.BINARY_OP_FLOAT);
            double x = ((PyFloat)a).V, y = ((PyFloat)b).V;
            f.Pop();
            f.SetTop(Num.FloatOp((NbOp)(arg >= 13 ? arg - 13 : arg), x, y));
            return;
        }
        Specializer.Miss(f, Op.BINARY_OP_FLOAT);
        BinaryOpGeneric(f, arg);
    }

    public static void BINARY_OP_ADD_STR(Frame f, int arg)
    {
        var b = f.Top();
        var a = f.Peek(2);
        if (a.Type == Types.Str && b.Type == Types.Str)
        {
            Specializer.Hit(Op.BINARY_OP_ADD_STR);
            f.Pop();
            f.SetTop(new PyStr(string.Concat(((PyStr)a).Value, ((PyStr)b).Value)));
            return;
        }
        Specializer.Miss(f, Op.BINARY_OP_ADD_STR);
        BinaryOpGeneric(f, arg);
    }

    // ---- BINARY_SUBSCR ----

    static void BinarySubscrGeneric(Frame f)
    {
        var key = f.Pop();
        f.SetTop(Ops.GetItem(f.Top(), key));
    }

    static bool AdaptBinarySubscr(Frame f, int arg)
    {
        if (Specializer.Adapt(f, Op.BINARY_SUBSCR, ChooseBinarySubscr, arg) != Op.BINARY_SUBSCR_LIST_INT) return false;
        BINARY_SUBSCR_LIST_INT(f, arg);
        return true;
    }

    static Op ChooseBinarySubscr(Frame f, int arg) =>
        f.Peek(2).Type == Types.List && f.Top().Type == Types.Int ? Op.BINARY_SUBSCR_LIST_INT : Op.BINARY_SUBSCR;

    /// <summary>BINARY_SUBSCR_LIST_INT's fast path: the item of an exact list at a small exact int in range, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? BinarySubscrListIntFast(PyObject o, PyObject key)
    {
        if (o.Type != Types.List || key.Type != Types.Int || ((PyInt)key) is not { IsSmall: true } k) return null;
        var l = ((PyList)o).Items;
        long i = k.V < 0 ? k.V + l.Count : k.V;
        if ((ulong)i >= (ulong)l.Count) return null;
        Specializer.Hit(Op.BINARY_SUBSCR_LIST_INT);
        return l[(int)i];
    }

    public static void BINARY_SUBSCR_LIST_INT(Frame f, int arg)
    {
        if (BinarySubscrListIntFast(f.Peek(2), f.Top()) is { } v)
        {
            f.Pop();
            f.SetTop(v);
            return;
        }
        Specializer.Miss(f, Op.BINARY_SUBSCR_LIST_INT);
        BinarySubscrGeneric(f);
    }

    // ---- COMPARE_OP ----

    static void CompareOpGeneric(Frame f, int arg)
    {
        var b = f.Pop();
        f.SetTop(Ops.Compare(f.Top(), b, (CmpOp)arg));
    }

    static bool AdaptCompareOp(Frame f, int arg)
    {
        switch (Specializer.Adapt(f, Op.COMPARE_OP, ChooseCompareOp, arg))
        {
            case Op.COMPARE_OP_INT: COMPARE_OP_INT(f, arg); return true;
            case Op.COMPARE_OP_FLOAT: COMPARE_OP_FLOAT(f, arg); return true;
            case Op.COMPARE_OP_STR: COMPARE_OP_STR(f, arg); return true;
            default: return false;
        }
    }

    static Op ChooseCompareOp(Frame f, int arg)
    {
        var tb = f.Top().Type;
        var ta = f.Peek(2).Type;
        if (ta != tb) return Op.COMPARE_OP;
        return ta == Types.Int ? Op.COMPARE_OP_INT : ta == Types.Float ? Op.COMPARE_OP_FLOAT
            : ta == Types.Str ? Op.COMPARE_OP_STR : Op.COMPARE_OP;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool Order<T>(T x, T y, CmpOp op) where T : IComparable<T> => CmpOpInfo.FromOrder(x.CompareTo(y), op);

    /// <summary>COMPARE_OP_INT's fast path: two small exact ints, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? CompareOpIntFast(PyObject a, PyObject b, int arg)
    {
        if (a.Type != Types.Int || b.Type != Types.Int) return null;
        var (x, y) = (((PyInt)a), ((PyInt)b));
        if (!x.IsSmall || !y.IsSmall) return null;
        Specializer.Hit(Op.COMPARE_OP_INT);
        long p = x.V, q = y.V;
        bool r = (CmpOp)arg switch
        {
            CmpOp.Lt => p < q, CmpOp.Le => p <= q, CmpOp.Eq => p == q, CmpOp.Ne => p != q, CmpOp.Gt => p > q, _ => p >= q,
        };
        return r ? Py.True : Py.False;
    }

    /// <summary>COMPARE_OP_INT's fast path as a branch condition (the threaded loop fuses it with the conditional
    /// jump after it): 1 true, 0 false, -1 not two small exact ints.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CompareOpIntTest(PyObject a, PyObject b, int arg)
    {
        if (a.Type != Types.Int || b.Type != Types.Int) return -1;
        var (x, y) = (((PyInt)a), ((PyInt)b));
        if (!x.IsSmall || !y.IsSmall) return -1;
        Specializer.Hit(Op.COMPARE_OP_INT);
        long p = x.V, q = y.V;
        bool r = (CmpOp)arg switch
        {
            CmpOp.Lt => p < q, CmpOp.Le => p <= q, CmpOp.Eq => p == q, CmpOp.Ne => p != q, CmpOp.Gt => p > q, _ => p >= q,
        };
        return r ? 1 : 0;
    }

    public static void COMPARE_OP_INT(Frame f, int arg)
    {
        var b = f.Top();
        var a = f.Peek(2);
        if (CompareOpIntFast(a, b, arg) is { } r)
        {
            f.Pop();
            f.SetTop(r);
            return;
        }
        if (a.Type == Types.Int && b.Type == Types.Int)
        {
            Specializer.Hit(Op.COMPARE_OP_INT);
            bool big = Order(((PyInt)a).AsBig, ((PyInt)b).AsBig, (CmpOp)arg);
            f.Pop();
            f.SetTop(big ? Py.True : Py.False);
            return;
        }
        Specializer.Miss(f, Op.COMPARE_OP_INT);
        CompareOpGeneric(f, arg);
    }

    /// <summary>COMPARE_OP_FLOAT's fast path: two exact floats, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? CompareOpFloatFast(PyObject a, PyObject b, int arg)
    {
        if (a.Type != Types.Float || b.Type != Types.Float) return null;
        Specializer.Hit(Op.COMPARE_OP_FLOAT);
        return Ops.CompareDoubles(((PyFloat)a).V, ((PyFloat)b).V, (CmpOp)arg) ? Py.True : Py.False;
    }

    /// <summary>COMPARE_OP_FLOAT's fast path as a branch condition: 1 true, 0 false, -1 not two exact floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CompareOpFloatTest(PyObject a, PyObject b, int arg)
    {
        if (a.Type != Types.Float || b.Type != Types.Float) return -1;
        Specializer.Hit(Op.COMPARE_OP_FLOAT);
        return Ops.CompareDoubles(((PyFloat)a).V, ((PyFloat)b).V, (CmpOp)arg) ? 1 : 0;
    }

    public static void COMPARE_OP_FLOAT(Frame f, int arg)
    {
        if (CompareOpFloatFast(f.Peek(2), f.Top(), arg) is { } r)
        {
            f.Pop();
            f.SetTop(r);
            return;
        }
        Specializer.Miss(f, Op.COMPARE_OP_FLOAT);
        CompareOpGeneric(f, arg);
    }

    public static void COMPARE_OP_STR(Frame f, int arg)
    {
        var b = f.Top();
        var a = f.Peek(2);
        if (a.Type == Types.Str && b.Type == Types.Str)
        {
            Specializer.Hit(Op.COMPARE_OP_STR);
            string x = ((PyStr)a).Value, y = ((PyStr)b).Value;
            bool r = (CmpOp)arg switch
            {
                CmpOp.Eq => x == y,
                CmpOp.Ne => x != y,
                var op => CmpOpInfo.FromOrder(StrMethods.CompareCodePoints(x, y), op),
            };
            f.Pop();
            f.SetTop(r ? Py.True : Py.False);
            return;
        }
        Specializer.Miss(f, Op.COMPARE_OP_STR);
        CompareOpGeneric(f, arg);
    }

    // ---- FOR_ITER ----

    static int ForIterGeneric(Frame f, int arg, int next)
    {
        var v = Ops.Next(f.Top());
        if (v is null) { f.Pop(); return arg; }
        f.Push(v);
        return next;
    }

    static int AdaptForIter(Frame f, int arg, int next) => Specializer.Adapt(f, Op.FOR_ITER, ChooseForIter, arg) switch
    {
        Op.FOR_ITER_RANGE => FOR_ITER_RANGE(f, arg, next),
        Op.FOR_ITER_LIST => FOR_ITER_LIST(f, arg, next),
        _ => ForIterGeneric(f, arg, next),
    };

    static Op ChooseForIter(Frame f, int arg) => f.Top() switch
    {
        RangeIterator => Op.FOR_ITER_RANGE,
        ListIterator => Op.FOR_ITER_LIST,
        _ => Op.FOR_ITER,
    };

    /// <summary>FOR_ITER_RANGE's guard and step: false when the iterator is no range iterator; else true with the next
    /// value, or null when it is exhausted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ForIterRangeFast(PyObject it, out PyObject? v)
    {
        if (it is RangeIterator r)
        {
            Specializer.Hit(Op.FOR_ITER_RANGE);
            v = r.Next();
            return true;
        }
        v = null;
        return false;
    }

    public static int FOR_ITER_RANGE(Frame f, int arg, int next)
    {
        if (ForIterRangeFast(f.Top(), out var v))
        {
            if (v is null) { f.Pop(); return arg; }
            f.Push(v);
            return next;
        }
        Specializer.Miss(f, Op.FOR_ITER_RANGE);
        return ForIterGeneric(f, arg, next);
    }

    /// <summary>FOR_ITER_LIST's guard and step (as <see cref="ForIterRangeFast"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ForIterListFast(PyObject it, out PyObject? v)
    {
        if (it is ListIterator l)
        {
            Specializer.Hit(Op.FOR_ITER_LIST);
            v = l.Next();
            return true;
        }
        v = null;
        return false;
    }

    public static int FOR_ITER_LIST(Frame f, int arg, int next)
    {
        if (ForIterListFast(f.Top(), out var v))
        {
            if (v is null) { f.Pop(); return arg; }
            f.Push(v);
            return next;
        }
        Specializer.Miss(f, Op.FOR_ITER_LIST);
        return ForIterGeneric(f, arg, next);
    }

    // ---- CALL ----

    /// <summary>CALL's core (the adaptive form): Interpreter.CallFromStack after the warm-up count.</summary>
    public static PyObject? CallAdaptive(Frame f, int arg)
    {
        if (Specializer.Due(f) && Specializer.Adapt(f, Op.CALL, ChooseCall, arg) == Op.CALL_PY_EXACT_ARGS)
            return CallPyExactArgs(f, arg);
        return Interpreter.CallFromStack(f, arg);
    }

    static Op ChooseCall(Frame f, int arg)
    {
        var callee = f.Peek(arg + 1);
        bool bound = callee is PyMethod;
        if ((callee is PyMethod { Func: PyFunction mf } ? mf : callee as PyFunction) is not { } fn) return Op.CALL;
        var code = fn.Code;
        if ((code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) != 0 || code.KwOnlyArgCount != 0
            || code.ArgCount != arg + (bound ? 1 : 0))
            return Op.CALL;
        Specializer.SetCache(f, new CallSpecCache(code, bound));
        return Op.CALL_PY_EXACT_ARGS;
    }

    public static void CALL_PY_EXACT_ARGS(Frame f, int arg) => f.Push(CallPyExactArgs(f, arg) ?? throw Interpreter.TakeEscaped());

    /// <summary>CALL_PY_EXACT_ARGS' core: a Python function (or a method bound to one) whose code is the cached one,
    /// which takes exactly the arguments on the stack (no defaults to fill, no *args or keywords to bind).</summary>
    public static PyObject? CallPyExactArgs(Frame f, int arg)
    {
        var callee = f.Peek(arg + 1);
        if (Specializer.CacheAt<CallSpecCache>(f) is { } c)
        {
            if (!c.Bound)
            {
                if (callee is PyFunction fn && (fn.Code == c.Code || SameCallShape(f, fn.Code, arg, false)))
                {
                    Specializer.Hit(Op.CALL_PY_EXACT_ARGS);
                    return Interpreter.CallExact(fn, null, f, arg);
                }
            }
            else if (callee is PyMethod { Func: PyFunction mf } m && (mf.Code == c.Code || SameCallShape(f, mf.Code, arg, true)))
            {
                Specializer.Hit(Op.CALL_PY_EXACT_ARGS);
                return Interpreter.CallExact(mf, m.Self, f, arg);
            }
        }
        Specializer.Miss(f, Op.CALL_PY_EXACT_ARGS);
        return Interpreter.CallFromStack(f, arg);
    }

    /// <summary>CALL_PY_EXACT_ARGS met another function than the one it cached (a polymorphic `self.fn(...)`, or a
    /// function made anew by each `def` run): what the fast path needs is only that the code takes exactly these
    /// positional arguments, so a code of that shape passes the guard and becomes the cached one. richards.py: 105,000
    /// misses and 6,600 de-specializations with the code-identity guard alone.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static bool SameCallShape(Frame f, PyCode code, int arg, bool bound)
    {
        if ((code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) != 0 || code.KwOnlyArgCount != 0
            || code.ArgCount != arg + (bound ? 1 : 0))
            return false;
        if (f.Code.Code[f.Pc].Op == Op.CALL_PY_EXACT_ARGS) Specializer.SetCache(f, new CallSpecCache(code, bound));
        return true;
    }
}

public static partial class Interpreter
{
    /// <summary>Calls fn with [self,] the top argc stack values, which are exactly its positional parameters.</summary>
    internal static PyObject? CallExact(PyFunction fn, PyObject? self, Frame caller, int argc) =>
        RunFrameOrNull(BindFromStack(fn, self, caller, argc), caller);
}
