namespace Pytk.Vm.Execution;

/// <summary>
/// CPython closes a generator when its last reference goes (refcounting), so the `finally` of
/// `for x in gen(): break` runs at the break. pytk has no reference counts; it reproduces the one case where
/// the last reference is known without them: a `for` loop over a generator that the call just before the
/// loop made by calling a generator function directly. Nothing else can hold that object: no Python code ran
/// between its creation and the loop taking it (argument binding is the VM's), and a generator cannot reach
/// its own object. The loop then closes it where CPython's refcount would: when a break or return pops the
/// iterator, or an exception unwinds the stack past it.
/// Everything else is left open, as before: a generator made by a wrapper, by a builtin such as `iter()`,
/// stored in a variable first, or dropped without a loop (see docs/vm-status.md).
/// </summary>
public static class LoopFinalizer
{
    // The last generator a bytecode call made by calling its generator function directly, and where: one
    // slot, not a stamp on each generator, so that no generator keeps its creator's frame alive.
    // (The slot lives in the ThreadState: Made, MadeBy, MadeAt.)

    /// <summary>The bytecode call at caller's current pc made g directly.</summary>
    public static PyGenerator Made(PyGenerator g, Frame? caller)
    {
        var ts = ThreadState.Current;
        ts.Made = g;
        ts.MadeBy = caller;
        ts.MadeAt = caller?.Pc ?? -1;
        return g;
    }

    /// <summary>A bytecode call's result: noted when the callee was the generator function itself.</summary>
    public static PyObject Direct(PyObject callee, PyObject result, Frame caller)
    {
        if (result is PyGenerator g
            && callee is PyFunction { Code.IsGenerator: true } or PyMethod { Func: PyFunction { Code.IsGenerator: true } })
            Made(g, caller);
        return result;
    }

    /// <summary>GET_ITER of a `for` over a call: the loop owns g if that very call (this frame's previous
    /// instruction) made it and nothing has run it yet.</summary>
    public static void Own(PyGenerator g, Frame f)
    {
        var ts = ThreadState.Current;
        if (ts.Made == g && ts.MadeBy == f && ts.MadeAt == f.Pc - 1 && !g.Started && g.Type == Types.Generator) g.LoopOwned = true;
        ts.Made = null;
        ts.MadeBy = null;
    }

    /// <summary>Stack slots [from, to) are being discarded by exception unwinding.</summary>
    public static void Dropping(PyObject[] stack, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (stack[i] is PyGenerator { LoopOwned: true } g)
            {
                stack[i] = null!;
                Close(g);
            }
    }

    /// <summary>Closes g as CPython's generator finalizer does: an exception it raises is reported as
    /// unraisable (on stderr), never propagated.</summary>
    public static void Close(PyGenerator g)
    {
        g.LoopOwned = false;
        try { g.Close(); }
        catch (PyException e) { Unraisable(g, e.Value); }
    }

    /// <summary>CPython's default unraisable hook: the object, then the exception alone; one that never
    /// passed through a frame (generator ignored GeneratorExit) gets the current frame's line.</summary>
    static void Unraisable(PyObject where, PyBaseException e)
    {
        if (e.Traceback is null && Interpreter.Current is { } f)
            e.Traceback = new PyTraceback(f.Code, f.Code.LineAt(f.Pc), null) { Pc = f.Pc };
        string text = $"Exception ignored in: {Ops.Repr(where)}\n{Traceback.FormatAlone(e)}";
        var stderr = Runtime.Sys.Dict!.GetValueOrDefault("stderr");
        try
        {
            if (stderr is null || stderr is PyNone) return;
            Ops.Call(Ops.GetAttr(stderr, "write"), new PyStr(text));
        }
        catch (PyException) { }
    }
}
