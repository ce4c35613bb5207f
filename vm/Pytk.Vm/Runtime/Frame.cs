using System.Runtime.CompilerServices;

namespace Pytk.Vm;

/// <summary>
/// An activation: its value stack, locals and position. Frames live on the heap so a generator can keep
/// one suspended; a running frame's caller is Back (for tracebacks and zero-argument super()).
/// </summary>
public sealed class Frame
{
    public readonly CodeObject Code;
    public readonly PyFunction? Function;
    public readonly Dictionary<string, PyObject> Globals;
    /// <summary>The name dictionary of module and class bodies (null in functions, which use Fast).</summary>
    public Dictionary<string, PyObject>? Locals;
    public readonly PyObject?[] Fast;
    public readonly PyCell[] Cells;
    public readonly PyObject[] Stack;
    public int Sp;
    public int Pc;
    public Frame? Back;
    /// <summary>The generator that owns this frame, if any.</summary>
    public PyGenerator? Generator;
    public PyObject? ReturnValue;
    public bool Yielded;
    /// <summary>An exception thrown into a suspended generator, raised at its yield when it resumes.</summary>
    public PyException? PendingThrow;

    public Frame(CodeObject code, Dictionary<string, PyObject> globals, PyFunction? fn)
    {
        Code = code;
        Globals = globals;
        Function = fn;
        Fast = code.VarNames.Length == 0 ? [] : new PyObject?[code.VarNames.Length];
        int ncells = code.CellVars.Length + code.FreeVars.Length;
        Cells = ncells == 0 ? [] : new PyCell[ncells];
        Stack = new PyObject[code.StackSize + 1];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(PyObject o) => Stack[Sp++] = o;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Pop() => Stack[--Sp];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Top() => Stack[Sp - 1];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Peek(int n) => Stack[Sp - n];

    public PyObject[] PopN(int n)
    {
        var a = new PyObject[n];
        Array.Copy(Stack, Sp - n, a, 0, n);
        Sp -= n;
        Array.Clear(Stack, Sp, n);
        return a;
    }

    public int Line => Code.LineAt(Pc);
}
