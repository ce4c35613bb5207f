using System.Runtime.CompilerServices;

namespace Pytk.Syntax;

/// <summary>Raised when a tree is too deep to walk on the current thread's stack.</summary>
public sealed class AstTooDeepException(string message) : Exception(message);

/// <summary>
/// The recursion guard shared by every recursive walk over the AST (visitors, transformer, dumpers,
/// equality). Input controls tree depth (a 100,000-term expression is 100,000 nested BinOps), so each walk
/// checks the real stack instead of trusting a fixed depth: a deep tree becomes an
/// <see cref="AstTooDeepException"/>, never a process crash. Callers that must handle deep trees run the walk
/// on a thread with a large stack.
/// </summary>
public static class DepthGuard
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Check()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            Fail();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Fail() => throw new AstTooDeepException("maximum recursion depth exceeded");
}
