using System.Text;
using System.Text.RegularExpressions;
using Pytk.Syntax;

namespace Pytk.Grammar;

/// <summary>
/// Bytes to text as Python does it for a source file (PEP 263, like tokenize.detect_encoding): a UTF-8
/// BOM, or a coding cookie on the first or second line, else UTF-8. Errors carry CPython's words.
/// </summary>
public static partial class SourceDecoder
{
    static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    static readonly UTF8Encoding StrictUtf8 = new(false, true);
    static readonly UTF8Encoding LenientUtf8 = new(false, false);

    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"^[ \t\f]*#.*?coding[:=][ \t]*([-A-Za-z0-9_.]+)")]
    private static partial Regex CookieRegex();

    /// <summary>The encoding name tokenize reports (its ENCODING token) and the decoded text.</summary>
    public static (string Encoding, string Text) Decode(byte[] source, string? filename)
    {
        int start = source.AsSpan().StartsWith(Bom) ? 3 : 0;
        bool bom = start == 3;
        string encoding = "utf-8";
        int firstEnd = LineEnd(source, start);
        if (firstEnd > start)
        {
            string? cookie = FindCookie(source.AsSpan(start, firstEnd - start), bom, filename);
            if (cookie is null && IsBlank(source.AsSpan(start, firstEnd - start)))
            {
                int secondEnd = LineEnd(source, firstEnd);
                if (secondEnd > firstEnd)
                    cookie = FindCookie(source.AsSpan(firstEnd, secondEnd - firstEnd), bom, filename);
            }
            encoding = cookie ?? encoding;
        }
        var body = source.AsSpan(start);
        string text = encoding == "utf-8" ? LenientUtf8.GetString(body) : Replacing(Lookup(encoding)!).GetString(body);
        return (encoding, text);
    }

    /// <summary>
    /// Bytes to text as CPython's parser reads source given as bytes (compile(), exec(), ast.parse(), import): the
    /// coding cookie is looked for in the raw bytes (a first line that is not UTF-8 is no error here), and in UTF-8
    /// source each byte of an undecodable sequence becomes a lone surrogate U+DC80..U+DCFF (PEP 383), so that the
    /// tokenizer and the literal decoder can reject it where CPython decodes (<see cref="Utf8Error"/>) and let it
    /// pass in a comment, as CPython does.
    /// </summary>
    public static string DecodeSource(byte[] source, string? filename)
    {
        int start = source.AsSpan().StartsWith(Bom) ? 3 : 0;
        string? cookie = CookieOf(source, start, bom: start == 3, filename);
        var body = source.AsSpan(start);
        return cookie is null or "utf-8" ? Utf8(body, escape: true) : Strict(cookie, body);
    }

    /// <summary>Source in a declared encoding other than UTF-8: bytes it cannot decode are CPython's SyntaxError
    /// (the codec's error, positions in the whole source).</summary>
    static string Strict(string cookie, ReadOnlySpan<byte> body)
    {
        var e = (Encoding)Lookup(cookie)!.Clone();
        e.DecoderFallback = DecoderFallback.ExceptionFallback;
        try { return e.GetString(body); }
        catch (DecoderFallbackException x)
        {
            byte b = x.BytesUnknown is { Length: > 0 } u ? u[0] : (byte)0;
            string codec = e.IsSingleByte ? (e.CodePage == 20127 ? "ascii" : "charmap") : cookie;
            string reason = codec switch
            {
                "ascii" => "ordinal not in range(128)",
                "charmap" => "character maps to <undefined>",
                _ => "illegal multibyte sequence",
            };
            throw Error($"'{codec}' codec can't decode byte 0x{b:x2} in position {x.Index}: {reason}");
        }
    }

    /// <summary>The cookie of the first two lines read as bytes (CPython's get_coding_spec), checked as FindCookie does.</summary>
    static string? CookieOf(byte[] source, int start, bool bom, string? filename)
    {
        int firstEnd = LineEnd(source, start);
        if (firstEnd <= start) return null;
        string? cookie = FindCookie(Encoding.Latin1.GetString(source, start, firstEnd - start), bom, filename);
        if (cookie is null && IsBlank(source.AsSpan(start, firstEnd - start)))
        {
            int secondEnd = LineEnd(source, firstEnd);
            if (secondEnd > firstEnd) cookie = FindCookie(Encoding.Latin1.GetString(source, firstEnd, secondEnd - firstEnd), bom, filename);
        }
        return cookie;
    }

    /// <summary>True for a char <see cref="DecodeSource"/> made of an undecodable byte.</summary>
    public static bool IsEscapedByte(char c) => c is >= '\uDC80' and <= '\uDCFF';

    /// <summary>
    /// The index of the first char <see cref="DecodeSource"/> made of an undecodable byte, or -1: a lone
    /// U+DC80..U+DCFF, not the low half of a surrogate pair (U+1F4D7 is D83D DCD7 in UTF-16).
    /// </summary>
    public static int IndexOfEscapedByte(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (IsEscapedByte(c)) return i;
        }
        return -1;
    }

    /// <summary>
    /// The UTF-8 decoder's error for a piece of decoded source, as CPython's `PyUnicode_DecodeUTF8` words it
    /// ("'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", positions in bytes from the
    /// piece's start), or null when the piece holds no undecodable byte.
    /// </summary>
    public static string? Utf8Error(string piece)
    {
        if (IndexOfEscapedByte(piece) < 0) return null;
        var bytes = Bytes(piece);
        for (int i = 0; i < bytes.Length;)
        {
            int n = Sequence(bytes, i, out int end, out string? reason);
            if (reason is null) { i += n; continue; }
            return end - i == 1
                ? $"'utf-8' codec can't decode byte 0x{bytes[i]:x2} in position {i}: {reason}"
                : $"'utf-8' codec can't decode bytes in position {i}-{end - 1}: {reason}";
        }
        return null;
    }

    /// <summary>The decoder's error as (bytes, start, end, reason): the arguments of a UnicodeDecodeError.</summary>
    public static (byte[] Bytes, int Start, int End, string Reason)? Utf8ErrorArgs(string piece)
    {
        var bytes = Bytes(piece);
        for (int i = 0; i < bytes.Length;)
        {
            int n = Sequence(bytes, i, out int end, out string? reason);
            if (reason is null) { i += n; continue; }
            return (bytes, i, end, reason);
        }
        return null;
    }

    /// <summary>Decoded source as CPython shows it in a SyntaxError's text: each undecodable sequence one U+FFFD.</summary>
    public static string Displayed(string text) =>
        IndexOfEscapedByte(text) >= 0 ? Utf8(Bytes(text), escape: false) : text;

    /// <summary>
    /// The offset CPython gives a decoder error in an identifier: the line's bytes up to <paramref name="end"/>
    /// (the end of the identifier, a UTF-16 index) counted as characters of the line as shown (U+FFFD for each
    /// undecodable sequence, re-encoded), so a bad byte early in a long identifier lands past it, as in CPython.
    /// </summary>
    public static int IdentifierErrorOffset(string line, int end)
    {
        int n = Bytes(line[..end]).Length;
        var shown = StrictUtf8.GetBytes(Displayed(line));
        return Utf8(shown.AsSpan(0, Math.Min(n, shown.Length)), escape: false).EnumerateRunes().Count();
    }

    /// <summary>
    /// The 1-based offset CPython's parser gives a position (a 1-based code point offset) in a line holding
    /// undecodable bytes: it counts the line's bytes up to it, then reads that many bytes of the line as shown
    /// (re-encoded, each U+FFFD three bytes) as characters, an incomplete last one not counted.
    /// </summary>
    public static int ParserOffset(string line, int offset)
    {
        if (offset <= 0) return offset;
        int i = 0, points = 1;
        for (; points < offset && i < line.Length; points++)
            i += char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) ? 2 : 1;
        int n = Bytes(line[..i]).Length;
        var shown = StrictUtf8.GetBytes(Displayed(line)).AsSpan();
        shown = shown[..Math.Min(n, shown.Length)];
        int count = 0;
        for (int k = 0; k < shown.Length;)
        {
            int len = Sequence(shown, k, out int end, out string? reason);
            if (reason == "unexpected end of data") break;
            k = reason is null ? k + len : end;
            count++;
        }
        return count + 1 + (offset - points);
    }

    /// <summary>The bytes a piece of decoded source was read from.</summary>
    static byte[] Bytes(string piece)
    {
        var bytes = new List<byte>(piece.Length + 8);
        Span<byte> buf = stackalloc byte[4];
        for (int i = 0; i < piece.Length; i++)
        {
            char c = piece[i];
            if (IsEscapedByte(c)) { bytes.Add((byte)(c - 0xDC00)); continue; }
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < piece.Length && char.IsLowSurrogate(piece[i + 1])) cp = char.ConvertToUtf32(c, piece[++i]);
            else if (char.IsSurrogate(c)) cp = 0xFFFD;
            int n = new Rune(cp).EncodeToUtf8(buf);
            for (int k = 0; k < n; k++) bytes.Add(buf[k]);
        }
        return bytes.ToArray();
    }

    /// <summary>UTF-8 by CPython's decoder: each undecodable sequence (as its error reports it) escaped byte by byte, or one U+FFFD.</summary>
    static string Utf8(ReadOnlySpan<byte> bytes, bool escape)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return StrictUtf8.GetString(bytes);
        var sb = new StringBuilder(bytes.Length);
        int i = 0;
        while (i < bytes.Length)
        {
            int n = Sequence(bytes, i, out int end, out string? reason);
            if (reason is null) { sb.Append(StrictUtf8.GetString(bytes.Slice(i, n))); i += n; continue; }
            if (escape) for (int k = i; k < end; k++) sb.Append((char)(0xDC00 + bytes[k]));
            else sb.Append('\uFFFD');
            i = end;
        }
        return sb.ToString();
    }

    /// <summary>
    /// The UTF-8 sequence at <paramref name="i"/>: its length, or (reason not null) the end of the bytes
    /// CPython's decoder reports as undecodable there and why ("invalid start byte", "invalid continuation
    /// byte", "unexpected end of data").
    /// </summary>
    static int Sequence(ReadOnlySpan<byte> b, int i, out int end, out string? reason)
    {
        static bool Cont(byte x) => (x & 0xC0) == 0x80;
        byte c = b[i];
        reason = null;
        end = i;
        if (c < 0x80) return 1;
        int need = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
        if (need == 0) { reason = "invalid start byte"; end = i + 1; return 0; }
        for (int k = 1; k < need; k++)
        {
            if (i + k >= b.Length) { reason = "unexpected end of data"; end = b.Length; return 0; }
            byte x = b[i + k];
            bool ok = Cont(x) && (k != 1 || c switch
            {
                0xE0 => x >= 0xA0,
                0xED => x < 0xA0,
                0xF0 => x >= 0x90,
                0xF4 => x < 0x90,
                _ => true,
            });
            if (!ok) { reason = "invalid continuation byte"; end = i + k; return 0; }
        }
        return need;
    }

    /// <summary>Undecodable bytes become U+FFFD, as CPython's tokenizer reads them.</summary>
    static Encoding Replacing(Encoding e)
    {
        var clone = (Encoding)e.Clone();
        clone.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        return clone;
    }

    /// <summary>The end of the line starting at <paramref name="from"/>: after its \n, \r\n or lone \r (CPython
    /// reads source with universal newlines, so a CR-only file has its cookie on its first two CR lines too).</summary>
    static int LineEnd(byte[] s, int from)
    {
        int i = s.AsSpan(from).IndexOfAny((byte)'\n', (byte)'\r');
        if (i < 0) return s.Length;
        i += from;
        return s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? i + 2 : i + 1;
    }

    /// <summary>
    /// The error CPython gives for a program file that declares no encoding (so it must be UTF-8) yet holds
    /// bytes that are not UTF-8, anywhere in it (a comment or string too); null when the file is fine.
    /// </summary>
    public static PythonSyntaxError? NonUtf8Error(byte[] source, string filename)
    {
        int start = source.AsSpan().StartsWith(Bom) ? 3 : 0;
        var body = source.AsSpan(start);
        if (System.Text.Unicode.Utf8.IsValid(body)) return null;
        if (DeclaredEncoding(source, start) is not null) return null;
        var chars = new char[Math.Min(body.Length, 4096)];
        int at = 0;
        while (true)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(body[at..], chars, out int read, out _, replaceInvalidSequences: false);
            at += read;
            if (status != System.Buffers.OperationStatus.DestinationTooSmall) break;
        }
        int line = 1;
        for (int i = 0; i < at; i++)
            if (body[i] == '\n' || (body[i] == '\r' && (i + 1 >= body.Length || body[i + 1] != '\n'))) line++;
        byte bad = at < body.Length ? body[at] : (byte)0;
        return Error($"Non-UTF-8 code starting with '\\x{bad:x2}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details");
    }

    /// <summary>The cookie of the first or second line, if any (errors in it are the decoder's business).</summary>
    static string? DeclaredEncoding(byte[] source, int start)
    {
        try
        {
            int firstEnd = LineEnd(source, start);
            if (firstEnd <= start) return null;
            string? cookie = FindCookie(source.AsSpan(start, firstEnd - start), false, null);
            if (cookie is null && IsBlank(source.AsSpan(start, firstEnd - start)))
            {
                int secondEnd = LineEnd(source, firstEnd);
                if (secondEnd > firstEnd) cookie = FindCookie(source.AsSpan(firstEnd, secondEnd - firstEnd), false, null);
            }
            return cookie;
        }
        // A first line that is not UTF-8 itself declares nothing: the file is then reported as Non-UTF-8.
        catch (PythonSyntaxError e) when (e.Msg.StartsWith("invalid or missing", StringComparison.Ordinal)) { return null; }
        catch (PythonSyntaxError) { return "?"; }
    }

    static bool IsBlank(ReadOnlySpan<byte> line)
    {
        int i = 0;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t' or (byte)'\f') i++;
        return i == line.Length || line[i] is (byte)'#' or (byte)'\r' or (byte)'\n';
    }

    static string? FindCookie(ReadOnlySpan<byte> line, bool bom, string? filename)
    {
        string text;
        try { text = StrictUtf8.GetString(line); }
        catch (DecoderFallbackException)
        {
            throw Error("invalid or missing encoding declaration" + For(filename));
        }
        return FindCookie(text, bom, filename);
    }

    static string? FindCookie(string text, bool bom, string? filename)
    {
        var m = CookieRegex().Match(text);
        if (!m.Success) return null;
        string name = NormalName(m.Groups[1].Value);
        if (Lookup(name) is null)
            throw Error(filename is null ? "unknown encoding: " + name : $"unknown encoding for {PyRepr.Str(filename)}: {name}");
        if (bom && name != "utf-8")
            throw Error("encoding problem" + For(filename) + ": utf-8");
        return name;
    }

    static string For(string? filename) => filename is null ? "" : " for " + PyRepr.Str(filename);

    static PythonSyntaxError Error(string msg) => new(SyntaxErrorKind.SyntaxError, msg, "", 0, 0);

    /// <summary>tokenize._get_normal_name: utf-8 and latin-1 spellings to one name, others as written.</summary>
    static string NormalName(string orig)
    {
        string enc = (orig.Length > 12 ? orig[..12] : orig).ToLowerInvariant().Replace('_', '-');
        if (enc == "utf-8" || enc.StartsWith("utf-8-")) return "utf-8";
        if (enc is "latin-1" or "iso-8859-1" or "iso-latin-1" || enc.StartsWith("latin-1-") || enc.StartsWith("iso-8859-1-") || enc.StartsWith("iso-latin-1-"))
            return "iso-8859-1";
        return orig;
    }

    /// <summary>A .NET decoder for a Python codec name, or null when Python would not know it either.</summary>
    static Encoding? Lookup(string name)
    {
        string n = name.ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        switch (n)
        {
            case "utf-8" or "utf8" or "u8" or "utf": return LenientUtf8;
            case "iso-8859-1" or "latin-1" or "latin1" or "l1" or "iso8859-1" or "8859" or "cp819" or "latin": return Encoding.Latin1;
            case "ascii" or "us-ascii" or "646": return Encoding.ASCII;
        }
        try { return n.StartsWith("cp") && int.TryParse(n[2..], out int cp) ? Encoding.GetEncoding(cp) : Encoding.GetEncoding(n); }
        catch (ArgumentException) { return null; }
        catch (NotSupportedException) { return null; }
    }
}
