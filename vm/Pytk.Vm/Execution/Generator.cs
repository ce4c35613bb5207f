namespace Pytk.Vm.Execution;

/// <summary>
/// Generators and coroutines: a suspended frame. YIELD_VALUE returns from the dispatch loop with the frame
/// marked Yielded; resuming pushes the sent value and re-enters the loop at the saved pc.
/// </summary>
public sealed class PyGenerator : PyIterator
{
    public readonly Frame Frame;
    public readonly string Name, QualName;
    bool started, finished, running;

    /// <summary>Only a `for` loop's iterator slot holds it: the loop closes it when left early (<see cref="LoopFinalizer"/>).</summary>
    public bool LoopOwned;

    PyGenerator(Frame frame, PyFunction fn, PyType type) : base(type)
    {
        Frame = frame;
        Name = fn.Name;
        QualName = fn.QualName;
        frame.Generator = this;
    }

    public static PyGenerator Create(Frame frame, PyFunction fn)
    {
        var flags = fn.Code.Flags;
        var type = (flags & CodeFlags.Coroutine) != 0 ? Types.Coroutine
            : (flags & CodeFlags.AsyncGenerator) != 0 ? Types.AsyncGenerator : Types.Generator;
        return new PyGenerator(frame, fn, type);
    }

    string Kind => Type == Types.Coroutine ? "coroutine" : Type == Types.AsyncGenerator ? "async generator" : "generator";

    public override PyObject? Next()
    {
        var (v, done) = SendRaw(Py.None);
        if (done) { Exec.ReturnValueOfLastNext = v; return null; }
        return v;
    }

    public PyObject Send(PyObject v)
    {
        var (r, done) = SendRaw(v);
        if (done) throw Err.StopIteration(r is PyNone ? null : r);
        return r;
    }

    /// <summary>Runs to the next yield (done = false) or to the return (done = true, the returned value).</summary>
    public (PyObject Value, bool Done) SendRaw(PyObject v)
    {
        if (finished)
        {
            if (Type == Types.Coroutine) throw Err.Runtime("cannot reuse already awaited coroutine");
            return (Py.None, true);
        }
        if (running) throw Err.Value($"{Kind} already executing");
        if (!started)
        {
            if (v is not PyNone) throw Err.Type($"can't send non-None value to a just-started {Kind}");
            started = true;
        }
        else Frame.Push(v);
        return Resume();
    }

    (PyObject, bool) Resume()
    {
        running = true;
        try
        {
            var r = Interpreter.ResumeFrame(Frame);
            if (Frame.Yielded) return (r, false);
            finished = true;
            return (r, true);
        }
        catch (PyException e)
        {
            finished = true;
            bool stopAsync = Type == Types.AsyncGenerator && Err.Matches(e.Value, ExcTypes.StopAsyncIteration);
            if (Err.Matches(e.Value, ExcTypes.StopIteration) || stopAsync)
            {
                var re = Err.Runtime($"{Kind} raised {(stopAsync ? "StopAsyncIteration" : "StopIteration")}");
                re.Value.Cause = e.Value;
                re.Value.Context = e.Value;
                throw re;
            }
            throw;
        }
        finally { running = false; }
    }

    /// <summary>gi_yieldfrom / cr_await: the iterator this generator is suspended delegating to, if any.</summary>
    public PyObject? YieldingFrom => running ? null : Delegate();

    /// <summary>The iterator this generator is delegating to with `yield from`/`await`, if suspended there.</summary>
    PyObject? Delegate()
    {
        if (!started || finished) return null;
        var code = Frame.Code.Code;
        int pc = Frame.Pc;
        if (pc - 1 >= 0 && code[pc - 1].Op == Op.YIELD_VALUE && code[pc - 1].Arg == 1 && Frame.Sp > Frame.StackBase) return Frame.Top();
        return null;
    }

    public PyObject Throw(PyBaseException exc) => Throw([exc]);

    /// <summary>
    /// gen.throw(typ[, val[, tb]]). A delegate of `yield from` with its own throw() gets the arguments as given
    /// (CPython passes them on unnormalized: a non-exception reaches a user-defined throw); otherwise they become one
    /// exception here (<see cref="ThrownException"/>), raised at the yield.
    /// </summary>
    public PyObject Throw(PyObject[] args)
    {
        if (Delegate() is { } sub)
        {
            if (IsGeneratorExit(args[0]))
            {
                CloseIterator(sub);
            }
            else
            {
                PyObject? subThrow = sub is PyGenerator ? null : Ops.GetAttrOrNull(sub, "throw");
                if (sub is PyGenerator || subThrow is not null)
                {
                    try
                    {
                        running = true;
                        var r = sub is PyGenerator sg ? sg.Throw(args) : Ops.Call(subThrow!, args);
                        running = false;
                        return r;
                    }
                    catch (PyException e) when (Err.Matches(e.Value, ExcTypes.StopIteration))
                    {
                        running = false;
                        // The delegate finished: continue after the yield-from loop with its value.
                        var code = Frame.Code.Code;
                        int send = code[Frame.Pc].Arg;
                        Frame.Push(Exec.GeneratorValue(e.Value));
                        Frame.Pc = code[send].Arg;
                        var (v, done) = Resume();
                        if (done) throw Err.StopIteration(v is PyNone ? null : v);
                        return v;
                    }
                    catch (PyException e)
                    {
                        running = false;
                        args = [e.Value];
                    }
                }
            }
        }
        var exc = ThrownException(args);
        if (finished) throw new PyException(exc);
        if (!started)
        {
            finished = true;
            throw new PyException(exc);
        }
        Frame.PendingThrow = new PyException(exc);
        var (val, d2) = Resume();
        if (d2) throw Err.StopIteration(val is PyNone ? null : val);
        return val;
    }

    static bool IsGeneratorExit(PyObject o) =>
        o is PyType t ? t.IsSubtypeOf(ExcTypes.GeneratorExit) : o is PyBaseException e && Err.Matches(e, ExcTypes.GeneratorExit);

    /// <summary>The exception that throw(typ[, val[, tb]]) raises, by CPython's rules: a class is called with val
    /// (None: no arguments, a tuple: its items, an instance of the class: used as it is); an instance takes no
    /// separate value; tb must be a traceback.</summary>
    public static PyBaseException ThrownException(PyObject[] a)
    {
        var typ = a[0];
        var val = a.Length > 1 ? a[1] : Py.None;
        var tb = a.Length > 2 ? a[2] : Py.None;
        if (tb is not PyNone and not PyTraceback) throw Err.Type("throw() third argument must be a traceback object");
        PyBaseException exc;
        if (typ is PyType t && t.IsSubtypeOf(ExcTypes.BaseException))
        {
            if (val is PyBaseException given && given.Type.IsSubtypeOf(t)) exc = given;
            else
            {
                var made = val switch { PyNone => Ops.Call(t), PyTuple tu => Ops.Call(t, tu.Items), _ => Ops.Call(t, val) };
                exc = made as PyBaseException ?? throw Err.Type(
                    $"calling {Ops.Repr(t)} should have returned an instance of BaseException, not {made.Type.Name}");
            }
        }
        else if (typ is PyBaseException inst)
        {
            if (val is not PyNone) throw Err.Type("instance exception may not have a separate value");
            exc = inst;
        }
        else throw Err.Type("exceptions must be classes or instances deriving from BaseException, not " + typ.Type.Name);
        if (tb is PyTraceback trace) exc.Traceback = trace;
        return exc;
    }

    static void CloseIterator(PyObject sub)
    {
        if (sub is PyGenerator g) { g.Close(); return; }
        if (Ops.GetAttrOrNull(sub, "close") is { } close) Ops.Call(close);
    }

    public PyObject Close()
    {
        if (finished) return Py.None;
        if (!started) { finished = true; return Py.None; }
        try
        {
            Throw(Err.NewValue(ExcTypes.GeneratorExit));
        }
        catch (PyException e) when (Err.Matches(e.Value, ExcTypes.GeneratorExit) || Err.Matches(e.Value, ExcTypes.StopIteration))
        {
            finished = true;
            return Py.None;
        }
        throw Err.Runtime($"{Kind} ignored GeneratorExit");
    }

    public bool Finished => finished;
    public void MarkFinished() => finished = true;
    public bool Running => running;
    public bool Started => started;
}
