using System.Runtime.CompilerServices;

namespace Pytk.Syntax;

/// <summary>
/// The source line of the node a visitor or transformer entered last on this thread. When a pass throws,
/// its runner reads it to say where in the Python file the pass was ("failed in x.py line 12"), without the
/// pass doing anything. One thread-static store per visit.
/// </summary>
public static class VisitTrace
{
    [ThreadStatic] static int lastLine;

    /// <summary>The line of the last positioned node entered (0: none since <see cref="Reset"/>).</summary>
    public static int LastLine => lastLine;

    public static void Reset() => lastLine = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Enter(AstNode node)
    {
        if (node is LocatedNode { lineno: > 0 } l) lastLine = l.lineno;
    }
}
