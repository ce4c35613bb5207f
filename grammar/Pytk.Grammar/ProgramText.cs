using System.Text;

namespace Pytk.Grammar;

/// <summary>
/// The source line a SyntaxError shows when CPython reads it back from the program's file (errors.c's
/// err_programtext): the parser's errors on a file-input program and every compiler error look the line up
/// in the file by name, through a 1000-byte line buffer. A line longer than 999 bytes comes back as its last
/// 999-byte piece (with the line break, CRLF and CR read as "\n"), so a long line's SyntaxError shows only
/// its tail, and the parser's offsets are recounted against that piece. A name that is no readable file
/// gives nothing: the parser then keeps its own copy of the line and a compiler error has no text.
/// The tokenizer's own errors never come here (<see cref="PythonSyntaxError.FromTokenizer"/>).
/// </summary>
public static class ProgramText
{
    const int PieceBytes = 999;

    /// <summary>Line <paramref name="lineno"/> of the file named <paramref name="filename"/> as CPython reads it back, or null.</summary>
    public static string? Line(string filename, int lineno) => Bytes(filename) is { } bytes ? Piece(bytes, lineno) is { } p ? Decode(p) : null : null;

    /// <summary>The same from the file's bytes (already read).</summary>
    public static string? Line(byte[] file, int lineno) => Piece(file, lineno) is { } p ? Decode(p) : null;

    /// <summary>
    /// A parser error of a file-input program as CPython reports it: the text read back from the file and the
    /// offsets recounted against it (pegen's byte_offset_to_character_offset on that text). Unchanged when the
    /// file cannot be read or the error is the tokenizer's.
    /// </summary>
    public static PythonSyntaxError ParserError(PythonSyntaxError e, byte[]? file)
    {
        if (e.FromTokenizer || !e.HasLocation || e.Text is null || file is null || Piece(file, e.Lineno) is not { } piece)
            return e;
        // pytk's offsets count code points in the whole line; CPython's parser had UTF-8 byte offsets in it.
        string line = e.Text;
        int offset = Recount(ByteOffset(line, e.Offset), piece);
        int endOffset = e.EndOffset > 0 ? Recount(ByteOffset(line, e.EndOffset), piece) : e.EndOffset;
        return new PythonSyntaxError(e.Kind, e.Msg, e.Filename, e.Lineno, offset, e.EndLineno, endOffset, Decode(piece));
    }

    /// <summary>A parser error of a program compiled from the named file (a path that may not exist).</summary>
    public static PythonSyntaxError ParserError(PythonSyntaxError e, string filename) =>
        e.FromTokenizer ? e : ParserError(e, Bytes(filename));

    static byte[]? Bytes(string filename)
    {
        try { return filename.Length > 0 && File.Exists(filename) ? File.ReadAllBytes(filename) : null; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>The last 999-byte piece of the line, its break as "\n" (a BOM on line 1 is skipped), or null past the end.</summary>
    static byte[]? Piece(byte[] file, int lineno)
    {
        int start = 0;
        for (int n = 1; ; n++)
        {
            if (start >= file.Length) return null;
            int end = start;
            while (end < file.Length && file[end] is not ((byte)'\n' or (byte)'\r')) end++;
            int next = end >= file.Length ? end : file[end] == '\r' && end + 1 < file.Length && file[end + 1] == '\n' ? end + 2 : end + 1;
            if (n == lineno)
            {
                int from = start;
                if (n == 1 && end - from >= 3 && file[0] == 0xEF && file[1] == 0xBB && file[2] == 0xBF) from += 3;
                var line = new List<byte>(end - from + 1);
                for (int i = from; i < end; i++) line.Add(file[i]);
                if (end < file.Length) line.Add((byte)'\n');
                int last = line.Count == 0 ? 0 : (line.Count - 1) / PieceBytes * PieceBytes;
                return line.GetRange(last, line.Count - last).ToArray();
            }
            start = next;
        }
    }

    static string Decode(byte[] piece) => Encoding.UTF8.GetString(piece);

    /// <summary>The 1-based UTF-8 offset of the 1-based code point offset in the line.</summary>
    static int ByteOffset(string line, int offset)
    {
        int chars = 0, bytes = 0;
        foreach (var r in line.EnumerateRunes())
        {
            if (chars >= offset - 1) break;
            chars++;
            bytes += r.Utf8SequenceLength;
        }
        return bytes + Math.Max(0, offset - 1 - chars) + 1;
    }

    /// <summary>
    /// byte_offset_to_character_offset: the code points in the first <paramref name="byteOffset"/> bytes of the
    /// piece, the offset first clipped to one past its end (where the C string's terminating NUL counts as one).
    /// </summary>
    static int Recount(int byteOffset, byte[] piece)
    {
        if (byteOffset > piece.Length + 1) byteOffset = piece.Length + 1;
        if (byteOffset <= 0) return byteOffset;
        int take = Math.Min(byteOffset, piece.Length);
        int count = Encoding.UTF8.GetString(piece, 0, take).EnumerateRunes().Count();
        return byteOffset > piece.Length ? count + 1 : count;
    }
}
