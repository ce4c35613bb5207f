namespace Pytk.Grammar;

/// <summary>Which of CPython's SyntaxError classes an error is (TabError is an IndentationError).</summary>
public enum SyntaxErrorKind { SyntaxError, IndentationError, TabError }

/// <summary>
/// A syntax error as CPython's SyntaxError carries it: message, file, 1-based line and 1-based offset
/// (code points, like SyntaxError.offset), optional end position and the offending line's text.
/// Thrown by the lexer and the parser alike.
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    public SyntaxErrorKind Kind { get; }
    public string Msg { get; }
    public string Filename { get; set; }
    public int Lineno { get; }
    public int Offset { get; }
    public int EndLineno { get; }
    public int EndOffset { get; }
    public string? Text { get; }

    public PythonSyntaxError(SyntaxErrorKind kind, string msg, string filename, int lineno, int offset,
        int endLineno = 0, int endOffset = 0, string? text = null) : base(msg)
    {
        Kind = kind;
        Msg = msg;
        Filename = filename;
        Lineno = lineno;
        Offset = offset;
        EndLineno = endLineno;
        EndOffset = endOffset;
        Text = text;
        // A line holding bytes that are not UTF-8 (SourceDecoder.DecodeSource keeps them as lone surrogates):
        // CPython shows it decoded with U+FFFD for each undecodable sequence, and its offsets are counted so.
        if (text is not null && !ReferenceEquals(SourceDecoder.Displayed(text), text))
        {
            Text = SourceDecoder.Displayed(text);
            Offset = SourceDecoder.ParserOffset(text, offset);
            if (endLineno == lineno) EndOffset = SourceDecoder.ParserOffset(text, endOffset);
        }
    }


    /// <summary>
    /// Raised by the tokenizer itself (CPython's _PyTokenizer_syntaxerror: invalid characters, numbers and
    /// strings, brackets), not by the parser: its text is the line without its line break, taken from the
    /// tokenizer's buffer rather than read back from the file (see <see cref="ProgramText"/>).
    /// </summary>
    public bool FromTokenizer { get; init; }

    /// <summary>False for errors about the file as a whole (its encoding), which have no line.</summary>
    public bool HasLocation => Lineno > 0;

    /// <summary>CPython's class name for the error, as a traceback prints it.</summary>
    public string TypeName => Kind switch
    {
        SyntaxErrorKind.IndentationError => "IndentationError",
        SyntaxErrorKind.TabError => "TabError",
        _ => "SyntaxError",
    };

    public override string Message => Msg;
}
