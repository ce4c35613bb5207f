using System.Runtime.CompilerServices;
namespace Pytk.Vm.Execution;

/// <summary>
/// The entry points: calling a Python function (binding arguments into a new frame) and running a module.
/// The state they use lives in the thread's <see cref="ThreadState"/> (frame chain, depth, handled exception)
/// and its <see cref="PythonRuntime"/> (recursion limit, dispatch loop); the properties here are shorthands.
/// </summary>
public static partial class Interpreter
{
    /// <summary>The running frame of this thread.</summary>
    public static Frame? Current { get => ThreadState.Current.Frame; set => ThreadState.Current.Frame = value; }
    public static int RecursionLimit { get => PythonRuntime.Current.RecursionLimit; set => PythonRuntime.Current.RecursionLimit = value; }
    /// <summary>The exception being handled (sys.exc_info()), saved and restored by PUSH_EXC_INFO/POP_EXCEPT.</summary>
    public static PyBaseException? Handled { get => ThreadState.Current.Handled; set => ThreadState.Current.Handled = value; }

    /// <summary>
    /// The exception sys.exception() reports, a bare `raise` re-raises and a new exception takes as context:
    /// the running generator's own, else that of the frames it was resumed from (CPython's _PyErr_GetTopmostException).
    /// </summary>
    public static PyBaseException? TopmostHandled
    {
        get
        {
            var ts = ThreadState.Current;
            if (ts.Handled is { } h) return h;
            var outer = ts.OuterHandled;
            for (int i = outer.Count - 1; i >= 0; i--) if (outer[i] is { } o) return o;
            return null;
        }
    }

    public static Dictionary<string, PyObject> Builtins => Runtime.Builtins;

    /// <summary>The loop that runs frames of this thread's runtime.</summary>
    public static DispatchKind Dispatch { get => PythonRuntime.Current.Dispatch; set => PythonRuntime.Current.Dispatch = value; }

    /// <summary>Runs the frame on this thread's loop; null when an exception escaped it (then it is in Escaped).</summary>
    internal static PyObject? ExecuteOrNull(Frame frame) =>
        Tracing.Active ? Tracing.Run(frame)
        : ThreadState.Current.Runtime.Dispatch == DispatchKind.Threaded ? ThreadedLoop.Execute(frame) : Loop.Execute(frame);

    static PyObject Execute(Frame frame) => ExecuteOrNull(frame) ?? throw TakeEscaped();

    public static PyObject CallFunction(PyFunction fn, PyObject[] args, KwArgs? kw)
    {
        var code = fn.Code;
        var frame = new Frame(code, fn.Globals, fn);
        BindArguments(fn, frame, args, kw);
        InitCells(fn, frame);
        if (code.IsGenerator) return PyGenerator.Create(frame, fn);
        return RunFrame(frame);
    }

    public static void InitCells(PyFunction? fn, Frame frame)
    {
        var code = frame.Code;
        int ncell = code.CellVars.Length;
        for (int i = 0; i < ncell; i++)
        {
            int a = code.CellToArg.Length > i ? code.CellToArg[i] : -1;
            frame.Cells[i] = new PyCell(a >= 0 ? frame.Fast[a] : null);
        }
        if (fn is not null)
            for (int i = 0; i < code.FreeVars.Length; i++) frame.Cells[ncell + i] = fn.Closure[i];
    }

    /// <summary>
    /// Beyond this many Python frames each new one also checks the .NET stack's headroom (cheap, yet kept off the
    /// common shallow calls): under a high sys.setrecursionlimit() a runaway recursion, through native code or
    /// not, ends in RecursionError as CPython's C recursion limit ends it, never in a .NET stack overflow.
    /// </summary>
    public const int StackCheckDepth = 500;

    /// <summary>Runs a frame to completion on this thread, with the recursion limit enforced.</summary>
    public static PyObject RunFrame(Frame frame)
    {
        var ts = ThreadState.Current;
        if (!frame.Code.IsGenerator) frame.Thread = ts;
        if (++ts.Depth > ts.Runtime.RecursionLimit || ts.Depth > StackCheckDepth && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.Depth--;
            throw Err.New(ExcTypes.RecursionError, "maximum recursion depth exceeded");
        }
        frame.Back = ts.Frame;
        ts.Frame = frame;
        if (RunStats.Current is { } stats) stats.Frames++;
        try
        {
            return Execute(frame);
        }
        finally
        {
            ts.Frame = frame.Back;
            ts.Depth--;
        }
    }

    /// <summary>Resumes a suspended generator frame (its Back is set to the resumer for the duration).</summary>
    public static PyObject ResumeFrame(Frame frame)
    {
        var ts = ThreadState.Current;
        if (++ts.Depth > ts.Runtime.RecursionLimit || ts.Depth > StackCheckDepth && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.Depth--;
            throw Err.New(ExcTypes.RecursionError, "maximum recursion depth exceeded");
        }
        frame.Back = ts.Frame;
        ts.Frame = frame;
        if (RunStats.Current is { } stats) stats.Resumes++;
        try { return Execute(frame); }
        finally { ts.Frame = frame.Back; frame.Back = null; ts.Depth--; }
    }

    public static void ResetDepth() { var ts = ThreadState.Current; ts.Depth = 0; ts.Frame = null; ts.Handled = null; ts.OuterHandled.Clear(); NativeRecursion.Reset(); }

    static void BindArguments(PyFunction fn, Frame frame, PyObject[] args, KwArgs? kw)
    {
        var code = fn.Code;
        var fast = frame.Fast;
        int nparams = code.ArgCount;
        int nargs = args.Length;
        bool hasVarArgs = (code.Flags & CodeFlags.VarArgs) != 0;
        bool hasVarKw = (code.Flags & CodeFlags.VarKeywords) != 0;

        // Fast path: exactly the positional parameters, no keywords.
        if (nargs == nparams && (kw is null || kw.Count == 0) && code.KwOnlyArgCount == 0 && !hasVarArgs && !hasVarKw)
        {
            Array.Copy(args, fast, nargs);
            return;
        }

        int n = Math.Min(nargs, nparams);
        Array.Copy(args, fast, n);
        int varArgsIndex = nparams + code.KwOnlyArgCount;
        int varKwIndex = varArgsIndex + (hasVarArgs ? 1 : 0);
        if (hasVarArgs)
            fast[varArgsIndex] = nargs > nparams ? new PyTuple(args[nparams..]) : PyTuple.Empty;
        else if (nargs > nparams)
            throw TooManyPositional(fn, nargs, kw);

        PyDict? varKw = null;
        if (hasVarKw) fast[varKwIndex] = varKw = new PyDict();

        if (kw is not null)
        {
            List<string>? posOnlyAsKw = null;
            foreach (var (name, value) in kw)
            {
                int idx = -1;
                for (int i = code.PosOnlyArgCount; i < nparams + code.KwOnlyArgCount; i++)
                    if (code.VarNames[i] == name) { idx = i; break; }
                if (idx < 0)
                {
                    if (varKw is not null) { varKw.Set(new PyStr(name), value); continue; }
                    if (Array.IndexOf(code.VarNames, name, 0, code.PosOnlyArgCount) >= 0)
                    { (posOnlyAsKw ??= new()).Add(name); continue; }
                    throw Err.Type($"{fn.QualName}() got an unexpected keyword argument '{name}'");
                }
                if (fast[idx] is not null) throw Err.Type($"{fn.QualName}() got multiple values for argument '{name}'");
                fast[idx] = value;
            }
            if (posOnlyAsKw is not null)
                throw Err.Type($"{fn.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKw)}'");
        }

        // Defaults for missing positionals.
        if (nargs < nparams)
        {
            int firstDefault = nparams - fn.Defaults.Length;
            List<string>? missing = null;
            for (int i = nargs; i < nparams; i++)
            {
                if (fast[i] is not null) continue;
                if (i >= firstDefault) fast[i] = fn.Defaults[i - firstDefault];
                else (missing ??= new()).Add(code.VarNames[i]);
            }
            if (missing is not null) throw Missing(fn, missing, "positional");
        }
        if (code.KwOnlyArgCount > 0)
        {
            List<string>? missing = null;
            for (int i = nparams; i < nparams + code.KwOnlyArgCount; i++)
            {
                if (fast[i] is not null) continue;
                var d = fn.KwDefaults?.Get(new PyStr(code.VarNames[i]));
                if (d is not null) fast[i] = d;
                else (missing ??= new()).Add(code.VarNames[i]);
            }
            if (missing is not null) throw Missing(fn, missing, "keyword-only");
        }
    }

    static PyException TooManyPositional(PyFunction fn, int given, KwArgs? kw = null)
    {
        int max = fn.Code.ArgCount, min = max - fn.Defaults.Length;
        string takes = min == max ? $"{max}" : $"from {min} to {max}";
        string plural = max == 1 && min == max ? "argument" : "arguments";
        string was = given == 1 ? "was" : "were";
        var code = fn.Code;
        int kwonly = kw?.Count(p => Array.IndexOf(code.VarNames, p.Key, code.ArgCount, code.KwOnlyArgCount) >= 0) ?? 0;
        if (kwonly > 0)
            return Err.Type($"{fn.QualName}() takes {takes} positional {plural} but {given} positional argument{(given == 1 ? "" : "s")} (and {kwonly} keyword-only argument{(kwonly == 1 ? "" : "s")}) were given");
        return Err.Type($"{fn.QualName}() takes {takes} positional {plural} but {given} {was} given");
    }

    static PyException Missing(PyFunction fn, List<string> names, string kind)
    {
        string list = names.Count == 1 ? $"'{names[0]}'"
            : string.Join(", ", names.Take(names.Count - 1).Select(n => $"'{n}'")) + (names.Count > 2 ? "," : "") + $" and '{names[^1]}'";
        string plural = names.Count == 1 ? "argument" : "arguments";
        return Err.Type($"{fn.QualName}() missing {names.Count} required {kind} {plural}: {list}");
    }
}
