using Antlr4.Runtime;
using Pytk.Grammar.Generated;

namespace Pytk.Grammar;

/// <summary>
/// How CPython 3.13 cuts the literal text of an f-string into FSTRING_MIDDLE tokens. The grammar matches
/// a whole run of text; CPython ends a token at each doubled brace (the token keeps one brace, the
/// other is skipped, so the next token starts one column later) and right after a \N{...} escape.
/// </summary>
public abstract partial class PythonLexerBase
{
    void SplitMiddle(IToken t, bool raw)
    {
        string text = t.Text;
        int line = t.Line, col = t.Column, index = t.StartIndex;
        int start = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\\')
            {
                if (!raw && i + 2 < text.Length && text[i + 1] == 'N' && text[i + 2] == '{')
                {
                    int close = i + 3;
                    while (close < text.Length && text[close] is not ('{' or '}')) close++;
                    if (close == text.Length || text[close] == '{') { i = close; continue; }
                    Piece(text, start, close + 1, ref line, ref col, ref index, skip: 0);
                    start = i = close + 1;
                    continue;
                }
                if (i + 1 < text.Length && text[i + 1] is not ('{' or '}')) { i += 2; continue; }
                // A backslash before a brace: CPython's tokenizer warns about it in a non-raw f-string.
                int brace = i + 1 < text.Length ? text[i + 1] : InputStream.LA(1);
                if (!raw && brace is '{' or '}')
                {
                    // at the brace (CPython's tokenizer is there when it warns)
                    int nl = i > start ? text.LastIndexOf('\n', i - 1, i - start) : -1;
                    int braceCol = nl >= 0 ? i - nl : col + (i + 1 - start);
                    Warn(line + LinesBefore(text, start, i), braceCol, $"invalid escape sequence '\\{(char)brace}'");
                }
                i++;
                continue;
            }
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                Piece(text, start, i + 1, ref line, ref col, ref index, skip: 1);
                start = i = i + 2;
                continue;
            }
            i++;
        }
        if (start < text.Length)
            Piece(text, start, text.Length, ref line, ref col, ref index, skip: 0);
        lineHasTokens = true;
    }

    static int LinesBefore(string text, int from, int to)
    {
        int n = 0;
        for (int k = from; k < to; k++) if (text[k] == '\n') n++;
        return n;
    }

    /// <summary>Queues text[from..to) as one FSTRING_MIDDLE and moves the position past it and `skip` chars.</summary>
    void Piece(string text, int from, int to, ref int line, ref int col, ref int index, int skip)
    {
        string s = text.Substring(from, to - from);
        pending.Enqueue(Synthesize(PythonLexer.FSTRING_MIDDLE, s, index, line, col));
        lastType = PythonLexer.FSTRING_MIDDLE;
        foreach (char ch in s)
        {
            if (ch == '\n') { line++; col = 0; }
            else if (!char.IsLowSurrogate(ch)) col++;
            if (!char.IsLowSurrogate(ch)) index++;
        }
        col += skip;
        index += skip;
    }
}
