namespace Pytk.Vm.NativeModules;

/// <summary>
/// `_thread`: real .NET threads running Python code under the run's <see cref="Gil"/>, and the lock types
/// every other synchronisation primitive (threading.py, queue.py) is built from. Each new thread binds a fresh
/// <see cref="ThreadState"/> to the runtime of the thread that started it. Waiting for a lock gives the GIL up;
/// the main thread's waits stay interruptible by a stop request (Ctrl-C), as CPython's are by signals.
/// </summary>
public static class ThreadCore
{
    /// <summary>Stack of a thread the program starts (deep recursion in a thread needs more than .NET's 1 MB).</summary>
    const int StackSize = 256 << 20;
    /// <summary>threading.TIMEOUT_MAX: the longest wait .NET accepts, in seconds.</summary>
    const double TimeoutMax = int.MaxValue / 1000.0;

    static long nextIdent = 1;
    [ThreadStatic] static long ident;
    /// <summary>get_ident(): a number per OS thread, never reused within the process (so a dead thread's
    /// threading.local values are never seen by a new one).</summary>
    public static long Ident => ident != 0 ? ident : ident = Interlocked.Increment(ref nextIdent) + 0x7f0000000000L;

    static readonly PyType LockType = MakeType("lock");
    static readonly PyType RLockType = MakeType("RLock");

    static PyType MakeType(string name)
    {
        var t = new PyType(name, [Types.Object], builtin: true);
        t.Dict!["__module__"] = new PyStr("_thread");
        return t;
    }

    sealed class PyLock(PyType type) : PyObject(type)
    {
        public readonly object Sync = new();
        public bool Locked;
        // RLock: the owning thread's ident and the recursion count.
        public long Owner;
        public int Count;
    }

    /// <summary>Running threads started through this module, per runtime (for _count()).</summary>
    static int running;

    static bool registered;
    static readonly object registerLock = new();

    public static PyModule Create()
    {
        RegisterTypes();
        var m = new PyModule("_thread");
        var d = m.Dict!;
        d["LockType"] = LockType;
        d["lock"] = LockType;
        d["RLock"] = RLockType;
        d["error"] = ExcTypes.RuntimeError;
        d["TIMEOUT_MAX"] = new PyFloat(TimeoutMax);
        d["allocate_lock"] = Def.Func("allocate_lock", (a, kw) => new PyLock(LockType));
        d["allocate"] = d["allocate_lock"];
        d["get_ident"] = Def.Func("get_ident", (a, kw) => PyInt.From(Ident));
        d["get_native_id"] = Def.Func("get_native_id", (a, kw) => PyInt.From(Environment.CurrentManagedThreadId));
        d["_count"] = Def.Func("_count", (a, kw) => PyInt.From(Volatile.Read(ref running)));
        d["stack_size"] = Def.Func("stack_size", (a, kw) =>
        {
            if (a.Length > 0 && a[0] is PyInt n && n.V != 0 && n.V < 32768) throw Err.Value("size not valid: " + n.V + " bytes");
            return PyInt.From(0);
        });
        d["start_new_thread"] = Def.Func("start_new_thread", (a, kw) => StartNew(a, kw));
        d["start_new"] = d["start_new_thread"];
        d["_set_thread_object"] = Def.Func("_set_thread_object", (a, kw) => { ThreadState.Current.ThreadObject = a[0]; return Py.None; });
        d["_get_thread_object"] = Def.Func("_get_thread_object", (a, kw) => ThreadState.Current.ThreadObject ?? Py.None);
        d["interrupt_main"] = Def.Func("interrupt_main", (a, kw) => { PythonRuntime.Current.RequestStop(); return Py.None; });
        d["exit"] = Def.Func("exit", (a, kw) => throw new PyException(Err.NewValue(ExcTypes.SystemExit)));
        d["_is_main_thread"] = Def.Func("_is_main_thread", (a, kw) => Py.Bool(!ThreadState.Current.IsWorker));
        return m;
    }

    static PyObject StartNew(PyObject[] a, KwArgs? kw)
    {
        if (kw is { Count: > 0 }) throw Err.Type("start_new_thread() takes no keyword arguments");
        if (a.Length is < 2 or > 3) throw Err.Type($"start_new_thread expected at least 2 arguments, got {a.Length}");
        var fn = a[0];
        if (!Ops.IsCallable(fn)) throw Err.Type("first arg must be callable");
        if (a[1] is not PyTuple args) throw Err.Type("2nd arg must be a tuple");
        KwArgs? kwargs = null;
        if (a.Length == 3)
        {
            if (a[2] is not PyDict kd) throw Err.Type("optional 3rd arg must be a dictionary");
            kwargs = new KwArgs();
            foreach (var k in Ops.Enumerate(kd)) kwargs.Add(new(Ops.Str(k), kd.Get(k)!));
        }
        var parent = ThreadState.Current;
        var gil = Gil.Activate(parent);
        var runtime = parent.Runtime;
        var started = new ManualResetEventSlim();
        long id = 0;
        Interlocked.Increment(ref running);
        var thread = new Thread(() =>
        {
            try
            {
                using var bound = runtime.Enter();
                var ts = ThreadState.Current;
                ts.Gil = gil;
                ts.IsWorker = true;
                id = Ident;
                started.Set();
                gil.Acquire(ts);
                try { Ops.Call(fn, args.Items, kwargs); }
                catch (PyException e) when (!Err.Matches(e.Value, ExcTypes.SystemExit)) { Unraisable(fn, e.Value); }
                catch (PyException) { }
                catch (Exception e) when (e is not ThreadInterruptedException)
                {
                    try { Unraisable(fn, Loop.Translate(e).Value); } catch (Exception) { }
                }
                finally { gil.Release(ts); }
            }
            finally { Interlocked.Decrement(ref running); started.Set(); }
        }, StackSize) { IsBackground = true, Name = "pytk thread" };
        Gil.Blocking(() => { thread.Start(); started.Wait(); return 0; });
        return PyInt.From(id);
    }

    /// <summary>An exception escaped a thread started by start_new_thread: reported as CPython's unraisable hook does.</summary>
    static void Unraisable(PyObject fn, PyBaseException e)
    {
        var err = PythonRuntime.Current.Stderr;
        err.Write($"Exception ignored in thread started by: {Ops.Repr(fn)}\n");
        err.Write(Traceback.Format(e));
        err.Flush();
    }

    // ---- locks ----

    static PyLock L(PyObject o, PyType t, string name) =>
        o is PyLock l && l.Type == t ? l : throw Err.Type($"descriptor '{name}' requires a '_thread.{t.Name}' object but received a '{o.Type.Name}'");

    /// <summary>acquire(blocking=True, timeout=-1) arguments: the wait in milliseconds (-1: forever, 0: none).</summary>
    static int WaitOf(PyObject[] a, KwArgs? kw)
    {
        PyObject? blocking = a.Length > 1 ? a[1] : null, timeout = a.Length > 2 ? a[2] : null;
        if (a.Length > 3) throw Err.Type($"acquire() takes at most 2 arguments ({a.Length - 1} given)");
        if (kw is not null)
            foreach (var (k, v) in kw)
            {
                if (k == "blocking") blocking = v;
                else if (k == "timeout") timeout = v;
                else throw Err.Type($"'{k}' is an invalid keyword argument for acquire()");
            }
        bool block = blocking is null || Ops.Truth(blocking);
        double t = timeout is null ? -1 : NumberMethods.ToDouble(timeout);
        if (!block)
        {
            if (t != -1) throw Err.Value("can't specify a timeout for a non-blocking call");
            return 0;
        }
        if (t < 0 && t != -1) throw Err.Value("timeout value must be a non-negative number");
        if (t > TimeoutMax) throw Err.Overflow("timeout value is too large");
        return t == -1 ? -1 : (int)Math.Ceiling(t * 1000);
    }

    /// <summary>Waits (without the GIL) until <paramref name="free"/> holds, then runs <paramref name="take"/>;
    /// false when the wait timed out. The main thread wakes every 50 ms to see a stop request.</summary>
    static bool Wait(PyLock l, int ms, Func<bool> free, Action take)
    {
        lock (l.Sync)
            if (free()) { take(); return true; }
        if (ms == 0) return false;
        var ts = ThreadState.Current;
        bool interrupted = false, got = false;
        var gil = ts.Gil;
        gil?.Release(ts);
        try
        {
            var until = ms < 0 ? DateTime.MaxValue : DateTime.UtcNow.AddMilliseconds(ms);
            lock (l.Sync)
            {
                while (!free())
                {
                    if (!ts.IsWorker && Volatile.Read(ref Exec.InterruptsPending) != 0 && ts.Runtime.TakeInterrupt()) { interrupted = true; break; }
                    var left = ms < 0 ? TimeSpan.FromMilliseconds(50) : until - DateTime.UtcNow;
                    if (left <= TimeSpan.Zero) break;
                    Monitor.Wait(l.Sync, left > TimeSpan.FromMilliseconds(50) ? TimeSpan.FromMilliseconds(50) : left);
                }
                if (!interrupted && free()) { take(); got = true; }
            }
        }
        finally { gil?.Acquire(ts); }
        if (interrupted) throw new PyException(Err.NewValue(ExcTypes.KeyboardInterrupt));
        return got;
    }

    static void RegisterTypes()
    {
        lock (registerLock)
        {
            if (registered) return;
            registered = true;
        }
        var t = LockType;
        Def.Method(t, "acquire", (a, kw) =>
        {
            var l = L(a[0], t, "acquire");
            return Py.Bool(Wait(l, WaitOf(a, kw), () => !l.Locked, () => l.Locked = true));
        });
        t.Dict!["acquire_lock"] = t.Dict["acquire"];
        t.Dict["__enter__"] = t.Dict["acquire"];
        Def.Method(t, "release", (a, kw) =>
        {
            var l = L(a[0], t, "release");
            lock (l.Sync)
            {
                if (!l.Locked) throw Err.Runtime("release unlocked lock");
                l.Locked = false;
                Monitor.PulseAll(l.Sync);
            }
            return Py.None;
        });
        t.Dict["release_lock"] = t.Dict["release"];
        Def.Method(t, "__exit__", (a, kw) => Ops.Call(t.Dict["release"], a[0]));
        Def.M0(t, "locked", o => Py.Bool(L(o, t, "locked").Locked));
        t.Dict["locked_lock"] = t.Dict["locked"];
        Def.M0(t, "_at_fork_reinit", o => { L(o, t, "_at_fork_reinit").Locked = false; return Py.None; });
        Def.M0(t, "__repr__", o => new PyStr($"<{(L(o, t, "__repr__").Locked ? "locked" : "unlocked")} _thread.lock object at 0x{Ops.IdOf(o):x}>"));
        t.Dict["__new__"] = new PyStaticMethod(Def.Func("__new__", (a, kw) => new PyLock(LockType)));

        var r = RLockType;
        r.Dict!["__new__"] = new PyStaticMethod(Def.Func("__new__", (a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls || !cls.IsSubtypeOf(r)) throw Err.Type("RLock.__new__(X): X is not a type object");
            return new PyLock(cls);
        }));
        Def.Method(r, "acquire", (a, kw) =>
        {
            var l = RL(a[0]);
            long me = Ident;
            int ms = WaitOf(a, kw);
            lock (l.Sync)
                if (l.Count > 0 && l.Owner == me) { l.Count++; return Py.True; }
            return Py.Bool(Wait(l, ms, () => l.Count == 0, () => { l.Owner = me; l.Count = 1; }));
        });
        r.Dict["__enter__"] = r.Dict["acquire"];
        Def.Method(r, "release", (a, kw) =>
        {
            var l = RL(a[0]);
            lock (l.Sync)
            {
                if (l.Count == 0 || l.Owner != Ident) throw Err.Runtime("cannot release un-acquired lock");
                if (--l.Count == 0) { l.Owner = 0; Monitor.PulseAll(l.Sync); }
            }
            return Py.None;
        });
        Def.Method(r, "__exit__", (a, kw) => Ops.Call(r.Dict["release"], a[0]));
        Def.M0(r, "locked", o => Py.Bool(RL(o).Count > 0));
        Def.M0(r, "_is_owned", o => { var l = RL(o); return Py.Bool(l.Count > 0 && l.Owner == Ident); });
        Def.M0(r, "_recursion_count", o => { var l = RL(o); return PyInt.From(l.Count > 0 && l.Owner == Ident ? l.Count : 0); });
        // Condition.wait: give the lock up completely and get back (count, owner) to restore afterwards.
        Def.M0(r, "_release_save", o =>
        {
            var l = RL(o);
            lock (l.Sync)
            {
                if (l.Count == 0) throw Err.Runtime("cannot release un-acquired lock");
                var saved = PyTuple.Of(PyInt.From(l.Count), PyInt.From(l.Owner));
                l.Count = 0; l.Owner = 0;
                Monitor.PulseAll(l.Sync);
                return saved;
            }
        });
        Def.M1(r, "_acquire_restore", (o, state) =>
        {
            var l = RL(o);
            var st = (PyTuple)state;
            int count = (int)((PyInt)st.Items[0]).V;
            long owner = ((PyInt)st.Items[1]).V;
            Wait(l, -1, () => l.Count == 0, () => { l.Count = count; l.Owner = owner; });
            return Py.None;
        });
        Def.M0(r, "_at_fork_reinit", o => { var l = RL(o); l.Count = 0; l.Owner = 0; return Py.None; });
        Def.M0(r, "__repr__", o =>
        {
            var l = RL(o);
            return new PyStr($"<{(l.Count > 0 ? "locked" : "unlocked")} {Ops.Str(Ops.GetAttr(o.Type, "__module__"))}.{o.Type.Name} object owner={l.Owner} count={l.Count} at 0x{Ops.IdOf(o):x}>");
        });
    }

    static PyLock RL(PyObject o) => o is PyLock l && o.Type.IsSubtypeOf(RLockType) ? l
        : throw Err.Type($"descriptor requires a '_thread.RLock' object but received a '{o.Type.Name}'");
}
