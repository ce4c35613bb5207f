namespace Pytk.Vm;

/// <summary>Which loop runs frames: the switch over opcodes (<see cref="Loop"/>) or threaded code (<see cref="ThreadedLoop"/>).</summary>
public enum DispatchKind { Switch, Threaded }

/// <summary>
/// The threaded-dispatch loop: each code object is compiled once, on its first run, into a method that
/// calls the instructions' handlers in sequence (<see cref="ThreadedEmitter"/>), cached on the code object.
/// Entering at f.Pc makes the same method serve first calls, generator resumption and exception handlers.
/// </summary>
public static class ThreadedLoop
{
    public static PyObject Run(Frame f)
    {
        var code = f.Code;
        var body = RunStats.Current is null
            ? code.Threaded ??= ThreadedEmitter.Compile(code, counting: false)
            : code.ThreadedCounting ??= ThreadedEmitter.Compile(code, counting: true);
        if (f.PendingThrow is { } pending)
        {
            // An exception thrown into a suspended generator is raised at its yield (the instruction before f.Pc).
            f.PendingThrow = null;
            f.Pc = Loop.Unwind(f, pending, f.Pc - 1);
        }
        return body(f);
    }
}
