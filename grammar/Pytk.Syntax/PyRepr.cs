using System.Globalization;
using System.Text;

namespace Pytk.Syntax;

/// <summary>Python's repr() of str values, and str.isprintable(), as CPython 3.13 computes them.</summary>
public static class PyRepr
{
    /// <summary>repr(s): single quotes unless the text has a ' and no ", escapes for the rest.</summary>
    public static string Str(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        AppendEscaped(sb, s, quote);
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>The body of repr(s) without the quotes, escaping the given quote character.</summary>
    public static void AppendEscaped(StringBuilder sb, string s, char quote)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\') { sb.Append('\\').Append(c); continue; }
            if (c >= ' ' && c < 0x7f) { sb.Append(c); continue; }
            switch (c)
            {
                case '\t': sb.Append("\\t"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
            }
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                cp = char.ConvertToUtf32(c, s[i + 1]);
            if (IsPrintable(cp))
            {
                if (cp > 0xffff) { sb.Append(c).Append(s[i + 1]); i++; }
                else sb.Append(c);
                continue;
            }
            if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4"));
            else { sb.Append("\\U").Append(cp.ToString("x8")); i++; }
        }
    }

    /// <summary>str.isprintable() for one code point: not in Cc, Cf, Cs, Co, Cn, Zl, Zp, and Zs only for ' '.</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp < 0x7f) return cp >= 0x20;
        if (cp < 0xa0) return false;
        var cat = cp <= 0xffff ? CharUnicodeInfo.GetUnicodeCategory((char)cp) : CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }
}
