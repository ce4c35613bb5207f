using System.Globalization;
using System.Numerics;
using System.Text;

namespace Pytk.Syntax;

/// <summary>
/// Python's <c>repr()</c> of constant values, byte for byte as CPython 3.13 prints them: shortest round-trip
/// floats (<c>1e+16</c>, <c>1e-05</c>, <c>inf</c>), complex (<c>1j</c>, <c>(1+2j)</c>), str with Python's
/// quote choice and escapes of non-printable characters, bytes, big ints, tuples. The one implementation:
/// the dumpers and the unparser here, constant folding, and the VM's float, complex, str and bytes objects
/// all print through it. (It lives at the bottom, in Pytk.Syntax, because the AST dumpers need it; the
/// arithmetic half of the value kernel is in Pytk.Semantics.)
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
        SurrogateStr s => Str(s.CodePoints),
        byte[] b => Bytes(b),
        EllipsisConstant => "Ellipsis",
        TupleConstant t => Tuple(t),
        FrozenSetConstant f => f.Items.Count == 0 ? "frozenset()" : "frozenset({" + string.Join(", ", f.Items.Select(Repr)) + "})",
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

        // .NET's "R" usually gives the same shortest round-trip digits as CPython's dtoa; only the layout differs.
        // It is not always shortest-and-exact (2.0**-25 comes out one digit short and does not round-trip),
        // so check, and search the precisions upwards in the rare case it fails.
        double a = Math.Abs(d);
        string r = a.ToString("R", CultureInfo.InvariantCulture);
        if (double.Parse(r, CultureInfo.InvariantCulture) != a)
        {
            for (int p = 0; p <= 16; p++)
            {
                r = a.ToString("E" + p, CultureInfo.InvariantCulture);
                if (double.Parse(r, CultureInfo.InvariantCulture) == a) break;
            }
        }
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
            AppendEscaped(sb, cp, quote);
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>The code points of a C# string, pairing surrogates.</summary>
    public static IEnumerable<int> CodePoints(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                yield return char.ConvertToUtf32(s[i], s[++i]);
            else
                yield return s[i];
        }
    }

    /// <summary><c>str.__repr__</c> of a sequence of code points.</summary>
    public static string Str(IEnumerable<int> codePoints)
    {
        var cps = codePoints as IReadOnlyCollection<int> ?? codePoints.ToList();
        bool hasSingle = false, hasDouble = false;
        foreach (int c in cps)
        {
            hasSingle |= c == '\'';
            hasDouble |= c == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(cps.Count + 2).Append(quote);
        foreach (int cp in cps) AppendEscaped(sb, cp, quote);
        return sb.Append(quote).ToString();
    }

    /// <summary>One code point as <c>repr()</c> writes it between the quotes.</summary>
    static void AppendEscaped(StringBuilder sb, int cp, char quote)
    {
        if (cp >= ' ' && cp < 0x7f)
        {
            if (cp == quote || cp == '\\') sb.Append('\\');
            sb.Append((char)cp);
        }
        else if (cp == '\t') sb.Append("\\t");
        else if (cp == '\n') sb.Append("\\n");
        else if (cp == '\r') sb.Append("\\r");
        else if (cp < ' ' || cp == 0x7f) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
        else if (IsPrintable(cp))
        {
            if (cp > 0xffff) sb.Append(char.ConvertFromUtf32(cp)); else sb.Append((char)cp);
        }
        else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
        else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
        else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
    }

    /// <summary><c>str.isprintable()</c> for one code point, by CPython 3.13's Unicode 15.1 tables (not .NET's,
    /// which know newer characters).</summary>
    public static bool IsPrintable(int cp) => UnicodeTables.IsPrintable(cp);

    /// <summary><c>bytes.__repr__</c>.</summary>
    public static string Bytes(byte[] b) => Bytes(b, "b", "", alwaysEscapeSingle: false);

    /// <summary><c>bytearray.__repr__</c>: <c>bytearray(b'...')</c>; unlike bytes, it escapes a single quote
    /// even inside double quotes (CPython's bytearray_repr does).</summary>
    public static string ByteArray(byte[] b) => Bytes(b, "bytearray(b", ")", alwaysEscapeSingle: true);

    static string Bytes(byte[] b, string prefix, string suffix, bool alwaysEscapeSingle)
    {
        char quote = Array.IndexOf(b, (byte)'\'') >= 0 && Array.IndexOf(b, (byte)'"') < 0 ? '"' : '\'';
        var sb = new StringBuilder(b.Length + prefix.Length + 3).Append(prefix).Append(quote);
        foreach (byte c in b)
        {
            if (c == quote || c == '\\' || (c == '\'' && alwaysEscapeSingle)) sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < ' ' || c >= 0x7f) sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)c);
        }
        return sb.Append(quote).Append(suffix).ToString();
    }

    private static string Tuple(TupleConstant t) => t.Items.Count == 1
        ? "(" + Repr(t.Items[0]) + ",)"
        : "(" + string.Join(", ", t.Items.Select(Repr)) + ")";
}

/// <summary>A frozenset constant (CPython's constant folder makes them for <c>x in {1, 2}</c>). Items keep
/// the order they were given in; whoever builds one decides it (CPython prints hash order).</summary>
public sealed class FrozenSetConstant(IReadOnlyList<object?> items)
{
    public IReadOnlyList<object?> Items { get; } = items;
    public override string ToString() => PyRepr.Repr(this);
}

/// <summary>A tuple constant (CPython's constant folder makes them, e.g. for <c>x in (1, 2)</c>).</summary>
public sealed class TupleConstant(IReadOnlyList<object?> items)
{
    public IReadOnlyList<object?> Items { get; } = items;
    public override string ToString() => PyRepr.Repr(this);
}

/// <summary>
/// A Python str that a C# string cannot hold faithfully: one in which a high surrogate code point is
/// directly followed by a low one (only escapes such as <c>'\ud83d\ude00'</c> make these). UTF-16 would read
/// the two as one astral character, which Python keeps distinct. Every other str is a plain C# string.
/// </summary>
public sealed class SurrogateStr(IReadOnlyList<int> codePoints)
{
    public IReadOnlyList<int> CodePoints { get; } = codePoints;

    /// <summary>The value as a str if UTF-16 can hold it exactly, else this wrapper.</summary>
    public static object FromCodePoints(IReadOnlyList<int> cps)
    {
        for (int i = 0; i + 1 < cps.Count; i++)
            if (cps[i] is >= 0xD800 and <= 0xDBFF && cps[i + 1] is >= 0xDC00 and <= 0xDFFF)
                return new SurrogateStr(cps);
        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps)
        {
            if (cp > 0xffff) sb.Append(char.ConvertFromUtf32(cp)); else sb.Append((char)cp);
        }
        return sb.ToString();
    }

    /// <summary>The closest C# string (the surrogate code points become a pair).</summary>
    public override string ToString() => string.Concat(CodePoints.Select(c => c > 0xffff ? char.ConvertFromUtf32(c) : ((char)c).ToString()));

    public override bool Equals(object? obj) => obj is SurrogateStr o && o.CodePoints.SequenceEqual(CodePoints);
    public override int GetHashCode() => CodePoints.Count;
}
