using System.Runtime.CompilerServices;

namespace Pytk.Vm.Dispatch;

/// <summary>
/// Quickening (PEP 659, as CPython 3.11+): the adaptive instructions (LOAD_ATTR, BINARY_OP, BINARY_SUBSCR,
/// COMPARE_OP, FOR_ITER, CALL) count their executions per pc in <see cref="PyCode.Counters"/>; at the
/// <see cref="Warmup"/>-th they look at their operands and, when a specialized form fits, write it over their own
/// opcode (Opcodes.def's `spec=` rows) with what it needs in an inline cache (<see cref="PyCode.Caches"/>, per pc).
/// The specialized handler checks a guard (exact types, the class version, the callee's code) and does the general
/// operation when it fails: <see cref="MissLimit"/> misses at one pc write the adaptive opcode back (de-specialize),
/// which waits <see cref="Backoff"/> executions before it tries again. A form that does not fit backs off too.
/// Correctness never depends on which form stands at a pc (a guard failing is only slower), which is what lets the
/// threaded loop compile whatever it finds: a method compiled before a rewrite keeps calling the old handler,
/// an adaptive handler there forwards to the form now in place.
/// </summary>
public static class Specializer
{
    /// <summary>Executions of an adaptive instruction before it tries to specialize (CPython: 2; a few more here so
    /// one-shot code, module bodies above all, is left alone).</summary>
    public const int Warmup = 8;
    /// <summary>Guard misses at one pc before its specialized form is written back to the adaptive one.</summary>
    public const int MissLimit = 16;
    /// <summary>Executions an adaptive instruction waits after a failed specialization or a de-specialization.</summary>
    public const int Backoff = 64;

    /// <summary>`PYTK_NO_SPECIALIZE=1` leaves every instruction adaptive (for measuring what quickening gains).</summary>
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("PYTK_NO_SPECIALIZE") != "1";

    /// <summary>The adaptive instruction at f.Pc has run its warm-up (or a threaded method compiled before the pc was
    /// rewritten is calling it): time to specialize, or to forward to the form in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Due(Frame f)
    {
        var code = f.Code;
        return ++(code.Counters ??= new int[code.Code.Length])[f.Pc] >= Warmup;
    }

    /// <summary>What the adaptive instruction at f.Pc should do now that it is due: the form in place when it was
    /// already rewritten (a stale threaded method), else the form <paramref name="choose"/> picks (written in), or
    /// the base itself (then it backs off).</summary>
    internal static Op Adapt(Frame f, Op baseOp, Func<Frame, int, Op> choose, int arg)
    {
        var code = f.Code;
        int pc = f.Pc;
        var counters = code.Counters!;
        var current = code.Code[pc].Op;
        if (current != baseOp)
        {
            counters[pc] = Warmup;  // keep the count from running on (and wrapping) in a stale method
            return current;
        }
        if (!Enabled)
        {
            counters[pc] = int.MinValue / 2;
            return baseOp;
        }
        var spec = choose(f, arg);
        var stats = RunStats.Current;
        if (spec == baseOp)
        {
            counters[pc] = -Backoff;
            if (stats is not null) stats.SpecFailures[(int)baseOp]++;
            return baseOp;
        }
        counters[pc] = Warmup;
        if (code.Misses is { } m) m[pc] = 0;
        code.Code[pc].Op = spec;
        if (stats is not null) stats.Specializations[(int)spec]++;
        return spec;
    }

    /// <summary>A specialized form's guard failed at f.Pc: counted, and after MissLimit misses the adaptive form is
    /// written back. The caller then does the general operation.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Miss(Frame f, Op self)
    {
        var code = f.Code;
        int pc = f.Pc;
        if (code.Code[pc].Op != self) return;  // a stale threaded method: the pc was rewritten already
        var stats = RunStats.Current;
        if (stats is not null) stats.SpecMisses[(int)self]++;
        var misses = code.Misses ??= new byte[code.Code.Length];
        if (++misses[pc] < MissLimit) return;
        misses[pc] = 0;
        code.Code[pc].Op = OpTable.BaseOps[(int)self];
        if (code.Counters is { } c) c[pc] = -Backoff;
        if (code.Caches is { } caches) caches[pc] = null;
        if (stats is not null) stats.Deopts[(int)self]++;
    }

    /// <summary>A specialized form's guard held (counted only under --stats).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Hit(Op op)
    {
        if (RunStats.AnyActive) CountHit(op);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void CountHit(Op op)
    {
        if (RunStats.Current is { } s) s.SpecHits[(int)op]++;
    }

    internal static void SetCache(Frame f, object cache)
    {
        var code = f.Code;
        (code.Caches ??= new object?[code.Code.Length])[f.Pc] = cache;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T? CacheAt<T>(Frame f) where T : class => f.Code.Caches?[f.Pc] as T;
}

/// <summary>LOAD_ATTR's inline cache: the type and class version it was filled for, and what the lookup found; a
/// polymorphic site links one entry per type (<see cref="Next"/>, at most <see cref="Limit"/>). Entries are never
/// changed after they are made (a new chain replaces the old), so a reader sees a consistent entry.</summary>
public sealed class AttrSpecCache(PyType type, int version, PyObject? descr, int index, AttrSpecCache? next = null)
{
    public readonly PyType Type = type;
    public readonly int Version = version;
    public readonly PyObject? Descr = descr;
    public readonly int Index = index;
    public readonly AttrSpecCache? Next = next;

    /// <summary>Types one LOAD_ATTR site keeps entries for (CPython keeps one and de-specializes; richards.py's
    /// base-class methods see four Task subclasses: 96,000 rewrites and 1.5 million misses with one entry).</summary>
    public const int Limit = 4;

    /// <summary>The entry for <paramref name="tp"/> at its current class version, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttrSpecCache? Find(PyType tp)
    {
        int version = tp.Tag;
        for (var e = this; e is not null; e = e.Next)
            if (e.Type == tp && e.Version == version) return e;
        return null;
    }

    /// <summary>This entry linked before <paramref name="next"/> instead of its own next.</summary>
    public AttrSpecCache With(AttrSpecCache? next) => new(Type, Version, Descr, Index, next);
}

/// <summary>CALL_PY_EXACT_ARGS' inline cache: the callee's code, and whether the callee is a bound method.</summary>
public sealed class CallSpecCache(PyCode code, bool bound)
{
    public readonly PyCode Code = code;
    public readonly bool Bound = bound;
}

/// <summary>LOAD_GLOBAL_MODULE's and LOAD_GLOBAL_BUILTIN's inline cache: the name's entry index in the globals (module)
/// or builtins dict (<see cref="NamespaceProbe"/>); for a builtin also the globals dict, its version when the name was
/// found absent from it, and the builtins dict searched.</summary>
public sealed class GlobalSpecCache(int index, Dictionary<string, PyObject>? globals, int globalsVersion, Dictionary<string, PyObject>? builtins)
{
    public readonly int Index = index;
    public readonly Dictionary<string, PyObject>? Globals = globals;
    public readonly int GlobalsVersion = globalsVersion;
    public readonly Dictionary<string, PyObject>? Builtins = builtins;
}
