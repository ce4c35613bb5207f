namespace Pytk.Syntax;

/// <summary>
/// A SyntaxWarning met while source is turned into code: by the tokenizer ("invalid decimal literal" before a
/// keyword), the parser ("invalid escape sequence '\d'") or the compiler ("\"is\" with 'int' literal"). Line is
/// 1-based, columns 0-based as the AST's; a warning without a known column has Col -1.
/// </summary>
public sealed class SyntaxWarningInfo(string message, int line, int col, int endLine, int endCol, bool fromTokenizer = false)
{
    /// <summary>The tokenizer's own warning (its SyntaxError, when a filter makes it one, shows the line without
    /// its line break).</summary>
    public bool FromTokenizer { get; } = fromTokenizer;
    public string Message { get; } = message;
    public int Line { get; } = line;
    public int Col { get; } = col;
    public int EndLine { get; } = endLine;
    public int EndCol { get; } = endCol;
}

/// <summary>
/// Where the layers that find SyntaxWarnings put them: the host that compiles collects them around its parse and
/// compile (<see cref="Collect{T}"/>) and issues them through the running program's <c>warnings</c> module, as
/// CPython's compiler calls <c>PyErr_WarnExplicitObject</c>. Outside a collection nothing is recorded (the
/// command-line views print what CPython prints for their own module, not the compiler's warnings).
/// </summary>
/// <remarks>
/// Ambient rather than threaded through every signature: the parser runs on a big-stack thread of its own, which
/// an <see cref="AsyncLocal{T}"/> follows, and two runtimes compiling at once each see their own collection.
/// </remarks>
public static class SyntaxWarnings
{
    static readonly AsyncLocal<List<SyntaxWarningInfo>?> current = new();

    /// <summary>Whether a collection is open here (a layer may skip the work of finding warnings otherwise).</summary>
    public static bool Collecting => current.Value is not null;

    /// <summary>Records a warning in the open collection, if any.</summary>
    public static void Report(string message, int line, int col = -1, int endLine = 0, int endCol = -1, bool fromTokenizer = false)
    {
        var list = current.Value;
        if (list is null) return;
        lock (list) list.Add(new SyntaxWarningInfo(message, line, col, endLine == 0 ? line : endLine, endCol, fromTokenizer));
    }

    /// <summary>Runs <paramref name="work"/> recording its warnings into <paramref name="into"/>, in order (what came
    /// before an error stays there: CPython has issued those warnings when the error is raised).</summary>
    public static T Collect<T>(List<SyntaxWarningInfo> into, Func<T> work)
    {
        var outer = current.Value;
        current.Value = into;
        try { return work(); }
        finally { current.Value = outer; }
    }

    /// <summary>Runs <paramref name="work"/> with no collection open (a second compile of the same source).</summary>
    public static T Suppressed<T>(Func<T> work)
    {
        var outer = current.Value;
        current.Value = null;
        try { return work(); }
        finally { current.Value = outer; }
    }
}
