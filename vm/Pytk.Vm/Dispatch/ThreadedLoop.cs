namespace Pytk.Vm.Dispatch;

/// <summary>Which loop runs frames: the switch over opcodes (<see cref="Loop"/>) or threaded code (<see cref="ThreadedLoop"/>).</summary>
public enum DispatchKind { Switch, Threaded }

/// <summary>
/// The threaded-dispatch loop: each code object is compiled once, on its first run, into a method that
/// calls the instructions' handlers in sequence (<see cref="ThreadedEmitter"/>), cached on the code object.
/// Entering at f.Pc makes the same method serve first calls, generator resumption and exception handlers.
/// </summary>
public static class ThreadedLoop
{
    /// <summary>Runs the frame; an escaping exception is thrown.</summary>
    public static PyObject Run(Frame f) => Execute(f) ?? throw Interpreter.TakeEscaped();

    /// <summary>Backward jumps after which a frame running its first run on the switch loop moves here.</summary>
    public const int HotLoop = 200;

    /// <summary>Runs on the switch loop before a code object is compiled: emitting IL costs a few ms per code
    /// object, more than a library function called a handful of times ever gains from it.</summary>
    public const int HotRuns = 50;

    /// <summary>Runs the frame; null when an exception escaped it (then it is in Interpreter.Escaped).</summary>
    public static PyObject? Execute(Frame f)
    {
        var code = f.Code;
        var stats = RunStats.Current;
        // Tiering: compiling to IL costs more than it gains for code that runs a few times (module and class
        // bodies, one-shot and rarely called functions, short loops), so a code object's first HotRuns runs go to
        // the switch loop; the next run compiles it, and so does a loop turning hot on the switch loop (which
        // moves the frame here at its HotLoop-th backward jump). `hello.py` then never loads the emitter (about 60 ms of
        // start-up). --stats compiles everything, so both loops count the same instructions.
        if (stats is null && code.Threaded is null && code.ThreadedRuns++ < HotRuns)
            return Loop.Execute(f);
        var body = stats is null ? code.Threaded ??= ThreadedEmitter.Compile(code, counting: false)
            : code.ThreadedCounting ?? CompileCounting(code, stats);
        int pc = f.Pc;
        if (f.PendingThrow is { } pending)
        {
            // An exception thrown into a suspended generator is raised at its yield (the instruction before f.Pc).
            f.PendingThrow = null;
            pc = Loop.Unwind(f, pending, f.Pc - 1);
            if (pc < 0) return null;
        }
        // As in the switch loop, .NET exceptions from handlers are caught here, outside the compiled code,
        // and the code is re-entered at the handler's pc.
        while (true)
        {
            try
            {
                var result = body(f, pc);
                if (!Loop.IsRetrace(result)) return result;
                // Tracing started during a call: the frame goes on watched, on the switch loop.
                Tracing.Retraced(f);
                return Loop.Execute(f);
            }
            catch (PyException e)
            {
                pc = Loop.Unwind(f, e, f.Pc);
            }
            catch (Exception e) when (Loop.IsTranslatable(e))
            {
                pc = Loop.Unwind(f, Loop.Translate(e), f.Pc);
            }
            if (pc < 0) return null;
        }
    }

    static Func<Frame, int, PyObject?> CompileCounting(PyCode code, RunStats stats)
    {
        stats.ThreadedCompiles++;
        return code.ThreadedCounting = ThreadedEmitter.Compile(code, counting: true);
    }
}
