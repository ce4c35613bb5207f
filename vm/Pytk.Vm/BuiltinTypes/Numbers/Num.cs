using System.Numerics;

namespace Pytk.Vm.BuiltinTypes.Numbers;

/// <summary>Arithmetic on the numeric tower (bool ⊂ int ⊂ float ⊂ complex). Null means "not numbers I know".
/// Fast paths on machine words live here; Python's rules beyond IEEE and BigInteger (floor division, float
/// pow and divmod, correctly rounded int/int, complex quotient and power) come from the kernel in
/// Pytk.Semantics that constant folding runs too.</summary>
public static class Num
{
    /// <summary>0 int/bool, 1 float, 2 complex, -1 other.</summary>
    static int Rank(PyObject o) => o switch { PyInt => 0, PyFloat => 1, PyComplex => 2, _ => -1 };

    public static double AsDouble(PyObject o) => o is PyInt i ? i.ToDouble() : ((PyFloat)o).V;
    static (double, double) AsComplex(PyObject o) => o is PyComplex c ? (c.Real, c.Imag) : (AsDouble(o), 0.0);

    public static PyObject? Binary(NbOp op, PyObject a, PyObject b)
    {
        int ra = Rank(a), rb = Rank(b);
        if (ra < 0 || rb < 0) return null;
        int r = Math.Max(ra, rb);
        if (r == 0) return IntOp(op, (PyInt)a, (PyInt)b);
        if (r == 1) return FloatOp(op, AsDouble(a), AsDouble(b));
        return ComplexOp(op, AsComplex(a), AsComplex(b));
    }

    public static PyObject? IntOp(NbOp op, PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long x = a.V, y = b.V;
            switch (op)
            {
                case NbOp.Add: { long r = x + y; if (((x ^ r) & (y ^ r)) >= 0) return PyInt.From(r); break; }
                case NbOp.Sub: { long r = x - y; if (((x ^ y) & (x ^ r)) >= 0) return PyInt.From(r); break; }
                case NbOp.Mul:
                    {
                        long r;
                        try { r = checked(x * y); } catch (OverflowException) { break; }
                        return PyInt.From(r);
                    }
                case NbOp.FloorDiv:
                    if (y == 0) throw Err.ZeroDiv("integer division or modulo by zero");
                    if (x == long.MinValue && y == -1) break;
                    { long q = x / y; if ((x % y != 0) && ((x < 0) != (y < 0))) q--; return PyInt.From(q); }
                case NbOp.Mod:
                    if (y == 0) throw Err.ZeroDiv("integer modulo by zero");
                    if (y == -1) return PyInt.From(0);
                    { long m = x % y; if (m != 0 && ((m < 0) != (y < 0))) m += y; return PyInt.From(m); }
                case NbOp.And: return Bits(a, b, x & y);
                case NbOp.Or: return Bits(a, b, x | y);
                case NbOp.Xor: return Bits(a, b, x ^ y);
                case NbOp.TrueDiv:
                    if (y == 0) throw Err.ZeroDiv("division by zero");
                    if (x > -(1L << 53) && x < (1L << 53) && y > -(1L << 53) && y < (1L << 53)) return new PyFloat((double)x / y);
                    break;
                case NbOp.RShift:
                    if (y < 0) throw Err.Value("negative shift count");
                    return PyInt.From(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
                case NbOp.LShift:
                    if (y < 0) throw Err.Value("negative shift count");
                    if (y < 62 && x > -(1L << (int)(62 - y)) && x < (1L << (int)(62 - y))) return PyInt.From(x << (int)y);
                    break;
            }
        }
        return BigOp(op, a, b);
    }

    static PyObject Bits(PyInt a, PyInt b, long r) =>
        a is PyBool && b is PyBool ? Py.Bool(r != 0) : PyInt.From(r);

    static PyObject BigOp(NbOp op, PyInt a, PyInt b)
    {
        BigInteger x = a.AsBig, y = b.AsBig;
        switch (op)
        {
            case NbOp.Add: return PyInt.From(x + y);
            case NbOp.Sub: return PyInt.From(x - y);
            case NbOp.Mul: return PyInt.From(x * y);
            case NbOp.FloorDiv:
                if (y.IsZero) throw Err.ZeroDiv("integer division or modulo by zero");
                return PyInt.From(IntMath.FloorDiv(x, y));
            case NbOp.Mod:
                if (y.IsZero) throw Err.ZeroDiv("integer modulo by zero");
                return PyInt.From(IntMath.Mod(x, y));
            case NbOp.And: return Bits(a, b, x & y);
            case NbOp.Or: return Bits(a, b, x | y);
            case NbOp.Xor: return Bits(a, b, x ^ y);
            case NbOp.TrueDiv:
                if (y.IsZero) throw Err.ZeroDiv("division by zero");
                return new PyFloat(IntMath.TrueDivide(x, y) ?? throw Err.Overflow(IntMath.TrueDivideOverflowMessage));
            case NbOp.LShift:
                if (y.Sign < 0) throw Err.Value("negative shift count");
                if (x.IsZero) return PyInt.From(0);
                if (y > 1_000_000_000) throw Err.New(ExcTypes.All["MemoryError"], "");
                return PyInt.From(x << (int)y);
            case NbOp.RShift:
                if (y.Sign < 0) throw Err.Value("negative shift count");
                return PyInt.From(y > int.MaxValue ? (x.Sign < 0 ? -1 : 0) : x >> (int)y);
            case NbOp.Pow: return IntPow(a, b);
            case NbOp.MatMul: return Py.NotImplemented;
        }
        return Py.NotImplemented;
    }

    static PyObject Bits(PyInt a, PyInt b, BigInteger r) => a is PyBool && b is PyBool ? Py.Bool(!r.IsZero) : PyInt.From(r);

    public static PyObject IntPow(PyInt a, PyInt b)
    {
        if (b.Sign < 0) return FloatPow(a.ToDouble(), b.ToDouble()); // int ** negative int is float ** float
        if (!b.IsSmall || b.V > int.MaxValue)
        {
            var x0 = a.AsBig;
            if (x0.IsZero || x0.IsOne) return a;
            if (x0 == BigInteger.MinusOne) return PyInt.From(b.AsBig.IsEven ? 1 : -1);
            throw Err.New(ExcTypes.All["MemoryError"], "");
        }
        int e = (int)b.V;
        if (a.IsSmall)
        {
            long x = a.V, result = 1;
            bool overflow = false;
            for (int i = 0; i < e; i++)
            {
                try { result = checked(result * x); } catch (OverflowException) { overflow = true; break; }
                if (x == 0 || x == 1) break;
            }
            if (!overflow) return PyInt.From(x == 0 && e > 0 ? 0 : x == 1 ? 1 : result);
        }
        return PyInt.From(BigInteger.Pow(a.AsBig, e));
    }

    public static PyObject ModPow(PyInt a, PyInt b, PyInt m)
    {
        var mod = m.AsBig;
        if (mod.IsZero) throw Err.Value("pow() 3rd argument cannot be 0");
        var bb = b.AsBig;
        var x = a.AsBig;
        if (bb.Sign < 0)
        {
            x = ModInverse(x, BigInteger.Abs(mod));
            bb = -bb;
        }
        var r = BigInteger.ModPow(x, bb, BigInteger.Abs(mod));
        if (r.Sign < 0) r += BigInteger.Abs(mod);
        if (mod.Sign < 0 && !r.IsZero) r += mod;
        return PyInt.From(r);
    }

    static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = m, x = 0, x1 = 1, a1 = ((a % m) + m) % m;
        BigInteger b1 = a1;
        while (!b1.IsZero)
        {
            var q = g / b1;
            (g, b1) = (b1, g - q * b1);
            (x, x1) = (x1, x - q * x1);
        }
        if (!g.IsOne) throw Err.Value("base is not invertible for the given modulus");
        return ((x % m) + m) % m;
    }

    public static PyObject FloatOp(NbOp op, double x, double y)
    {
        switch (op)
        {
            case NbOp.Add: return new PyFloat(x + y);
            case NbOp.Sub: return new PyFloat(x - y);
            case NbOp.Mul: return new PyFloat(x * y);
            case NbOp.TrueDiv:
                if (y == 0) throw Err.ZeroDiv("float division by zero");
                return new PyFloat(x / y);
            case NbOp.FloorDiv:
                if (y == 0) throw Err.ZeroDiv("float floor division by zero");
                return new PyFloat(FloatMath.DivMod(x, y).Div);
            case NbOp.Mod:
                if (y == 0) throw Err.ZeroDiv("float modulo by zero");
                return new PyFloat(FloatMath.DivMod(x, y).Mod);
            case NbOp.Pow: return FloatPow(x, y);
        }
        return Py.NotImplemented;
    }

    static PyObject FloatPow(double x, double y) => FloatMath.Pow(x, y, out var r) switch
    {
        MathFault.None => new PyFloat(r),
        MathFault.NeedsComplex => ComplexPow((x, 0), (y, 0)),
        MathFault.ZeroDivision => throw Err.ZeroDiv(FloatMath.ZeroPowerMessage),
        _ => throw Err.Overflow(FloatMath.OverflowMessage),
    };

    public static PyObject ComplexOp(NbOp op, (double r, double i) a, (double r, double i) b)
    {
        switch (op)
        {
            case NbOp.Add: return new PyComplex(a.r + b.r, a.i + b.i);
            case NbOp.Sub: return new PyComplex(a.r - b.r, a.i - b.i);
            case NbOp.Mul: return Box(ComplexMath.Prod(new(a.r, a.i), new(b.r, b.i)));
            case NbOp.TrueDiv:
                return Box(ComplexMath.Quot(new(a.r, a.i), new(b.r, b.i)) ?? throw Err.ZeroDiv("complex division by zero"));
            case NbOp.Pow: return ComplexPow(a, b);
        }
        if (op is NbOp.FloorDiv or NbOp.Mod) throw Err.Type($"unsupported operand type(s) for {NbOpInfo.Symbol[(int)op]}: 'complex' and 'complex'");
        return Py.NotImplemented;
    }

    static PyObject ComplexPow((double r, double i) a, (double r, double i) b) =>
        ComplexMath.Pow(new(a.r, a.i), new(b.r, b.i), out var p) switch
        {
            MathFault.None => Box(p),
            MathFault.ZeroDivision => throw Err.ZeroDiv(ComplexMath.ZeroPowerMessage),
            _ => throw Err.Overflow(ComplexMath.OverflowMessage),
        };

    static PyComplex Box(Complex c) => new(c.Real, c.Imaginary);

    /// <summary>Exact comparison of an int with a float, as CPython does (no rounding of big ints).</summary>
    public static int CompareIntFloat(PyInt i, double d)
    {
        if (double.IsNaN(d)) return 2;
        if (double.IsPositiveInfinity(d)) return -1;
        if (double.IsNegativeInfinity(d)) return 1;
        if (i.IsSmall && i.V > -(1L << 53) && i.V < (1L << 53)) return ((double)i.V).CompareTo(d);
        var fl = Math.Floor(d);
        var bf = new BigInteger(fl);
        int c = i.AsBig.CompareTo(bf);
        if (c != 0) return c;
        return fl == d ? 0 : -1;
    }
}
