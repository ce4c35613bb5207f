using System.Numerics;
using System.Runtime.CompilerServices;

namespace Pytk.Vm.Execution;

/// <summary>The abstract object protocol: what the VM and the built-ins call. Fast paths first, dunders after.</summary>
public static partial class Ops
{
    public static bool Truth(PyObject o)
    {
        switch (o)
        {
            case PyBool b: return b.Value;
            case PyNone: return false;
            case PyInt i when i.Type == Types.Int: return i.Sign != 0;
            case PyStr s when s.Type == Types.Str: return s.Value.Length != 0;
            case PyList l when l.Type == Types.List: return l.Items.Count != 0;
            case PyTuple t when t.Type == Types.Tuple: return t.Items.Length != 0;
            case PyDict d when d.Type == Types.Dict: return d.Count != 0;
            case PyFloat f when f.Type == Types.Float: return f.V != 0;
        }
        var b2 = o.Type.Lookup("__bool__");
        if (b2 is not null)
        {
            var r = CallSpecial(b2, o);
            if (r is PyBool rb) return rb.Value;
            throw Err.Type($"__bool__ should return bool, returned {r.Type.Name}");
        }
        var len = o.Type.Lookup("__len__");
        if (len is not null) return LenOf(CallSpecial(len, o)) != 0;
        return true;
    }

    static long LenOf(PyObject r)
    {
        if (r is not PyInt i) throw Err.Type($"'{r.Type.Name}' object cannot be interpreted as an integer");
        if (i.Sign < 0) throw Err.Value("__len__() should return >= 0");
        if (!i.IsSmall) throw Err.Overflow("cannot fit 'int' into an index-sized integer");
        return i.V;
    }

    public static int Len(PyObject o)
    {
        switch (o)
        {
            case PyList l: return l.Items.Count;
            case PyTuple t: return t.Items.Length;
            case PyStr s when s.Type == Types.Str: return s.Length;
            case PyDict d when d.Type == Types.Dict: return d.Count;
            case PySet st when st.Type == Types.Set || st.Type == Types.FrozenSet: return st.Count;
        }
        long n = LenLong(o);
        if (n > int.MaxValue) throw Err.Overflow("cannot fit 'int' into an index-sized integer");
        return (int)n;
    }

    /// <summary>len(o) as CPython's Py_ssize_t: up to sys.maxsize (a range can be that long; .NET collections
    /// cannot, so <see cref="Len"/> is enough for them).</summary>
    public static long LenLong(PyObject o)
    {
        switch (o)
        {
            case PyList l: return l.Items.Count;
            case PyTuple t: return t.Items.Length;
            case PyStr s when s.Type == Types.Str: return s.Length;
        }
        var f = o.Type.Lookup("__len__") ?? throw Err.Type($"object of type '{o.Type.Name}' has no len()");
        return LenOf(CallSpecial(f, o));
    }

    // ---- hashing (CPython's algorithms for numbers and tuples, so set order matches) ----

    const long HashModulus = (1L << 61) - 1;

    public static long Hash(PyObject o)
    {
        switch (o)
        {
            case PyStr s: if (s.Type == Types.Str) return s.Hash(); break;
            case PyInt i: if (i.Type == Types.Int || i.Type == Types.Bool) return HashInt(i); break;
            case PyFloat f: if (f.Type == Types.Float) return HashDouble(f.V, f); break;
            case PyTuple t: if (t.Type == Types.Tuple) return HashTuple(t.Items); break;
            case PyNone: return 0xFCA86420L;
            case PyType or PyFunction or PyBuiltin: return IdHash(o);
        }
        var h = o.Type.Lookup("__hash__");
        if (h is null or PyNone) throw Err.Type($"unhashable type: '{o.Type.Name}'");
        var r = CallSpecial(h, o);
        if (r is not PyInt ri) throw Err.Type("__hash__ method should return an integer");
        if (ri.IsSmall) return ri.V == -1 ? -2 : ri.V;
        return HashInt(ri);
    }

    public static long IdHash(PyObject o)
    {
        long h = RuntimeHelpers.GetHashCode(o);
        return h == -1 ? -2 : h;
    }

    public static long HashInt(PyInt i)
    {
        long r;
        if (i.IsSmall)
        {
            long v = i.V;
            if (v == long.MinValue) r = -(long)((BigInteger)v * -1 % HashModulus);
            else r = v >= 0 ? v % HashModulus : -((-v) % HashModulus);
        }
        else
        {
            var b = i.Big!.Value;
            r = b.Sign >= 0 ? (long)(b % HashModulus) : -(long)((-b) % HashModulus);
        }
        return r == -1 ? -2 : r;
    }

    public static long HashDouble(double v, PyObject o)
    {
        if (double.IsNaN(v)) return IdHash(o);
        if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
        const int bits = 61;
        double m = Frexp(v, out int e);
        int sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & HashModulus) | x >> (bits - 28);
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= HashModulus) x -= HashModulus;
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
        x = ((x << e) & HashModulus) | x >> (bits - e);
        long r = (long)x * sign;
        return r == -1 ? -2 : r;
    }

    public static double Frexp(double d, out int e)
    {
        if (d == 0 || double.IsNaN(d) || double.IsInfinity(d)) { e = 0; return d; }
        e = Math.ILogB(d) + 1;
        return Math.ScaleB(d, -e);
    }

    public static long HashTuple(PyObject[] items)
    {
        const ulong p1 = 11400714785074694791UL, p2 = 14029467366897019727UL, p5 = 2870177450012600261UL;
        ulong acc = p5;
        foreach (var it in items)
        {
            ulong lane = (ulong)Hash(it);
            acc += lane * p2;
            acc = (acc << 31) | (acc >> 33);
            acc *= p1;
        }
        acc += (ulong)items.Length ^ (p5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    // ---- repr / str ----

    /// <summary>Runs a container repr, returning `placeholder` when the object is already being printed.</summary>
    public static string Guarded(PyObject o, string placeholder, Func<string> body)
    {
        var reprGuard = ThreadState.Current.ReprGuard ??= new(ReferenceEqualityComparer.Instance);
        if (!reprGuard.Add(o)) return placeholder;
        try { return body(); } finally { reprGuard.Remove(o); }
    }

    public static string Repr(PyObject o)
    {
        switch (o)
        {
            case PyStr s when s.Type == Types.Str: return PyRepr.Str(s.Value);
            case PyBool b: return b.Value ? "True" : "False";
            case PyInt i when i.Type == Types.Int: return i.ToDecimal();
            case PyFloat f when f.Type == Types.Float: return PyRepr.Float(f.V);
            case PyNone: return "None";
        }
        NativeRecursion.Enter(" while getting the repr of an object");
        PyObject r;
        try { r = Call(o.Type.Lookup("__repr__")!, o); }
        finally { NativeRecursion.Leave(); }
        return r is PyStr rs ? rs.Value : throw Err.Type($"__repr__ returned non-string (type {r.Type.Name})");
    }

    public static string Str(PyObject o)
    {
        switch (o)
        {
            case PyStr s: if (s.Type == Types.Str) return s.Value; break;
            case PyInt i when i.Type == Types.Int: return i.ToDecimal();
            case PyFloat f when f.Type == Types.Float: return PyRepr.Float(f.V);
        }
        NativeRecursion.Enter(" while getting the str of an object");
        PyObject r;
        try { r = Call(o.Type.Lookup("__str__")!, o); }
        finally { NativeRecursion.Leave(); }
        return r is PyStr rs ? rs.Value : throw Err.Type($"__str__ returned non-string (type {r.Type.Name})");
    }

    public static string Format(PyObject o, string spec)
    {
        var f = o.Type.Lookup("__format__")!;
        var r = Call(f, o, new PyStr(spec));
        return r is PyStr rs ? rs.Value : throw Err.Type($"__format__ must return a str, not {r.Type.Name}");
    }

    public static string DefaultRepr(PyObject o)
    {
        var t = o.Type;
        string mod = t.Dict!.TryGetValue("__module__", out var m) && m is PyStr ms && ms.Value != "builtins" ? ms.Value + "." : "";
        return $"<{mod}{t.QualName} object at 0x{IdOf(o):x}>";
    }

    static readonly ConditionalWeakTable<PyObject, object> ids = new();
    static long nextId = 0x7f0000001000;

    public static long IdOf(PyObject o) => (long)ids.GetValue(o, _ => Interlocked.Add(ref nextId, 16));

    // ---- isinstance ----

    public static bool IsInstance(PyObject o, PyObject cls)
    {
        if (cls is PyType t)
        {
            if (o.Type.IsSubtypeOf(t)) return true;
            if (t.Type != Types.Type && CustomInstanceCheck(o, t, out bool custom)) return custom;
            return ClassAttrIsSubtype(o, t);
        }
        if (cls is PyTuple tup) return tup.Items.Any(c => IsInstance(o, c));
        var ic = cls.Type.Lookup("__instancecheck__");
        if (ic is not null) return Truth(Call(ic, cls, o));
        // CPython's object_isinstance for a non-type: anything with a tuple __bases__ is a class here, and the
        // instance's __class__ is walked up through __bases__
        if (AbstractBases(cls) is null) throw Err.Type("isinstance() arg 2 must be a type, a tuple of types, or a union");
        var icls = AttrOrNone(o, "__class__");
        return icls is not null && AbstractIsSubclass(icls, cls);
    }

    static bool CustomInstanceCheck(PyObject o, PyType t, out bool result)
    {
        var ic = t.Type.Lookup("__instancecheck__");
        result = ic is not null && Truth(Call(ic, t, o));
        return ic is not null;
    }

    /// <summary>An instance whose type gives it another `__class__` (a proxy, a mock): that class counts too.</summary>
    static bool ClassAttrIsSubtype(PyObject o, PyType t)
    {
        if (o.Type.Lookup("__class__") is var attr && ReferenceEquals(attr, Types.Object.Dict!.GetValueOrDefault("__class__"))) return false;
        return AttrOrNone(o, "__class__") is PyType icls && icls != o.Type && icls.IsSubtypeOf(t);
    }

    /// <summary>abstract_get_bases: `__bases__` when it is a tuple, else null (an AttributeError counts as none;
    /// any other error propagates).</summary>
    static PyTuple? AbstractBases(PyObject cls) => AttrOrNone(cls, "__bases__") as PyTuple;

    static PyObject? AttrOrNone(PyObject o, string name)
    {
        try { return GetAttrOrNull(o, name); }
        catch (PyException e) when (Err.Matches(e.Value, ExcTypes.AttributeError)) { return null; }
    }

    /// <summary>abstract_issubclass: whether cls is derived or reached from it through `__bases__`.</summary>
    static bool AbstractIsSubclass(PyObject derived, PyObject cls)
    {
        int depth = 0;
        try
        {
            while (true)
            {
                if (ReferenceEquals(derived, cls)) return true;
                var bases = AbstractBases(derived);
                if (bases is null || bases.Items.Length == 0) return false;
                NativeRecursion.Enter(" in __issubclass__");
                depth++;
                if (bases.Items.Length == 1) { derived = bases.Items[0]; continue; }
                foreach (var b in bases.Items)
                    if (AbstractIsSubclass(b, cls)) return true;
                return false;
            }
        }
        finally { for (; depth > 0; depth--) NativeRecursion.Leave(); }
    }

    public static bool IsSubclass(PyObject c, PyObject cls)
    {
        if (cls is PyTuple tup) return tup.Items.Any(x => IsSubclass(c, x));
        if (cls is PyType t)
        {
            if (c is PyType ct && ct.IsSubtypeOf(t)) return true;
            // a metaclass's __subclasscheck__ (ABCs' virtual subclasses) decides before arg 1 is checked (it may
            // accept non-classes, as typing's aliases do)
            if (t.Type != Types.Type && t.Type.Lookup("__subclasscheck__") is { } meta) return Truth(Call(meta, t, c));
            if (c is PyType) return false;
            if (AbstractBases(c) is null) throw Err.Type("issubclass() arg 1 must be a class");
            return AbstractIsSubclass(c, cls);
        }
        if (cls.Type.Lookup("__subclasscheck__") is { } sc) return Truth(Call(sc, cls, c));
        // recursive_issubclass for classes that are not types: both sides need a tuple __bases__
        if (AbstractBases(c) is null) throw Err.Type("issubclass() arg 1 must be a class");
        if (AbstractBases(cls) is null) throw Err.Type("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return AbstractIsSubclass(c, cls);
    }

    // ---- __index__ ----

    public static PyInt Index(PyObject o)
    {
        if (o is PyInt i) return i;
        var f = o.Type.Lookup("__index__") ?? throw Err.Type($"'{o.Type.Name}' object cannot be interpreted as an integer");
        var r = Call(f, o);
        return r as PyInt ?? throw Err.Type($"__index__ returned non-int (type {r.Type.Name})");
    }

    public static int IndexInt(PyObject o)
    {
        var i = Index(o);
        if (i.IsSmall && i.V >= int.MinValue && i.V <= int.MaxValue) return (int)i.V;
        throw Err.Index($"cannot fit 'int' into an index-sized integer");
    }

    /// <summary>
    /// A subscript's index, as CPython's sequences take it (PyNumber_AsSsize_t with IndexError): an int beyond a
    /// C ssize_t is "cannot fit 'int' into an index-sized integer", anything in range is left to the caller's
    /// bounds check.
    /// </summary>
    public static long ItemIndex(PyObject o)
    {
        var i = Index(o);
        if (i.IsSmall) return i.V;
        throw Err.Index("cannot fit 'int' into an index-sized integer");
    }

    /// <summary>An index as CPython's Py_ssize_t: OverflowError past sys.maxsize, with CPython's message.</summary>
    public static long IndexSsize(PyObject o)
    {
        var i = Index(o);
        if (i.IsSmall) return i.V;
        throw Err.Overflow("Python int too large to convert to C ssize_t");
    }

    public static long IndexLongClamped(PyObject o)
    {
        var i = Index(o);
        if (i.IsSmall) return Math.Clamp(i.V, int.MinValue, int.MaxValue);
        return i.Big!.Value.Sign < 0 ? int.MinValue : int.MaxValue;
    }

    public static PyObject NewStr(string s) => new PyStr(s);
}
