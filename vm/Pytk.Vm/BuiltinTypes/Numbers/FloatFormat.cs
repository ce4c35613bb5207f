using System.Globalization;
using System.Numerics;

namespace Pytk.Vm.BuiltinTypes.Numbers;

/// <summary>
/// float → text for format() and %-formatting, as C's printf does it ('f', 'e', 'g'). repr() is
/// <see cref="Pytk.Syntax.PyRepr.Float"/>, shared with the AST dumpers and constant folding.
/// </summary>
public static class FloatFormat
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

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
