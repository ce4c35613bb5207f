using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Pytk.Vm.NativeModules;

/// <summary>
/// `gc` and `_weakref` over .NET's tracing collector. There are no reference counts: an object becomes
/// garbage when it is unreachable, which .NET finds only when it collects. So a weak reference dies, and its
/// callbacks run, at the next `gc.collect()` (which collects synchronously and then runs the callbacks on the
/// interpreter's thread), not at `del`. Callbacks never run on the finalizer thread: it only queues them.
/// </summary>
public static class GcCore
{
    // The state (enabled, watched objects, pending callbacks, the implicit-collection budget) is the runtime's.
    static GcState State => PythonRuntime.Current.Gc;
    // Objects belong to one runtime: the tracker of an object remembers whose state it counts in.
    static readonly ConditionalWeakTable<PyObject, Tracker> Trackers = new();

    /// <summary>Lives exactly as long as its object (a ConditionalWeakTable value); its finalizer queues the callbacks.</summary>
    sealed class Tracker
    {
        public readonly List<PyObject> Callbacks = new();
        readonly GcState state;
        // Trackers of an earlier program run in this runtime neither count nor call back.
        readonly int run;
        public Tracker(GcState state)
        {
            this.state = state;
            run = state.Run;
            Interlocked.Increment(ref state.Watched);
        }
        ~Tracker()
        {
            if (run != state.Run) return;
            Interlocked.Decrement(ref state.Watched);
            lock (Callbacks) foreach (var c in Callbacks) state.Pending.Enqueue(c);
        }
    }

    /// <summary>A new program run in this runtime (Modules.Reset): an earlier run's objects no longer count.</summary>
    public static void NewRun()
    {
        var s = State;
        Interlocked.Increment(ref s.Run);
        s.Watched = 0;
        s.Pending.Clear();
        s.ImplicitLeft = ImplicitBudget;
        s.ImplicitSpent = TimeSpan.Zero;
    }

    public static PyModule Gc()
    {
        var m = new PyModule("gc");
        var d = m.Dict!;
        // CPython returns the number of unreachable objects its cycle collector found; with reference counting
        // gone-at-del objects are not counted, so simple programs print 0.
        d["collect"] = Def.Func("collect", (a, kw) => { Collect(); return PyInt.From(0); });
        d["enable"] = Def.Func("enable", (a, kw) => { State.Enabled = true; return Py.None; });
        d["disable"] = Def.Func("disable", (a, kw) => { State.Enabled = false; return Py.None; });
        d["isenabled"] = Def.Func("isenabled", (a, kw) => Py.Bool(State.Enabled));
        d["get_threshold"] = Def.Func("get_threshold", (a, kw) => PyTuple.Of(PyInt.From(2000), PyInt.From(10), PyInt.From(10)));
        d["set_threshold"] = Def.Func("set_threshold", (a, kw) => Py.None);
        d["get_count"] = Def.Func("get_count", (a, kw) => PyTuple.Of(PyInt.From(0), PyInt.From(0), PyInt.From(0)));
        d["get_objects"] = Def.Func("get_objects", (a, kw) => new PyList());
        d["get_referrers"] = Def.Func("get_referrers", (a, kw) => new PyList());
        d["get_referents"] = Def.Func("get_referents", (a, kw) => new PyList());
        d["freeze"] = Def.Func("freeze", (a, kw) => Py.None);
        d["unfreeze"] = Def.Func("unfreeze", (a, kw) => Py.None);
        d["get_freeze_count"] = Def.Func("get_freeze_count", (a, kw) => PyInt.From(0));
        // CPython tracks containers and instances, not atoms (ints, strings, ...).
        d["is_tracked"] = Def.Func("is_tracked", (a, kw) => Py.Bool(a.Length == 1 &&
            a[0] is not (PyInt or PyFloat or PyStr or PyBytes or PyNone or PyBool)));
        d["is_finalized"] = Def.Func("is_finalized", (a, kw) => Py.False);
        d["garbage"] = new PyList();
        d["callbacks"] = new PyList();
        d["DEBUG_STATS"] = PyInt.From(1);
        d["DEBUG_COLLECTABLE"] = PyInt.From(2);
        d["DEBUG_UNCOLLECTABLE"] = PyInt.From(4);
        d["DEBUG_SAVEALL"] = PyInt.From(32);
        d["DEBUG_LEAK"] = PyInt.From(38);
        d["set_debug"] = Def.Func("set_debug", (a, kw) => Py.None);
        d["get_debug"] = Def.Func("get_debug", (a, kw) => PyInt.From(0));
        return m;
    }

    public static PyModule WeakRef()
    {
        var m = new PyModule("_weakref");
        // cell(obj) -> a callable returning obj while it is alive, else None.
        m.Dict!["cell"] = Def.Func("cell", (a, kw) =>
        {
            var w = new WeakReference<PyObject>(a[0]);
            return Def.Func("deref", (_, _) =>
            {
                // No local may hold the target across the collection, or it would keep it alive.
                if (IsAlive(w)) ImplicitCollect();
                return w.TryGetTarget(out var t) ? t : Py.None;
            });
        });
        // watch(obj, callback): callback() runs (at the next collect) once obj has been collected.
        m.Dict["watch"] = Def.Func("watch", (a, kw) =>
        {
            var state = State;
            var t = Trackers.GetValue(a[0], _ => new Tracker(state));
            lock (t.Callbacks) t.Callbacks.Add(a[1]);
            return Py.None;
        });
        m.Dict["collect"] = Def.Func("collect", (a, kw) => PyInt.From(Collect()));
        // settle(): what print does first (see BeforeOutput), for readers of finalizer state such as finalize.alive.
        m.Dict["settle"] = Def.Func("settle", (a, kw) => { BeforeOutput(); return Py.None; });
        return m;
    }

    // CPython frees an object at its last `del`, so `del obj; print(r())` prints None there. Collecting when a
    // live referent is dereferenced reproduces that, at a few ms a time: short programs (the ones that show
    // weakrefs off) get it; a program that dereferences often stops paying once the budget is spent.
    // The time cap matters where the heap is large (a full collection is proportional to it): pytk's tests run
    // every corpus in one process.
    internal const int ImplicitBudget = 128;
    static readonly TimeSpan ImplicitTimeBudget = TimeSpan.FromMilliseconds(3000);
    /// <summary>Collections made whatever they cost: the time cap is for programs that dereference often, and a
    /// loaded machine (or a large shared heap) must not change what a short program prints.</summary>
    const int ImplicitAlways = 16;

    /// <summary>
    /// Called by print before it writes: if some object has a callback or finalizer waiting, collect first, so
    /// a finalizer's output comes before the output that follows the `del` (as with reference counting).
    /// </summary>
    public static void BeforeOutput()
    {
        if (State.Watched > 0) ImplicitCollect();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static bool IsAlive(WeakReference<PyObject> w) => w.TryGetTarget(out _);

    static bool ImplicitCollect()
    {
        var s = State;
        if (s.ImplicitLeft <= 0 || Interpreter.Current is null) return false;
        if (ImplicitBudget - s.ImplicitLeft >= ImplicitAlways && s.ImplicitSpent > ImplicitTimeBudget) return false;
        s.ImplicitLeft--;
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        Collect(full: false);
        s.ImplicitSpent += System.Diagnostics.Stopwatch.GetElapsedTime(start);
        return true;
    }

    /// <summary>A full blocking collection, then the queued weakref callbacks; returns how many ran.</summary>
    public static int Collect(bool full = true)
    {
        ClearStaleStackSlots();
        // Weak references die in the collection itself; only callbacks need the finalizer pass (and a full
        // gc.collect() the second collection, to reclaim what the finalizers released).
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        var s = State;
        if (full || s.Watched > 0) GC.WaitForPendingFinalizers();
        if (full) GC.Collect();
        int n = 0;
        while (s.Pending.TryDequeue(out var cb))
        {
            n++;
            Ops.Call(cb, [], null);
        }
        return n;
    }

    /// <summary>
    /// Values popped off a frame's value stack stay in its array above Sp; they are garbage for Python but
    /// reachable for .NET. Every frame on the call chain is inside a handler call here, so its Sp is exact.
    /// </summary>
    static void ClearStaleStackSlots()
    {
        for (var f = Interpreter.Current; f is not null; f = f.Back)
            for (int i = Math.Max(f.Sp, f.StackBase); i < f.Stack.Length; i++) f.Stack[i] = null!;
    }
}
