namespace Pytk.Grammar;

/// <summary>
/// Input too deeply nested for CPython: its MemoryError ("Parser stack overflowed ...") or RecursionError
/// ("maximum recursion depth exceeded during ast construction"). Not a SyntaxError, as in CPython. Also the
/// UnicodeDecodeError CPython 3.13's parser lets out of an f-string (see <see cref="DecodeError"/>).
/// </summary>
public sealed class PythonLimitError(string typeName, string message) : Exception(message)
{
    /// <summary>CPython's exception class name.</summary>
    public string TypeName { get; } = typeName;

    /// <summary>For a UnicodeDecodeError (an f-string's literal part that is not UTF-8, as CPython 3.13 lets it
    /// out): the decoder's arguments (object, start, end, reason).</summary>
    public (byte[] Bytes, int Start, int End, string Reason)? DecodeError { get; init; }
}
