using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Pytk.Grammar.Generated;

namespace Pytk.Grammar;

/// <summary>
/// Lexical errors, with the messages and positions CPython 3.13's tokenizer gives them
/// (offsets are 1-based code points, as SyntaxError.offset).
/// </summary>
public abstract partial class PythonLexerBase
{
    readonly Stack<(int Line, int Column)> fstringStarts = new();

    /// <summary>Grammar action: an opening quote whose string never closes.</summary>
    /// <remarks>
    /// The error waits until the token is handled (<see cref="deferredError"/>): at the start of a line
    /// CPython checks the indentation before it reads the string.
    /// </remarks>
    protected void UnterminatedString(bool triple)
    {
        int line = TokenStartLine, offset = TokenStartColumn + 1;
        // Inside an f-string's expression, a string opened with the f-string's own quote means a '}' is missing.
        char quote = (char)InputStream.LA(-1);
        if (fstrings.Count > 0 && fstrings.Peek().Quote == quote && fstrings.Peek().QuoteLength == (triple ? 3 : 1))
        {
            deferredError = TokenError("f-string: expecting '}'", line, offset);
            return;
        }
        if (triple)
        {
            deferredError = TokenError($"unterminated triple-quoted string literal (detected at line {LastLine()})", line, offset);
            return;
        }
        var (detected, escapedQuote) = EndOfShortString(quote);
        string hint = escapedQuote ? "; perhaps you escaped the end quote?" : "";
        deferredError = TokenError($"unterminated string literal (detected at line {detected}){hint}", line, offset);
    }

    PythonSyntaxError? deferredError;

    /// <summary>Grammar action: a line break inside a single-quoted f-string.</summary>
    protected void UnterminatedFString() => UnterminatedFString(TokenStartLine);

    void UnterminatedFString(int detectedAt)
    {
        var (line, col) = fstringStarts.Count > 0 ? fstringStarts.Peek() : (Line, Column);
        throw TokenError($"unterminated f-string literal (detected at line {detectedAt})", line, col + 1);
    }

    /// <summary>Grammar action: a backslash followed by something other than a line break.</summary>
    /// <remarks>The compiler's parser puts it just past the character after the backslash, with end 0.</remarks>
    protected void BadContinuation() =>
        throw (TokenizeMode
            ? LineError(SyntaxErrorKind.SyntaxError, "unexpected character after line continuation character", TokenStartLine)
            : new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "unexpected character after line continuation character", Filename,
                TokenStartLine, TokenStartColumn + 2, TokenStartLine, 0, LineText(TokenStartLine)));

    PythonSyntaxError UnterminatedFStringAtEof(FString fs)
    {
        var (line, col) = fstringStarts.Count > 0 ? fstringStarts.Peek() : (Line, Column);
        string what = fs.QuoteLength == 3 ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal";
        return TokenError($"{what} (detected at line {LastLine()})", line, col + 1);
    }

    PythonSyntaxError EofInStatement(IToken eof, bool afterContinuation)
    {
        int line = Math.Max(1, eof.Line - 1);
        // A backslash in a line's indentation reads the next line into a fresh buffer: offset 0.
        if (afterContinuation && joinInIndentation && TokenizeMode)
            return TokenError("unexpected EOF in multi-line statement", line, 0);
        // After a continuation: the size in bytes of the buffer that would have gone on to the next line.
        if (afterContinuation)
        {
            int bytes = 0;
            for (int l = BufferStart(line + 1); l <= line; l++) bytes += System.Text.Encoding.UTF8.GetByteCount(LineText(l));
            return TokenizeMode
                ? TokenError("unexpected EOF in multi-line statement", line, bytes)
                : new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "unexpected EOF while parsing", Filename, line, bytes, line, -1, LineText(line));
        }
        // CPython gives the size of its line buffer in bytes: empty at EOF, unless an f-string kept it
        // from refreshing.
        int size = 0;
        if (fstringStarts.Count > 0)
            for (int l = BufferStart(line); l <= line; l++) size += System.Text.Encoding.UTF8.GetByteCount(LineText(l));
        return TokenError("unexpected EOF in multi-line statement", line, size);
    }

    PythonSyntaxError TokenError(string msg, int line, int offset) =>
        new(SyntaxErrorKind.SyntaxError, msg, Filename, line, offset, line, offset, LineText(line).TrimEnd('\n')) { FromTokenizer = true };

    /// <summary>
    /// An error CPython positions just past the end of its line buffer: the offending line, plus the
    /// earlier lines of a string, f-string or backslash continuation that ends on it.
    /// </summary>
    /// <summary>E_TABSPACE: the tokenize module reports it at the end of the line; the compiler at column 1
    /// with no end, so no caret is drawn under the indented line.</summary>
    PythonSyntaxError TabError(int line) => TokenizeMode
        ? LineError(SyntaxErrorKind.TabError, "inconsistent use of tabs and spaces in indentation", line)
        : new(SyntaxErrorKind.TabError, "inconsistent use of tabs and spaces in indentation", Filename, line, 1, line, 0, LineText(line));

    /// <summary>E_TOODEEP: the tokenize module reports it at the end of the line; the compiler at column 1, end 0.</summary>
    PythonSyntaxError TooDeep(int line) => TokenizeMode
        ? LineError(SyntaxErrorKind.IndentationError, "too many levels of indentation", line)
        : new(SyntaxErrorKind.IndentationError, "too many levels of indentation", Filename, line, 1, line, 0, LineText(line));

    PythonSyntaxError LineError(SyntaxErrorKind kind, string msg, int line, int? bufferStart = null)
    {
        string text = LineText(line);
        int length = CodePoints(text.TrimEnd('\n').TrimEnd('\r'));
        for (int l = bufferStart ?? BufferStart(line); l < line; l++)
            length += CodePoints(LineText(l));
        return new PythonSyntaxError(kind, msg, Filename, line, length + 1, line, -1, text);
    }

    // The last span of lines CPython keeps in one buffer (a multi-line token or a continuation).
    int spanEndLine, spanStartLine;
    bool joinInIndentation;

    /// <summary>Called for every raw token: a token ending on a later line than it starts extends the buffer.</summary>
    void TrackBuffer(IToken t)
    {
        int endLine = t.Line;
        if (t.Type is PythonLexer.LINE_JOIN) endLine++;
        else if (t.Type is PythonLexer.STRING or PythonLexer.FSTRING_MIDDLE)
            foreach (char c in t.Text) if (c == '\n') endLine++;
        if (endLine == t.Line) return;
        spanStartLine = BufferStart(t.Line);
        spanEndLine = endLine;
    }

    int BufferStart(int line)
    {
        int start = spanEndLine == line ? spanStartLine : line;
        // Inside an f-string CPython never refreshes its buffer.
        foreach (var (fline, _) in fstringStarts) start = Math.Min(start, fline);
        return start;
    }

    /// <summary>Where a short string with no closing quote runs into its line break, and whether it has an escaped quote.</summary>
    (int Line, bool EscapedQuote) EndOfShortString(char quote)
    {
        int line = Line;
        bool escaped = false;
        for (int i = 1; ; i++)
        {
            int c = InputStream.LA(i);
            // The input ends with a line break, so EOF here follows an escaped one that did not start a line.
            if (c == IntStreamConstants.EOF) return (line - 1, escaped);
            if (c == '\n') return (line, escaped);
            if (c == '\\')
            {
                i++;
                int e = InputStream.LA(i);
                if (e == quote) escaped = true;
                if (e == '\r') e = InputStream.LA(++i);
                if (e == '\n') line++;
            }
        }
    }

    string AllText() => ((ICharStream)InputStream).GetText(Interval.Of(0, InputStream.Size - 1));

    /// <summary>The number of the last line (the input always ends with a line break).</summary>
    int LastLine() => Math.Max(1, AllText().Count(c => c == '\n'));

    string LineText(int line)
    {
        var lines = AllText().Split('\n');
        return line - 1 < lines.Length && line >= 1 ? lines[line - 1] + "\n" : "";
    }

    static int CodePoints(string s)
    {
        int n = 0;
        foreach (char c in s)
            if (!char.IsLowSurrogate(c)) n++;
        return n;
    }
}
