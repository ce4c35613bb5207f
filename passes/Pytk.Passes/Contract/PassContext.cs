using Pytk.Semantics;
using Pytk.Syntax;

namespace Pytk.Passes;

/// <summary>A message a pass reports: warnings about what it left alone, notes about what it did.</summary>
public sealed record Diagnostic(string Pass, string Severity, string Message, int Line = 0);

/// <summary>
/// What a pass gets besides the tree: options (<c>--pass-opt constfold.max-int-bits=64</c>), a diagnostics
/// sink, a cancellation token (checked by the runner between passes and by long passes themselves) and a
/// change trace, the human-readable log behind <c>--print-changed</c> and <c>--stats</c>.
/// </summary>
public sealed class PassContext
{
    public PassContext(string passName, IReadOnlyDictionary<string, string>? options = null,
        CancellationToken cancellation = default)
    {
        PassName = passName;
        Options = options ?? new Dictionary<string, string>();
        Cancellation = cancellation;
    }

    /// <summary>The name of the pass being run (diagnostics and trace entries carry it).</summary>
    public string PassName { get; internal set; }
    public IReadOnlyDictionary<string, string> Options { get; }
    public CancellationToken Cancellation { get; }
    public List<Diagnostic> Diagnostics { get; } = [];
    /// <summary>One entry per change, in the order made: "line 3: folded 1 + 2 to 3".</summary>
    public List<string> Trace { get; } = [];
    /// <summary>Named counters ("folded", "removed-statements"); <c>--stats</c> prints them per pass.</summary>
    public Dictionary<string, int> Counters { get; } = [];

    ModNode? scopesOf;
    Symtable? scopes;

    /// <summary>
    /// The symbol table of <paramref name="module"/> (the tree this pass was given): every module, class,
    /// function, lambda and comprehension block by its node (<see cref="Symtable.Blocks"/>), and in each
    /// the scope of every name (<see cref="SymbolBlock.Resolve"/>, <see cref="SymbolBlock.IsLocal"/>,
    /// <see cref="SymbolBlock.IsCaptured"/>, ...), decided by the same code as the compiler's. Built on first
    /// use and kept for the same module. Null when the module breaks a scoping rule (<c>nonlocal x</c> with
    /// no binding, a duplicate parameter): a pass then leaves scope-dependent rewrites alone. The table
    /// describes the tree as given: look blocks up by the original nodes, not by copies a transformer made.
    /// </summary>
    public Symtable? Scopes(ModNode module)
    {
        if (ReferenceEquals(module, scopesOf)) return scopes;
        scopesOf = module;
        var asModule = module switch
        {
            Module m => m,
            Interactive i => new Module(i.body, []),
            Expression e => new Module([new Expr(e.body)], []),
            _ => null,
        };
        try { scopes = asModule is null ? null : Symtable.Analyze(asModule); }
        catch (CompileError) { scopes = null; }
        return scopes;
    }

    /// <summary>The option <c>name</c> for this pass (given as <c>pass.name=value</c>), or the default.</summary>
    public string Option(string name, string fallback) =>
        Options.TryGetValue(PassName + "." + name, out var v) ? v : fallback;

    public void Warn(string message, AstNode? at = null) =>
        Diagnostics.Add(new Diagnostic(PassName, "warning", message, (at as LocatedNode)?.lineno ?? 0));

    /// <summary>Records one change: a trace line and a counter bump.</summary>
    public void Changed(string counter, string what, AstNode? at = null)
    {
        Counters[counter] = Counters.GetValueOrDefault(counter) + 1;
        int line = (at as LocatedNode)?.lineno ?? 0;
        Trace.Add(line > 0 ? $"line {line}: {what}" : what);
    }
}
