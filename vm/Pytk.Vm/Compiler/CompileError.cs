namespace Pytk.Vm.Compiler;

/// <summary>A compile-time error, reported as CPython reports a SyntaxError (its words, its position).</summary>
public sealed class CompileError(string message, int line, int col, string kind = "SyntaxError") : Exception(message)
{
    public readonly int Line = line;
    public readonly int Col = col;
    public readonly string Kind = kind;
    /// <summary>End of the underlined range (1-based line, 0-based column), when the error has one.</summary>
    public int EndLine, EndCol;
}
