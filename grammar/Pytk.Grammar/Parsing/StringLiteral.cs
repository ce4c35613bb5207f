using System.Text;

namespace Pytk.Grammar.Parsing;

/// <summary>The prefix of a string token: which of r, b, u, f it has, and where its body starts.</summary>
public readonly record struct StringPrefix(bool Raw, bool Bytes, bool Unicode, bool Format, int PrefixLength, int QuoteLength)
{
    public static StringPrefix Of(string text)
    {
        bool raw = false, bytes = false, unicode = false, format = false;
        int i = 0;
        for (; i < text.Length && text[i] is not ('\'' or '"'); i++)
            switch (text[i] | 0x20)
            {
                case 'r': raw = true; break;
                case 'b': bytes = true; break;
                case 'u': unicode = true; break;
                case 'f': format = true; break;
            }
        int quotes = i + 2 < text.Length && text[i + 1] == text[i] && text[i + 2] == text[i] ? 3 : 1;
        return new StringPrefix(raw, bytes, unicode, format, i, quotes);
    }
}

/// <summary>A malformed literal: CPython's message and the offset in the body where it was found.</summary>
public sealed class LiteralException(string message, int offset) : Exception(message)
{
    public int Offset { get; } = offset;
}

/// <summary>
/// Decodes the body of a string or bytes literal (quotes and prefix removed) as CPython does: escapes,
/// `\N{...}`, octal and hex, and a backslash before an unknown character kept as is.
/// </summary>
public static class StringLiteral
{
    /// <summary>
    /// The str value: a C# string, or a <see cref="Pytk.Syntax.SurrogateStr"/> when escapes put a high
    /// surrogate right before a low one (Python keeps them two code points; UTF-16 would join them).
    /// </summary>
    public static object DecodeStrValue(string body, bool raw)
    {
        string s = DecodeStr(body, raw);
        if (raw || body.IndexOf("\\u", StringComparison.Ordinal) < 0 && body.IndexOf("\\U", StringComparison.Ordinal) < 0) return s;
        for (int i = 0; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]) && EscapedPair(body))
                return Pytk.Syntax.SurrogateStr.FromCodePoints(CodePointsKeepingEscapes(body));
        return s;
    }

    // True when some escape produced a surrogate (a literal astral character never does).
    static bool EscapedPair(string body)
    {
        for (int i = body.IndexOf('\\'); i >= 0 && i + 5 < body.Length; i = body.IndexOf('\\', i + 2))
            if (body[i + 1] == 'u' && body[i + 2] is 'd' or 'D' && body[i + 3] is >= '8' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F')
                return true;
        return false;
    }

    /// <summary>Code points of the decoded body, with each escaped surrogate kept as its own code point.</summary>
    static List<int> CodePointsKeepingEscapes(string body)
    {
        var cps = new List<int>();
        int i = 0;
        while (i < body.Length)
        {
            int next = body.IndexOf('\\', i);
            string chunk = next < 0 ? body[i..] : body[i..next];
            foreach (var r in chunk.EnumerateRunes()) cps.Add(r.Value);
            if (next < 0) break;
            // Decode one escape on its own.
            int end = next + 2;
            if (end <= body.Length && next + 1 < body.Length)
            {
                char e = body[next + 1];
                end = e switch
                {
                    'x' => next + 4, 'u' => next + 6, 'U' => next + 10,
                    'N' => body.IndexOf('}', next) + 1,
                    >= '0' and <= '7' => OctalEnd(body, next + 1),
                    _ => next + 2,
                };
            }
            end = Math.Min(Math.Max(end, next + 1), body.Length);
            string decoded = DecodeStr(body[next..end], false);
            if (decoded.Length == 1) cps.Add(decoded[0]);
            else foreach (var r in decoded.EnumerateRunes()) cps.Add(r.Value);
            i = end;
        }
        return cps;
    }

    static int OctalEnd(string body, int i)
    {
        int n = 0;
        while (i < body.Length && n < 3 && body[i] is >= '0' and <= '7') { i++; n++; }
        return i;
    }

    /// <summary>
    /// The piece of a str literal's body CPython hands the UTF-8 decoder that fails on it, when the body holds
    /// bytes that are not UTF-8 (see <see cref="SourceDecoder.DecodeSource"/>); null when it holds none. A body
    /// without escapes (or raw) is decoded whole; otherwise each run of non-ASCII bytes on its own.
    /// </summary>
    public static string? UndecodablePiece(string body, bool raw)
    {
        int bad = SourceDecoder.IndexOfEscapedByte(body);
        if (bad < 0) return null;
        if (raw || body.IndexOf('\\') < 0) return body;
        int start = bad, end = bad;
        while (start > 0 && body[start - 1] >= 0x80) start--;
        while (end < body.Length && body[end] >= 0x80) end++;
        return body[start..end];
    }

    /// <summary>
    /// The SyntaxWarning CPython's literal decoder gives a non-raw literal body, for its first offending escape
    /// only: "invalid escape sequence '\d'" for a backslash before an ASCII character that starts no escape, or
    /// "invalid octal escape sequence '\400'" for an octal escape above 0o377; null when there is none. A
    /// backslash before a non-ASCII character is no escape (CPython keeps the backslash, without a warning), and
    /// in an f-string's literal part a backslash before a brace is the tokenizer's warning, not this one.
    /// </summary>
    public static string? FirstInvalidEscape(string body, bool bytes, bool fstring = false)
    {
        for (int i = 0; i + 1 < body.Length; i++)
        {
            if (body[i] != '\\') continue;
            char e = body[++i];
            switch (e)
            {
                case '\n' or '\\' or '\'' or '"' or 'a' or 'b' or 'f' or 'n' or 'r' or 't' or 'v' or 'x':
                    continue;
                case 'N' or 'u' or 'U' when !bytes:
                    continue;
                case '{' or '}' when fstring:
                    continue;
                case >= '0' and <= '7':
                    {
                        int start = i, value = 0;
                        while (i < body.Length && i - start < 3 && body[i] is >= '0' and <= '7') value = value * 8 + (body[i++] - '0');
                        i--;
                        if (value > 0xFF) return $"invalid octal escape sequence '\\{body.Substring(start, 3)}'";
                        continue;
                    }
                default:
                    if (e < 128) return $"invalid escape sequence '\\{e}'";
                    continue;
            }
        }
        return null;
    }

    public static string DecodeStr(string body, bool raw)
    {
        if (raw || body.IndexOf('\\') < 0) return body;
        var sb = new StringBuilder(body.Length);
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (c != '\\' || i + 1 >= body.Length) { sb.Append(c); i++; continue; }
            int start = i;
            char e = body[i + 1];
            i += 2;
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                    sb.Append((char)Octal(body, ref i, e));
                    break;
                case 'x': AppendCodePoint(sb, Hex(body, ref i, 2, start, "truncated \\xXX escape")); break;
                case 'u': AppendCodePoint(sb, Hex(body, ref i, 4, start, "truncated \\uXXXX escape")); break;
                case 'U':
                    int cp = Hex(body, ref i, 8, start, "truncated \\UXXXXXXXX escape");
                    if (cp > 0x10FFFF) throw UnicodeError(start, i, "illegal Unicode character");
                    AppendCodePoint(sb, cp);
                    break;
                case 'N':
                    AppendCodePoint(sb, NamedEscape(body, ref i, start));
                    break;
                default:
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        return sb.ToString();
    }

    public static byte[] DecodeBytes(string body, bool raw)
    {
        foreach (char c in body)
            if (c > 0x7F) throw new LiteralException("bytes can only contain ASCII literal characters", 0);
        if (raw || body.IndexOf('\\') < 0) return Encoding.ASCII.GetBytes(body);
        var bytes = new List<byte>(body.Length);
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (c != '\\' || i + 1 >= body.Length) { bytes.Add((byte)c); i++; continue; }
            int start = i;
            char e = body[i + 1];
            i += 2;
            switch (e)
            {
                case '\n': break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '\'': bytes.Add((byte)'\''); break;
                case '"': bytes.Add((byte)'"'); break;
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'n': bytes.Add(10); break;
                case 'r': bytes.Add(13); break;
                case 't': bytes.Add(9); break;
                case 'v': bytes.Add(11); break;
                case >= '0' and <= '7': bytes.Add((byte)Octal(body, ref i, e)); break;
                case 'x':
                    if (i + 2 > body.Length || !IsHex(body[i]) || !IsHex(body[i + 1]))
                        throw new LiteralException($"(value error) invalid \\x escape at position {start}", start);
                    bytes.Add((byte)Convert.ToInt32(body.Substring(i, 2), 16));
                    i += 2;
                    break;
                default:
                    bytes.Add((byte)'\\');
                    bytes.Add((byte)e);
                    break;
            }
        }
        return bytes.ToArray();
    }

    static int Octal(string body, ref int i, char first)
    {
        int value = first - '0';
        for (int n = 1; n < 3 && i < body.Length && body[i] is >= '0' and <= '7'; n++, i++)
            value = value * 8 + (body[i] - '0');
        return value;
    }

    static int Hex(string body, ref int i, int digits, int start, string message)
    {
        int value = 0;
        for (int n = 0; n < digits; n++, i++)
        {
            if (i >= body.Length || !IsHex(body[i])) throw UnicodeError(start, i - 1, message);
            value = value * 16 + Convert.ToInt32(body[i].ToString(), 16);
        }
        return value;
    }

    static int NamedEscape(string body, ref int i, int start)
    {
        int close = i < body.Length && body[i] == '{' ? body.IndexOf('}', i) : -1;
        if (close < 0 || close == i + 1) throw UnicodeError(start, Math.Max(i - 1, start + 1), "malformed \\N character escape");
        int cp = UnicodeNames.Lookup(body.Substring(i + 1, close - i - 1));
        if (cp < 0) throw UnicodeError(start, close, "unknown Unicode character name");
        i = close + 1;
        return cp;
    }

    static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    // CPython reports these through the unicode-escape codec, with byte positions in the body.
    static LiteralException UnicodeError(int start, int end, string reason) =>
        new($"(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {reason}", start);
}
