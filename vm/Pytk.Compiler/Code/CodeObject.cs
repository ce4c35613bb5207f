namespace Pytk.Compiler.Code;

[Flags]
public enum CodeFlags
{
    None = 0, Optimized = 1, NewLocals = 2, VarArgs = 4, VarKeywords = 8, Nested = 16,
    Generator = 32, NoFree = 64, Coroutine = 128, IterableCoroutine = 256, AsyncGenerator = 512,
}

public struct Instr(Op op, int arg)
{
    public Op Op = op;
    public int Arg = arg;
}

/// <summary>Source span of an instruction, for tracebacks (lines 1-based; columns are character offsets).</summary>
public readonly record struct Position(int Line, int EndLine, int Col, int EndCol);

/// <summary>
/// One exception-table row, as in CPython 3.11+: an exception raised by an instruction in [Start, End)
/// unwinds the value stack to Depth, pushes the exception and jumps to Target. Zero-cost when nothing
/// is raised, and the frame carries no block stack (which also makes generators simpler to suspend).
/// </summary>
public readonly record struct ExceptionEntry(int Start, int End, int Target, int Depth, bool Lasti);

/// <summary>
/// A compiled code object as plain data: what the compiler makes, the .pyc reader reads and the disassembler
/// prints. Constants are Pytk.Syntax constant values (null for None, bool, BigInteger, double, Complex, string,
/// <see cref="Pytk.Syntax.SurrogateStr"/>, byte[], <see cref="Pytk.Syntax.EllipsisConstant"/>,
/// <see cref="Pytk.Syntax.TupleConstant"/>, <see cref="Pytk.Syntax.FrozenSetConstant"/>) and nested code objects;
/// the runtime boxes them into Python objects when it loads the code (Pytk.Vm's PyCode). A code object made at
/// run time (`types.CodeType`, `code.replace`) may hold the runtime's own objects, which this layer passes on
/// unread.
/// </summary>
public sealed class CodeObject
{
    public string Name = "", QualName = "", Filename = "";
    public int FirstLine;
    public Instr[] Code = [];
    public Position[] Positions = [];
    public object?[] Consts = [];
    public string[] Names = [], VarNames = [], CellVars = [], FreeVars = [];
    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount, StackSize;
    public CodeFlags Flags;
    public ExceptionEntry[] ExceptionTable = [];
    /// <summary>For each cell variable that is also a parameter: the parameter's local index (else -1).</summary>
    public int[] CellToArg = [];
    public string[]? SourceLines;
    /// <summary>The docstring constant (null: the body has none), copied to the function by MAKE_FUNCTION.</summary>
    public object? Doc;
    /// <summary>
    /// A module's code fresh from source: the SyntaxWarnings its compile met, which the runtime issues through the
    /// `warnings` module before it runs the code (then clears); the first <see cref="ParserWarnings"/> are the
    /// tokenizer's and the parser's, the rest the compiler's. Not part of a cache file: code read back from
    /// `__pycache__` warns no more, as in CPython.
    /// </summary>
    public Pytk.Syntax.SyntaxWarningInfo[]? Warnings;
    public int ParserWarnings;

    public int TotalArgs => ArgCount + KwOnlyArgCount + ((Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
    public bool IsGenerator => (Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0;

    public int LineAt(int pc) => pc >= 0 && pc < Positions.Length ? Positions[pc].Line : FirstLine;

    public ExceptionEntry? HandlerFor(int pc)
    {
        foreach (var e in ExceptionTable)
            if (pc >= e.Start && pc < e.End) return e;
        return null;
    }

    /// <summary>A shallow copy (the arrays are shared; replace the ones you change).</summary>
    public CodeObject Clone() => (CodeObject)MemberwiseClone();
}
