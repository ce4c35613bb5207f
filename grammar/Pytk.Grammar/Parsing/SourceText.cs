using System.Text;
using Antlr4.Runtime;

namespace Pytk.Grammar.Parsing;

/// <summary>
/// The source being parsed, split into lines, for converting token positions (line, column in code points)
/// into CPython's AST positions (column in UTF-8 bytes) and back for error offsets. Lines that are pure
/// ASCII, nearly all of them, need no conversion at all.
/// </summary>
sealed class SourceText
{
    readonly string _text;
    readonly int[] _lineStart;   // UTF-16 index of the start of each line (index 0 = line 1)
    readonly bool[] _ascii;

    public SourceText(string text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        var ascii = new List<bool>();
        bool lineAscii = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c > 0x7F) lineAscii = false;
            else if (c == '\n')
            {
                starts.Add(i + 1);
                ascii.Add(lineAscii);
                lineAscii = true;
            }
        }
        ascii.Add(lineAscii);
        _lineStart = starts.ToArray();
        _ascii = ascii.ToArray();
    }

    public string Text => _text;
    public int LineCount => _lineStart.Length;

    /// <summary>The text of 1-based line <paramref name="line"/>, with its line break.</summary>
    public string Line(int line)
    {
        if (line < 1 || line > _lineStart.Length) return "";
        int start = _lineStart[line - 1];
        int end = line < _lineStart.Length ? _lineStart[line] : _text.Length;
        return _text[start..end];
    }

    /// <summary>UTF-8 byte column of a code-point column on a line.</summary>
    public int ByteCol(int line, int column)
    {
        if (line < 1 || line > _ascii.Length || _ascii[line - 1]) return column;
        int i = _lineStart[line - 1], bytes = 0;
        for (int n = 0; n < column && i < _text.Length; n++)
        {
            char c = _text[i];
            if (char.IsHighSurrogate(c) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1])) { bytes += 4; i += 2; }
            else { bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3; i++; }
        }
        return bytes;
    }

    /// <summary>Code-point column (0-based) of a UTF-8 byte column on a line.</summary>
    public int CharCol(int line, int byteCol)
    {
        if (line < 1 || line > _ascii.Length || _ascii[line - 1]) return byteCol;
        int i = _lineStart[line - 1], bytes = 0, n = 0;
        while (bytes < byteCol && i < _text.Length && _text[i] != '\n')
        {
            char c = _text[i];
            if (char.IsHighSurrogate(c) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1])) { bytes += 4; i += 2; }
            else { bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3; i++; }
            n++;
        }
        return n;
    }

    public int Col(IToken t) => ByteCol(t.Line, t.Column);

    /// <summary>(end_lineno, end_col_offset) of a token, from its text (strings can span lines).</summary>
    public (int Line, int Col) End(IToken t)
    {
        // Fast path without t.Text (which builds a new string each call): names, numbers, keywords and
        // operators never span lines, and on an ASCII line their length is their extent in the input.
        int type = t.Type;
        if (type is not (Generated.PythonParser.STRING or Generated.PythonParser.FSTRING_START or Generated.PythonParser.FSTRING_MIDDLE
                or Generated.PythonParser.FSTRING_END or Generated.PythonParser.NEWLINE or Generated.PythonParser.INDENT
                or Generated.PythonParser.DEDENT or TokenConstants.EOF)
            && t.Line >= 1 && t.Line <= _ascii.Length && _ascii[t.Line - 1] && t.StopIndex >= t.StartIndex)
            return (t.Line, t.Column + (t.StopIndex - t.StartIndex + 1));
        string text = t.Text ?? "";
        int nl = text.LastIndexOf('\n');
        if (nl < 0) return (t.Line, Col(t) + Utf8Length(text));
        int lines = 0;
        foreach (char c in text) if (c == '\n') lines++;
        return (t.Line + lines, Utf8Length(text.AsSpan(nl + 1)));
    }

    static int Utf8Length(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (c > 0x7F) return Encoding.UTF8.GetByteCount(s);
        return s.Length;
    }

    /// <summary>A SyntaxError at AST positions (byte columns), with CPython's 1-based character offsets.</summary>
    public PythonSyntaxError Error(string message, int line, int byteCol, int endLine, int endByteCol, string filename,
        SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError) =>
        new(kind, message, filename, line, CharCol(line, byteCol) + 1, endLine, CharCol(endLine, endByteCol) + 1,
            Line(line));
}
