namespace Pytk.Vm.State;

/// <summary>
/// Size checks made before any allocation proportional to a user value (a repeat count, a width, a length),
/// so that a size no memory can hold raises CPython's MemoryError or OverflowError at once instead of growing
/// the .NET heap for minutes. The .NET bounds are hard: no array holds more than Array.MaxLength items and no
/// string more than about 2^30 chars, so anything larger can never be built here.
/// </summary>
public static class Limits
{
    /// <summary>Array.MaxLength: the most items a list, tuple, bytes or array can hold.</summary>
    public const long MaxItems = 0x7FFFFFC7;

    /// <summary>The longest .NET string (the most chars a str can hold).</summary>
    public const long MaxChars = 0x3FFFFFDF;

    /// <summary>CPython's bare MemoryError (no message).</summary>
    public static PyException MemoryError() => new(Err.NewValue(ExcTypes.All["MemoryError"]));

    /// <summary>A repeat count (seq * n): OverflowError beyond a C ssize_t, negative counts as 0.</summary>
    public static long RepeatCount(PyObject n)
    {
        var i = Ops.Index(n);
        if (!i.IsSmall) throw Err.Overflow("cannot fit 'int' into an index-sized integer");
        return Math.Max(0, i.V);
    }

    /// <summary>A size argument (width, length) taken as a C ssize_t, as CPython's argument parsing does.</summary>
    public static long Ssize(PyObject o)
    {
        var i = Ops.Index(o);
        if (!i.IsSmall) throw Err.Overflow("Python int too large to convert to C ssize_t");
        return i.V;
    }

    /// <summary>A C int argument (tab size, ...).</summary>
    public static int CInt(PyObject o)
    {
        var i = Ops.Index(o);
        if (!i.IsSmall || i.V is < int.MinValue or > int.MaxValue) throw Err.Overflow("Python int too large to convert to C int");
        return (int)i.V;
    }

    /// <summary>The item count of a new list/tuple/bytes; MemoryError when no array can hold it.</summary>
    public static int Items(long n) => n > MaxItems ? throw MemoryError() : (int)n;

    /// <summary>The length of a new str; MemoryError when no string can hold it.</summary>
    public static int Chars(long n) => n > MaxChars ? throw MemoryError() : (int)n;

    /// <summary>
    /// The length of `n` repeats of `len` items: <paramref name="tooLong"/> (CPython's OverflowError words) when
    /// it overflows a C ssize_t, MemoryError when it exceeds <paramref name="max"/>.
    /// </summary>
    public static int RepeatLength(long len, long n, long max, string? tooLong)
    {
        if (len == 0 || n == 0) return 0;
        if (n > long.MaxValue / len)
            throw tooLong is null ? MemoryError() : Err.Overflow(tooLong);
        long total = len * n;
        return total > max ? throw MemoryError() : (int)total;
    }
}
