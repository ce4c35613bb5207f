using Antlr4.Runtime;

namespace Pytk.Grammar;

/// <summary>
/// The grammar matches the longest valid number; what follows it decides whether CPython's tokenizer
/// would have stopped there or failed. In tokenize mode CPython is lenient about letters after a number
/// ("1if", "0x1g" are two tokens) but not about a dangling '_', a bare exponent sign, a radix prefix
/// without digits, or a wrong digit after an octal/binary prefix. Offsets are CPython's: the number of
/// characters it had read on the line.
/// </summary>
public abstract partial class PythonLexerBase
{
    void CheckNumberEnd(IToken t)
    {
        string s = t.Text;
        int column = t.Column;
        // A number a lone '\r' starts (tokenize mode) is checked as the number after it.
        if (s[0] == '\r') { s = s[1..]; column++; }
        int end = column + s.Length;
        int la1 = InputStream.LA(1), la2 = InputStream.LA(2);
        if (s == "0" && la1 is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            CheckRadixDigits(t, (char)la1, 2, column + 2);
            return;
        }
        if (s.Length > 2 && s[0] == '0' && s[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            if (la1 == '_') CheckRadixDigits(t, s[1], 1, end);
            else if (s[1] is not ('x' or 'X') && IsDigit(la1)) throw InvalidDigit(t, s[1], la1, end + 1);
            return;
        }
        char last = s[^1];
        if (!IsDigit(last) && last != '.') return;
        if (la1 == '_' && IsDigit(last))
            throw TokenError("invalid decimal literal", t.Line, end + 1);
        if (la1 is 'e' or 'E' && la2 is '+' or '-' && !IsDigit(InputStream.LA(3)))
            throw TokenError("invalid decimal literal", t.Line, end + 2);
    }

    /// <summary>
    /// At lookahead position `at` (after a radix prefix or digits, `col` characters read): CPython reads an
    /// optional '_' and needs a digit of the radix.
    /// </summary>
    void CheckRadixDigits(IToken t, char radix, int at, int col)
    {
        int c = InputStream.LA(at);
        if (c == '_') { at++; col++; c = InputStream.LA(at); }
        if (IsRadixDigit(radix, c)) return;
        if (radix is not ('x' or 'X') && IsDigit(c)) throw InvalidDigit(t, radix, c, col + 1);
        throw TokenError($"invalid {RadixName(radix)} literal", t.Line, col);
    }

    PythonSyntaxError InvalidDigit(IToken t, char radix, int digit, int offset) =>
        TokenError($"invalid digit '{(char)digit}' in {RadixName(radix)} literal", t.Line, offset);

    static string RadixName(char radix) => radix switch
    {
        'x' or 'X' => "hexadecimal",
        'o' or 'O' => "octal",
        _ => "binary",
    };

    static bool IsRadixDigit(char radix, int c) => radix switch
    {
        'x' or 'X' => IsDigit(c) || c is >= 'a' and <= 'f' or >= 'A' and <= 'F',
        'o' or 'O' => c is >= '0' and <= '7',
        _ => c is '0' or '1',
    };

    static bool IsDigit(int c) => c is >= '0' and <= '9';
}
