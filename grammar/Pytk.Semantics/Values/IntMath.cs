using System.Numerics;

namespace Pytk.Semantics;

/// <summary>CPython's int arithmetic where BigInteger alone is not Python (Objects/longobject.c): floor
/// division, correctly rounded conversion and true division to float, the int/str digit limit.</summary>
public static class IntMath
{
    /// <summary>a // b, rounding towards negative infinity; b is not 0.</summary>
    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    /// <summary>a % b with the divisor's sign; b is not 0.</summary>
    public static BigInteger Mod(BigInteger a, BigInteger b)
    {
        var m = BigInteger.Remainder(a, b);
        if (!m.IsZero && (m.Sign < 0) != (b.Sign < 0)) m += b;
        return m;
    }

    public const string FloatOverflowMessage = "int too large to convert to float";

    /// <summary>int.__float__: correctly rounded (half to even; .NET's cast truncates). Infinite where
    /// Python raises OverflowError (<see cref="FloatOverflowMessage"/>).</summary>
    public static double ToDouble(BigInteger i)
    {
        var a = BigInteger.Abs(i);
        long bits = (long)a.GetBitLength();
        if (bits <= 63) return (double)(long)i;
        // 55 significant bits and a sticky bit for the rest: one correct rounding to 53 bits.
        int shift = (int)(bits - 55);
        var top = a >> shift;
        if (!(top << shift).Equals(a)) top |= 1;
        double d = Math.ScaleB((double)(long)top, shift);
        return i.Sign < 0 ? -d : d;
    }

    public const string TrueDivideOverflowMessage = "integer division result too large for a float";

    /// <summary>long_true_divide: a / b correctly rounded; b is not 0 (Python: "division by zero"). Null
    /// where Python raises OverflowError (<see cref="TrueDivideOverflowMessage"/>).</summary>
    public static double? TrueDivide(BigInteger a, BigInteger b)
    {
        var exact = BigInteger.One << 53;
        if (BigInteger.Abs(a) <= exact && BigInteger.Abs(b) <= exact) return (double)a / (double)b;
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        if (a.IsZero) return negative ? -0.0 : 0.0;
        // scale so the quotient has 55 or 56 bits, keep a sticky bit for the remainder, round once
        int shift = (int)((long)a.GetBitLength() - (long)b.GetBitLength() - 55);
        BigInteger q, rem;
        if (shift >= 0) q = BigInteger.DivRem(a, b << shift, out rem);
        else q = BigInteger.DivRem(a << -shift, b, out rem);
        if (!rem.IsZero) q |= 1;
        double d = Math.ScaleB((double)(long)q, shift);
        if (double.IsInfinity(d)) return null;
        return negative ? -d : d;
    }

    /// <summary>CPython's default for sys.set_int_max_str_digits (CVE-2020-10735); 0 means no limit.</summary>
    public const int DefaultMaxStrDigits = 4300;

    /// <summary>str(int) under a digit limit (0: none); null where Python raises ValueError
    /// (<see cref="TooManyDigitsMessage"/>).</summary>
    public static string? ToDecimal(BigInteger b, int maxDigits)
    {
        // A cheap bound first (log10(2) < 0.30103), so a huge value is refused without the quadratic conversion.
        if (maxDigits > 0 && BigInteger.Abs(b).GetBitLength() * 0.30102999566398 > maxDigits + 1) return null;
        string s = DecimalString(b);
        if (maxDigits > 0 && s.Length - (b.Sign < 0 ? 1 : 0) > maxDigits) return null;
        return s;
    }

    /// <summary>The value of ASCII digits ('0'-'9', 'a'-'z', already checked against the radix) in a radix from 2 to
    /// 36, without the quadratic multiply-and-add per digit: a power-of-two radix packs bit groups straight into
    /// bytes; any other radix parses word-sized chunks and joins them pairwise (value = high * radix^k + low), so
    /// the big multiplications are few and balanced.</summary>
    public static BigInteger ParseDigits(ReadOnlySpan<char> digits, int radix)
    {
        if (digits.Length <= 12)
        {
            long small = 0;
            foreach (char c in digits) small = small * radix + DigitValue(c);
            return small;
        }
        if ((radix & (radix - 1)) == 0)
        {
            int bits = System.Numerics.BitOperations.Log2((uint)radix);
            var bytes = new byte[((long)digits.Length * bits + 7) / 8 + 1];
            long pos = 0;
            for (int i = digits.Length - 1; i >= 0; i--, pos += bits)
            {
                int v = DigitValue(digits[i]);
                bytes[pos >> 3] |= (byte)(v << (int)(pos & 7));
                if ((pos & 7) + bits > 8) bytes[(pos >> 3) + 1] |= (byte)(v >> (8 - (int)(pos & 7)));
            }
            return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        }
        if (radix == 10 && digits.Length <= 2000)
            return BigInteger.Parse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        // chunks of k digits, radix^k < 2^63; the first chunk takes the remainder so the others are full
        int k = 1;
        long chunkBase = radix;
        while (chunkBase <= long.MaxValue / radix / radix) { chunkBase *= radix; k++; }
        int n = (digits.Length + k - 1) / k, first = digits.Length - (n - 1) * k;
        var parts = new BigInteger[n];
        for (int c = 0, at = 0; c < n; c++)
        {
            int len = c == 0 ? first : k;
            long v = 0;
            foreach (char ch in digits.Slice(at, len)) v = v * radix + DigitValue(ch);
            parts[c] = v;
            at += len;
        }
        // parts[] is most significant first, each worth `weight` of the next; join neighbours until one is left
        // (an odd leading part stays as it is: it is the most significant and shorter)
        BigInteger weight = chunkBase;
        while (n > 1)
        {
            int odd = n & 1, m = (n + 1) / 2;
            var next = new BigInteger[m];
            if (odd == 1) next[0] = parts[0];
            for (int j = odd; j < m; j++)
            {
                int hi = 2 * j - odd;
                next[j] = parts[hi] * weight + parts[hi + 1];
            }
            parts = next;
            n = m;
            if (n > 1) weight *= weight;
        }
        return parts[0];
    }

    static int DigitValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>b in decimal without a limit. BigInteger.ToString is quadratic (seconds for 100,000 digits), so a big
    /// value is split by powers 10^(2^k): high and low halves convert separately, the low one zero-padded to its
    /// width, down to pieces small enough for ToString.</summary>
    public static string DecimalString(BigInteger b)
    {
        const int Leaf = 1000;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (b.IsZero || BigInteger.Abs(b).GetBitLength() < Leaf * 3) return b.ToString(inv);
        var a = BigInteger.Abs(b);
        // powers[k] = 10^(Leaf * 2^k), up to the first whose square exceeds a
        var powers = new List<BigInteger> { BigInteger.Pow(10, Leaf) };
        while (true)
        {
            var last = powers[^1];
            if ((long)last.GetBitLength() * 2 > (long)a.GetBitLength() + 1) break;
            powers.Add(last * last);
        }
        var sb = new System.Text.StringBuilder((int)Math.Min(int.MaxValue, (long)a.GetBitLength() * 30103 / 100000 + 2));
        if (b.Sign < 0) sb.Append('-');
        void Emit(BigInteger v, int k, bool pad)
        {
            // v < 10^(Leaf * 2^(k+1)); written with exactly Leaf * 2^(k+1) digits when pad
            if (k < 0)
            {
                string t = v.ToString(inv);
                if (pad) sb.Append('0', Leaf - t.Length);
                sb.Append(t);
                return;
            }
            if (!pad && v < powers[k]) { Emit(v, k - 1, false); return; }
            var hi = BigInteger.DivRem(v, powers[k], out var lo);
            Emit(hi, k - 1, pad);
            Emit(lo, k - 1, true);
        }
        Emit(a, powers.Count - 1, false);
        return sb.ToString();
    }

    /// <summary>The ValueError of the digit limit, for str(int) (digits unknown) or int(str) (digits known).</summary>
    public static string TooManyDigitsMessage(int maxDigits, int? digits) => digits is { } n
        ? $"Exceeds the limit ({maxDigits} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        : $"Exceeds the limit ({maxDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
}
