using System.Text;
using Pytk.Syntax;

namespace Pytk.Syntax;

/// <summary>_Unparser._str_literal_helper and friends: choose quotes so a literal needs the fewest escapes.
/// Strings are handled as code points, as Python sees them.</summary>
static class StringLiterals
{
    public static readonly string[] AllQuotes = ["'", "\"", "\"\"\"", "'''"];
    public static readonly string[] MultiQuotes = ["\"\"\"", "'''"];

    public static int[] CodePoints(object s) => s is SurrogateStr ss ? [.. ss.CodePoints] : [.. PyRepr.CodePoints((string)s)];

    public static string FromCodePoints(IEnumerable<int> cps)
    {
        var sb = new StringBuilder();
        foreach (int cp in cps) Append(sb, cp);
        return sb.ToString();
    }

    static void Append(StringBuilder sb, int cp)
    {
        if (cp > 0xFFFF) sb.Append(char.ConvertFromUtf32(cp)); else sb.Append((char)cp);
    }

    /// <summary>c.encode("unicode_escape") for one backslash or non-printable character.</summary>
    static string UnicodeEscape(int cp) => cp switch
    {
        '\\' => "\\\\",
        '\t' => "\\t",
        '\n' => "\\n",
        '\r' => "\\r",
        < 0x20 or (>= 0x7F and < 0x100) => $"\\x{cp:x2}",
        < 0x80 => ((char)cp).ToString(),
        < 0x10000 => $"\\u{cp:x4}",
        _ => $"\\U{cp:x8}",
    };

    public static (string Text, List<string> Quotes) Helper(object value, IReadOnlyList<string> quoteTypes, bool escapeSpecialWhitespace = false)
    {
        var cps = CodePoints(value);
        var sb = new StringBuilder();
        foreach (int c in cps)
        {
            if (!escapeSpecialWhitespace && (c == '\n' || c == '\t')) Append(sb, c);
            else if (c == '\\' || !PyRepr.IsPrintable(c)) sb.Append(UnicodeEscape(c));
            else Append(sb, c);
        }
        string escaped = sb.ToString();
        var possible = quoteTypes.ToList();
        if (escaped.Contains('\n')) possible = possible.Where(q => MultiQuotes.Contains(q)).ToList();
        possible = possible.Where(q => !escaped.Contains(q)).ToList();
        if (possible.Count == 0)
        {
            string repr = PyRepr.Repr(value);
            string quote = quoteTypes.FirstOrDefault(q => q.Contains(repr[0])) ?? repr[0].ToString();
            return (repr[1..^1], [quote]);
        }
        if (escaped.Length > 0)
        {
            char last = escaped[^1];
            // stable sort: quotes not ending the string first (prefer '''"''' over """\"""")
            possible = possible.OrderBy(q => q[0] == last ? 1 : 0).ToList();
            if (possible[0][0] == last) escaped = escaped[..^1] + "\\" + last;
        }
        return (escaped, possible);
    }
}
