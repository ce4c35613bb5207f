using System.Runtime.CompilerServices;

namespace Pytk.Vm.Execution;

/// <summary>
/// The one recursion guard of the runtime's own recursive paths (repr, str, comparison, the compiler and parser
/// called at run time, ...): CPython's Py_EnterRecursiveCall. It counts native nesting apart from Python
/// frames, as CPython 3.13 counts C recursion apart from the Python recursion limit, and also stops when the
/// .NET stack runs low, so a deep structure ends in RecursionError, never in a stack overflow.
/// </summary>
public static class NativeRecursion
{
    /// <summary>CPython 3.13's Py_C_RECURSION_LIMIT: a 10,000-deep list still has a repr, a 10,010-deep one not.</summary>
    public const int Limit = 10000;

    [ThreadStatic] static int t_depth;

    /// <summary>Enters one level; <paramref name="where"/> completes "maximum recursion depth exceeded…".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter(string where)
    {
        if (++t_depth > Limit || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) Fail(where);
    }

    public static void Leave() => t_depth--;

    public static void Reset() => t_depth = 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Fail(string where)
    {
        t_depth--;
        throw Err.New(ExcTypes.RecursionError, "maximum recursion depth exceeded" + where);
    }
}
