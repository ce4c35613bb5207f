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
