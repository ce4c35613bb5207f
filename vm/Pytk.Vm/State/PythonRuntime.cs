using System.Text;
using A = Pytk.Syntax;

namespace Pytk.Vm.State;

/// <summary>
/// The compiler side of a runtime: the VM cannot parse (the parser and passes sit above it), so whoever
/// creates a <see cref="PythonRuntime"/> gives it one host, which compiles imported modules and the text of
/// compile()/exec()/eval(), and formats what only the parser knows (SyntaxError blocks, traceback anchors).
/// Pytk.Hosting's <c>CompilerHost</c> is the implementation the CLI, the tests and embedders use.
/// </summary>
public interface ICompilerHost
{
    /// <summary>A source file's bytes (the host decodes them: BOM, coding cookie) → code, with the run's passes;
    /// errors are raised as Python SyntaxErrors (<see cref="PyException"/>).</summary>
    CodeObject CompileModule(byte[] source, string path);

    /// <summary>Source text of a module shipped with pytk, or given to `_imp`, compiled without passes.</summary>
    CodeObject CompileModuleText(string text, string path);

    /// <summary>compile()/exec()/eval() of source text; mode is exec, eval or single.</summary>
    CodeObject CompileSource(string text, string filename, string mode);

    /// <summary>Source bytes given to compile()/exec()/eval() as the text CompileSource takes (BOM, coding cookie;
    /// bytes that are not UTF-8 left for the parser to reject where CPython does); raises SyntaxError.</summary>
    string DecodeSource(byte[] source, string filename) => System.Text.Encoding.UTF8.GetString(source);

    /// <summary>Parses a snippet for traceback anchors; null when it does not parse.</summary>
    A.Module? ParseSnippet(string text);

    /// <summary>The File/source/caret lines above an uncaught SyntaxError: (msg, filename, line, offset, text,
    /// end line, end offset); null when the host has nothing to add.</summary>
    string? SyntaxErrorBlock(string msg, string? filename, int line, int offset, string? text, int endLine, int endOffset);

    /// <summary>The `.opt-TAG` of the pass pipeline imported modules are compiled with (null: none).</summary>
    string? OptTag { get; }

    /// <summary>A stamp of that pipeline's implementation, folded into cache headers.</summary>
    ulong OptStamp { get; }

    /// <summary>The parts of the toolchain the VM cannot see (parser, passes), folded into cache headers.</summary>
    ulong ToolchainStamp { get; }
}

/// <summary>
/// One Python interpreter: its `sys` and `builtins` modules, the module table, the streams, the limits, the
/// dispatch loop, gc/atexit state, the `__pycache__` settings and its compiler host. Several runtimes run
/// side by side in one process; each thread that runs Python code is bound to one runtime through its
/// <see cref="ThreadState"/> (as CPython's PyThreadState points at its interpreter). Built-in types are
/// shared: they are registered once per process and immutable from Python afterwards.
/// </summary>
public sealed class PythonRuntime
{
    public PythonRuntime(ICompilerHost? compiler = null) => Compiler = compiler;

    /// <summary>The runtime of the calling thread (a fresh one when the thread was never bound).</summary>
    public static PythonRuntime Current => ThreadState.Current.Runtime;

    public ICompilerHost? Compiler { get; set; }

    // The console's streams only when asked for: touching Console.Out or Console.In sets up the terminal
    // (writing ESC[?1h ESC= to it, never undone), which a runtime given its own streams must not do.
    TextWriter? stdout, stderr;
    TextReader? stdin;
    public TextWriter Stdout { get => stdout ??= Console.Out; set => stdout = value; }
    public TextWriter Stderr { get => stderr ??= Console.Error; set => stderr = value; }
    public TextReader Stdin { get => stdin ??= Console.In; set => stdin = value; }

    Dictionary<string, PyObject>? builtins;
    PyModule? sys;
    /// <summary>The builtins module's dict (created on first use).</summary>
    public Dictionary<string, PyObject> Builtins => builtins ?? Init();
    /// <summary>The `sys` module.</summary>
    public PyModule Sys { get { _ = Builtins; return sys!; } }
    /// <summary>Modules by name (the VM's side of sys.modules).</summary>
    public Dictionary<string, PyModule> ModuleTable { get; } = new();

    /// <summary>Where the host wants sys.path to start (the script's folder); PYTKPATH entries follow it.</summary>
    public List<string> SearchPath { get; } = new();
    /// <summary>Set before a `-m` run: __main__'s globals then follow the module's spec.</summary>
    public string? MainModuleName { get; set; }
    /// <summary>Modules whose code is still running (errors on them say "partially initialized").</summary>
    internal readonly HashSet<PyModule> Initializing = new(ReferenceEqualityComparer.Instance);

    /// <summary>sys.getrecursionlimit(); never above <see cref="RecursionCeiling"/>.</summary>
    public int RecursionLimit { get => recursionLimit; set => recursionLimit = Math.Min(value, RecursionCeiling); }
    int recursionLimit = 1000;
    /// <summary>The most the recursion limit can be set to (sys.setrecursionlimit asking for more gets this): a
    /// host's cap on a program's recursion (`pytk explore` runs programs under the page's limit). Default: none.</summary>
    public int RecursionCeiling { get; set; } = int.MaxValue;
    /// <summary>sys.get_int_max_str_digits().</summary>
    public int MaxStrDigits { get; set; } = 4300;
    /// <summary>The loop that runs this runtime's frames (set for each run from <see cref="HostOptions.Dispatch"/>).</summary>
    public DispatchKind Dispatch { get; set; }

    /// <summary>`pytk run --trace`: where each executed instruction and the value stack are printed (switch loop).</summary>
    public TextWriter? Trace
    {
        get => trace;
        set
        {
            bool was = trace is not null;
            trace = value;
            if (was != (value is not null)) Loop.TracersChanged(value is null ? -1 : +1);
        }
    }
    TextWriter? trace;

    /// <summary>False with `-B` or PYTKDONTWRITEBYTECODE (also sys.dont_write_bytecode = True at run time).</summary>
    public bool CacheWriteEnabled { get; set; } = true;
    /// <summary>Where `# ...` lines about each cache decision go (PYTKVERBOSE, like python -v); null: silent.</summary>
    public TextWriter? CacheLog { get; set; }

    internal readonly GcState Gc = new();
    /// <summary>The classes Python code made in this runtime (type.__subclasses__ looks here).</summary>
    internal readonly List<PyType> Classes = new();
    internal readonly List<(PyObject Fn, PyObject[] Args, KwArgs? Kw)> AtExit = new();

    // ---- stopping ----

    int interrupt;

    /// <summary>
    /// Asks the running program to stop: a KeyboardInterrupt is raised in it at its next backward jump (as
    /// Ctrl-C does), so `finally` blocks run and the run ends with status 130 unless the program catches it.
    /// Safe from any thread.
    /// </summary>
    public void RequestStop()
    {
        if (Interlocked.Exchange(ref interrupt, 1) == 0) Interlocked.Increment(ref Exec.InterruptsPending);
    }

    /// <summary>Why <see cref="Stop"/> ended the run (null: not stopped that way).</summary>
    public string? StopReason { get; private set; }

    /// <summary>
    /// Ends the running program for good (a time limit): at its next check point a <see cref="RunStoppedException"/>,
    /// which no `except` or `finally` of the program sees, unwinds the run; the host still runs its shutdown.
    /// Safe from any thread.
    /// </summary>
    public void Stop(string reason)
    {
        StopReason = reason;
        RequestStop();
    }

    /// <summary>Consumes a pending stop request.</summary>
    internal bool TakeInterrupt()
    {
        if (Interlocked.Exchange(ref interrupt, 0) == 0) return false;
        Interlocked.Decrement(ref Exec.InterruptsPending);
        return true;
    }

    // ---- start-up ----

    static readonly object typesLock = new();
    /// <summary>sys.intern's table.</summary>
    internal readonly Dictionary<string, PyStr> Interned = new();

    static bool typesReady;

    /// <summary>Methods of the built-in types: registered once per process, shared by every runtime (the
    /// compiler and the disassembler need them too, for constants).</summary>
    public static void RegisterTypes()
    {
        if (Volatile.Read(ref typesReady)) return;
        lock (typesLock)
        {
            if (typesReady) return;
            ObjectMethods.Register();
            NumberMethods.Register();
            StrMethods.Register();
            BytesMethods.Register();
            PyMemoryView.Register();
            SeqMethods.Register();
            DictMethods.Register();
            SetMethods.Register();
            ExceptionMethods.Register();
            MiscMethods.Register();
            IteratorMethods.Register();
            ReduceMethods.Register();
            AsyncGens.Register();
            IntrospectionMethods.Register();
            DisCore.RegisterCode();
            PyFile.Register();
            // A builtin type's __module__ is type's property (its "builtins" default), not an entry instances would
            // inherit: (1).__module__ is an AttributeError, as in CPython. Builtin functions do carry one.
            Types.BuiltinFunction.Dict!.TryAdd("__module__", new PyStr("builtins"));
            Builtin.Signatures.ApplyToTypes();
            PyType.InvalidateAll();
            Volatile.Write(ref typesReady, true);
        }
    }

    Dictionary<string, PyObject> Init()
    {
        RegisterTypes();
        // sys and builtins are built by this runtime's thread (their functions read the current runtime).
        var b = Builtin.Builtins.Create();
        sys = SysModule.Create();
        ModuleTable["sys"] = sys;
        ModuleTable["builtins"] = new PyModule("builtins", b);
        foreach (var (mod, table) in new[] { ("builtins", b), ("sys", sys.Dict!) })
            foreach (var v in table.Values)
                if (v is PyBuiltin { Self: null, OwnerName: null, ModuleName: null } f) f.ModuleName = mod;
        builtins = b;
        SetStreams(Stdout, Stderr, Stdin);
        return b;
    }

    /// <summary>Points the runtime's streams and sys.stdout/stderr/stdin at these.</summary>
    public void SetStreams(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        Stdout = stdout; Stderr = stderr; Stdin = stdin;
        if (sys is null) return;
        var d = sys.Dict!;
        d["stdout"] = new PyFile("<stdout>", "w", w: stdout);
        d["stderr"] = new PyFile("<stderr>", "w", w: stderr);
        d["stdin"] = new PyFile("<stdin>", "r", r: stdin);
        d["__stdout__"] = d["stdout"];
        d["__stderr__"] = d["stderr"];
    }

    // ---- running ----

    /// <summary>Binds the calling thread to this runtime until the result is disposed (then the previous
    /// binding comes back). Threads the runtime starts bind themselves.</summary>
    public IDisposable Enter() => ThreadState.Enter(this);

    /// <summary>Runs code as the main module (`python FILE args`) on a thread of its own; returns the exit status.</summary>
    public int RunMain(CodeObject code, string path, string[] args, HostOptions? options = null) =>
        Host.Run(this, code, path, args, options ?? new HostOptions()).Status;

    /// <summary>Compiles a source string with the host and runs it as the main module named <paramref name="path"/>.</summary>
    public int RunString(string source, string[]? args = null, string path = "<string>", HostOptions? options = null)
    {
        var host = Compiler ?? throw new InvalidOperationException("this runtime has no compiler host");
        CodeObject code;
        using (Enter())
        {
            try { code = host.CompileModule(Encoding.UTF8.GetBytes(source), path); }
            catch (PyException e) { return Host.Uncaught(e.Value, Stderr); }
        }
        return RunMain(code, path, args ?? [], options);
    }

    /// <summary>Reads and runs a .py file as the main module; a file that cannot be read gives status 2, as CPython does.</summary>
    public int RunFile(string path, string[]? args = null, HostOptions? options = null)
    {
        var host = Compiler ?? throw new InvalidOperationException("this runtime has no compiler host");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Stderr.WriteLine($"pytk: can't open file {PyRepr.Str(Path.GetFullPath(path))}: [Errno 2] No such file or directory");
            return 2;
        }
        CodeObject code;
        string full = Path.GetFullPath(path);
        using (Enter())
        {
            try { code = host.CompileModule(bytes, full); }
            catch (PyException e) { return Host.Uncaught(e.Value, Stderr); }
        }
        return RunMain(code, path, args ?? [], options);
    }
}

/// <summary>The gc/_weakref state of one runtime (NativeModules/GcCore.cs).</summary>
internal sealed class GcState
{
    public bool Enabled = true;
    /// <summary>Objects with weakref callbacks or finalizers that have not been collected yet.</summary>
    public int Watched;
    public int Run;
    public readonly System.Collections.Concurrent.ConcurrentQueue<PyObject> Pending = new();
    public int ImplicitLeft = GcCore.ImplicitBudget;
    public TimeSpan ImplicitSpent;
}

/// <summary>
/// Execution state of one thread inside one runtime: the current frame and depth, the exception being
/// handled, and the loops' per-thread scratch slots. Found through a thread-static, bound by
/// <see cref="Enter"/> (Host binds the thread it starts for a run).
/// </summary>
public sealed class ThreadState
{
    [ThreadStatic] static ThreadState? current;

    ThreadState(PythonRuntime runtime) => Runtime = runtime;

    /// <summary>This thread's state; a thread never bound gets a runtime of its own.</summary>
    public static ThreadState Current => current ?? (current = new ThreadState(new PythonRuntime()));

    public readonly PythonRuntime Runtime;

    /// <summary>The running frame (the top of the call chain).</summary>
    public Frame? Frame;
    /// <summary>Frames on this thread's call chain (compared with the recursion limit).</summary>
    public int Depth;
    /// <summary>
    /// The Depth at which the outermost stand-in for C code (_pytk.c_recursion) began on this thread, or -1:
    /// the Python frames of a shipped module standing in for a C module do not count toward the recursion limit.
    /// </summary>
    internal int CSectionBase = -1;
    /// <summary>The exception being handled (sys.exc_info()), saved and restored by PUSH_EXC_INFO/POP_EXCEPT.</summary>
    public PyBaseException? Handled;
    /// <summary>The exception that escaped the last frame a loop ran (see Interpreter.TakeEscaped).</summary>
    public PyException? Escaped;
    /// <summary>The value of a generator's `return` seen by the last next() (Exec.Flow).</summary>
    public PyObject? ReturnValueOfLastNext;
    /// <summary>The StopIteration that ended the last Ops.Next (raised by a Python __next__, or by Python code a
    /// built-in iterator called): next() of a built-in iterator raises it again, as CPython's C iterators pass it on.</summary>
    public PyBaseException? StopOfLastNext;
    // LoopFinalizer's slot: the last generator a bytecode call made directly, and where.
    internal PyGenerator? Made;
    internal Frame? MadeBy;
    internal int MadeAt;
    /// <summary>Containers whose repr is being built (recursive reprs print `[...]`).</summary>
    internal HashSet<PyObject>? ReprGuard;
    /// <summary>sys.settrace / sys.setprofile functions of this thread, and how deep inside one it is (Tracing).</summary>
    internal PyObject? TraceFn, ProfileFn;
    internal int InTracer;
    /// <summary>The run's global interpreter lock, once the program has started a thread (null before).</summary>
    public Gil? Gil;
    /// <summary>A thread started by the program (_thread): stop requests (KeyboardInterrupt) go to the main thread only.</summary>
    internal bool IsWorker;
    /// <summary>The threading.Thread object of this thread, if threading made one for it.</summary>
    internal PyObject? ThreadObject;

    /// <summary>Binds the calling thread to <paramref name="runtime"/> with a fresh call chain until disposed.</summary>
    public static IDisposable Enter(PythonRuntime runtime)
    {
        var saved = current;
        current = new ThreadState(runtime);
        return new Binding(saved);
    }

    sealed class Binding(ThreadState? saved) : IDisposable
    {
        bool done;
        public void Dispose()
        {
            if (done) return;
            done = true;
            current = saved;
        }
    }
}

/// <summary>A run ended by <see cref="PythonRuntime.Stop"/> (a time limit): not a Python exception.</summary>
public sealed class RunStoppedException(string reason) : Exception(reason);
