using System.Globalization;
using System.Numerics;

namespace Pytk.Grammar.Parsing;

/// <summary>
/// Decodes a NUMBER token into CPython's constant value: BigInteger for ints (any size), double for floats
/// and Complex for imaginary literals. The lexer has already checked the shape of the literal.
/// </summary>
public static class NumberLiteral
{
    public static object Decode(string text)
    {
        if (text.IndexOf('_') >= 0) text = text.Replace("_", "");
        char last = text[^1];
        if (last is 'j' or 'J')
            return new Complex(0.0, ParseFloat(text[..^1]));
        if (text.Length > 1 && text[0] == '0' && char.IsAsciiLetter(text[1]))
        {
            int radix = char.ToLowerInvariant(text[1]) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 10 };
            return ParseRadix(text.AsSpan(2), radix);
        }
        if (text.AsSpan().IndexOfAny('.', 'e', 'E') >= 0)
            return ParseFloat(text);
        // Most ints in real code are small: avoid BigInteger parsing for them.
        if (text.Length <= 18) return new BigInteger(long.Parse(text, CultureInfo.InvariantCulture));
        return BigInteger.Parse(text, CultureInfo.InvariantCulture);
    }

    static double ParseFloat(string text) =>
        // .NET Core 3.0+ parses correctly rounded (IEEE), and overflows to infinity as CPython does.
        double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    static BigInteger ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        if (digits.Length <= 15)
        {
            long small = 0;
            foreach (char c in digits) small = small * radix + HexValue(c);
            return new BigInteger(small);
        }
        BigInteger value = BigInteger.Zero;
        foreach (char c in digits) value = value * radix + HexValue(c);
        return value;
    }

    static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
