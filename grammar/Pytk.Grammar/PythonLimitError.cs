namespace Pytk.Grammar;

/// <summary>
/// Input too deeply nested for CPython: its MemoryError ("Parser stack overflowed ...") or RecursionError
/// ("maximum recursion depth exceeded during ast construction"). Not a SyntaxError, as in CPython.
/// </summary>
public sealed class PythonLimitError(string typeName, string message) : Exception(message)
{
    /// <summary>CPython's exception class name.</summary>
    public string TypeName { get; } = typeName;
}
