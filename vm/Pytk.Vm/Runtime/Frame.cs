using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pytk.Vm;

/// <summary>
/// An activation: its value stack, locals and position. Frames live on the heap so a generator can keep
/// one suspended; a running frame's caller is Back (for tracebacks and zero-argument super()).
/// </summary>
public sealed class Frame
{
    public readonly PyCode Code;
    public readonly PyFunction? Function;
    public readonly Dictionary<string, PyObject> Globals;
    /// <summary>The name dictionary of module and class bodies (null in functions, which use Fast).</summary>
    public Dictionary<string, PyObject>? Locals;
    /// <summary>A locals mapping that is not a plain dict (a metaclass __prepare__'s namespace, exec's locals
    /// argument): when set, the name instructions go through its __getitem__/__setitem__/__delitem__, and
    /// Locals is null.</summary>
    public PyObject? LocalsMap;
    /// <summary>This frame's Python view, made on first request (tracebacks, sys._getframe).</summary>
    public PyFrameObject? PyObj;
    /// <summary>Fast locals: Fast[0..Code.VarNames.Length) (the array continues with the value stack): Stack itself,
    /// under the name that reads better for locals (one field less per frame).</summary>
    public PyObject?[] Fast
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Stack;
    }
    /// <summary>The thread state running this frame when it runs to completion on one thread (set by RunFrame and the
    /// CALL fast path); null for generator frames, which any thread may resume.</summary>
    public ThreadState? Thread;
    public readonly PyCell[] Cells;
    /// <summary>The value stack: Stack[StackBase..Sp). The same array as Fast (locals below StackBase).</summary>
    public readonly PyObject[] Stack;
    public readonly int StackBase;
    public int Sp;
    public int Pc;
    public Frame? Back;
    /// <summary>The generator that owns this frame, if any.</summary>
    public PyGenerator? Generator;
    public PyObject? ReturnValue;
    public bool Yielded;
    /// <summary>An exception thrown into a suspended generator, raised at its yield when it resumes.</summary>
    public PyException? PendingThrow;
    /// <summary>sys.settrace state of this frame (f_trace and friends); null unless tracing touched it.</summary>
    public FrameTrace? Trace;

    public Frame(PyCode code, Dictionary<string, PyObject> globals, PyFunction? fn)
    {
        Code = code;
        Globals = globals;
        Function = fn;
        int nlocals = code.VarNames.Length;
        int ncells = code.CellVars.Length + code.FreeVars.Length;
        Cells = ncells == 0 ? [] : new PyCell[ncells];
        // Locals and value stack share one array (locals first, as CPython's frame does): one allocation less per call.
        Stack = Unsafe.As<PyObject[]>(new object[nlocals + code.StackSize + 1]);
        Sp = StackBase = nlocals;
    }

    // Why the Fast/Stack array is an object[] seen as PyObject[]: a store into a PyObject[] needs .NET's array
    // covariance check, and since PyObject is abstract no value's type is ever exactly the element type, so
    // every push went through the slow StelemRef helper (43% of trees.py's samples). A store into an object[]
    // takes the helper's fast path. Reads need no check. Never take a Span or `ref` of these arrays: .NET checks
    // the exact array type there and would throw ArrayTypeMismatchException.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(PyObject o)
    {
        int sp = Sp;
        Slot(sp) = o;
        Sp = sp + 1;
    }

    /// <summary>Replaces the top of the stack.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetTop(PyObject o) => Slot(Sp - 1) = o;

    /// <summary>
    /// Stack[i] as a reference into the underlying object[] (bounds-checked): a store through it is a plain store
    /// with the GC write barrier, without the call to .NET's covariant-store helper (StelemRef) that `Stack[i] = o`
    /// makes for every push (7% of fib.py's samples, 13% of nbody.py's).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    ref object Slot(int i)
    {
        var a = Unsafe.As<object[]>(Stack);
        if ((uint)i >= (uint)a.Length) ThrowStackIndex();
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(a), i);
    }

    static void ThrowStackIndex() => throw new IndexOutOfRangeException();
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Pop() => Stack[--Sp];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Top() => Stack[Sp - 1];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Peek(int n) => Stack[Sp - n];

    public PyObject[] PopN(int n)
    {
        var a = new PyObject[n];
        int from = Sp - n;
        for (int i = 0; i < n; i++) { a[i] = Stack[from + i]; Stack[from + i] = null!; }
        Sp = from;
        return a;
    }

    public int Line => Code.LineAt(Pc);
}
