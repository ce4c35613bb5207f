using System.Runtime.CompilerServices;

namespace Pytk.Vm;

/// <summary>
/// The switch-dispatch loop. Each case only moves the program counter and calls the instruction's handler
/// in <see cref="Exec"/>, where its semantics is written once (a threaded loop can reuse the handlers).
/// Exceptions are routed by the code's exception table. A Python `raise`/re-raise and an exception
/// returned by a callee (see <see cref="Interpreter.CallFromStack"/>) are routed without a .NET throw;
/// exceptions thrown by handlers (C# code) are caught once per frame. An exception that leaves the frame
/// is returned as a null result with the exception in <see cref="Interpreter.Escaped"/>, so Python-to-Python
/// propagation costs no .NET unwinding either (.NET throws cost microseconds each, see docs/vm.md).
/// </summary>
public static class Loop
{
    /// <summary>Runs the frame; an escaping exception is thrown.</summary>
    public static PyObject Run(Frame f) => Execute(f) ?? throw Interpreter.TakeEscaped();

    /// <summary>Runs the frame; null when an exception escaped it (then it is in Interpreter.Escaped).</summary>
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
                return Dispatch(f, pc);
            }
            catch (PyException e)
            {
                pc = Unwind(f, e, f.Pc);
            }
            catch (Exception e) when (IsTranslatable(e))
            {
                pc = Unwind(f, Translate(e), f.Pc);
            }
            if (pc < 0) return null;
        }
    }

    static PyObject? Dispatch(Frame f, int pc)
    {
        var code = f.Code.Code;
        bool watched = observing;
        while (true)
        {
            f.Pc = pc;
            var ins = code[pc++];
            int arg = ins.Arg;
            if (watched) Observe(f, ins);
            switch (ins.Op)
            {
                case Op.NOP: Exec.NOP(f, arg); break;
                case Op.RESUME: Exec.RESUME(f, arg); break;
                case Op.POP_TOP: Exec.POP_TOP(f, arg); break;
                case Op.COPY: Exec.COPY(f, arg); break;
                case Op.SWAP: Exec.SWAP(f, arg); break;
                case Op.LOAD_CONST: Exec.LOAD_CONST(f, arg); break;
                case Op.RETURN_CONST: return Exec.RETURN_CONST(f, arg);
                case Op.RETURN_VALUE: return Exec.RETURN_VALUE(f, arg);
                case Op.LOAD_FAST: Exec.LOAD_FAST(f, arg); break;
                case Op.LOAD_FAST_CHECK: Exec.LOAD_FAST_CHECK(f, arg); break;
                case Op.STORE_FAST: Exec.STORE_FAST(f, arg); break;
                case Op.DELETE_FAST: Exec.DELETE_FAST(f, arg); break;
                case Op.LOAD_NAME: Exec.LOAD_NAME(f, arg); break;
                case Op.STORE_NAME: Exec.STORE_NAME(f, arg); break;
                case Op.DELETE_NAME: Exec.DELETE_NAME(f, arg); break;
                case Op.LOAD_GLOBAL: Exec.LOAD_GLOBAL(f, arg); break;
                case Op.STORE_GLOBAL: Exec.STORE_GLOBAL(f, arg); break;
                case Op.DELETE_GLOBAL: Exec.DELETE_GLOBAL(f, arg); break;
                case Op.LOAD_DEREF: Exec.LOAD_DEREF(f, arg); break;
                case Op.STORE_DEREF: Exec.STORE_DEREF(f, arg); break;
                case Op.DELETE_DEREF: Exec.DELETE_DEREF(f, arg); break;
                case Op.LOAD_FROM_DICT_OR_DEREF: Exec.LOAD_FROM_DICT_OR_DEREF(f, arg); break;
                case Op.LOAD_FROM_DICT_OR_GLOBALS: Exec.LOAD_FROM_DICT_OR_GLOBALS(f, arg); break;
                case Op.LOAD_CLOSURE: Exec.LOAD_CLOSURE(f, arg); break;
                case Op.LOAD_ATTR: Exec.LOAD_ATTR(f, arg); break;
                case Op.STORE_ATTR: Exec.STORE_ATTR(f, arg); break;
                case Op.DELETE_ATTR: Exec.DELETE_ATTR(f, arg); break;
                case Op.BINARY_SUBSCR: Exec.BINARY_SUBSCR(f, arg); break;
                case Op.STORE_SUBSCR: Exec.STORE_SUBSCR(f, arg); break;
                case Op.DELETE_SUBSCR: Exec.DELETE_SUBSCR(f, arg); break;
                case Op.BINARY_SLICE: Exec.BINARY_SLICE(f, arg); break;
                case Op.STORE_SLICE: Exec.STORE_SLICE(f, arg); break;
                case Op.BINARY_OP: Exec.BINARY_OP(f, arg); break;
                case Op.UNARY_NEGATIVE: Exec.UNARY_NEGATIVE(f, arg); break;
                case Op.UNARY_NOT: Exec.UNARY_NOT(f, arg); break;
                case Op.UNARY_INVERT: Exec.UNARY_INVERT(f, arg); break;
                case Op.UNARY_POSITIVE: Exec.UNARY_POSITIVE(f, arg); break;
                case Op.COMPARE_OP: Exec.COMPARE_OP(f, arg); break;
                case Op.IS_OP: Exec.IS_OP(f, arg); break;
                case Op.CONTAINS_OP: Exec.CONTAINS_OP(f, arg); break;
                case Op.JUMP_FORWARD: pc = Exec.JUMP_FORWARD(f, arg, pc); break;
                case Op.JUMP_BACKWARD: pc = Exec.JUMP_BACKWARD(f, arg, pc);
                    // Tiering under --dispatch threaded: a loop that turns hot in code running on this loop (its first
                    // run) continues in the compiled code, entered at the loop head (on-stack replacement).
                    if (++f.Code.BackEdges == ThreadedLoop.HotLoop && Interpreter.Dispatch == DispatchKind.Threaded && !watched)
                    {
                        f.Pc = pc;
                        return ThreadedLoop.Execute(f);
                    }
                    break;
                case Op.POP_JUMP_IF_FALSE: pc = Exec.POP_JUMP_IF_FALSE(f, arg, pc); break;
                case Op.POP_JUMP_IF_TRUE: pc = Exec.POP_JUMP_IF_TRUE(f, arg, pc); break;
                case Op.POP_JUMP_IF_NONE: pc = Exec.POP_JUMP_IF_NONE(f, arg, pc); break;
                case Op.POP_JUMP_IF_NOT_NONE: pc = Exec.POP_JUMP_IF_NOT_NONE(f, arg, pc); break;
                case Op.JUMP_IF_FALSE_OR_POP: pc = Exec.JUMP_IF_FALSE_OR_POP(f, arg, pc); break;
                case Op.JUMP_IF_TRUE_OR_POP: pc = Exec.JUMP_IF_TRUE_OR_POP(f, arg, pc); break;
                case Op.GET_ITER: Exec.GET_ITER(f, arg); break;
                case Op.FOR_ITER: pc = Exec.FOR_ITER(f, arg, pc); break;
                case Op.BUILD_TUPLE: Exec.BUILD_TUPLE(f, arg); break;
                case Op.BUILD_LIST: Exec.BUILD_LIST(f, arg); break;
                case Op.BUILD_SET: Exec.BUILD_SET(f, arg); break;
                case Op.BUILD_MAP: Exec.BUILD_MAP(f, arg); break;
                case Op.BUILD_CONST_KEY_MAP: Exec.BUILD_CONST_KEY_MAP(f, arg); break;
                case Op.BUILD_STRING: Exec.BUILD_STRING(f, arg); break;
                case Op.BUILD_SLICE: Exec.BUILD_SLICE(f, arg); break;
                case Op.LIST_APPEND: Exec.LIST_APPEND(f, arg); break;
                case Op.SET_ADD: Exec.SET_ADD(f, arg); break;
                case Op.MAP_ADD: Exec.MAP_ADD(f, arg); break;
                case Op.LIST_EXTEND: Exec.LIST_EXTEND(f, arg); break;
                case Op.SET_UPDATE: Exec.SET_UPDATE(f, arg); break;
                case Op.DICT_UPDATE: Exec.DICT_UPDATE(f, arg); break;
                case Op.DICT_MERGE: Exec.DICT_MERGE(f, arg); break;
                case Op.LIST_TO_TUPLE: Exec.LIST_TO_TUPLE(f, arg); break;
                case Op.UNPACK_SEQUENCE: Exec.UNPACK_SEQUENCE(f, arg); break;
                case Op.UNPACK_EX: Exec.UNPACK_EX(f, arg); break;
                case Op.FORMAT_SIMPLE: Exec.FORMAT_SIMPLE(f, arg); break;
                case Op.FORMAT_WITH_SPEC: Exec.FORMAT_WITH_SPEC(f, arg); break;
                case Op.CONVERT_VALUE: Exec.CONVERT_VALUE(f, arg); break;
                case Op.CALL: // Exec.CALL without the throw when the callee's exception escapes
                    if (Interpreter.CallFromStack(f, arg) is { } result) f.Push(result);
                    else if ((pc = Unwind(f, Interpreter.TakeEscaped(), f.Pc)) < 0) return null;
                    break;
                case Op.CALL_KW: Exec.CALL_KW(f, arg); break;
                case Op.CALL_FUNCTION_EX: Exec.CALL_FUNCTION_EX(f, arg); break;
                case Op.MAKE_FUNCTION: Exec.MAKE_FUNCTION(f, arg); break;
                case Op.SET_FUNCTION_ATTRIBUTE: Exec.SET_FUNCTION_ATTRIBUTE(f, arg); break;
                case Op.LOAD_BUILD_CLASS: Exec.LOAD_BUILD_CLASS(f, arg); break;
                case Op.YIELD_VALUE: f.Pc = pc; return Exec.YIELD_VALUE(f, arg);
                case Op.SEND: pc = Exec.SEND(f, arg, pc); break;
                case Op.END_SEND: Exec.END_SEND(f, arg); break;
                case Op.GET_YIELD_FROM_ITER: Exec.GET_YIELD_FROM_ITER(f, arg); break;
                case Op.GET_AWAITABLE: Exec.GET_AWAITABLE(f, arg); break;
                case Op.RAISE_VARARGS: if ((pc = Unwind(f, Exec.Raising(f, arg), f.Pc)) < 0) return null; break;
                case Op.RERAISE: if ((pc = Unwind(f, Exec.Reraising(f, arg), f.Pc)) < 0) return null; break;
                case Op.PUSH_EXC_INFO: Exec.PUSH_EXC_INFO(f, arg); break;
                case Op.POP_EXCEPT: Exec.POP_EXCEPT(f, arg); break;
                case Op.CHECK_EXC_MATCH: Exec.CHECK_EXC_MATCH(f, arg); break;
                case Op.CHECK_EG_MATCH: Exec.CHECK_EG_MATCH(f, arg); break;
                case Op.LOAD_ASSERTION_ERROR: Exec.LOAD_ASSERTION_ERROR(f, arg); break;
                case Op.BEFORE_WITH: Exec.BEFORE_WITH(f, arg); break;
                case Op.BEFORE_ASYNC_WITH: Exec.BEFORE_ASYNC_WITH(f, arg); break;
                case Op.WITH_EXCEPT_START: Exec.WITH_EXCEPT_START(f, arg); break;
                case Op.IMPORT_NAME: Exec.IMPORT_NAME(f, arg); break;
                case Op.IMPORT_FROM: Exec.IMPORT_FROM(f, arg); break;
                case Op.IMPORT_STAR: Exec.IMPORT_STAR(f, arg); break;
                case Op.SETUP_ANNOTATIONS: Exec.SETUP_ANNOTATIONS(f, arg); break;
                case Op.LOAD_LOCALS: Exec.LOAD_LOCALS(f, arg); break;
                case Op.MATCH_CLASS: Exec.MATCH_CLASS(f, arg); break;
                case Op.MATCH_MAPPING: Exec.MATCH_MAPPING(f, arg); break;
                case Op.MATCH_SEQUENCE: Exec.MATCH_SEQUENCE(f, arg); break;
                case Op.MATCH_KEYS: Exec.MATCH_KEYS(f, arg); break;
                case Op.GET_LEN: Exec.GET_LEN(f, arg); break;
                case Op.GET_AITER: Exec.GET_AITER(f, arg); break;
                case Op.GET_ANEXT: Exec.GET_ANEXT(f, arg); break;
                case Op.END_ASYNC_FOR: Exec.END_ASYNC_FOR(f, arg); break;
                case Op.CALL_INTRINSIC_1: Exec.CALL_INTRINSIC_1(f, arg); break;
                case Op.CALL_INTRINSIC_2: Exec.CALL_INTRINSIC_2(f, arg); break;
                default: throw new InvalidOperationException($"no handler for {ins.Op}");
            }
        }
    }

    /// <summary>.NET failures that surface as Python exceptions (anything else is a pytk bug and propagates).</summary>
    public static bool IsTranslatable(Exception e) =>
        e is InsufficientExecutionStackException or InvalidCastException or IndexOutOfRangeException
            or ArgumentException or OverflowException or OutOfMemoryException or FormatException
            or NullReferenceException or KeyNotFoundException or IOException or UnauthorizedAccessException
            or ArithmeticException or NotSupportedException;

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

    internal static void RefreshObserving() => observing = Volatile.Read(ref tracers) > 0 || RunStats.AnyActive || Tracing.Active;

    static void Observe(Frame f, Instr ins)
    {
        RunStats.CountSwitch(ins.Op);
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
            try { r = f.Stack[i] is CodeObject c ? $"<code {c.Name}>" : Ops.Repr(f.Stack[i]); }
            catch (PyException) { r = "<?>"; }
            stack.Add(r.Length > 40 ? r[..37] + "..." : r);
        }
        string arg = info.Operand == Operand.None ? "" : ins.Arg.ToString();
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
        IOException => Err.New(ExcTypes.OSError, FirstLine(e.Message)),
        ArgumentException a => Err.Value(ArgumentText(a)),
        FormatException => Err.Value(FirstLine(e.Message)),
        NotSupportedException => Err.New(ExcTypes.OSError, FirstLine(e.Message)),
        _ => Err.New(ExcTypes.All["SystemError"], $"internal error: {e.GetType().Name}: {FirstLine(e.Message)}"),
    };

    static readonly Dictionary<int, (string Type, string Text)> Errnos = new()
    {
        [2] = ("FileNotFoundError", "No such file or directory"),
        [13] = ("PermissionError", "Permission denied"),
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
        if (Interpreter.Handled is { } handled && handled != exc && exc.Context is null) exc.Context = handled;
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
