using System.Globalization;
using System.Numerics;
using System.Text;

namespace Pytk.Vm.BuiltinTypes.Numbers;

/// <summary>Text → float: float(str) with Python's literal rules, float.fromhex and float.hex.</summary>
public static class FloatText
{
    /// <summary>CPython's float('nan'): a quiet NaN with the sign bit clear (.NET's double.NaN has it set, so
    /// copysign and a Decimal made from it would see a negative NaN).</summary>
    public static readonly double PositiveNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

    /// <summary>float(text): whitespace, sign, inf/nan words, digits with single underscores between them.</summary>
    public static double Parse(string text, string? shown = null)
    {
        var bad = () => Err.Value($"could not convert string to float: {shown ?? PyRepr.Str(text)}");
        string s = StrMethods.StripWhite(text);
        // Unicode decimal digits count as their ASCII values, as CPython transforms them first.
        if (s.Any(c => c >= 128))
        {
            var sb = new StringBuilder(s.Length);
            foreach (char c in s)
                sb.Append(c >= 128 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber
                    ? (char)('0' + (int)char.GetNumericValue(c)) : c);
            s = sb.ToString();
        }
        int i = 0;
        bool neg = false;
        if (i < s.Length && s[i] is '+' or '-') neg = s[i++] == '-';
        string rest = s[i..].ToLowerInvariant();
        if (rest is "inf" or "infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest == "nan") return neg ? -PositiveNaN : PositiveNaN;
        if (!ValidDecimal(rest)) throw bad();
        double d = double.Parse(rest.Replace("_", ""), NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        return neg ? -d : d;
    }

    /// <summary>digits [. digits] [e [sign] digits], at least one mantissa digit, '_' only between two digits.</summary>
    static bool ValidDecimal(string s)
    {
        int i = 0, n = s.Length;
        int Digits()
        {
            int count = 0;
            while (i < n)
            {
                if (char.IsAsciiDigit(s[i])) { count++; i++; }
                else if (s[i] == '_' && count > 0 && i + 1 < n && char.IsAsciiDigit(s[i + 1])) i++;
                else break;
            }
            return count;
        }
        int mant = Digits();
        if (i < n && s[i] == '.') { i++; mant += Digits(); }
        if (mant == 0) return false;
        if (i < n && s[i] == 'e')
        {
            i++;
            if (i < n && s[i] is '+' or '-') i++;
            if (Digits() == 0) return false;
        }
        return i == n;
    }

    /// <summary>float.fromhex: [sign] [0x] hex [. hex] [p [sign] dec], or inf/nan; exactly rounded.</summary>
    public static double FromHex(string text)
    {
        var bad = () => Err.Value("invalid hexadecimal floating-point string");
        string s = StrMethods.StripWhite(text).ToLowerInvariant();
        int i = 0, n = s.Length;
        bool neg = false;
        if (i < n && s[i] is '+' or '-') neg = s[i++] == '-';
        string rest = s[i..];
        if (rest is "inf" or "infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest == "nan") return neg ? -PositiveNaN : PositiveNaN;
        if (rest.StartsWith("0x")) i += 2;
        BigInteger m = 0;
        long exp = 0;
        int digits = 0;
        while (i < n && Uri.IsHexDigit(s[i])) { m = m * 16 + Convert.ToInt32(s[i].ToString(), 16); i++; digits++; }
        if (i < n && s[i] == '.')
        {
            i++;
            while (i < n && Uri.IsHexDigit(s[i])) { m = m * 16 + Convert.ToInt32(s[i].ToString(), 16); i++; digits++; exp -= 4; }
        }
        if (digits == 0) throw bad();
        if (i < n && s[i] == 'p')
        {
            i++;
            int st = i;
            if (i < n && s[i] is '+' or '-') i++;
            int ds = i;
            while (i < n && char.IsAsciiDigit(s[i])) i++;
            if (i == ds) throw bad();
            var e = BigInteger.Parse(s[st..i], CultureInfo.InvariantCulture);
            exp += e > 100000 ? 100000 : e < -100000 ? -100000 : (long)e;
        }
        if (i != n) throw bad();
        double r = Scale(m, exp);
        return neg ? -r : r;
    }

    /// <summary>m × 2^e correctly rounded (half to even) to a double, subnormals included.</summary>
    static double Scale(BigInteger m, long e)
    {
        if (m.IsZero) return 0.0;
        long bl = (long)m.GetBitLength();
        long top = bl - 1 + e;
        if (top > 1023) throw Err.Overflow("hexadecimal value too large to represent as a float");
        long prec = top >= -1022 ? 53 : 53 - (-1022 - top);
        if (prec <= 0)
        {
            // Below half the smallest subnormal rounds to zero; exactly half rounds to even (zero); above to it.
            if (prec < 0) return 0.0;
            bool above = m > BigInteger.One << (int)(bl - 1);
            return above ? double.Epsilon : 0.0;
        }
        long shift = bl - prec;
        BigInteger mant;
        if (shift > 0)
        {
            mant = m >> (int)shift;
            var rem = m - (mant << (int)shift);
            var half = BigInteger.One << (int)(shift - 1);
            if (rem > half || (rem == half && !mant.IsEven)) mant += 1;
        }
        else mant = m << (int)-shift;
        double r = Math.ScaleB((double)mant, (int)(e + shift));
        if (double.IsInfinity(r)) throw Err.Overflow("hexadecimal value too large to represent as a float");
        return r;
    }

    public static string Hex(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0x0.0p+0" : "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(d);
        string sign = bits < 0 ? "-" : "";
        int exp = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        string lead = exp == 0 ? "0" : "1";
        int e = exp == 0 ? -1022 : exp - 1023;
        string fs = frac.ToString("x13");
        return $"{sign}0x{lead}.{fs}p{(e >= 0 ? "+" : "")}{e}";
    }
}
