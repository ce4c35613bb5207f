using System.Numerics;

namespace Pytk.Vm.BuiltinTypes.Numbers;

/// <summary>
/// int: a long while the value fits, a BigInteger beyond (Big is null on the fast path). Values -5..1024 are
/// cached so loops over small ranges allocate nothing.
/// </summary>
public class PyInt : PyObject
{
    public readonly long V;
    /// <summary>The value beyond long's range, boxed: a reference keeps every int 16 bytes smaller than a BigInteger? field.</summary>
    readonly object? big;
    public BigInteger? Big => big is null ? null : (BigInteger)big;

    const int CacheLow = -5, CacheHigh = 1024;
    static readonly PyInt[] cache = MakeCache();
    static PyInt[] MakeCache()
    {
        var c = new PyInt[CacheHigh - CacheLow + 1];
        for (int i = 0; i < c.Length; i++) c[i] = new PyInt(i + CacheLow);
        return c;
    }

    protected PyInt(long v, PyType type) : base(type) { V = v; }
    PyInt(long v) : base(Types.Int) { V = v; }
    PyInt(BigInteger b) : base(Types.Int) { big = b; }
    public PyInt(PyType subtype, BigInteger b) : base(subtype)
    {
        if (b >= long.MinValue && b <= long.MaxValue) V = (long)b; else big = b;
    }

    public static PyInt From(long v) => v >= CacheLow && v <= CacheHigh ? cache[v - CacheLow] : new PyInt(v);
    public static PyInt From(int v) => From((long)v);
    public static PyInt From(BigInteger b) => b >= long.MinValue && b <= long.MaxValue ? From((long)b) : new PyInt(b);

    public bool IsSmall => big is null;
    public BigInteger AsBig => big is null ? V : (BigInteger)big;
    public int Sign => Big is { } b ? b.Sign : Math.Sign(V);

    public int ToInt32(string what = "int")
    {
        if (big is null && V >= int.MinValue && V <= int.MaxValue) return (int)V;
        throw Err.Overflow($"Python int too large to convert to C {what}");
    }

    public long ToInt64()
    {
        if (big is null) return V;
        throw Err.Overflow("Python int too large to convert to C ssize_t");
    }

    public double ToDouble()
    {
        if (big is null) return V;
        var d = BigToDouble((BigInteger)big);
        if (double.IsInfinity(d)) throw Err.Overflow(IntMath.FloatOverflowMessage);
        return d;
    }

    /// <summary>Correctly rounded (half to even) conversion; .NET's cast truncates.</summary>
    public static double BigToDouble(BigInteger b) => IntMath.ToDouble(b);

    public string ToDecimal() => Big is { } b ? Decimal(b) : V.ToString();

    /// <summary>sys.get_int_max_str_digits(): 0 means no limit (CPython's default is 4300).</summary>
    public static int MaxStrDigits { get => PythonRuntime.Current.MaxStrDigits; set => PythonRuntime.Current.MaxStrDigits = value; }

    /// <summary>str(int) for a big value, refused beyond MaxStrDigits digits as CPython does (CVE-2020-10735).</summary>
    public static string Decimal(BigInteger b) => IntMath.ToDecimal(b, MaxStrDigits) ?? throw TooManyDigits(null);

    public static PyException TooManyDigits(int? has) => Err.Value(IntMath.TooManyDigitsMessage(MaxStrDigits, has));
}

public sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(1);
    public static readonly PyBool False = new(0);
    PyBool(long v) : base(v, Types.Bool) { }
    public bool Value => V != 0;
}

public sealed class PyFloat(double v, PyType? subtype = null) : PyObject(subtype ?? Types.Float)
{
    public readonly double V = v;
}

public sealed class PyComplex(double real, double imag) : PyObject(Types.Complex)
{
    public readonly double Real = real, Imag = imag;
}
