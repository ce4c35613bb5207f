using Pytk.Semantics;
using Pytk.Syntax;

namespace Pytk.Passes;

/// <summary>A message a pass reports: warnings about what it left alone, notes about what it did.</summary>
public sealed record Diagnostic(string Pass, string Severity, string Message, int Line = 0);

/// <summary>One change a pass made (<see cref="PassContext.Changed"/>): LLVM's optimization remark. Shown by
/// <c>--remarks</c>, in text or JSON.</summary>
public sealed record Remark(string Pass, string Counter, string Message, int Line = 0);

/// <summary>
/// What a pass gets besides the tree: options (<c>--pass-opt constfold.max-int-bits=64</c>), a diagnostics
/// sink, a cancellation token (checked by the runner between passes and by long passes themselves) and a
/// change trace, the human-readable log behind <c>--print-changed</c> and <c>--stats</c>.
/// </summary>
public sealed class PassContext
{
    public PassContext(string passName, IReadOnlyDictionary<string, string>? options = null,
        CancellationToken cancellation = default, IReadOnlyList<PassOption>? declared = null)
    {
        PassName = passName;
        Options = options ?? new Dictionary<string, string>();
        Cancellation = cancellation;
        Declared = declared ?? [];
    }

    /// <summary>The options the pass declared (<see cref="AstPass.Options"/>): their defaults.</summary>
    public IReadOnlyList<PassOption> Declared { get; }

    /// <summary>The name of the pass being run (diagnostics and trace entries carry it).</summary>
    public string PassName { get; internal set; }
    public IReadOnlyDictionary<string, string> Options { get; }
    public CancellationToken Cancellation { get; }
    public List<Diagnostic> Diagnostics { get; } = [];
    /// <summary>One entry per change, in the order made: "line 3: folded 1 + 2 to 3".</summary>
    public List<string> Trace { get; } = [];
    /// <summary>The same changes with their counter and line, for <c>--remarks</c>.</summary>
    public List<Remark> Remarks { get; } = [];
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

    /// <summary>The value of a declared option: given with --pass-opt (already checked), or its default.</summary>
    public string GetString(string name) =>
        Options.TryGetValue(PassName + "." + name, out var v) ? v : Find(name).Default;

    public bool GetBool(string name) => PassOption.ParseBool(GetString(name)) ?? throw Bad(name);

    public long GetInt(string name) =>
        long.TryParse(GetString(name), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long n) ? n : throw Bad(name);

    PassOption Find(string name) => Declared.FirstOrDefault(o => o.Name == name)
        ?? throw new InvalidOperationException($"pass '{PassName}' reads option '{name}' but does not declare it in its Options");

    InvalidOperationException Bad(string name) => new($"option {PassName}.{name}: '{GetString(name)}' is not a {Find(name).TypeName}");

    public void Warn(string message, AstNode? at = null) =>
        Diagnostics.Add(new Diagnostic(PassName, "warning", message, (at as LocatedNode)?.lineno ?? 0));

    /// <summary>The change budget of <c>--opt-bisect-limit N --bisect-unit change</c> (shared by the passes of
    /// one pipeline run); null: every change is allowed.</summary>
    internal ChangeBudget? Budget { get; set; }

    /// <summary>
    /// Asks before making one change, and records it (as <see cref="Changed"/>) when it may be made: false means
    /// leave this node as it is. Always true unless changes are being bisected (<c>--opt-bisect-limit N
    /// --bisect-unit change</c>: only the first N changes of the pipeline are made, so a script can find the
    /// single change that breaks a program). Passes that only call <see cref="Changed"/> are bisected whole.
    /// </summary>
    public bool TryChange(string counter, string what, AstNode? at = null)
    {
        if (Budget is { } budget && !budget.Take(PassName, what, (at as LocatedNode)?.lineno ?? 0)) return false;
        Changed(counter, what, at);
        return true;
    }

    /// <summary>Records one change: a trace line and a counter bump.</summary>
    public void Changed(string counter, string what, AstNode? at = null)
    {
        Counters[counter] = Counters.GetValueOrDefault(counter) + 1;
        int line = (at as LocatedNode)?.lineno ?? 0;
        Trace.Add(line > 0 ? $"line {line}: {what}" : what);
        Remarks.Add(new Remark(PassName, counter, what, line));
    }
}
