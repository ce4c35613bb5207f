using System.Diagnostics;

namespace Pytk.Vm;

/// <summary>
/// The dynamic view of one run (`pytk run --stats`): instructions executed per opcode, frames, allocation and
/// time. Collected only when asked for: the switch loop counts in its (already present) observation hook,
/// the threaded loop compiles a counting variant of each code object, so a run without stats pays nothing.
/// </summary>
public sealed class RunStats
{
    /// <summary>The stats of the run on this thread (null when not collecting).</summary>
    [ThreadStatic] static RunStats? current;
    /// <summary>How many runs in this process collect stats; lets hot paths skip the thread-static read.</summary>
    static int active;

    public static RunStats? Current => active == 0 ? null : current;
    internal static bool AnyActive => Volatile.Read(ref active) > 0;

    public DispatchKind Dispatch { get; init; }
    public long[] OpCounts { get; } = new long[256];
    /// <summary>Python frames run: function calls, module and class bodies (generator resumptions not included).</summary>
    public long Frames { get; internal set; }
    /// <summary>Generator and coroutine resumptions.</summary>
    public long Resumes { get; internal set; }
    public long AllocatedBytes { get; internal set; }
    public int Gen0Collections { get; internal set; }
    public int Gen1Collections { get; internal set; }
    public int Gen2Collections { get; internal set; }
    public TimeSpan Elapsed { get; internal set; }
    /// <summary>Code objects compiled to threaded code during the run (0 under the switch loop).</summary>
    public int ThreadedCompiles { get; internal set; }
    /// <summary>.NET JIT work on the run's thread (threaded code, and any pytk method not precompiled): methods, time.</summary>
    public long JitMethods { get; internal set; }
    public TimeSpan JitTime { get; internal set; }

    public long Instructions => OpCounts.Sum();
    /// <summary>CALL, CALL_KW and CALL_FUNCTION_EX executed (calls of any callable, Python or built-in).</summary>
    public long CallInstructions => Count(Op.CALL) + Count(Op.CALL_KW) + Count(Op.CALL_FUNCTION_EX);
    public long Count(Op op) => OpCounts[(int)op];

    /// <summary>(opcode, count) for every opcode executed at least once, most frequent first (ties by name).</summary>
    public IReadOnlyList<(Op Op, long Count)> ByCount() =>
        Enum.GetValues<Op>().Where(o => Count(o) > 0).Select(o => (o, Count(o)))
            .OrderByDescending(p => p.Item2).ThenBy(p => p.o.ToString(), StringComparer.Ordinal).ToList();

    /// <summary>Called by counting threaded code, once per executed instruction.</summary>
    public static void CountInstruction(int op) => current!.OpCounts[op]++;

    /// <summary>
    /// Under the switch loop: instructions that were about to run with a value-stack depth other than the one the
    /// opcode declarations give there (<see cref="StackDepths"/>, from Code/Opcodes.def's stack effects), as
    /// "qualname @pc OP: depth d, declared e" (the first 20), and code whose declared depths disagree between paths
    /// (then its instructions are not checked). A handler that pushes or pops other than its
    /// declaration says shows here, at the instruction after it.
    /// </summary>
    public List<string> DepthMismatches { get; } = [];
    /// <summary>How many instructions had their depth checked (all that ran on the switch loop, in code whose declared depths agree on every path).</summary>
    public long DepthChecks { get; private set; }
    public long DepthMismatchCount { get; private set; }

    readonly Dictionary<PyCode, int[]?> depths = new(ReferenceEqualityComparer.Instance);
    PyCode? lastCode;
    int[]? lastDepths;

    internal static void CountSwitch(Frame f, Instr ins)
    {
        if (Current is not { } s) return;
        s.OpCounts[(int)ins.Op]++;
        s.CheckDepth(f, ins);
    }

    void CheckDepth(Frame f, Instr ins)
    {
        if (!ReferenceEquals(f.Code, lastCode))
        {
            lastCode = f.Code;
            if (!depths.TryGetValue(f.Code, out lastDepths))
            {
                depths[f.Code] = lastDepths = StackDepths.Compute(f.Code.Data);
                if (lastDepths is null) Mismatch($"{f.Code.QualName}: the declared stack effects give some instruction two depths, or a negative one");
            }
        }
        if (lastDepths is null || f.Pc >= lastDepths.Length) return;
        DepthChecks++;
        int actual = f.Sp - f.StackBase, declared = lastDepths[f.Pc];
        if (actual == declared) return;
        Mismatch($"{f.Code.QualName} @{f.Pc} {ins.Op}: depth {actual}, declared {declared}");
    }

    void Mismatch(string what)
    {
        DepthMismatchCount++;
        if (DepthMismatches.Count < 20) DepthMismatches.Add(what);
    }

    sealed class Session(RunStats stats, long bytes0, int g0, int g1, int g2, Stopwatch clock) : IDisposable
    {
        readonly long jitMethods0 = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
        readonly TimeSpan jitTime0 = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);

        public void Dispose()
        {
            stats.JitMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - jitMethods0;
            stats.JitTime = System.Runtime.JitInfo.GetCompilationTime(currentThread: true) - jitTime0;
            stats.Elapsed = clock.Elapsed;
            stats.AllocatedBytes = GC.GetAllocatedBytesForCurrentThread() - bytes0;
            stats.Gen0Collections = GC.CollectionCount(0) - g0;
            stats.Gen1Collections = GC.CollectionCount(1) - g1;
            stats.Gen2Collections = GC.CollectionCount(2) - g2;
            current = null;
            Interlocked.Decrement(ref active);
            Loop.RefreshObserving();
        }
    }

    /// <summary>Starts collecting on this thread; disposing the result stops and fills in time and allocation.</summary>
    internal IDisposable Begin()
    {
        current = this;
        Interlocked.Increment(ref active);
        Loop.RefreshObserving();
        return new Session(this, GC.GetAllocatedBytesForCurrentThread(), GC.CollectionCount(0), GC.CollectionCount(1),
            GC.CollectionCount(2), Stopwatch.StartNew());
    }

    /// <summary>The report `pytk run --stats` prints to stderr.</summary>
    public void Print(TextWriter w)
    {
        long total = Instructions;
        w.WriteLine($"--- pytk run --stats (dispatch: {Dispatch.ToString().ToLowerInvariant()}) ---");
        w.WriteLine($"{"opcode",-24} {"count",14} {"share",7}");
        foreach (var (op, n) in ByCount())
            w.WriteLine($"{op,-24} {n,14:N0} {100.0 * n / Math.Max(1, total),6:F2}%");
        w.WriteLine($"{"instructions",-24} {total,14:N0}");
        w.WriteLine($"{"call instructions",-24} {CallInstructions,14:N0}");
        w.WriteLine($"{"frames run",-24} {Frames,14:N0}");
        w.WriteLine($"{"generator resumptions",-24} {Resumes,14:N0}");
        w.WriteLine($"{"allocated bytes",-24} {AllocatedBytes,14:N0}");
        w.WriteLine($"{"GC collections",-24} {$"{Gen0Collections}/{Gen1Collections}/{Gen2Collections}",14} (gen0/gen1/gen2)");
        w.WriteLine($"{"threaded compilations",-24} {ThreadedCompiles,14:N0}");
        w.WriteLine($"{"JIT",-24} {JitMethods,14:N0} methods, {JitTime.TotalMilliseconds:F1} ms");
        w.WriteLine($"{"time",-24} {Elapsed.TotalMilliseconds,14:F1} ms");
        // Only when something is wrong: a handler disagrees with its stack effect in Code/Opcodes.def.
        if (DepthMismatchCount > 0)
            w.WriteLine($"{"stack depth mismatches",-24} {DepthMismatchCount,14:N0} (first: {DepthMismatches[0]})");
    }
}
