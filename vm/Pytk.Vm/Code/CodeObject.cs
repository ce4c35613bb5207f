namespace Pytk.Vm;

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

public sealed class CodeObject() : PyObject(Types.Code)
{
    public string Name = "", QualName = "", Filename = "";
    public int FirstLine;
    public Instr[] Code = [];
    public Position[] Positions = [];
    public PyObject[] Consts = [];
    public string[] Names = [], VarNames = [], CellVars = [], FreeVars = [];
    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount, StackSize;
    public CodeFlags Flags;
    public ExceptionEntry[] ExceptionTable = [];
    /// <summary>For each cell variable that is also a parameter: the parameter's local index (else -1).</summary>
    public int[] CellToArg = [];
    /// <summary>Interned PyStr for each name, so LOAD_ATTR and friends do not allocate.</summary>
    public PyStr[] NameObjects = [];
    public string[]? SourceLines;
    /// <summary>The docstring (None if the body has none), copied to the function by MAKE_FUNCTION.</summary>
    public PyObject Doc = Py.None;
    /// <summary>This code compiled for the threaded loop (built on first run), and its instruction-counting variant.</summary>
    public Func<Frame, int, PyObject?>? Threaded, ThreadedCounting;
    /// <summary>Runs of this code under --dispatch threaded before it was compiled (tiering, see ThreadedLoop).</summary>
    public int ThreadedRuns;
    /// <summary>Backward jumps the switch loop took in this code: a hot loop moves to the threaded loop mid-run.</summary>
    public int BackEdges;
    /// <summary>Inline caches of LOAD_ATTR / STORE_ATTR, per name index (made on first use).</summary>
    public AttrSite?[]? LoadSites, StoreSites;
    /// <summary>Quickening (Runtime/Specialize.cs), per pc: an adaptive instruction's executions towards its warm-up
    /// (negative while backing off), a specialized one's guard misses, and its inline cache.</summary>
    public int[]? Counters;
    public byte[]? Misses;
    public object?[]? Caches;

    public int TotalArgs => ArgCount + KwOnlyArgCount + ((Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
    public bool IsGenerator => (Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0;

    public int LineAt(int pc) => pc >= 0 && pc < Positions.Length ? Positions[pc].Line : FirstLine;

    public ExceptionEntry? HandlerFor(int pc)
    {
        foreach (var e in ExceptionTable)
            if (pc >= e.Start && pc < e.End) return e;
        return null;
    }
}
