namespace Pytk.Vm.Execution;

/// <summary>Operators: binary (with reflected and in-place forms), unary, rich comparison.</summary>
public static partial class Ops
{
    public static PyObject Binary(NbOp op, PyObject a, PyObject b)
    {
        // Fast paths: exact ints and floats, str concatenation.
        if (a.Type == Types.Int && b.Type == Types.Int && op is not (NbOp.Pow or NbOp.MatMul))
            return Num.IntOp(op, (PyInt)a, (PyInt)b)!;
        if (a.Type == Types.Float && b.Type == Types.Float && op <= NbOp.TrueDiv)
        {
            var r = Num.FloatOp(op, ((PyFloat)a).V, ((PyFloat)b).V);
            if (r != Py.NotImplemented) return r;
        }
        if (op == NbOp.Add && a is PyStr sa && b is PyStr sb && a.Type == Types.Str && b.Type == Types.Str)
            return new PyStr(string.Concat(sa.Value, sb.Value));
        return BinarySlow(op, a, b, null);
    }

    public static PyObject InPlace(NbOp op, PyObject a, PyObject b)
    {
        if (a.Type.IsBuiltin && (a.Type == Types.Int || a.Type == Types.Float || a.Type == Types.Str))
            return Binary(op, a, b);
        var islot = a.Type.Lookup(NbOpInfo.ISlot[(int)op]);
        if (islot is not null)
        {
            var r = CallSpecial(islot, a, b);
            if (r != Py.NotImplemented) return r;
        }
        return BinarySlow(op, a, b, NbOpInfo.Symbol[(int)op] + "=");
    }

    static PyObject BinarySlow(NbOp op, PyObject a, PyObject b, string? inplaceSymbol)
    {
        var ta = a.Type;
        var tb = b.Type;
        string slot = NbOpInfo.Slot[(int)op], rslot = NbOpInfo.RSlot[(int)op];
        var f = ta.Lookup(slot);
        var g = ta != tb ? tb.Lookup(rslot) : null;
        if (g is not null && tb.IsSubtypeOf(ta) && g != ta.Lookup(rslot))
        {
            var r = CallSpecial(g, b, a);
            if (r != Py.NotImplemented) return r;
            g = null;
        }
        // str, bytes, bytearray, list and tuple concatenate and repeat through sequence slots, which CPython tries
        // after both operands' number slots: the right operand's reflected method comes first ("a" + B() calls
        // B.__radd__ even though str.__add__ would raise).
        if (f is not null && g is not null && IsSequenceSlot(f, op))
        {
            var r = CallSpecial(g, b, a);
            if (r != Py.NotImplemented) return r;
            g = null;
        }
        if (f is not null)
        {
            var r = CallSpecial(f, a, b);
            if (r != Py.NotImplemented) return r;
        }
        if (g is not null)
        {
            var r = CallSpecial(g, b, a);
            if (r != Py.NotImplemented) return r;
        }
        if (op == NbOp.Mul && (IsSeq(a) || IsSeq(b)))
            throw Err.Type($"can't multiply sequence by non-int of type '{(IsSeq(a) ? tb : ta).Name}'");
        string sym = inplaceSymbol ?? NbOpInfo.Symbol[(int)op];
        if (op == NbOp.Pow && inplaceSymbol is null) sym = "** or pow()";
        if (op == NbOp.RShift && IsPrint(a))
            throw Err.Type($"unsupported operand type(s) for >>: '{ta.Name}' and '{tb.Name}'. Did you mean \"print(<message>, file=<output_stream>)\"?");
        throw Err.Type($"unsupported operand type(s) for {sym}: '{ta.Name}' and '{tb.Name}'");
    }

    static bool IsSeq(PyObject o) => o is PyStr or PyList or PyTuple or PyBytes;

    /// <summary>The built-in sequences' `+` and `*` (CPython's sq_concat and sq_repeat, not number slots).</summary>
    static bool IsSequenceSlot(PyObject f, NbOp op) =>
        op is NbOp.Add or NbOp.Mul && f is PyBuiltin { Self: null } b && b.OwnerName is "str" or "bytes" or "bytearray" or "list" or "tuple";

    static bool IsPrint(PyObject a) => a is PyBuiltin { Name: "print" };

    public static PyObject Negative(PyObject a)
    {
        switch (a)
        {
            case PyInt i when a.Type == Types.Int || a.Type == Types.Bool:
                return i.IsSmall && i.V != long.MinValue ? PyInt.From(-i.V) : PyInt.From(-i.AsBig);
            case PyFloat f when a.Type == Types.Float: return new PyFloat(-f.V);
        }
        return Unary(a, "__neg__", "-");
    }

    public static PyObject Positive(PyObject a) => a.Type == Types.Int || a.Type == Types.Float ? a : Unary(a, "__pos__", "+");
    public static PyObject Invert(PyObject a) =>
        a is PyInt i && (a.Type == Types.Int || a.Type == Types.Bool) ? PyInt.From(i.IsSmall ? ~i.V : -(i.AsBig) - 1) : Unary(a, "__invert__", "~");

    static PyObject Unary(PyObject a, string slot, string sym)
    {
        var f = a.Type.Lookup(slot) ?? throw Err.Type($"bad operand type for unary {sym}: '{a.Type.Name}'");
        return CallSpecial(f, a);
    }

    // ---- comparison ----

    public static bool EqBool(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa && b is PyStr sb && a.Type == Types.Str && b.Type == Types.Str) return sa.Value == sb.Value;
        if (a is PyInt ia && b is PyInt ib && ia.IsSmall && ib.IsSmall && a.Type.IsBuiltin && b.Type.IsBuiltin) return ia.V == ib.V;
        return Truth(Compare(a, b, CmpOp.Eq));
    }

    public static PyObject Compare(PyObject a, PyObject b, CmpOp op)
    {
        if (a.Type == Types.Int && b.Type == Types.Int)
        {
            var (x, y) = ((PyInt)a, (PyInt)b);
            int c = x.IsSmall && y.IsSmall ? x.V.CompareTo(y.V) : x.AsBig.CompareTo(y.AsBig);
            return Py.Bool(CmpOpInfo.FromOrder(c, op));
        }
        if (a.Type == Types.Float && b.Type == Types.Float)
            return Py.Bool(CompareDoubles(((PyFloat)a).V, ((PyFloat)b).V, op));
        if (a.Type == Types.Str && b.Type == Types.Str)
            return Py.Bool(CmpOpInfo.FromOrder(StrMethods.CompareCodePoints(((PyStr)a).Value, ((PyStr)b).Value), op));
        return RichCompare(a, b, op);
    }

    public static bool CompareDoubles(double x, double y, CmpOp op) => op switch
    {
        CmpOp.Lt => x < y, CmpOp.Le => x <= y, CmpOp.Eq => x == y, CmpOp.Ne => x != y, CmpOp.Gt => x > y, _ => x >= y,
    };

    static PyObject RichCompare(PyObject a, PyObject b, CmpOp op)
    {
        NativeRecursion.Enter(" in comparison");
        try { return RichCompareHere(a, b, op); }
        finally { NativeRecursion.Leave(); }
    }

    static PyObject RichCompareHere(PyObject a, PyObject b, CmpOp op)
    {
        var ta = a.Type;
        var tb = b.Type;
        string slot = CmpOpInfo.Slot[(int)op], rslot = CmpOpInfo.Slot[(int)CmpOpInfo.Swapped[(int)op]];
        bool checkedReflected = false;
        if (ta != tb && tb.IsSubtypeOf(ta) && tb.Lookup(rslot) is { } g0 && g0 != ta.Lookup(rslot))
        {
            checkedReflected = true;
            var r = CallSpecial(g0, b, a);
            if (r != Py.NotImplemented) return r;
        }
        if (ta.Lookup(slot) is { } f)
        {
            var r = CallSpecial(f, a, b);
            if (r != Py.NotImplemented) return r;
        }
        if (!checkedReflected && tb.Lookup(rslot) is { } g)
        {
            var r = CallSpecial(g, b, a);
            if (r != Py.NotImplemented) return r;
        }
        if (op == CmpOp.Eq) return Py.Bool(ReferenceEquals(a, b));
        if (op == CmpOp.Ne) return Py.Bool(!ReferenceEquals(a, b));
        throw Err.Type($"'{CmpOpInfo.Symbol[(int)op]}' not supported between instances of '{ta.Name}' and '{tb.Name}'");
    }

    public static bool LessThan(PyObject a, PyObject b) => Truth(Compare(a, b, CmpOp.Lt));
}
