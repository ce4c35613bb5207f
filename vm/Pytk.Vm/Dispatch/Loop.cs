using System.Runtime.CompilerServices;

namespace Pytk.Vm.Dispatch;

/// <summary>
/// The switch-dispatch loop. Each case only moves the program counter and calls the instruction's handler
/// in <see cref="Exec"/>, where its semantics is written once (the threaded loop calls the same handlers); the
/// cases are generated from Code/Opcodes.def into Loop.g.cs, after each opcode's declared handler kind.
/// Exceptions are routed by the code's exception table. A Python `raise`/re-raise and an exception
/// returned by a callee (see <see cref="Interpreter.CallFromStack"/>) are routed without a .NET throw;
/// exceptions thrown by handlers (C# code) are caught once per frame. An exception that leaves the frame
/// is returned as a null result with the exception in <see cref="Interpreter.Escaped"/>, so Python-to-Python
/// propagation costs no .NET unwinding either (.NET throws cost microseconds each, see docs/vm.md).
/// </summary>
public static partial class Loop
{
    /// <summary>Runs the frame; an escaping exception is thrown.</summary>
    public static PyObject Run(Frame f) => Execute(f) ?? throw Interpreter.TakeEscaped();

    /// <summary>Runs the frame; null when an exception escaped it (then it is in Interpreter.Escaped).</summary>
    /// <summary>What Dispatch returns when tracing started during a call of an unwatched frame: run it again, watched.</summary>
    static readonly PyObject RetraceMark = new PyStr("<retrace>");

    internal static bool IsRetrace(PyObject? r) => ReferenceEquals(r, RetraceMark);

    /// <summary>The mark, for the threaded emitter's compiled calls.</summary>
    internal static PyObject RetraceValue() => RetraceMark;

    /// <summary>After a call (generated for Codegen's RETRACE_OPS): leave Dispatch so the frame continues watched at pc.</summary>
    static PyObject Retrace(Frame f, int pc)
    {
        f.Pc = pc;
        return RetraceMark;
    }

    /// <summary>
    /// Runs the frame. A frame whose f_trace was set while it ran (tracing started in a call it made) has its end
    /// reported here as a 'return' event (<see cref="Tracing.Returned"/>; <see cref="Tracing.Run"/> reports the others').
    /// </summary>
    public static PyObject? Execute(Frame f)
    {
        int pc = f.Pc;
        if (f.PendingThrow is { } pending)
        {
            f.PendingThrow = null;
            pc = Unwind(f, pending, f.Pc - 1);
            if (pc < 0) return null;
        }
        // The dispatch loop is a separate method without exception handlers, so the JIT keeps its locals
        // (pc, code, frame) in registers; a .NET exception from a handler lands here, once per throw.
        while (true)
        {
            try
            {
                var result = Dispatch(f, pc, observing);
                if (!ReferenceEquals(result, RetraceMark)) return f.Trace is not null ? Tracing.Returned(f, result) : result;
                pc = f.Pc;
                Tracing.Retraced(f);
                continue;
            }
            catch (PyException e)
            {
                pc = Unwind(f, e, f.Pc);
            }
            catch (Exception e) when (IsTranslatable(e))
            {
                pc = Unwind(f, Translate(e), f.Pc);
            }
            if (pc < 0) return f.Trace is not null ? Tracing.Returned(f, null) : null;
        }
    }

    // Dispatch(Frame, int, bool), the switch with one case per opcode, is generated from Code/Opcodes.def: Loop.g.cs.

    /// <summary>
    /// After a backward jump (an opcode flagged `backedge`): under --dispatch threaded, a loop that turns hot in
    /// code running on this loop (its first run) continues in the compiled code, entered at the loop head
    /// (on-stack replacement). True when the caller should return ThreadedLoop.Execute(f).
    /// </summary>
    static bool HotLoop(Frame f, int pc, bool watched)
    {
        if (++f.Code.BackEdges != ThreadedLoop.HotLoop || Interpreter.Dispatch != DispatchKind.Threaded || watched) return false;
        f.Pc = pc;
        // The code counts as hot from now on, so ThreadedLoop.Execute compiles it instead of handing the frame back
        // to this loop (its first HotRuns runs go here; without this the hand-off never left the switch loop).
        f.Code.ThreadedRuns = ThreadedLoop.HotRuns;
        return true;
    }

    /// <summary>After a `value` handler's core returned null: routes the escaped exception (the new pc, or -1).</summary>
    static int RouteEscaped(Frame f) => Unwind(f, Interpreter.TakeEscaped(), f.Pc);

    /// <summary>.NET failures that surface as Python exceptions (anything else is a pytk bug and propagates).</summary>
    public static bool IsTranslatable(Exception e) =>
        e is InsufficientExecutionStackException or InvalidCastException or IndexOutOfRangeException
            or ArgumentException or OverflowException or OutOfMemoryException or FormatException
            or NullReferenceException or KeyNotFoundException or IOException or UnauthorizedAccessException
            or ArithmeticException or NotSupportedException || IsMutationDuringIteration(e);

    /// <summary>A .NET collection changed under an enumeration (a Python callback such as __eq__ or __hash__
    /// mutated the container being searched or copied): CPython's RuntimeError, not a process abort.</summary>
    static bool IsMutationDuringIteration(Exception e) =>
        e is InvalidOperationException && (e.Message.Contains("EnumFailedVersion") || e.Message.Contains("Collection was modified")
            || e.Message.Contains("ConcurrentOperationsNotSupported") || e.Message.Contains("non-concurrent collections"));

    /// <summary>`pytk run --trace`: where each executed instruction and the value stack are printed (a shorthand
    /// for the runtime's <see cref="PythonRuntime.Trace"/>).</summary>
    public static TextWriter? Trace
    {
        get => PythonRuntime.Current.Trace;
        set => PythonRuntime.Current.Trace = value;
    }

    /// <summary>How many runtimes in this process trace.</summary>
    static int tracers;

    /// <summary>One flag for everything that watches instructions (trace, stats), so an unwatched run pays one test.</summary>
    static bool observing;

    internal static void TracersChanged(int delta)
    {
        Interlocked.Add(ref tracers, delta);
        RefreshObserving();
    }

    static readonly Lock observingLock = new();

    /// <summary>Recomputes <see cref="observing"/> after one of its inputs changed. Under a lock: two runtimes changing
    /// inputs at once could otherwise write their results in the opposite order of their reads, leaving the flag
    /// false while a runtime traces (seen as a missed pdb 'return' event when --stats tests ran beside it).</summary>
    internal static void RefreshObserving()
    {
        lock (observingLock)
            observing = Volatile.Read(ref tracers) > 0 || RunStats.AnyActive || Tracing.Active;
    }

    static void Observe(Frame f, Instr ins)
    {
        RunStats.CountSwitch(f, ins);
        if (ThreadState.Current.Runtime.Trace is { } trace) TraceInstruction(trace, f, ins);
        if (f.Trace is not null) Tracing.Instruction(f, ins);
    }

    static void TraceInstruction(TextWriter trace, Frame f, Instr ins)
    {
        var info = OpTable.Info(ins.Op);
        var stack = new List<string>();
        for (int i = f.StackBase; i < f.Sp; i++)
        {
            string r;
            try { r = f.Stack[i] is PyCode c ? $"<code {c.Name}>" : Ops.Repr(f.Stack[i]); }
            catch (PyException) { r = "<?>"; }
            stack.Add(r.Length > 40 ? r[..37] + "..." : r);
        }
        string arg = info.ShowsArg(ins.Arg) ? ins.Arg.ToString() : "";
        trace.WriteLine($"{f.Code.QualName,-16} {f.Pc,4} line {f.Code.LineAt(f.Pc),-4} {info.Name,-24}{arg,5}   [{string.Join(", ", stack)}]");
    }

    /// <summary>
    /// A .NET failure surfaced as the Python exception CPython would raise in its place: the one place where
    /// .NET exceptions escaping builtins become Python ones. Each kind maps to CPython's class (bad argument
    /// values to ValueError, file-system failures to the OSError subclasses with errno, ...); messages are
    /// .NET's only where no CPython text is known, and failures that can only be pytk bugs stay SystemError.
    /// </summary>
    public static PyException Translate(Exception e) => e switch
    {
        InsufficientExecutionStackException => Err.New(ExcTypes.RecursionError, "maximum recursion depth exceeded"),
        OutOfMemoryException => new PyException(Err.NewValue(ExcTypes.All["MemoryError"])),
        OverflowException => Err.Overflow(FirstLine(e.Message)),
        DivideByZeroException => Err.ZeroDiv("division by zero"),
        FileNotFoundException f => OsError(2, f.FileName),
        DirectoryNotFoundException => OsError(2, null),
        UnauthorizedAccessException => OsError(13, null),
        PathTooLongException => OsError(36, null),
        // EPIPE: a write to a pipe whose reader has gone (`pytk run prog.py | head -1`).
        IOException when e.HResult == 32 => OsError(32, null),
        IOException => Err.New(ExcTypes.OSError, FirstLine(e.Message)),
        ArgumentException a => Err.Value(ArgumentText(a)),
        FormatException => Err.Value(FirstLine(e.Message)),
        NotSupportedException => Err.New(ExcTypes.OSError, FirstLine(e.Message)),
        InvalidOperationException => Err.New(ExcTypes.All["RuntimeError"], "container changed size during iteration"),
        _ => Err.New(ExcTypes.All["SystemError"], $"internal error: {e.GetType().Name}: {FirstLine(e.Message)}"),
    };

    static readonly Dictionary<int, (string Type, string Text)> Errnos = new()
    {
        [2] = ("FileNotFoundError", "No such file or directory"),
        [13] = ("PermissionError", "Permission denied"),
        [32] = ("BrokenPipeError", "Broken pipe"),
        [36] = ("OSError", "File name too long"),
    };

    /// <summary>OSError(errno, strerror[, filename]): its constructor picks the subclass, as CPython's does.</summary>
    static PyException OsError(int errno, string? filename)
    {
        var (type, text) = Errnos[errno];
        return new PyException(filename is null
            ? Err.NewValue(ExcTypes.All[type], PyInt.From(errno), new PyStr(text))
            : Err.NewValue(ExcTypes.All[type], PyInt.From(errno), new PyStr(text), new PyStr(filename)));
    }

    static string FirstLine(string s) => s.Split('\n')[0].TrimEnd('\r');

    /// <summary>An argument exception's message without .NET's " (Parameter 'x')" suffix and "Actual value" line.</summary>
    static string ArgumentText(ArgumentException a)
    {
        string m = FirstLine(a.Message);
        if (a.ParamName is { } p && m.EndsWith($" (Parameter '{p}')", StringComparison.Ordinal)) m = m[..^$" (Parameter '{p}')".Length];
        return m;
    }

    /// <summary>
    /// Routes an exception raised at `at` to this frame's handler: returns the handler's pc, or -1 when the
    /// frame has none (the exception is then in Interpreter.Escaped, for the caller).
    /// </summary>
    public static int Unwind(Frame f, PyException e, int at)
    {
        var exc = e.Value;
        if (f.Trace is not null && !e.Reraised) Tracing.Exception(f, exc);
        if (!e.Reraised) exc.Traceback = new PyTraceback(f.Code, f.Code.LineAt(at), exc.Traceback) { Pc = at, Frame = f };
        e.Reraised = false;
        if (Interpreter.TopmostHandled is { } handled && handled != exc && exc.Context is null) Exec.SetContext(exc, handled);
        var h = f.Code.HandlerFor(at);
        if (h is null)
        {
            LoopFinalizer.Dropping(f.Stack, f.StackBase, f.Sp);
            Array.Clear(f.Stack, f.StackBase, f.Sp - f.StackBase);
            f.Sp = f.StackBase;
            Interpreter.Escaped = e;
            return -1;
        }
        var entry = h.Value;
        int depth = f.StackBase + entry.Depth;
        LoopFinalizer.Dropping(f.Stack, depth, f.Sp);
        Array.Clear(f.Stack, depth, Math.Max(0, f.Sp - depth));
        f.Sp = depth;
        if (entry.Lasti) f.Push(PyInt.From(at));
        f.Push(exc);
        return entry.Target;
    }
}
