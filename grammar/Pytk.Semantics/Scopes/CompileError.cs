namespace Pytk.Semantics;

/// <summary>A compile-time error, reported as CPython reports a SyntaxError (its words, its position).</summary>
public sealed class CompileError(string message, int line, int col, string kind = "SyntaxError") : Exception(message)
{
    public readonly int Line = line;
    public readonly int Col = col;
    public readonly string Kind = kind;
    /// <summary>End of the underlined range (1-based line, 0-based column), when the error has one.</summary>
    public int EndLine, EndCol;
    /// <summary>An error at one column (CPython's PyErr_SyntaxLocation: one caret), not a range or a whole line.</summary>
    public bool Point;

    /// <summary>The end a SyntaxError gets (1-based line and column; (0, 0) when unknown, which underlines to the line's end).</summary>
    public (int Line, int Offset) SyntaxErrorEnd => EndLine > 0 ? (EndLine, EndCol + 1) : Point ? (Line, -1) : (0, 0);
}
