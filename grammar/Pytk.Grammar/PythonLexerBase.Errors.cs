using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace Pytk.Grammar;

/// <summary>
/// Lexical errors, with the messages and positions CPython 3.13's tokenizer gives them
/// (offsets are 1-based code points, as SyntaxError.offset).
/// </summary>
public abstract partial class PythonLexerBase
{
    readonly Stack<(int Line, int Column)> fstringStarts = new();

    /// <summary>Grammar action: an opening quote whose string never closes.</summary>
    protected void UnterminatedString(bool triple)
    {
        int line = TokenStartLine, offset = TokenStartColumn + 1;
        if (triple)
            throw TokenError($"unterminated triple-quoted string literal (detected at line {LastLine()})", line, offset);
        throw TokenError($"unterminated string literal (detected at line {LineOfEndOfShortString()})", line, offset);
    }

    /// <summary>Grammar action: a line break inside a single-quoted f-string.</summary>
    protected void UnterminatedFString()
    {
        var (line, col) = fstringStarts.Count > 0 ? fstringStarts.Peek() : (Line, Column);
        throw TokenError($"unterminated f-string literal (detected at line {TokenStartLine})", line, col + 1);
    }

    /// <summary>Grammar action: a backslash followed by something other than a line break.</summary>
    protected void BadContinuation() =>
        throw LineError(SyntaxErrorKind.SyntaxError, "unexpected character after line continuation character", TokenStartLine);

    PythonSyntaxError UnterminatedFStringAtEof(FString fs)
    {
        var (line, col) = fstringStarts.Count > 0 ? fstringStarts.Peek() : (Line, Column);
        string what = fs.QuoteLength == 3 ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal";
        return TokenError($"{what} (detected at line {LastLine()})", line, col + 1);
    }

    PythonSyntaxError EofInStatement(IToken eof, bool afterContinuation)
    {
        int line = Math.Max(1, eof.Line - 1);
        if (afterContinuation)
            return LineError(SyntaxErrorKind.SyntaxError, "unexpected EOF in multi-line statement", line);
        return TokenError("unexpected EOF in multi-line statement", line, 0);
    }

    PythonSyntaxError TokenError(string msg, int line, int offset) =>
        new(SyntaxErrorKind.SyntaxError, msg, Filename, line, offset, text: LineText(line));

    /// <summary>An error CPython positions just past the end of the offending line.</summary>
    PythonSyntaxError LineError(SyntaxErrorKind kind, string msg, int line)
    {
        string text = LineText(line);
        int length = CodePoints(text.TrimEnd('\n').TrimEnd('\r'));
        return new PythonSyntaxError(kind, msg, Filename, line, length + 1, text: text);
    }

    /// <summary>Where a short string with no closing quote runs into its line break.</summary>
    int LineOfEndOfShortString()
    {
        int line = Line;
        for (int i = 1; ; i++)
        {
            int c = InputStream.LA(i);
            if (c == IntStreamConstants.EOF || c == '\n') return line;
            if (c == '\\')
            {
                i++;
                if (InputStream.LA(i) == '\n') line++;
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
