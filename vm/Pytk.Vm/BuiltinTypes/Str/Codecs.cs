using System.Text;

namespace Pytk.Vm.BuiltinTypes.Str;

/// <summary>
/// str.encode / bytes.decode for the codecs programs use (utf-8, ascii, latin-1, utf-16, utf-32), with
/// CPython's error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace) and its
/// UnicodeEncodeError/UnicodeDecodeError (args: encoding, object, start, end, reason).
/// </summary>
public static class Codecs
{
    /// <summary>CPython's canonical codec name for an alias, or null when unknown.</summary>
    public static string? Canonical(string name) => name.ToLowerInvariant().Replace('-', '_').Replace(' ', '_') switch
    {
        "utf_8" or "utf8" or "u8" or "utf" or "cp65001" => "utf-8",
        "utf_8_sig" or "utf8_sig" => "utf-8-sig",
        "ascii" or "us_ascii" or "646" or "us" => "ascii",
        "latin_1" or "latin1" or "iso_8859_1" or "iso8859_1" or "8859" or "cp819" or "latin" or "l1" => "latin-1",
        "utf_16" or "utf16" or "u16" => "utf-16",
        "utf_16_le" or "utf_16le" or "utf16le" => "utf-16-le",
        "utf_16_be" or "utf_16be" or "utf16be" => "utf-16-be",
        "utf_32" or "utf32" or "u32" => "utf-32",
        "utf_32_le" or "utf_32le" or "utf32le" => "utf-32-le",
        "utf_32_be" or "utf_32be" or "utf32be" => "utf-32-be",
        "unicode_escape" => "unicode-escape",
        "raw_unicode_escape" => "raw-unicode-escape",
        _ => null,
    };

    static string Lookup(string encoding) =>
        Canonical(encoding) ?? throw Err.New(ExcTypes.LookupError, $"unknown encoding: {encoding}");

    static void CheckHandler(string errors)
    {
        if (errors is not ("strict" or "ignore" or "replace" or "backslashreplace" or "xmlcharrefreplace" or "surrogateescape" or "surrogatepass"))
            throw Err.New(ExcTypes.LookupError, $"unknown error handler name '{errors}'");
    }

    public static PyException EncodeError(string enc, string s, int start, int end, string reason) =>
        new(Err.NewValue(ExcTypes.All["UnicodeEncodeError"], new PyStr(enc), new PyStr(s), PyInt.From(start), PyInt.From(end), new PyStr(reason)));

    public static PyException DecodeError(string enc, byte[] b, int start, int end, string reason) =>
        new(Err.NewValue(ExcTypes.UnicodeDecodeError, new PyStr(enc), new PyBytes(b), PyInt.From(start), PyInt.From(end), new PyStr(reason)));

    /// <summary>str() of a UnicodeEncodeError/UnicodeDecodeError made from the five standard arguments.</summary>
    public static string? Describe(PyBaseException e, bool encode)
    {
        var a = e.Args.Items;
        if (a.Length != 5 || a[2] is not PyInt st || a[3] is not PyInt en || !st.IsSmall || !en.IsSmall) return null;
        // the encoding and reason are shown as str() of whatever they were set to
        var enc = new PyStr(Ops.Str(a[0]));
        var reason = new PyStr(Ops.Str(a[4]));
        int start = (int)st.V, end = (int)en.V;
        if (encode && a[1] is PyStr s && end == start + 1 && start >= 0 && start < s.Length)
        {
            int cp = s.CodePointAt(start);
            string ch = cp <= 0xff ? $"\\x{cp:x2}" : cp <= 0xffff ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
            return $"'{enc.Value}' codec can't encode character '{ch}' in position {start}: {reason.Value}";
        }
        if (!encode && a[1] is PyBytes b && end == start + 1 && start >= 0 && start < b.Value.Length)
            return $"'{enc.Value}' codec can't decode byte 0x{b.Value[start]:x2} in position {start}: {reason.Value}";
        return $"'{enc.Value}' codec can't {(encode ? "encode characters" : "decode bytes")} in position {start}-{end - 1}: {reason.Value}";
    }

    // ---- encoding ----

    public static byte[] Encode(string s, string encoding, string errors = "strict")
    {
        string enc = Lookup(encoding);
        CheckHandler(errors);
        switch (enc)
        {
            case "utf-8": return HasSurrogate(s) ? EncodeUtf8(s, errors) : new UTF8Encoding(false).GetBytes(s);
            case "utf-8-sig": return [0xEF, 0xBB, 0xBF, .. Encode(s, "utf-8", errors)];
            case "ascii": return EncodeCharmap(s, enc, 128, errors);
            case "latin-1": return EncodeCharmap(s, enc, 256, errors);
            case "utf-16": return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(s)];
            case "utf-16-le": return Encoding.Unicode.GetBytes(s);
            case "utf-16-be": return Encoding.BigEndianUnicode.GetBytes(s);
            case "utf-32": return [.. new UTF32Encoding(false, true).GetPreamble(), .. new UTF32Encoding(false, false).GetBytes(s)];
            case "utf-32-le": return new UTF32Encoding(false, false).GetBytes(s);
            case "unicode-escape" or "raw-unicode-escape": return EncodeEscape(s, enc == "raw-unicode-escape");
            default: return new UTF32Encoding(true, false).GetBytes(s);
        }
    }

    static byte[] EncodeCharmap(string s, string enc, int limit, string errors)
    {
        var cps = PyStr.ToCodePoints(s);
        var res = new List<byte>(cps.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            if (cps[i] < limit) { res.Add((byte)cps[i]); continue; }
            int j = i;
            while (j < cps.Length && cps[j] >= limit) j++;
            string reason = $"ordinal not in range({limit})";
            if (errors == "surrogateescape")
            {
                // U+DC80..U+DCFF stand for the undecodable bytes 0x80..0xFF (PEP 383); anything else is an error
                int e = i;
                while (e < j && cps[e] >= 0xDC80 && cps[e] <= 0xDCFF) res.Add((byte)(cps[e++] - 0xDC00));
                if (e == j) { i = j - 1; continue; }
                throw EncodeError(enc, s, e, e + 1, reason);
            }
            if (errors is "strict" or "surrogatepass") throw EncodeError(enc, s, i, j, reason);
            for (int k = i; k < j; k++)
            {
                string rep = errors switch
                {
                    "ignore" => "",
                    "replace" => "?",
                    "xmlcharrefreplace" => $"&#{cps[k]};",
                    _ => cps[k] <= 0xff ? $"\\x{cps[k]:x2}" : cps[k] <= 0xffff ? $"\\u{cps[k]:x4}" : $"\\U{cps[k]:x8}",
                };
                foreach (char c in rep) res.Add((byte)c);
            }
            i = j - 1;
        }
        return [.. res];
    }

    // ---- decoding ----

    public static string Decode(byte[] b, string encoding, string errors = "strict")
    {
        string enc = Lookup(encoding);
        CheckHandler(errors);
        switch (enc)
        {
            case "utf-8": return DecodeUtf8(b, errors);
            // utf-8 that drops one leading BOM
            case "utf-8-sig": return DecodeUtf8(b is [0xEF, 0xBB, 0xBF, ..] ? b[3..] : b, errors);
            case "latin-1": return Encoding.Latin1.GetString(b);
            case "unicode-escape" or "raw-unicode-escape":
                return DecodeEscape(b, enc == "raw-unicode-escape" ? "rawunicodeescape" : "unicodeescape", enc == "raw-unicode-escape", errors);
            case "ascii":
                {
                    var sb = new StringBuilder(b.Length);
                    for (int i = 0; i < b.Length; i++)
                    {
                        if (b[i] < 128) sb.Append((char)b[i]);
                        else Handle(sb, b, enc, i, i + 1, "ordinal not in range(128)", errors);
                    }
                    return sb.ToString();
                }
            case "utf-16" or "utf-16-le" or "utf-16-be":
                {
                    bool big = enc == "utf-16-be";
                    int off = 0;
                    if (enc == "utf-16" && b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { big = true; off = 2; }
                    else if (enc == "utf-16" && b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) off = 2;
                    if ((b.Length - off) % 2 != 0 && errors == "strict")
                        throw DecodeError(enc == "utf-16" ? "utf-16-le" : enc, b, b.Length - 1, b.Length, "truncated data");
                    return (big ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(b, off, (b.Length - off) & ~1);
                }
            default:
                {
                    bool big = enc == "utf-32-be";
                    int off = 0;
                    if (enc == "utf-32" && b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) { big = true; off = 4; }
                    else if (enc == "utf-32" && b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) off = 4;
                    if ((b.Length - off) % 4 != 0 && errors == "strict")
                        throw DecodeError(enc == "utf-32" ? "utf-32-le" : enc, b, off + (b.Length - off) / 4 * 4, b.Length, "truncated data");
                    return new UTF32Encoding(big, false).GetString(b, off, (b.Length - off) & ~3);
                }
        }
    }

    /// <summary>unicode_escape (the escapes of a str literal, latin-1 for the rest) and raw_unicode_escape (only
    /// \uXXXX and \UXXXXXXXX; every other byte is its latin-1 character).</summary>
    static byte[] EncodeEscape(string s, bool raw)
    {
        var sb = new StringBuilder(s.Length);
        foreach (int cp in PyStr.ToCodePoints(s))
        {
            if (raw ? cp < 0x100 : cp >= 0x20 && cp < 0x7f && cp != '\\') sb.Append((char)cp);
            else if (!raw && cp == '\\') sb.Append("\\\\");
            else if (!raw && cp == '\t') sb.Append("\\t");
            else if (!raw && cp == '\n') sb.Append("\\n");
            else if (!raw && cp == '\r') sb.Append("\\r");
            else if (cp < 0x100) sb.Append($"\\x{cp:x2}");
            else if (cp < 0x10000) sb.Append($"\\u{cp:x4}");
            else sb.Append($"\\U{cp:x8}");
        }
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    static string DecodeEscape(byte[] b, string enc, bool raw, string errors)
    {
        var sb = new StringBuilder(b.Length);
        int i = 0;
        while (i < b.Length)
        {
            if (b[i] != '\\' || i + 1 >= b.Length && raw) { sb.Append((char)b[i++]); continue; }
            int start = i;
            if (raw)
            {
                // an odd run of backslashes before u/U starts an escape; anything else is literal
                int n = 0;
                while (i < b.Length && b[i] == '\\') { n++; i++; }
                if (i >= b.Length || n % 2 == 0 || (b[i] != 'u' && b[i] != 'U')) { sb.Append('\\', n); continue; }
                sb.Append('\\', n - 1);
                start = i - 1;
                if (!Hex(b, i + 1, b[i] == 'u' ? 4 : 8, out int cp, out int next) || cp > 0x10FFFF)
                {
                    Handle(sb, b, enc, start, Math.Min(next, b.Length), cp > 0x10FFFF ? "\\Uxxxxxxxx out of range" : $"truncated \\{(char)b[i]}{(b[i] == 'u' ? "XXXX" : "XXXXXXXX")} escape", errors);
                    i = next; continue;
                }
                sb.Append(cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));
                i = next; continue;
            }
            if (i + 1 >= b.Length) { Handle(sb, b, enc, i, b.Length, "\\ at end of string", errors); break; }
            char c = (char)b[i + 1];
            i += 2;
            switch (c)
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
                {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < b.Length && b[i] >= '0' && b[i] <= '7'; k++) v = v * 8 + (b[i++] - '0');
                    sb.Append((char)v);
                    break;
                }
                case 'x' or 'u' or 'U' or 'N' when c != 'N':
                {
                    int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    if (!Hex(b, i, digits, out int cp, out int next) || cp > 0x10FFFF)
                    {
                        Handle(sb, b, enc, start, Math.Min(next, b.Length), cp > 0x10FFFF ? "illegal Unicode character" : $"truncated \\{c}{new string('X', digits)} escape", errors);
                        i = next; break;
                    }
                    sb.Append(cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));
                    i = next;
                    break;
                }
                default: sb.Append('\\').Append(c); break;
            }
        }
        return sb.ToString();
    }

    static bool Hex(byte[] b, int at, int digits, out int value, out int next)
    {
        value = 0;
        next = at;
        for (int k = 0; k < digits; k++, next++)
        {
            if (next >= b.Length) return false;
            int d = b[next] is >= (byte)'0' and <= (byte)'9' ? b[next] - '0' : b[next] is >= (byte)'a' and <= (byte)'f' ? b[next] - 'a' + 10
                : b[next] is >= (byte)'A' and <= (byte)'F' ? b[next] - 'A' + 10 : -1;
            if (d < 0) return false;
            value = (int)Math.Min((long)value * 16 + d, int.MaxValue);
        }
        return true;
    }

    static void Handle(StringBuilder sb, byte[] b, string enc, int start, int end, string reason, string errors)
    {
        switch (errors)
        {
            case "strict": throw DecodeError(enc, b, start, end, reason);
            case "ignore": return;
            case "replace": sb.Append('\uFFFD'); return;
            case "backslashreplace": for (int k = start; k < end; k++) sb.Append($"\\x{b[k]:x2}"); return;
            case "surrogateescape":
                for (int k = start; k < end; k++)
                {
                    if (b[k] < 0x80) throw DecodeError(enc, b, start, end, reason);
                    sb.Append((char)(0xDC00 + b[k]));
                }
                return;
            case "surrogatepass": throw DecodeError(enc, b, start, end, reason);
            default: throw Err.Type("don't know how to handle UnicodeDecodeError in error callback");
        }
    }

    static bool HasSurrogate(string s)
    {
        foreach (char c in s) if (char.IsSurrogate(c)) return true;
        return false;
    }

    /// <summary>UTF-8 of a str holding lone surrogates: an error for strict, PEP 383 bytes for surrogateescape,
    /// their 3-byte form for surrogatepass, else the handler's replacement.</summary>
    static byte[] EncodeUtf8(string s, string errors)
    {
        var cps = PyStr.ToCodePoints(s);
        var res = new List<byte>(cps.Length + 8);
        Span<byte> buf = stackalloc byte[4];
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = cps[i];
            if (cp < 0xD800 || cp > 0xDFFF)
            {
                int n = new Rune(cp).EncodeToUtf8(buf);
                for (int k = 0; k < n; k++) res.Add(buf[k]);
                continue;
            }
            int j = i;
            while (j < cps.Length && cps[j] >= 0xD800 && cps[j] <= 0xDFFF) j++;
            for (int k = i; k < j; k++)
            {
                int c = cps[k];
                switch (errors)
                {
                    case "surrogatepass":
                        res.Add((byte)(0xE0 | (c >> 12))); res.Add((byte)(0x80 | ((c >> 6) & 0x3F))); res.Add((byte)(0x80 | (c & 0x3F)));
                        break;
                    case "surrogateescape" when c >= 0xDC80 && c <= 0xDCFF: res.Add((byte)(c - 0xDC00)); break;
                    case "ignore": break;
                    case "replace": res.Add((byte)'?'); break;
                    case "backslashreplace": foreach (char ch in $"\\u{c:x4}") res.Add((byte)ch); break;
                    case "xmlcharrefreplace": foreach (char ch in $"&#{c};") res.Add((byte)ch); break;
                    default: throw EncodeError("utf-8", s, k, errors == "strict" ? j : k + 1, "surrogates not allowed");
                }
            }
            i = j - 1;
        }
        return [.. res];
    }

    /// <summary>UTF-8 with CPython's error ranges: the longest valid prefix of a broken sequence is one error.</summary>
    static string DecodeUtf8(byte[] b, string errors)
    {
        int n = b.Length, i = 0;
        var sb = new StringBuilder(n);
        while (i < n)
        {
            byte c = b[i];
            if (c < 0x80) { sb.Append((char)c); i++; continue; }
            int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (need < 0) { Handle(sb, b, "utf-8", i, i + 1, "invalid start byte", errors); i++; continue; }
            int lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, hi = c == 0xED && errors != "surrogatepass" ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
            int k = 1;
            bool bad = false;
            for (; k <= need; k++)
            {
                if (i + k >= n) break;
                byte d = b[i + k];
                if (k == 1 ? d < lo || d > hi : d < 0x80 || d > 0xBF) { bad = true; break; }
            }
            if (bad || i + k > n || k <= need)
            {
                string reason = bad ? "invalid continuation byte" : "unexpected end of data";
                Handle(sb, b, "utf-8", i, i + k, reason, errors);
                i += k;
                continue;
            }
            int cp = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
            for (int m = 1; m <= need; m++) cp = (cp << 6) | (b[i + m] & 0x3F);
            PyStr.AppendCodePoint(sb, cp);
            i += need + 1;
        }
        return sb.ToString();
    }
}
