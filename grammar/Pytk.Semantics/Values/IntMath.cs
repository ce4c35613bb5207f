using System.Numerics;

namespace Pytk.Semantics;

/// <summary>CPython's int arithmetic where BigInteger alone is not Python (Objects/longobject.c): floor
/// division, correctly rounded conversion and true division to float, the int/str digit limit.</summary>
public static class IntMath
{
    /// <summary>a // b, rounding towards negative infinity; b is not 0.</summary>
    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    /// <summary>a % b with the divisor's sign; b is not 0.</summary>
    public static BigInteger Mod(BigInteger a, BigInteger b)
    {
        var m = BigInteger.Remainder(a, b);
        if (!m.IsZero && (m.Sign < 0) != (b.Sign < 0)) m += b;
        return m;
    }

    public const string FloatOverflowMessage = "int too large to convert to float";

    /// <summary>int.__float__: correctly rounded (half to even; .NET's cast truncates). Infinite where
    /// Python raises OverflowError (<see cref="FloatOverflowMessage"/>).</summary>
    public static double ToDouble(BigInteger i)
    {
        var a = BigInteger.Abs(i);
        long bits = (long)a.GetBitLength();
        if (bits <= 63) return (double)(long)i;
        // 55 significant bits and a sticky bit for the rest: one correct rounding to 53 bits.
        int shift = (int)(bits - 55);
        var top = a >> shift;
        if (!(top << shift).Equals(a)) top |= 1;
        double d = Math.ScaleB((double)(long)top, shift);
        return i.Sign < 0 ? -d : d;
    }

    public const string TrueDivideOverflowMessage = "integer division result too large for a float";

    /// <summary>long_true_divide: a / b correctly rounded; b is not 0 (Python: "division by zero"). Null
    /// where Python raises OverflowError (<see cref="TrueDivideOverflowMessage"/>).</summary>
    public static double? TrueDivide(BigInteger a, BigInteger b)
    {
        var exact = BigInteger.One << 53;
        if (BigInteger.Abs(a) <= exact && BigInteger.Abs(b) <= exact) return (double)a / (double)b;
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        if (a.IsZero) return negative ? -0.0 : 0.0;
        // scale so the quotient has 55 or 56 bits, keep a sticky bit for the remainder, round once
        int shift = (int)((long)a.GetBitLength() - (long)b.GetBitLength() - 55);
        BigInteger q, rem;
        if (shift >= 0) q = BigInteger.DivRem(a, b << shift, out rem);
        else q = BigInteger.DivRem(a << -shift, b, out rem);
        if (!rem.IsZero) q |= 1;
        double d = Math.ScaleB((double)(long)q, shift);
        if (double.IsInfinity(d)) return null;
        return negative ? -d : d;
    }

    /// <summary>CPython's default for sys.set_int_max_str_digits (CVE-2020-10735); 0 means no limit.</summary>
    public const int DefaultMaxStrDigits = 4300;

    /// <summary>str(int) under a digit limit (0: none); null where Python raises ValueError
    /// (<see cref="TooManyDigitsMessage"/>).</summary>
    public static string? ToDecimal(BigInteger b, int maxDigits)
    {
        // A cheap bound first (log10(2) < 0.30103), so a huge value is refused without the quadratic conversion.
        if (maxDigits > 0 && BigInteger.Abs(b).GetBitLength() * 0.30102999566398 > maxDigits + 1) return null;
        string s = b.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (maxDigits > 0 && s.Length - (b.Sign < 0 ? 1 : 0) > maxDigits) return null;
        return s;
    }

    /// <summary>The ValueError of the digit limit, for str(int) (digits unknown) or int(str) (digits known).</summary>
    public static string TooManyDigitsMessage(int maxDigits, int? digits) => digits is { } n
        ? $"Exceeds the limit ({maxDigits} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        : $"Exceeds the limit ({maxDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
}
