using System.Text;

namespace Pytk.Grammar;

/// <summary>
/// Prints a SyntaxError as CPython 3.13's traceback module does (TracebackException._format_syntax_error):
/// the File line, the source line without its indentation, a caret line, then `SyntaxError: message`.
/// Columns are counted in code points, as Python strings count them.
/// </summary>
public static class SyntaxErrorFormatter
{
    public static string Format(PythonSyntaxError e)
    {
        var sb = new StringBuilder();
        if (e.Lineno >= 0) // (no File line for an error without any location, as CPython's null-bytes one)
            sb.Append("  File \"").Append(string.IsNullOrEmpty(e.Filename) ? "<string>" : e.Filename)
              .Append("\", line ").Append(e.Lineno).Append('\n');
        if (e.Text is { } text)
        {
            var rtext = CodePoints(text.TrimEnd('\n'));
            int lead = 0;
            while (lead < rtext.Length && rtext[lead] is ' ' or '\n' or '\f') lead++;
            var ltext = rtext[lead..];
            int spaces = lead;
            int fullLength = CodePoints(text).Length;
            int offset = e.Offset;
            int endOffset = e.Lineno == e.EndLineno ? (e.EndOffset != 0 ? e.EndOffset : offset) : rtext.Length + 1;
            if (fullLength > 0 && offset > fullLength) offset = rtext.Length + 1;
            if (fullLength > 0 && endOffset > fullLength) endOffset = rtext.Length + 1;
            if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
            int colno = offset - 1 - spaces, endColno = endOffset - 1 - spaces;
            sb.Append("    ").Append(Join(ltext)).Append('\n');
            if (colno >= 0)
            {
                sb.Append("    ");
                for (int i = 0; i < colno && i < ltext.Length; i++)
                    sb.Append(IsSpace(ltext[i]) ? char.ConvertFromUtf32(ltext[i]) : " ");
                sb.Append('^', Math.Max(0, endColno - colno)).Append('\n');
            }
        }
        sb.Append(e.TypeName).Append(": ").Append(string.IsNullOrEmpty(e.Msg) ? "<no detail available>" : e.Msg).Append('\n');
        return sb.ToString();
    }

    static int[] CodePoints(string s)
    {
        var list = new List<int>(s.Length);
        foreach (var r in s.EnumerateRunes()) list.Add(r.Value);
        return list.ToArray();
    }

    static string Join(int[] cps)
    {
        var sb = new StringBuilder(cps.Length);
        foreach (int cp in cps) sb.Append(char.ConvertFromUtf32(cp));
        return sb.ToString();
    }

    // str.isspace(): whitespace per Python (tabs, form feeds and the Unicode spaces).
    static bool IsSpace(int cp) => cp is 9 or 10 or 11 or 12 or 13 or 28 or 29 or 30 or 31 or 32 or 0x85
        || (cp > 0x7F && Rune.IsWhiteSpace(new Rune(cp)));
}
