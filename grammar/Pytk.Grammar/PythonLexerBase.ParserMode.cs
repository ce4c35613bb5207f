using System.Globalization;
using Antlr4.Runtime;
using Pytk.Grammar.Generated;
using Pytk.Syntax;

namespace Pytk.Grammar;

/// <summary>
/// CPython's tokenizer is lenient when it serves the tokenize module (extra_tokens) and strict when it
/// serves the compiler. <see cref="TokenizeMode"/> picks one: strict mode adds the checks below, with
/// CPython's messages and positions: identifiers (XID_Start/XID_Continue), what may follow a number
/// (and the SyntaxWarning before a keyword), leading zeros, and bracket matching.
/// </summary>
public abstract partial class PythonLexerBase
{
    /// <summary>True (default): behave as Python's tokenize module. False: as the compiler's tokenizer.</summary>
    public bool TokenizeMode { get; set; } = true;

    readonly List<(char Open, int Line, int Column, bool Field)> brackets = [];

    void OpenBracket(IToken t, bool field)
    {
        if (!TokenizeMode) brackets.Add((t.Text[0], t.Line, t.Column, field));
    }

    void CloseBracket(IToken t)
    {
        if (TokenizeMode) return;
        char c = t.Text[0];
        if (brackets.Count == 0)
            throw StrictError($"unmatched '{c}'", t.Line, t.Column + 1);
        var (open, line, _, field) = brackets[^1];
        brackets.RemoveAt(brackets.Count - 1);
        if ((open, c) is ('(', ')') or ('[', ']') or ('{', '}')) return;
        if (field) throw StrictError($"f-string: unmatched '{c}'", t.Line, t.Column + 1);
        throw StrictError(line != t.Line
            ? $"closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {line}"
            : $"closing parenthesis '{c}' does not match opening parenthesis '{open}'", t.Line, t.Column + 1);
    }

    /// <summary>The innermost bracket still open at EOF (strict mode's message for it).</summary>
    PythonSyntaxError NeverClosed()
    {
        var (open, line, col, _) = brackets[^1];
        return new PythonSyntaxError(SyntaxErrorKind.SyntaxError, $"'{open}' was never closed", Filename, line, col + 1, line, 0, LineText(line));
    }

    PythonSyntaxError StrictError(string msg, int line, int offset) =>
        new(SyntaxErrorKind.SyntaxError, msg, Filename, line, offset, line, offset, LineText(line).TrimEnd('\n')) { FromTokenizer = true };

    /// <summary>verify_end_of_number and the leading-zeros rule, for strict mode.</summary>
    void CheckNumberStrict(IToken t)
    {
        string s = t.Text;
        int end = t.Column + s.Length;
        string kind = s[^1] is 'j' or 'J' ? "imaginary"
            : s.Length > 1 && s[0] == '0' && s[1] is 'x' or 'X' ? "hexadecimal"
            : s.Length > 1 && s[0] == '0' && s[1] is 'o' or 'O' ? "octal"
            : s.Length > 1 && s[0] == '0' && s[1] is 'b' or 'B' ? "binary"
            : "decimal";
        if (kind == "decimal" && s[0] == '0' && s.All(ch => IsDigit(ch) || ch == '_') && s.Any(ch => ch is >= '1' and <= '9'))
        {
            int k = 0;
            while (s[k] is '0' or '_') k++;
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError,
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                Filename, t.Line, t.Column + 1, t.Line, t.Column + k + 1, LineText(t.Line).TrimEnd('\n')) { FromTokenizer = true };
        }
        int c = InputStream.LA(1);
        if (FollowedByKeyword(c))
            Warn(t.Line, end - 1, $"invalid {kind} literal");
        else if (c < 128 && (IsDigit(c) || c == '_' || c is >= 'a' and <= 'z' or >= 'A' and <= 'Z'))
            throw StrictError($"invalid {kind} literal", t.Line, end);
    }

    /// <summary>CPython only warns when a number runs into a keyword that can follow one in valid code.</summary>
    bool FollowedByKeyword(int c)
    {
        bool Next(string rest)
        {
            for (int i = 0; i < rest.Length; i++)
                if (InputStream.LA(2 + i) != rest[i]) return false;
            return true;
        }
        return c switch
        {
            'a' => Next("nd"),
            'e' => Next("lse"),
            'f' => Next("or"),
            'i' => InputStream.LA(2) is 'f' or 'n' or 's',
            'o' => Next("r"),
            'n' => Next("ot"),
            _ => false,
        };
    }

    /// <summary>PEP 3131 for a NAME with non-ASCII characters: the first offending character is the error.</summary>
    void CheckIdentifier(IToken t)
    {
        string s = t.Text;
        int col = t.Column;
        // Source bytes that are not UTF-8 (SourceDecoder.DecodeSource): CPython decodes the identifier's bytes
        // and reports the decoder's error at the first undecodable byte.
        if (SourceDecoder.Utf8Error(s) is { } undecodable)
        {
            string line = LineText(t.Line);
            int end = Math.Min(line.Length, IndexOfColumn(line, col) + s.Length);
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "(unicode error) " + undecodable, Filename, t.Line,
                SourceDecoder.IdentifierErrorOffset(line, end), t.Line, -1, SourceDecoder.Displayed(line));
        }
        for (int i = 0; i < s.Length; i++, col++)
        {
            int cp = char.ConvertToUtf32(s, i);
            bool first = i == 0;
            if (cp > 0xffff) i++;
            if (cp < 128) continue;
            if (first ? IsXidStart(cp) : IsXidContinue(cp)) continue;
            throw StrictError(PyRepr.IsPrintable(cp)
                ? $"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})"
                : $"invalid non-printable character U+{cp:X4}", t.Line, col + 1);
        }
    }

    /// <summary>The UTF-16 index of a code point column of a line.</summary>
    static int IndexOfColumn(string line, int column)
    {
        int i = 0;
        for (int c = 0; c < column && i < line.Length; c++)
            i += char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) ? 2 : 1;
        return i;
    }

    // XID_Start / XID_Continue from general categories plus the Other_ID_* code points; close to what
    // CPython's str.isidentifier() decides after NFKC, without carrying Unicode's derived tables.
    static bool IsXidStart(int cp) => cp is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C || Category(cp) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
        _ => false,
    };

    static bool IsXidContinue(int cp) => IsXidStart(cp) || cp is 0xB7 or 0x387 or (>= 0x1369 and <= 0x1371) or 0x19DA or 0x200C or 0x200D or 0x30FB or 0xFF65
        || Category(cp) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;

    static UnicodeCategory Category(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp);
}
