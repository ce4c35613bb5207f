namespace Pytk.Vm.State;

/// <summary>
/// The global interpreter lock of one program run: at most one thread of a runtime runs Python code at a time,
/// so the object model needs no locks of its own and a single bytecode instruction (list.append, dict
/// store) is atomic, as in CPython. It exists for a run only once the program starts a second thread
/// (<see cref="ThreadState.Gil"/> stays null before that, so a one-thread program pays nothing).
/// A thread gives it up around blocking calls (sleep, lock waits, join, reads, waiting for a process) and, when
/// another thread has waited a whole <see cref="Interval"/>, at its next backward jump or call: the waiter
/// raises the process-wide pending flag the loops already test for stop requests (CPython's eval breaker), and
/// the holder hands the lock over and waits until the waiter has it (CPython's forced switching).
/// </summary>
public sealed class Gil
{
    /// <summary>sys.getswitchinterval(): how long a waiter lets the holder run before asking for a switch.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(5);

    readonly object sync = new();
    ThreadState? owner;
    long switches;
    int waiting;
    volatile bool dropRequested;
    bool closed;

    /// <summary>The first extra thread of a run is starting: the calling thread (which runs Python code, so it is
    /// the only one) becomes the owner.</summary>
    internal static Gil Activate(ThreadState ts)
    {
        if (ts.Gil is { } g) return g;
        g = new Gil { owner = ts };
        ts.Gil = g;
        return g;
    }

    /// <summary>Waits until the calling thread owns the lock. After <see cref="Close"/> it never returns (the
    /// daemon threads of a finished program stay parked, as CPython's do at finalization).</summary>
    public void Acquire(ThreadState ts)
    {
        lock (sync)
        {
            if (owner == ts) return;
            waiting++;
            try
            {
                while (owner is not null || closed)
                {
                    long seen = switches;
                    if (!Monitor.Wait(sync, closed ? Timeout.InfiniteTimeSpan : Interval) && owner is not null && !closed
                        && seen == switches && !dropRequested)
                    {
                        dropRequested = true;
                        Interlocked.Increment(ref Exec.InterruptsPending);
                    }
                }
            }
            finally { waiting--; }
            owner = ts;
            switches++;
            Monitor.PulseAll(sync);
        }
    }

    /// <summary>Gives the lock up (the caller must own it).</summary>
    public void Release(ThreadState ts)
    {
        lock (sync)
        {
            if (owner != ts) return;
            owner = null;
            ClearDropRequest();
            Monitor.PulseAll(sync);
        }
    }

    void ClearDropRequest()
    {
        if (!dropRequested) return;
        dropRequested = false;
        Interlocked.Decrement(ref Exec.InterruptsPending);
    }

    /// <summary>At a check point: when a waiter asked for the lock, hand it over and wait to get it back.</summary>
    internal void YieldIfAsked(ThreadState ts)
    {
        if (!dropRequested) return;
        lock (sync)
        {
            if (owner != ts || !dropRequested) return;
            owner = null;
            ClearDropRequest();
            Monitor.PulseAll(sync);
            long seen = switches;
            while (switches == seen && waiting > 0 && !closed) Monitor.Wait(sync, Interval);
        }
        Acquire(ts);
    }

    /// <summary>The program has ended: its owner keeps the lock for good, so threads still running park at their
    /// next check point and never run Python code again.</summary>
    internal void Close(ThreadState ts)
    {
        lock (sync)
        {
            closed = true;
            if (owner != ts) return;
            ClearDropRequest();
        }
    }

    /// <summary>Runs a blocking .NET call without the lock (when the run has threads), re-taking it afterwards.</summary>
    public static T Blocking<T>(Func<T> call)
    {
        var ts = ThreadState.Current;
        var gil = ts.Gil;
        if (gil is null) return call();
        gil.Release(ts);
        try { return call(); }
        finally { gil.Acquire(ts); }
    }
}
