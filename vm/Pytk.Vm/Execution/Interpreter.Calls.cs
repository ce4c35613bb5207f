using System.Runtime.CompilerServices;
namespace Pytk.Vm.Execution;

/// <summary>
/// The CALL fast path: a Python function (or a bound method of one, or a plain class whose __init__ is
/// one) called with positional arguments is bound straight from the caller's value stack into the new
/// frame's locals, with no argument array, no Ops.Call dispatch and no .NET exception on the way back.
/// </summary>
public static partial class Interpreter
{
    /// <summary>The exception that escaped the frame whose run just returned null.</summary>
    public static PyException? Escaped { get => ThreadState.Current.Escaped; set => ThreadState.Current.Escaped = value; }

    public static PyException TakeEscaped()
    {
        var ts = ThreadState.Current;
        var e = ts.Escaped!;
        ts.Escaped = null;
        return e;
    }

    /// <summary>
    /// Calls the callable under `argc` positional arguments on `caller`'s stack and pops them all. Returns
    /// the result, or null when a Python frame it ran let an exception escape (then it is in Escaped).
    /// Other failures throw, as any handler may.
    /// </summary>
    public static PyObject? CallFromStack(Frame caller, int argc)
    {
        int fnIndex = caller.Sp - argc - 1;
        var callee = caller.Stack[fnIndex];
        switch (callee)
        {
            case PyFunction fn when Bindable(fn, argc):
                return RunFrameOrNull(BindFromStack(fn, null, caller, argc), caller);
            case PyMethod { Func: PyFunction mf } m when Bindable(mf, argc + 1):
                return RunFrameOrNull(BindFromStack(mf, m.Self, caller, argc), caller);
            case PyType t when t.PlainInit() is { } init:
                if (init is PyFunction initFn && Bindable(initFn, argc + 1))
                {
                    var inst = t.NewPlainInstance();
                    var r = RunFrameOrNull(BindFromStack(initFn, inst, caller, argc), caller);
                    if (r is null) return null;
                    if (r is not PyNone) throw Err.Type($"__init__() should return None, not '{r.Type.Name}'");
                    return inst;
                }
                break;
        }
        if (callee is PyBuiltin { Self: { } bself } bound)
        {
            // A bound built-in method (lst.append(x)): self and the arguments in one array, no Prepend copy.
            var withSelf = new PyObject[argc + 1];
            withSelf[0] = bself;
            PopInto(caller, withSelf, 1, argc, fnIndex);
            return Tracing.Active ? Tracing.CallBuiltin(caller, bound, withSelf, null) : bound.Fn(withSelf, null);
        }
        var args = new PyObject[argc];
        PopInto(caller, args, 0, argc, fnIndex);
        if (callee is PyBuiltin { OwnerName: not null, Binds: true } ub && argc == 0) throw Ops.UnboundNoSelf(ub);
        return callee is PyBuiltin b ? (Tracing.Active ? Tracing.CallBuiltin(caller, b, args, null) : b.Fn(args, null))
            : LoopFinalizer.Direct(callee, Ops.Call(callee, args, null), caller);
    }

    /// <summary>Moves the top `argc` stack values into `into` from `at`, and pops them and the callee.</summary>
    static void PopInto(Frame caller, PyObject[] into, int at, int argc, int fnIndex)
    {
        var stack = caller.Stack;
        for (int k = 0; k < argc; k++) { into[at + k] = stack[fnIndex + 1 + k]; stack[fnIndex + 1 + k] = null!; }
        stack[fnIndex] = null!;
        caller.Sp = fnIndex;
    }

    /// <summary>Positional arguments only, within the parameter count and the defaults.</summary>
    static bool Bindable(PyFunction fn, int nargs)
    {
        var code = fn.Code;
        return (code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && code.KwOnlyArgCount == 0
            && nargs <= code.ArgCount && nargs >= code.ArgCount - fn.Defaults.Length;
    }

    /// <summary>A new frame for fn with [self,] the top `argc` stack values as arguments; pops them and the callee.</summary>
    static Frame BindFromStack(PyFunction fn, PyObject? self, Frame caller, int argc)
    {
        var code = fn.Code;
        var frame = new Frame(code, fn.Globals, fn);
        var fast = frame.Fast;
        var stack = caller.Stack;
        int i = 0;
        if (self is not null) fast[i++] = self;
        int src = caller.Sp - argc;
        for (int k = 0; k < argc; k++) { fast[i++] = stack[src + k]; stack[src + k] = null!; }
        if (i < code.ArgCount)
        {
            var defaults = fn.Defaults;
            int first = code.ArgCount - defaults.Length;
            for (; i < code.ArgCount; i++) fast[i] = defaults[i - first];
        }
        stack[src - 1] = null!;
        caller.Sp = src - 1;
        if (frame.Cells.Length > 0) InitCells(fn, frame);
        return frame;
    }

    /// <summary>Runs a bound frame (or makes its generator); null when an exception escaped it.</summary>
    static PyObject? RunFrameOrNull(Frame frame, Frame caller)
    {
        // Only CallFromStack gets here, for the callee of a bytecode CALL: the caller is the current frame.
        if (frame.Code.IsGenerator) return LoopFinalizer.Made(PyGenerator.Create(frame, frame.Function!), Current);
        // The caller's thread state when it has one (a frame run to completion here): the thread-static behind
        // ThreadState.Current costs a TLS lookup per call (4% of fib.py's samples).
        var ts = caller.Thread ?? ThreadState.Current;
        frame.Thread = ts;
        // Calls are check points for a GIL switch too (recursion without loops must let other threads run).
        if (Volatile.Read(ref Exec.InterruptsPending) != 0 && ts.Gil is { } gil) gil.YieldIfAsked(ts);
        if (++ts.Depth > ts.Runtime.RecursionLimit || ts.Depth > Interpreter.StackCheckDepth && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.Depth--;
            throw Err.New(ExcTypes.RecursionError, "maximum recursion depth exceeded");
        }
        frame.Back = ts.Frame;
        ts.Frame = frame;
        if (RunStats.Current is { } stats) stats.Frames++;
        try
        {
            // The runtime from the state already in hand: ExecuteOrNull(frame) would read the thread-static again
            // (ThreadState.Current and its TLS lookup were 6% of fib.py's samples).
            return Tracing.Active ? Tracing.Run(frame)
                : ts.Runtime.Dispatch == DispatchKind.Threaded ? ThreadedLoop.Execute(frame) : Loop.Execute(frame);
        }
        finally
        {
            ts.Frame = frame.Back;
            ts.Depth--;
        }
    }
}
