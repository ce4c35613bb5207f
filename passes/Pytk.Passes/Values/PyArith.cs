using System.Numerics;
using Pytk.Semantics;
using Pytk.Syntax;

namespace Pytk.Passes;

/// <summary>
/// Python's arithmetic on constants (the kernel in Pytk.Semantics: <see cref="IntMath"/>, <see cref="FloatMath"/>,
/// <see cref="ComplexMath"/>, which the VM runs too), with CPython 3.13 ast_opt.c's safety limits: every method returns false
/// where Python would raise (TypeError, ZeroDivisionError, OverflowError, ValueError, IndexError) or where
/// the optimizer refuses to build a too-large constant, so the expression is left for run time.
/// </summary>
public static class PyArith
{
    public const int MaxIntBits = 128;
    public const int MaxCollectionSize = 256;
    public const int MaxStrSize = 4096;
    public const int MaxTotalItems = 1024;

    public static bool Binary(OperatorNode op, object? l, object? r, out object? result)
    {
        result = op switch
        {
            Add => Sum(l, r),
            Sub => Numeric(l, r, (a, b) => a - b, (a, b) => a - b, (a, b) => a - b),
            Mult => SafeMultiply(l, r),
            Div => TrueDivide(l, r),
            FloorDiv => FloorDivMod(l, r, wantDiv: true),
            Mod => l is string or SurrogateStr or byte[] ? NoFold : FloorDivMod(l, r, wantDiv: false),
            Pow => SafePower(l, r),
            LShift => SafeLShift(l, r),
            RShift => RShiftOp(l, r),
            BitOr => Bitwise(l, r, (a, b) => a | b, (a, b) => a | b),
            BitXor => Bitwise(l, r, (a, b) => a ^ b, (a, b) => a ^ b),
            BitAnd => Bitwise(l, r, (a, b) => a & b, (a, b) => a & b),
            _ => NoFold, // MatMult: no constant implements it
        };
        if (ReferenceEquals(result, NoFold)) { result = null; return false; }
        return true;
    }

    public static bool Unary(UnaryOpNode op, object? v, out object? result)
    {
        result = (op, v) switch
        {
            (Not, _) => !PyValue.Truthy(v),
            (USub, bool or BigInteger) => -PyValue.AsInt(v),
            (USub, double d) => -d,
            (USub, Complex c) => new Complex(-c.Real, -c.Imaginary),
            (UAdd, bool or BigInteger) => PyValue.AsInt(v),
            (UAdd, double or Complex) => v,
            (Invert, bool or BigInteger) => -PyValue.AsInt(v) - 1,
            _ => NoFold,
        };
        if (ReferenceEquals(result, NoFold)) { result = null; return false; }
        return true;
    }

    /// <summary>value[index] for a str, bytes or tuple and an int index.</summary>
    public static bool Subscript(object? value, object? index, out object? result)
    {
        result = null;
        if (!PyValue.IsInt(index)) return false;
        var i = PyValue.AsInt(index);
        switch (value)
        {
            case string s:
                var cps = PyRepr.CodePoints(s).ToList();
                if (!Index(ref i, cps.Count)) return false;
                result = CodePointString(cps[(int)i]);
                return true;
            case byte[] b:
                if (!Index(ref i, b.Length)) return false;
                result = new BigInteger(b[(int)i]);
                return true;
            case TupleConstant t:
                if (!Index(ref i, t.Items.Count)) return false;
                result = t.Items[(int)i];
                return true;
            default:
                return false;
        }
    }

    static bool Index(ref BigInteger i, int length)
    {
        if (i < 0) i += length;
        return i >= 0 && i < length;
    }

    static string CodePointString(int cp) => cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    static readonly object NoFold = new();

    static object? Sum(object? l, object? r) => (l, r) switch
    {
        (string or SurrogateStr, string or SurrogateStr) => StrConcat(l!, r!),
        (byte[] a, byte[] b) => a.Concat(b).ToArray(),
        (TupleConstant a, TupleConstant b) => new TupleConstant([.. a.Items, .. b.Items]),
        _ => Numeric(l, r, (a, b) => a + b, (a, b) => a + b, (a, b) => a + b),
    };

    /// <summary>str + str by code points: '\ud800' + '\udc00' stays two code points in Python, which a
    /// plain UTF-16 concatenation would merge into one.</summary>
    static object StrConcat(object a, object b)
    {
        if (a is string x && b is string y && !(x.Length > 0 && char.IsHighSurrogate(x[^1]) && y.Length > 0 && char.IsLowSurrogate(y[0])))
            return x + y;
        return SurrogateStr.FromCodePoints([.. CodePointsOf(a), .. CodePointsOf(b)]);
    }

    static IEnumerable<int> CodePointsOf(object s) => s is SurrogateStr ss ? ss.CodePoints : PyRepr.CodePoints((string)s);

    /// <summary>An operation of the numeric tower: both ints → int, else float, else complex.</summary>
    static object? Numeric(object? l, object? r, Func<BigInteger, BigInteger, BigInteger> ints,
        Func<double, double, double> floats, Func<Complex, Complex, Complex> complexes)
    {
        if (!PyValue.IsNumber(l) || !PyValue.IsNumber(r)) return NoFold;
        if (PyValue.IsInt(l) && PyValue.IsInt(r)) return ints(PyValue.AsInt(l), PyValue.AsInt(r));
        if (l is Complex || r is Complex)
            return PyValue.ToComplex(l) is Complex a && PyValue.ToComplex(r) is Complex b ? complexes(a, b) : NoFold;
        return PyValue.ToFloat(l) is double x && PyValue.ToFloat(r) is double y ? floats(x, y) : NoFold;
    }

    static long NumBits(BigInteger i) => (long)BigInteger.Abs(i).GetBitLength();

    static object? SafeMultiply(object? v, object? w)
    {
        if (PyValue.IsInt(v) && PyValue.IsInt(w))
        {
            var a = PyValue.AsInt(v);
            var b = PyValue.AsInt(w);
            if (!a.IsZero && !b.IsZero && NumBits(a) + NumBits(b) > MaxIntBits) return NoFold;
            return a * b;
        }
        if (PyValue.IsInt(v) && w is TupleConstant t)
        {
            int size = t.Items.Count;
            if (size == 0) return RepeatTuple(t, PyValue.AsInt(v));
            var n = PyValue.AsInt(v);
            if (n < 0 || n > MaxCollectionSize / size) return NoFold;
            if (!n.IsZero && Complexity(t, MaxTotalItems / (int)n) < 0) return NoFold;
            return RepeatTuple(t, n);
        }
        if (PyValue.IsInt(v) && (w is string || w is byte[]))
        {
            int size = w is string s ? PyValue.StrLength(s) : ((byte[])w).Length;
            var n = PyValue.AsInt(v);
            if (size != 0 && (n < 0 || n > MaxStrSize / size)) return NoFold;
            int times = n <= 0 ? 0 : size == 0 ? 0 : (int)n;
            if (w is string str) return string.Concat(Enumerable.Repeat(str, times));
            return Enumerable.Repeat((byte[])w, times).SelectMany(x => x).ToArray();
        }
        if (PyValue.IsInt(w) && (v is TupleConstant or string or byte[])) return SafeMultiply(w, v);
        return Numeric(v, w, (a, b) => a * b, (a, b) => a * b, ComplexMath.Prod);
    }

    static object RepeatTuple(TupleConstant t, BigInteger n)
    {
        int times = n <= 0 || t.Items.Count == 0 ? 0 : (int)n;
        var items = new List<object?>();
        for (int i = 0; i < times; i++) items.AddRange(t.Items);
        return new TupleConstant(items);
    }

    /// <summary>ast_opt.c check_complexity: the limit minus the items of the collection and its nested
    /// collections; negative once the limit is exceeded.</summary>
    static int Complexity(object? obj, int limit)
    {
        IReadOnlyList<object?>? items = obj switch { TupleConstant t => t.Items, FrozenSetConstant f => f.Items, _ => null };
        if (items is null) return limit;
        limit -= items.Count;
        for (int i = 0; limit >= 0 && i < items.Count; i++) limit = Complexity(items[i], limit);
        return limit;
    }

    static object? TrueDivide(object? l, object? r)
    {
        if (!PyValue.IsNumber(l) || !PyValue.IsNumber(r)) return NoFold;
        if (PyValue.IsInt(l) && PyValue.IsInt(r))
        {
            var a = PyValue.AsInt(l);
            var b = PyValue.AsInt(r);
            if (b.IsZero) return NoFold;
            return IntMath.TrueDivide(a, b) is double q ? q : NoFold;
        }
        if (l is Complex || r is Complex)
        {
            if (PyValue.ToComplex(l) is not Complex x || PyValue.ToComplex(r) is not Complex y) return NoFold;
            return ComplexMath.Quot(x, y) is Complex c ? c : NoFold;
        }
        if (PyValue.ToFloat(l) is not double f || PyValue.ToFloat(r) is not double g || g == 0) return NoFold;
        return f / g;
    }

    static object? FloorDivMod(object? l, object? r, bool wantDiv)
    {
        if (!PyValue.IsNumber(l) || !PyValue.IsNumber(r) || l is Complex || r is Complex) return NoFold;
        if (PyValue.IsInt(l) && PyValue.IsInt(r))
        {
            var a = PyValue.AsInt(l);
            var b = PyValue.AsInt(r);
            if (b.IsZero) return NoFold;
            return wantDiv ? IntMath.FloorDiv(a, b) : IntMath.Mod(a, b);
        }
        if (PyValue.ToFloat(l) is not double vx || PyValue.ToFloat(r) is not double wx || wx == 0) return NoFold;
        var (div, mod) = FloatMath.DivMod(vx, wx);
        return wantDiv ? div : mod;
    }

    static object? SafePower(object? v, object? w)
    {
        if (!PyValue.IsNumber(v) || !PyValue.IsNumber(w)) return NoFold;
        if (PyValue.IsInt(v) && PyValue.IsInt(w))
        {
            var a = PyValue.AsInt(v);
            var b = PyValue.AsInt(w);
            if (b.Sign >= 0)
            {
                if (b.IsZero) return BigInteger.One;
                if (a.IsZero) return BigInteger.Zero;
                if (b > ulong.MaxValue || (ulong)NumBits(a) > MaxIntBits / (ulong)b) return NoFold;
                return BigInteger.Pow(a, (int)b);
            }
            // a negative exponent makes it float ** float
        }
        if (v is Complex || w is Complex)
        {
            if (PyValue.ToComplex(v) is not Complex x || PyValue.ToComplex(w) is not Complex y) return NoFold;
            return ComplexPow(x, y);
        }
        if (PyValue.ToFloat(v) is not double iv || PyValue.ToFloat(w) is not double iw) return NoFold;
        return FloatMath.Pow(iv, iw, out var f) switch
        {
            MathFault.None => f,
            MathFault.NeedsComplex => ComplexPow(new Complex(iv, 0), new Complex(iw, 0)),
            _ => NoFold,
        };
    }

    static object ComplexPow(Complex x, Complex y) => ComplexMath.Pow(x, y, out var c) == MathFault.None ? c : NoFold;

    static object? SafeLShift(object? v, object? w)
    {
        if (!PyValue.IsInt(v) || !PyValue.IsInt(w)) return NoFold;
        var a = PyValue.AsInt(v);
        var b = PyValue.AsInt(w);
        if (b.Sign < 0) return NoFold; // ValueError: negative shift count
        if (a.IsZero) return BigInteger.Zero;
        if (b.IsZero) return a;
        if (b > MaxIntBits || NumBits(a) > MaxIntBits - (long)b) return NoFold;
        return a << (int)b;
    }

    static object? RShiftOp(object? v, object? w)
    {
        if (!PyValue.IsInt(v) || !PyValue.IsInt(w)) return NoFold;
        var a = PyValue.AsInt(v);
        var b = PyValue.AsInt(w);
        if (b.Sign < 0) return NoFold;
        if (b > int.MaxValue) return a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero;
        return a >> (int)b;
    }

    static object? Bitwise(object? l, object? r, Func<bool, bool, bool> bools, Func<BigInteger, BigInteger, BigInteger> ints)
    {
        if (l is bool a && r is bool b) return bools(a, b);
        if (!PyValue.IsInt(l) || !PyValue.IsInt(r)) return NoFold;
        return ints(PyValue.AsInt(l), PyValue.AsInt(r));
    }
}
