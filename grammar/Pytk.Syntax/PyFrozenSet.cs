namespace Pytk.Syntax;

/// <summary>
/// A frozenset constant, made only by constant folding (<c>x in {1, 2}</c>). CPython prints a set in hash
/// order, which for str depends on the per-process hash seed; pytk prints the items sorted by their repr,
/// the one order that is stable (conformance checks normalise CPython's output the same way).
/// </summary>
public sealed class PyFrozenSet(IReadOnlyList<object?> items)
{
    /// <summary>The distinct items, in first-seen order.</summary>
    public IReadOnlyList<object?> Items { get; } = items;

    public override string ToString() => PyRepr.Repr(this);
}
