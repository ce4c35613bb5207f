using System.Globalization;
using System.Numerics;
using System.Text;

namespace Pytk.Syntax;

/// <summary>
/// Python's <c>repr()</c> of constant values, byte for byte as CPython 3.13 prints them: shortest round-trip
/// floats (<c>1e+16</c>, <c>1e-05</c>, <c>inf</c>), complex (<c>1j</c>, <c>(1+2j)</c>), str with Python's
/// quote choice and escapes of non-printable characters, bytes, big ints, tuples.
/// </summary>
public static class PyRepr
{
    public static string Repr(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => Float(d),
        Complex c => ComplexRepr(c),
        string s => Str(s),
        byte[] b => Bytes(b),
        PyEllipsis => "Ellipsis",
        PyTuple t => Tuple(t),
        _ => throw new ArgumentException($"not a Python constant: {value.GetType().Name}"),
    };

    /// <summary><c>float.__repr__</c>: the shortest digits that round-trip, in fixed notation when the
    /// decimal exponent is in [-4, 16), else in exponent notation with at least two exponent digits.</summary>
    public static string Float(double d) => FormatDouble(d, addDotZero: true, forceSign: false);

    private static string FormatDouble(double d, bool addDotZero, bool forceSign)
    {
        string sign = double.IsNegative(d) ? "-" : forceSign ? "+" : "";
        if (double.IsNaN(d)) return (forceSign ? "+" : "") + "nan";
        if (double.IsInfinity(d)) return sign + "inf";
        if (d == 0) return sign + (addDotZero ? "0.0" : "0");

        // .NET's "R" gives the same shortest round-trip digits as CPython's dtoa; only the layout differs.
        string r = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        int exp = 0;
        int e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        int dot = r.IndexOf('.');
        string digits = dot >= 0 ? r.Remove(dot, 1) : r;
        int decpt = (dot >= 0 ? dot : r.Length) + exp;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; decpt--; }
        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";

        var sb = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            int x = decpt - 1;
            sb.Append('e').Append(x < 0 ? '-' : '+').Append(Math.Abs(x).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero) sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }

    /// <summary><c>complex.__repr__</c>: a +0 real part is left out (<c>1j</c>), otherwise <c>(re±imj)</c>.
    /// Parts are shortest floats without the trailing <c>.0</c>.</summary>
    public static string ComplexRepr(Complex c)
    {
        if (c.Real == 0 && !double.IsNegative(c.Real))
            return FormatDouble(c.Imaginary, addDotZero: false, forceSign: false) + "j";
        return "(" + FormatDouble(c.Real, addDotZero: false, forceSign: false)
            + FormatDouble(c.Imaginary, addDotZero: false, forceSign: true) + "j)";
    }

    /// <summary><c>str.__repr__</c>. Surrogate pairs count as one code point; lone surrogates are escaped.</summary>
    public static string Str(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp == quote || cp == '\\') sb.Append('\\').Append((char)cp);
            else if (cp == '\t') sb.Append("\\t");
            else if (cp == '\n') sb.Append("\\n");
            else if (cp == '\r') sb.Append("\\r");
            else if (cp < ' ' || cp == 0x7f) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x7f) sb.Append((char)cp);
            else if (IsPrintable(cp))
            {
                if (cp > 0xffff) sb.Append(char.ConvertFromUtf32(cp)); else sb.Append((char)cp);
            }
            else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.Append(quote).ToString();
    }

    /// <summary><c>str.isprintable()</c> for one code point: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs,
    /// except the ASCII space.</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp == ' ') return true;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        if (UnicodeTables.IsUnassignedInPython(cp)) return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }

    /// <summary><c>bytes.__repr__</c>.</summary>
    public static string Bytes(byte[] b)
    {
        char quote = Array.IndexOf(b, (byte)'\'') >= 0 && Array.IndexOf(b, (byte)'"') < 0 ? '"' : '\'';
        var sb = new StringBuilder(b.Length + 3).Append('b').Append(quote);
        foreach (byte c in b)
        {
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < ' ' || c >= 0x7f) sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)c);
        }
        return sb.Append(quote).ToString();
    }

    private static string Tuple(PyTuple t) => t.Items.Count == 1
        ? "(" + Repr(t.Items[0]) + ",)"
        : "(" + string.Join(", ", t.Items.Select(Repr)) + ")";
}

/// <summary>A tuple constant (CPython's constant folder makes them, e.g. for <c>x in (1, 2)</c>).</summary>
public sealed class PyTuple(IReadOnlyList<object?> items)
{
    public IReadOnlyList<object?> Items { get; } = items;
    public override string ToString() => PyRepr.Repr(this);
}
