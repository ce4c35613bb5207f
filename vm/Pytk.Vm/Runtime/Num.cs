using System.Numerics;

namespace Pytk.Vm;

/// <summary>Arithmetic on the numeric tower (bool ⊂ int ⊂ float ⊂ complex). Null means "not numbers I know".</summary>
public static class Num
{
    /// <summary>0 int/bool, 1 float, 2 complex, -1 other.</summary>
    static int Rank(PyObject o) => o switch { PyInt => 0, PyFloat => 1, PyComplex => 2, _ => -1 };

    public static double AsDouble(PyObject o) => o is PyInt i ? i.ToDouble() : ((PyFloat)o).V;
    static (double, double) AsComplex(PyObject o) => o is PyComplex c ? (c.Real, c.Imag) : (AsDouble(o), 0.0);

    public static PyObject? Binary(BinOp op, PyObject a, PyObject b)
    {
        int ra = Rank(a), rb = Rank(b);
        if (ra < 0 || rb < 0) return null;
        int r = Math.Max(ra, rb);
        if (r == 0) return IntOp(op, (PyInt)a, (PyInt)b);
        if (r == 1) return FloatOp(op, AsDouble(a), AsDouble(b));
        return ComplexOp(op, AsComplex(a), AsComplex(b));
    }

    public static PyObject? IntOp(BinOp op, PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long x = a.V, y = b.V;
            switch (op)
            {
                case BinOp.Add: { long r = x + y; if (((x ^ r) & (y ^ r)) >= 0) return PyInt.From(r); break; }
                case BinOp.Sub: { long r = x - y; if (((x ^ y) & (x ^ r)) >= 0) return PyInt.From(r); break; }
                case BinOp.Mul:
                    {
                        long r;
                        try { r = checked(x * y); } catch (OverflowException) { break; }
                        return PyInt.From(r);
                    }
                case BinOp.FloorDiv:
                    if (y == 0) throw Err.ZeroDiv("integer division or modulo by zero");
                    if (x == long.MinValue && y == -1) break;
                    { long q = x / y; if ((x % y != 0) && ((x < 0) != (y < 0))) q--; return PyInt.From(q); }
                case BinOp.Mod:
                    if (y == 0) throw Err.ZeroDiv("integer modulo by zero");
                    if (y == -1) return PyInt.From(0);
                    { long m = x % y; if (m != 0 && ((m < 0) != (y < 0))) m += y; return PyInt.From(m); }
                case BinOp.And: return Bits(a, b, x & y);
                case BinOp.Or: return Bits(a, b, x | y);
                case BinOp.Xor: return Bits(a, b, x ^ y);
                case BinOp.TrueDiv:
                    if (y == 0) throw Err.ZeroDiv("division by zero");
                    if (Math.Abs(x) < (1L << 53) && Math.Abs(y) < (1L << 53)) return new PyFloat((double)x / y);
                    break;
                case BinOp.RShift:
                    if (y < 0) throw Err.Value("negative shift count");
                    return PyInt.From(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
                case BinOp.LShift:
                    if (y < 0) throw Err.Value("negative shift count");
                    if (y < 62 && Math.Abs(x) < (1L << (int)(62 - y))) return PyInt.From(x << (int)y);
                    break;
            }
        }
        return BigOp(op, a, b);
    }

    static PyObject Bits(PyInt a, PyInt b, long r) =>
        a is PyBool && b is PyBool ? Py.Bool(r != 0) : PyInt.From(r);

    static PyObject BigOp(BinOp op, PyInt a, PyInt b)
    {
        BigInteger x = a.AsBig, y = b.AsBig;
        switch (op)
        {
            case BinOp.Add: return PyInt.From(x + y);
            case BinOp.Sub: return PyInt.From(x - y);
            case BinOp.Mul: return PyInt.From(x * y);
            case BinOp.FloorDiv:
                if (y.IsZero) throw Err.ZeroDiv("integer division or modulo by zero");
                return PyInt.From(FloorDiv(x, y));
            case BinOp.Mod:
                if (y.IsZero) throw Err.ZeroDiv("integer modulo by zero");
                return PyInt.From(x - FloorDiv(x, y) * y);
            case BinOp.And: return Bits(a, b, x & y);
            case BinOp.Or: return Bits(a, b, x | y);
            case BinOp.Xor: return Bits(a, b, x ^ y);
            case BinOp.TrueDiv:
                if (y.IsZero) throw Err.ZeroDiv("division by zero");
                return new PyFloat(BigDiv(x, y));
            case BinOp.LShift:
                if (y.Sign < 0) throw Err.Value("negative shift count");
                if (y > 1_000_000_000) throw Err.New(ExcTypes.All["MemoryError"], "");
                return PyInt.From(x << (int)y);
            case BinOp.RShift:
                if (y.Sign < 0) throw Err.Value("negative shift count");
                return PyInt.From(y > int.MaxValue ? (x.Sign < 0 ? -1 : 0) : x >> (int)y);
            case BinOp.Pow: return IntPow(a, b);
            case BinOp.MatMul: return Py.NotImplemented;
        }
        return Py.NotImplemented;
    }

    static PyObject Bits(PyInt a, PyInt b, BigInteger r) => a is PyBool && b is PyBool ? Py.Bool(!r.IsZero) : PyInt.From(r);

    public static BigInteger FloorDiv(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (y.Sign < 0)) q -= 1;
        return q;
    }

    /// <summary>Correctly rounded x / y: a quotient with 65+ significant bits plus a sticky bit, then rounded once.</summary>
    static double BigDiv(BigInteger x, BigInteger y)
    {
        bool neg = (x.Sign < 0) != (y.Sign < 0);
        var a = BigInteger.Abs(x); var b = BigInteger.Abs(y);
        long k = Math.Max(0, 66 - (a.GetBitLength() - b.GetBitLength()));
        var q = BigInteger.DivRem(a << (int)k, b, out var rem);
        if (!rem.IsZero) q |= 1;
        double r = Math.ScaleB(PyInt.BigToDouble(q), (int)-k);
        if (double.IsInfinity(r)) throw Err.Overflow("integer division result too large for a float");
        return neg ? -r : r;
    }

    public static PyObject IntPow(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
        {
            double d = a.ToDouble();
            if (d == 0) throw Err.ZeroDiv("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.Pow(d, b.ToDouble()));
        }
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

    public static PyObject FloatOp(BinOp op, double x, double y)
    {
        switch (op)
        {
            case BinOp.Add: return new PyFloat(x + y);
            case BinOp.Sub: return new PyFloat(x - y);
            case BinOp.Mul: return new PyFloat(x * y);
            case BinOp.TrueDiv:
                if (y == 0) throw Err.ZeroDiv("float division by zero");
                return new PyFloat(x / y);
            case BinOp.FloorDiv:
                if (y == 0) throw Err.ZeroDiv("float floor division by zero");
                return new PyFloat(FloatDivMod(x, y).Item1);
            case BinOp.Mod:
                if (y == 0) throw Err.ZeroDiv("float modulo by zero");
                return new PyFloat(FloatDivMod(x, y).Item2);
            case BinOp.Pow: return FloatPow(x, y);
        }
        return Py.NotImplemented;
    }

    /// <summary>CPython's float_divmod: the remainder takes the divisor's sign.</summary>
    public static (double, double) FloatDivMod(double vx, double wx)
    {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return (floordiv, mod);
    }

    static PyObject FloatPow(double x, double y)
    {
        if (x == 0 && y < 0 && !double.IsInfinity(y)) throw Err.ZeroDiv("0.0 cannot be raised to a negative power");
        if (x < 0 && y != Math.Floor(y) && !double.IsInfinity(y))
            return ComplexPow((x, 0), (y, 0));
        var r = Math.Pow(x, y);
        if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y)) throw Err.Overflow("(34, 'Numerical result out of range')");
        return new PyFloat(r);
    }

    public static PyObject ComplexOp(BinOp op, (double r, double i) a, (double r, double i) b)
    {
        switch (op)
        {
            case BinOp.Add: return new PyComplex(a.r + b.r, a.i + b.i);
            case BinOp.Sub: return new PyComplex(a.r - b.r, a.i - b.i);
            case BinOp.Mul: return new PyComplex(a.r * b.r - a.i * b.i, a.r * b.i + a.i * b.r);
            case BinOp.TrueDiv:
                {
                    if (b.r == 0 && b.i == 0) throw Err.ZeroDiv("complex division by zero");
                    var q = new Complex(a.r, a.i) / new Complex(b.r, b.i);
                    return new PyComplex(q.Real, q.Imaginary);
                }
            case BinOp.Pow: return ComplexPow(a, b);
        }
        if (op is BinOp.FloorDiv or BinOp.Mod) throw Err.Type($"unsupported operand type(s) for {BinOpInfo.Symbol[(int)op]}: 'complex' and 'complex'");
        return Py.NotImplemented;
    }

    static PyObject ComplexPow((double r, double i) a, (double r, double i) b)
    {
        if (b.r == 0 && b.i == 0) return new PyComplex(1, 0);
        if (a.r == 0 && a.i == 0)
        {
            if (b.i != 0 || b.r < 0) throw Err.ZeroDiv("0.0 to a negative or complex power");
            return new PyComplex(0, 0);
        }
        if (b.i == 0 && b.r == Math.Floor(b.r) && Math.Abs(b.r) <= 100)
        {
            var res = Complex.One; var bas = new Complex(a.r, a.i);
            int n = (int)Math.Abs(b.r);
            for (int i = 0; i < n; i++) res *= bas;
            if (b.r < 0) res = Complex.One / res;
            return new PyComplex(res.Real, res.Imaginary);
        }
        var p = Complex.Pow(new Complex(a.r, a.i), new Complex(b.r, b.i));
        return new PyComplex(p.Real, p.Imaginary);
    }

    /// <summary>Exact comparison of an int with a float, as CPython does (no rounding of big ints).</summary>
    public static int CompareIntFloat(PyInt i, double d)
    {
        if (double.IsNaN(d)) return 2;
        if (double.IsPositiveInfinity(d)) return -1;
        if (double.IsNegativeInfinity(d)) return 1;
        if (i.IsSmall && Math.Abs(i.V) < (1L << 53)) return ((double)i.V).CompareTo(d);
        var fl = Math.Floor(d);
        var bf = new BigInteger(fl);
        int c = i.AsBig.CompareTo(bf);
        if (c != 0) return c;
        return fl == d ? 0 : -1;
    }
}
