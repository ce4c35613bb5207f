using Antlr4.Runtime;
using Pytk.Grammar.Generated;
using Pytk.Syntax;

namespace Pytk.Grammar;

/// <summary>
/// A carriage return not followed by a line feed, as the tokenize module of CPython 3.13 sees it. Its C
/// tokenizer reads the file's lines split at '\n' only and never translates a lone '\r' (the compiler's
/// tokenizer does: <see cref="SourceParser"/> translates before lexing, so strict mode never gets here).
/// CPython's lexer steps over a '\r' at the start of a token after it has looked for a comment and an
/// identifier, which is how "\r\n" becomes NEWLINE; any other character after the '\r' is lexed from
/// there with the token starting at the '\r':
/// <list type="bullet">
/// <item>a digit, '.', a quote, an operator: that token with the '\r' in front ('\r2' NUMBER, '\r==' OP);</item>
/// <item>an identifier character, '#' or a space: a one-character OP ('\rb' then NAME 'c' for "\rbc");</item>
/// <item>a backslash and a line break: a continuation, no token;</item>
/// <item>a second '\r', a tab or any other non-printable character: "invalid non-printable character";</item>
/// <item>a non-ASCII character: its first UTF-8 byte alone ends the token, which the tokenize module cannot
///   decode (UnicodeDecodeError).</item>
/// </list>
/// A line whose first non-blank character is a lone '\r' is blank for indentation (no INDENT/DEDENT).
/// </summary>
public abstract partial class PythonLexerBase
{
    bool AtLoneCarriageReturn =>
        TokenizeMode && CurrentMode == DefaultModeIndex && InputStream.LA(1) == '\r' && InputStream.LA(2) != '\n';

    /// <summary>A token that a lone '\r' starts.</summary>
    internal static bool StartsWithLoneCr(IToken t) => t is LoneCrToken;

    sealed class LoneCrToken : CommonToken
    {
        public LoneCrToken(Tuple<ITokenSource, ICharStream> source, int type, int start, int stop) : base(source, type, DefaultTokenChannel, start, stop) { }
        public LoneCrToken(IToken t) : base(t) { }
    }

    IToken LoneCarriageReturnToken()
    {
        int start = InputStream.Index, line = Line, col = Column;
        InputStream.Consume();
        Column = col + 1;
        int c = InputStream.LA(1);
        if (c >= 128)
        {
            byte lead = System.Text.Encoding.UTF8.GetBytes(char.ConvertFromUtf32(c))[0];
            throw new PythonLimitError("UnicodeDecodeError", $"'utf-8' codec can't decode byte 0x{lead:x2} in position 1: unexpected end of data");
        }
        if (c == '\r' || !PyRepr.IsPrintable(c))
            throw TokenError($"invalid non-printable character U+{c:X4}", line, col + 2);
        if (c is '#' or ' ' or '_' || char.IsAsciiLetter((char)c))
        {
            InputStream.Consume();
            Column = col + 2;
            return new LoneCrToken(new Tuple<ITokenSource, ICharStream>(this, (ICharStream)InputStream), PythonLexer.ERRORTOKEN, start, start + 1)
            {
                Line = line,
                Column = col,
                Text = "\r" + (char)c,
            };
        }
        var t = base.NextToken();
        // A continuation swallows the '\r' with it.
        if (t.Type == PythonLexer.LINE_JOIN) return t;
        return new LoneCrToken(t)
        {
            StartIndex = start,
            Column = col,
            Text = "\r" + t.Text,
        };
    }
}
