using Antlr4.Runtime;
using Pytk.Grammar.Generated;

namespace Pytk.Grammar;

/// <summary>
/// One token as Python's tokenize module reports it: type name (OP for operators), exact type name,
/// string, and start/end as (line, column) with columns in code points.
/// </summary>
public readonly record struct PyToken(int Type, string String, int StartLine, int StartCol, int EndLine, int EndCol)
{
    public string TypeName => TokenNames.TypeName(Type);
    public string ExactTypeName => TokenNames.ExactName(Type);
}

/// <summary>The tokenizer API: source in, CPython-style tokens out (what `python -m tokenize` lists).</summary>
public static class Tokenizer
{
    /// <summary>
    /// A lexer over decoded source text. Like CPython, a final line break is supplied when the text lacks
    /// one; the parser reads its default channel (COMMENT, NL and whitespace are hidden).
    /// </summary>
    public static PythonLexer CreateLexer(string text, string filename = "<string>")
    {
        var lexer = new PythonLexer(CharStream(WithFinalNewline(text)), TextWriter.Null, TextWriter.Null)
        {
            Filename = filename,
        };
        lexer.RemoveErrorListeners();
        lexer.TokenFactory = Parsing.TextCachingTokenFactory.Instance;
        int nul = text.IndexOf('\0');
        if (nul >= 0) lexer.NulLine = 1 + text.AsSpan(0, nul).Count('\n');
        return lexer;
    }

    /// <summary>
    /// Positions count code points. Without surrogates UTF-16 indices are code points already, and
    /// AntlrInputStream's token text is a plain substring (a code point stream rebuilds each one).
    /// </summary>
    static ICharStream CharStream(string text) =>
        text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 ? new CodePointStream(text) : new AntlrInputStream(text);

    static string WithFinalNewline(string text) => text.Length == 0 || text[^1] == '\n' ? text : text + "\n";

    /// <summary>Decodes the bytes (BOM, coding cookie) and tokenizes them; the encoding comes back too.</summary>
    public static (string Encoding, List<PyToken> Tokens) Tokenize(byte[] source, string filename, Action<int, string>? warning = null)
    {
        var (encoding, text) = SourceDecoder.Decode(source, filename);
        return (encoding, Tokenize(text, filename, warning));
    }

    /// <summary>Tokens of decoded text, ENDMARKER last (no ENCODING token). Throws PythonSyntaxError.</summary>
    public static List<PyToken> Tokenize(string text, string filename = "<string>", Action<int, string>? warning = null)
    {
        var result = new List<PyToken>(text.Length / 8 + 16);
        result.AddRange(Enumerate(text, filename, warning));
        return result;
    }

    /// <summary>
    /// The same tokens, produced lazily like CPython's tokenize generator: nothing is kept, so counting
    /// them (`pytk tokenize --summary`) costs no more than lexing.
    /// </summary>
    public static IEnumerable<PyToken> Enumerate(string text, string filename = "<string>", Action<int, string>? warning = null)
    {
        var lexer = CreateLexer(text, filename);
        lexer.Warning = warning;
        // The code point index where the supplied line break sits: its NEWLINE/NL has an empty string.
        int implicitNewline = text.Length == 0 || text[^1] == '\n' ? -1 : CodePointCount(text);
        while (true)
        {
            var t = lexer.NextToken();
            int type = t.Type;
            if (type == TokenConstants.EOF)
            {
                yield return new PyToken(type, "", t.Line, t.Column, t.Line, t.Column);
                yield break;
            }
            if (t.Channel != Lexer.DefaultTokenChannel && type != PythonLexer.NL && type != PythonLexer.COMMENT)
                continue;
            string s = t.Text;
            int line = t.Line, col = t.Column;
            if (type is PythonLexer.NEWLINE or PythonLexer.NL)
            {
                int endCol = col + s.Length;
                // After a '\r' that ended the file, CPython's NEWLINE keeps the '\r' (its NL does not).
                if (t.StopIndex == implicitNewline) s = type == PythonLexer.NEWLINE && s == "\r\n" ? "\r" : "";
                yield return new PyToken(type, s, line, col, line, endCol);
                continue;
            }
            // A token a lone '\r' starts is not the operator it holds: tokenize's exact type is OP.
            if (PythonLexerBase.StartsWithLoneCr(t) && type is not (PythonLexer.STRING or PythonLexer.NUMBER)) type = PythonLexer.ERRORTOKEN;
            var (endLine, endColumn) = End(s, line, col);
            yield return new PyToken(type, s, line, col, endLine, endColumn);
        }
    }

    static (int Line, int Col) End(string s, int line, int col)
    {
        int lastBreak = s.LastIndexOf('\n');
        if (lastBreak < 0)
            return (line, col + CodePointCount(s));
        int breaks = 0;
        foreach (char c in s) if (c == '\n') breaks++;
        return (line + breaks, CodePointCount(s.AsSpan(lastBreak + 1)));
    }

    static int CodePointCount(ReadOnlySpan<char> s)
    {
        int n = s.Length;
        foreach (char c in s) if (char.IsLowSurrogate(c)) n--;
        return n;
    }
}
