using System.Text;
using Pytk.Syntax;

namespace Pytk.Grammar;

/// <summary>
/// The text `python3.13 -m tokenize [-e]` prints (Lib/tokenize.py main()): one line per token laid out
/// as "%-20s%-15s%-15r", and errors as "FILE:LINE:COL: error: MSG". Widths count code points, as
/// Python's % formatting does.
/// </summary>
public static class TokenizeFormatter
{
    public static void AppendToken(StringBuilder sb, in PyToken t, bool exact)
    {
        int start = sb.Length;
        sb.Append(t.StartLine).Append(',').Append(t.StartCol).Append('-').Append(t.EndLine).Append(',').Append(t.EndCol).Append(':');
        Pad(sb, start, 20);
        start = sb.Length;
        sb.Append(exact ? t.ExactTypeName : t.TypeName);
        Pad(sb, start, 15);
        start = sb.Length;
        sb.Append(PyRepr.Str(t.String));
        Pad(sb, start, 15);
        sb.Append('\n');
    }

    /// <summary>The ENCODING line tokenize prints first for a file (never for stdin).</summary>
    public static void AppendEncoding(StringBuilder sb, string encoding)
    {
        int start = sb.Length;
        sb.Append("0,0-0,0:");
        Pad(sb, start, 20);
        start = sb.Length;
        sb.Append("ENCODING");
        Pad(sb, start, 15);
        start = sb.Length;
        sb.Append(PyRepr.Str(encoding));
        Pad(sb, start, 15);
        sb.Append('\n');
    }

    static void Pad(StringBuilder sb, int start, int width)
    {
        int n = sb.Length - start;
        for (int i = start; i < sb.Length; i++)
            if (char.IsLowSurrogate(sb[i])) n--;
        if (n < width) sb.Append(' ', width - n);
    }

    /// <summary>The stderr line tokenize's main() prints for a syntax error in `filename`.</summary>
    public static string ErrorLine(PythonSyntaxError e, string filename)
    {
        if (!e.HasLocation)
            return $"{filename}: error: {e.Msg}";
        string msg = e.Msg;
        // tokenize._transform_msg, applied to plain SyntaxErrors only.
        if (e.Kind == SyntaxErrorKind.SyntaxError && msg.Contains("unterminated triple-quoted string literal"))
            msg = "EOF in multi-line string";
        return $"{filename}:{e.Lineno}:{e.Offset}: error: {msg}";
    }
}
