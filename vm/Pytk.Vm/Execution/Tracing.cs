namespace Pytk.Vm.Execution;

/// <summary>The tracing state of one frame: its local trace function (f_trace) and where its last event was.</summary>
public sealed class FrameTrace
{
    public PyObject? Local;
    public bool Lines = true, Opcodes;
    public int LastPc = -1, LastLine = -1, LastEventPc = -1;
    /// <summary>The frame started through <see cref="Tracing.Run"/>, which reports its 'return'; any other frame with
    /// a local trace function (f_trace set while it ran) gets its 'return' from the dispatch loop.</summary>
    public bool ByRun;
}

/// <summary>
/// sys.settrace / sys.setprofile, as CPython's legacy tracing: 'call' when a frame starts (or a generator
/// resumes), 'line' before the first instruction of a line and after a backward jump, 'exception' where an
/// exception is raised or passes into a frame, 'return' when it ends (None when by an exception), 'opcode'
/// per instruction with f_trace_opcodes; the profiler sees 'call' and 'return' of Python frames and 'c_call',
/// 'c_return', 'c_exception' around built-in functions called by bytecode.
///
/// Cost when off: <see cref="Interpreter.ExecuteOrNull"/> tests one static flag per frame, and the switch
/// loop's per-instruction hook is the `watched` branch it already has for --trace and --stats, which is false
/// unless one of them (or tracing) was on when the frame's dispatch started. Traced frames run on the switch loop.
/// </summary>
public static class Tracing
{
    /// <summary>Some thread of the process has a trace or profile function: frames start through <see cref="Run"/>,
    /// which looks at the running thread's own functions (sys.settrace is per thread, as CPython's).</summary>
    public static bool Active => Volatile.Read(ref threadsTracing) > 0;
    static int threadsTracing;

    public static PyObject? GlobalTrace => ThreadState.Current.TraceFn;
    public static PyObject? Profile => ThreadState.Current.ProfileFn;

    public static void SetTrace(PyObject? fn) => Set(ThreadState.Current, fn, profile: false);
    public static void SetProfile(PyObject? fn) => Set(ThreadState.Current, fn, profile: true);

    static void Set(ThreadState ts, PyObject? fn, bool profile)
    {
        bool was = ts.TraceFn is not null || ts.ProfileFn is not null;
        if (profile) ts.ProfileFn = fn; else ts.TraceFn = fn;
        bool now = ts.TraceFn is not null || ts.ProfileFn is not null;
        if (was != now)
        {
            Interlocked.Add(ref threadsTracing, now ? 1 : -1);
            Loop.RefreshObserving();
        }
    }

    /// <summary>Ends this thread's tracing (its run is over).</summary>
    public static void Reset()
    {
        var ts = ThreadState.Current;
        Set(ts, null, profile: false);
        Set(ts, null, profile: true);
        ts.InTracer = 0;
    }

    /// <summary>Runs a frame with its call/return events; the frame runs on the switch loop.</summary>
    public static PyObject? Run(Frame frame)
    {
        var ts = ThreadState.Current;
        if (ts.InTracer > 0 || (ts.TraceFn is null && ts.ProfileFn is null))
            return ts.Runtime.Dispatch == DispatchKind.Threaded ? ThreadedLoop.Execute(frame) : Loop.Execute(frame);
        var t = frame.Trace ??= new FrameTrace();
        t.ByRun = true;
        // A generator resumes where it yielded: its line continues (no new 'line' event for it).
        if (frame.Pc == 0) { t.LastPc = -1; t.LastLine = -1; }
        if (ts.ProfileFn is { } prof) Call(prof, frame, "call", Py.None, profile: true);
        if (ts.TraceFn is { } global)
        {
            var local = Call(global, frame, "call", Py.None);
            t.Local = local is PyNone ? null : local;
        }
        var result = Loop.Execute(frame);
        TraceReturn(ts, frame, result);
        if (ts.ProfileFn is { } p2)
        {
            var escaped = result is null ? Interpreter.TakeEscaped() : null;
            Call(p2, frame, "return", result ?? Py.None, profile: true);
            if (escaped is not null) Interpreter.Escaped = escaped;
        }
        return result;
    }

    /// <summary>The 'return' event of a frame with a local trace function (result null: an exception escaped).</summary>
    static void TraceReturn(ThreadState ts, Frame frame, PyObject? result)
    {
        if (frame.Trace is not { Local: { } lt } || ts.TraceFn is null || ts.InTracer > 0) return;
        var escaped = result is null ? Interpreter.TakeEscaped() : null;
        try { Call(lt, frame, "return", result ?? Py.None); }
        catch (PyException) when (escaped is not null) { }
        if (escaped is not null) Interpreter.Escaped = escaped;
    }

    /// <summary>
    /// A frame that was running unwatched when tracing started (sys.settrace, or pdb.set_trace setting f_trace on
    /// the frames up the stack) continues on the switch loop, watched, after the call that started it: its next
    /// line is a 'line' event (the call's own line is not reported again), and its end a 'return' event
    /// (<see cref="Returned"/>).
    /// </summary>
    public static void Retraced(Frame f) => Retraced(f, f.Pc);

    static void Retraced(Frame f, int pc)
    {
        if (f.Trace is { } t && t.LastPc < 0 && pc > 0)
        {
            t.LastPc = pc - 1;
            t.LastLine = f.Code.LineAt(pc - 1);
        }
    }

    /// <summary>The end (or a yield) of a frame run by the dispatch loop: its 'return' event, when it has a local
    /// trace function that <see cref="Run"/> does not report (f_trace set while it ran).</summary>
    public static PyObject? Returned(Frame f, PyObject? result)
    {
        if (f.Trace is { ByRun: false }) TraceReturn(ThreadState.Current, f, result);
        return result;
    }

    /// <summary>
    /// A built-in function called by a CALL instruction: the profiler's 'c_call' before it, 'c_return' or
    /// 'c_exception' after it, with the built-in as the argument and the calling frame (CPython's legacy profiling).
    /// </summary>
    public static PyObject CallBuiltin(Frame caller, PyBuiltin b, PyObject[] args, KwArgs? kw)
    {
        var ts = ThreadState.Current;
        if (ts.ProfileFn is not { } prof || ts.InTracer > 0) return b.Fn(args, kw);
        Call(prof, caller, "c_call", b, profile: true);
        PyObject result;
        try { result = b.Fn(args, kw); }
        catch (PyException)
        {
            if (ts.ProfileFn is { } p2) Call(p2, caller, "c_exception", b, profile: true);
            throw;
        }
        if (ts.ProfileFn is { } p3) Call(p3, caller, "c_return", b, profile: true);
        return result;
    }

    /// <summary>Before each instruction of a watched frame: 'line' and 'opcode' events.</summary>
    public static void Instruction(Frame f, Instr ins)
    {
        // Local trace functions hear nothing while no global one is set (sys.settrace(None) ends tracing, as in 3.12+).
        var ts = ThreadState.Current;
        if (ts.InTracer > 0 || f.Trace is not { } t) return;
        int pc = f.Pc;
        if (ts.TraceFn is null || t.Local is not { } local)
        {
            // Not reporting, but where the frame is stays known (tracing may start again in a call on this line).
            t.LastPc = pc;
            if (f.Code.LineAt(pc) is > 0 and var here) t.LastLine = here;
            return;
        }
        if (ins.Op == Op.RESUME) { t.LastPc = pc; return; }
        int line = f.Code.LineAt(pc);
        // f_trace was set while this frame ran watched (another runtime or thread was tracing when it started):
        // as for a retraced frame, the line of the call it was in is not reported again.
        if (t.LastPc < 0 && pc > 0 && !t.ByRun) Retraced(f, pc);
        int prev = t.LastPc;
        t.LastPc = pc;
        // A backward jump to the start of a line runs that line again: a new event, unless the jump instruction
        // itself just reported this line (a loop test repeated at the bottom of the loop, as CPython compiles it).
        bool again = pc <= prev && (pc == 0 || f.Code.LineAt(pc - 1) != line) && t.LastEventPc != prev;
        if (t.Lines && line > 0 && (line != t.LastLine || again))
        {
            t.LastLine = line;
            t.LastEventPc = pc;
            t.Local = Reply(Call(local, f, "line", Py.None), t.Local);
        }
        else if (line > 0) t.LastLine = line;
        if (t.Opcodes && t.Local is { } l2)
            t.Local = Reply(Call(l2, f, "opcode", Py.None), t.Local);
    }

    /// <summary>An exception is raised in (or propagates into) a traced frame.</summary>
    public static void Exception(Frame f, PyBaseException exc)
    {
        var ts = ThreadState.Current;
        if (ts.InTracer > 0 || ts.TraceFn is null || f.Trace is not { Local: { } local } t) return;
        t.Local = Reply(Call(local, f, "exception", PyTuple.Of(exc.Type, exc, (PyObject?)exc.Traceback ?? Py.None)), t.Local);
    }

    /// <summary>A local trace function's answer replaces f_trace; None keeps the current one (as CPython).</summary>
    static PyObject? Reply(PyObject result, PyObject? current) => result is PyNone ? current : result;

    static PyObject Call(PyObject fn, Frame f, string evt, PyObject arg, bool profile = false)
    {
        var ts = ThreadState.Current;
        ts.InTracer++;
        try { return Ops.Call(fn, PyFrameObject.Of(f), new PyStr(evt), arg); }
        catch (PyException)
        {
            // A trace function that raises is removed, and its exception propagates (CPython's rule).
            if (!profile && f.Trace is { } t) t.Local = null;
            Set(ts, null, profile);
            throw;
        }
        finally { ts.InTracer--; }
    }

    /// <summary>The sys functions: settrace, gettrace, setprofile, getprofile, call_tracing.</summary>
    public static void Register(Dictionary<string, PyObject> d)
    {
        d["settrace"] = Def.Func("settrace", (a, kw) =>
        {
            if (a.Length != 1) throw Err.Type($"sys.settrace() takes exactly one argument ({a.Length} given)");
            SetTrace(a[0] is PyNone ? null : a[0]);
            return Py.None;
        });
        d["gettrace"] = Def.Func("gettrace", (a, kw) => GlobalTrace ?? Py.None);
        d["setprofile"] = Def.Func("setprofile", (a, kw) =>
        {
            if (a.Length != 1) throw Err.Type($"sys.setprofile() takes exactly one argument ({a.Length} given)");
            SetProfile(a[0] is PyNone ? null : a[0]);
            return Py.None;
        });
        d["getprofile"] = Def.Func("getprofile", (a, kw) => Profile ?? Py.None);
        d["call_tracing"] = Def.Func("call_tracing", (a, kw) =>
        {
            if (a.Length != 2 || a[1] is not PyTuple args) throw Err.Type("call_tracing() expects a callable and a tuple");
            return Ops.Call(a[0], args.Items);
        });
    }

    /// <summary>Frame attributes f_trace, f_trace_lines, f_trace_opcodes.</summary>
    public static void RegisterFrame(PyType t)
    {
        static Frame F(PyObject o) => ((PyFrameObject)o).Frame;
        Def.Prop(t, "f_trace", o => F(o).Trace?.Local ?? Py.None, (o, v) =>
        {
            var tr = F(o).Trace ??= new FrameTrace();
            tr.Local = v is PyNone ? null : v;
        });
        // `del frame.f_trace` (bdb's set_continue) is f_trace = None.
        var p = (PyProperty)t.Dict!["f_trace"];
        t.Dict["f_trace"] = new PyProperty(p.Get, p.Set, new PyBuiltin("f_trace", (a, _) =>
        {
            if (F(a[0]).Trace is { } tr) tr.Local = null;
            return Py.None;
        }, binds: false), null) { Name = "f_trace", Owner = t.Name, Type = Types.GetSetDescriptor };
        Def.Prop(t, "f_trace_lines", o => Py.Bool(F(o).Trace?.Lines ?? true), (o, v) => (F(o).Trace ??= new FrameTrace()).Lines = Ops.Truth(v));
        Def.Prop(t, "f_trace_opcodes", o => Py.Bool(F(o).Trace?.Opcodes ?? false), (o, v) => (F(o).Trace ??= new FrameTrace()).Opcodes = Ops.Truth(v));
    }
}
