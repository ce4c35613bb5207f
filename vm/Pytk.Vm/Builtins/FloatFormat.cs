using System.Globalization;
using System.Numerics;

namespace Pytk.Vm;

/// <summary>
/// float → text as CPython does it: repr is the shortest round-tripping digits (which .NET's "R" also finds),
/// laid out with Python's rule: positional for exponents -4 ≤ e &lt; 16, otherwise 1e+16 style.
/// </summary>
public static class FloatFormat
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Repr(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return double.IsNegative(v) ? "-0.0" : "0.0";
        var (neg, digits, exp) = Shortest(v);
        return (neg ? "-" : "") + Layout(digits, exp, -4, 16, true);
    }

    /// <summary>Shortest round-trip digits and decimal exponent: v = 0.d1d2d3... × 10^(exp+1) as d1.d2d3 × 10^exp.</summary>
    public static (bool Neg, string Digits, int Exp) Shortest(double v)
    {
        string r = Math.Abs(v).ToString("E16", Inv);
        // Find the shortest precision that round-trips (E16 always does; try shorter first).
        for (int p = 0; p <= 16; p++)
        {
            string s = Math.Abs(v).ToString("E" + p, Inv);
            if (double.Parse(s, Inv) == Math.Abs(v)) { r = s; break; }
        }
        int e = r.IndexOf('E');
        string mant = r[..e].Replace(".", "");
        int exp = int.Parse(r[(e + 1)..], Inv);
        mant = mant.TrimEnd('0');
        if (mant.Length == 0) mant = "0";
        return (v < 0 || double.IsNegative(v), mant, exp);
    }

    /// <summary>Digits d1d2... with value d1.d2... × 10^exp, positional when lo ≤ exp &lt; hi.</summary>
    static string Layout(string digits, int exp, int lo, int hi, bool forceDot)
    {
        if (exp >= lo && exp < hi)
        {
            if (exp < 0) return "0." + new string('0', -exp - 1) + digits;
            if (digits.Length <= exp + 1) return digits + new string('0', exp + 1 - digits.Length) + (forceDot ? ".0" : "");
            return digits[..(exp + 1)] + "." + digits[(exp + 1)..];
        }
        string m = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
        return m + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", Inv);
    }

    /// <summary>'f' formatting with exact decimal expansion of the double (as C's printf does).</summary>
    public static string Fixed(double v, int prec)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        // Exact value as a big rational m × 2^e, rounded half-to-even at prec decimals.
        long bits = BitConverter.DoubleToInt64Bits(v);
        bool neg = bits < 0;
        int be = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        BigInteger m = be == 0 ? frac : frac | (1L << 52);
        int e2 = (be == 0 ? 1 : be) - 1075;
        BigInteger num = m, den = BigInteger.One;
        if (e2 > 0) num <<= e2; else den <<= -e2;
        num *= BigInteger.Pow(10, prec);
        var q = BigInteger.DivRem(num, den, out var rem);
        var twice = rem * 2;
        if (twice > den || (twice == den && !q.IsEven)) q += 1;
        string s = q.ToString().PadLeft(prec + 1, '0');
        string res = prec == 0 ? s : s[..^prec] + "." + s[^prec..];
        return (neg ? "-" : "") + res;
    }

    public static string Exponent(double v, int prec, bool upper = false)
    {
        if (double.IsNaN(v)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(v)) return (v > 0 ? "" : "-") + (upper ? "INF" : "inf");
        string s = v.ToString((upper ? "E" : "e") + prec, Inv);
        // .NET writes e+006; C writes e+06.
        int e = s.IndexOfAny(['e', 'E']);
        int exp = int.Parse(s[(e + 1)..], Inv);
        return s[..(e + 1)] + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", Inv);
    }

    /// <summary>'g' formatting (C semantics; alternate keeps trailing zeros).</summary>
    public static string General(double v, int prec, bool alternate = false, bool upper = false)
    {
        if (double.IsNaN(v)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(v)) return (v > 0 ? "" : "-") + (upper ? "INF" : "inf");
        if (prec == 0) prec = 1;
        if (v == 0) return (double.IsNegative(v) ? "-" : "") + (alternate ? "0." + new string('0', prec - 1) : "0");
        string es = Exponent(v, prec - 1);
        int exp = int.Parse(es[(es.IndexOf('e') + 1)..], Inv);
        string r;
        if (exp >= -4 && exp < prec) r = Fixed(v, prec - 1 - exp);
        else r = es;
        if (!alternate)
        {
            int epos = r.IndexOf('e');
            string mant = epos >= 0 ? r[..epos] : r, tail = epos >= 0 ? r[epos..] : "";
            if (mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
            r = mant + tail;
        }
        return upper ? r.ToUpperInvariant() : r;
    }

    /// <summary>str(float) with format spec type '' or 'r'-like: repr but honoring a precision (format(x, '.3')).</summary>
    public static string ReprWithPrecision(double v, int prec)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        string g = General(v, prec);
        // Python's '' type with precision: like 'g' but at least one digit after the point when positional.
        if (!g.Contains('.') && !g.Contains('e') && !g.Contains("inf") && !g.Contains("nan")) g += ".0";
        return g;
    }
}
