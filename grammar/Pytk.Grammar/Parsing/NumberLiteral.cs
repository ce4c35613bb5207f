using System.Globalization;
using System.Numerics;

namespace Pytk.Grammar.Parsing;

/// <summary>
/// Decodes a NUMBER token into CPython's constant value: BigInteger for ints (any size), double for floats
/// and Complex for imaginary literals. The lexer has already checked the shape of the literal.
/// </summary>
public static class NumberLiteral
{
    /// <summary>
    /// sys.get_int_max_str_digits() for decimal int literals (0: no limit). The limit guards the quadratic
    /// decimal conversion only; hexadecimal, octal and binary literals of any length convert in linear time.
    /// A host running programs keeps it equal to its runtime's setting. It belongs to the logical flow of control
    /// that sets it (an AsyncLocal, which follows into the big-stack thread a parse runs on), so runtimes compiling
    /// on their own threads each see their own limit.
    /// </summary>
    public static int MaxStrDigits
    {
        get => limit.Value ?? 4300;
        set => limit.Value = value;
    }

    static readonly AsyncLocal<int?> limit = new();

    /// <summary>A decimal int literal longer than <see cref="MaxStrDigits"/> (CPython's SyntaxError message).</summary>
    public sealed class TooManyDigitsException(string message) : Exception(message);

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
        if (MaxStrDigits > 0 && text.Length > MaxStrDigits)
            throw new TooManyDigitsException($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {text.Length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
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
        // Power-of-two radix: the digits are bit groups, packed straight into little-endian bytes (linear time;
        // multiply-and-add per digit is quadratic, minutes for a million-digit literal).
        int bits = radix switch { 16 => 4, 8 => 3, _ => 1 };
        var bytes = new byte[((long)digits.Length * bits + 7) / 8 + 1];
        long pos = 0;
        for (int i = digits.Length - 1; i >= 0; i--, pos += bits)
        {
            int v = HexValue(digits[i]);
            bytes[pos >> 3] |= (byte)(v << (int)(pos & 7));
            if ((pos & 7) + bits > 8) bytes[(pos >> 3) + 1] |= (byte)(v >> (8 - (int)(pos & 7)));
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
