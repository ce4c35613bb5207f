namespace Pytk.Vm.Execution;

/// <summary>
/// Async generators (PEP 525), as CPython runs them. The body is a generator frame whose own `yield`s are
/// marked (INTRINSIC_ASYNC_GEN_WRAP) while values yielded by awaited objects pass through unmarked to whoever
/// drives the coroutine. `__anext__()`/`asend()`/`athrow()`/`aclose()` return one-shot awaitables
/// (<see cref="AsyncGenAwaitable"/>): driving one resumes the generator until a marked value, which completes
/// the await (StopIteration(value)), or the end of the body (StopAsyncIteration).
/// </summary>
public sealed class AsyncGenAwaitable : PyIterator
{
    public enum Mode { Send, Throw, Close }
    public static readonly PyType SendType = Make("async_generator_asend"), ThrowType = Make("async_generator_athrow");

    readonly PyGenerator gen;
    readonly Mode mode;
    readonly PyObject first;
    readonly PyBaseException? exc;
    int state; // 0: not started, 1: running the generator, 2: done

    public AsyncGenAwaitable(PyGenerator gen, Mode mode, PyObject first, PyBaseException? exc = null)
        : base(mode == Mode.Send ? SendType : ThrowType)
    {
        this.gen = gen; this.mode = mode; this.first = first; this.exc = exc;
    }

    static PyType Make(string name)
    {
        var t = new PyType(name, [Types.Object], Types.Type, builtin: true);
        Def.M0(t, "__await__", o => o);
        Def.M0(t, "__iter__", o => o);
        Def.M0(t, "__next__", o => ((AsyncGenAwaitable)o).Send(Py.None));
        Def.M1(t, "send", (o, v) => ((AsyncGenAwaitable)o).Send(v));
        Def.Method(t, "throw", (a, kw) => ((AsyncGenAwaitable)a[0]).Throw(AsyncGens.ExceptionArg(a[1..])));
        Def.M0(t, "close", o => { ((AsyncGenAwaitable)o).state = 2; return Py.None; });
        return t;
    }

    PyObject Send(PyObject v)
    {
        var (r, done) = SendRaw(v);
        if (done) throw Err.StopIteration(r is PyNone ? null : r);
        return r;
    }

    string Reuse => mode == Mode.Send ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()";

    /// <summary>One step: (value for the driver, false) or (result of the await, true).</summary>
    public (PyObject, bool) SendRaw(PyObject v)
    {
        if (state == 2) throw Err.Runtime(Reuse);
        try
        {
            if (state == 0)
            {
                state = 1;
                if (mode == Mode.Send) return Outcome(gen.SendRaw(v is PyNone ? first : v));
                if (gen.Finished || !gen.Started && mode == Mode.Close)
                {
                    // Nothing to throw into: closing a finished generator just completes.
                    gen.MarkFinished();
                    state = 2;
                    if (mode == Mode.Close) return (Py.None, true);
                    throw new PyException(exc!);
                }
                return Outcome(ThrowInto(exc!));
            }
            return Outcome(gen.SendRaw(v));
        }
        catch (PyException e)
        {
            state = 2;
            if (mode == Mode.Close && (Err.Matches(e.Value, ExcTypes.GeneratorExit) || Err.Matches(e.Value, ExcTypes.StopAsyncIteration)))
                return (Py.None, true);
            throw;
        }
    }

    PyObject Throw(PyBaseException e)
    {
        if (state == 2) throw Err.Runtime(Reuse);
        state = 1;
        try
        {
            var (r, done) = Outcome(ThrowInto(e));
            if (done) throw Err.StopIteration(r is PyNone ? null : r);
            return r;
        }
        catch (PyException pe) when (mode == Mode.Close && (Err.Matches(pe.Value, ExcTypes.GeneratorExit) || Err.Matches(pe.Value, ExcTypes.StopAsyncIteration)))
        {
            state = 2;
            throw Err.StopIteration(null);
        }
    }

    (PyObject, bool) ThrowInto(PyBaseException e)
    {
        try { return (gen.Throw(e), false); }
        catch (PyException pe) when (Err.Matches(pe.Value, ExcTypes.StopIteration)) { return (Exec.GeneratorValue(pe.Value), true); }
    }

    (PyObject, bool) Outcome((PyObject Value, bool Done) step)
    {
        if (step.Done)
        {
            state = 2;
            if (mode == Mode.Close) return (Py.None, true);
            throw new PyException(Err.NewValue(ExcTypes.StopAsyncIteration));
        }
        if (step.Value is AsyncGenWrapped w)
        {
            state = 2;
            if (mode == Mode.Close) throw Err.Runtime("async generator ignored GeneratorExit");
            return (w.Value, true);
        }
        return (step.Value, false);
    }

    public override PyObject? Next()
    {
        var (r, done) = SendRaw(Py.None);
        if (done) { Exec.ReturnValueOfLastNext = r; return null; }
        return r;
    }
}

/// <summary>The async_generator type's methods.</summary>
public static class AsyncGens
{
    public static PyBaseException ExceptionArg(PyObject[] a)
    {
        if (a.Length == 0) throw Err.Type("throw expected at least 1 argument, got 0");
        return PyGenerator.ThrownException(a);
    }

    public static void Register()
    {
        var t = Types.AsyncGenerator;
        static PyGenerator G(PyObject o) => (PyGenerator)o;
        Def.M0(t, "__repr__", o => new PyStr($"<async_generator object {G(o).QualName} at 0x{Ops.IdOf(o):x}>"));
        Def.M0(t, "__aiter__", o => o);
        Def.M0(t, "__anext__", o => new AsyncGenAwaitable(G(o), AsyncGenAwaitable.Mode.Send, Py.None));
        Def.M1(t, "asend", (o, v) => new AsyncGenAwaitable(G(o), AsyncGenAwaitable.Mode.Send, v));
        Def.Method(t, "athrow", (a, kw) => new AsyncGenAwaitable(G(a[0]), AsyncGenAwaitable.Mode.Throw, Py.None, ExceptionArg(a[1..])));
        Def.M0(t, "aclose", o => new AsyncGenAwaitable(G(o), AsyncGenAwaitable.Mode.Close, Py.None, Err.NewValue(ExcTypes.GeneratorExit)));
        Def.Prop(t, "__name__", o => new PyStr(G(o).Name));
        Def.Prop(t, "__qualname__", o => new PyStr(G(o).QualName));
        Def.Prop(t, "ag_running", o => Py.Bool(G(o).Running));
        Def.Prop(t, "ag_frame", o => G(o).Finished ? Py.None : PyFrameObject.Of(G(o).Frame));
        Def.Prop(t, "ag_code", o => G(o).Frame.Code);
        Def.Prop(t, "ag_suspended", o => Py.Bool(G(o) is { Started: true, Finished: false, Running: false }));
        Def.Prop(t, "ag_await", o => G(o).YieldingFrom ?? Py.None);
    }
}
