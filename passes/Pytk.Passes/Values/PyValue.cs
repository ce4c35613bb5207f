using System.Numerics;
using Pytk.Semantics;
using Pytk.Syntax;

namespace Pytk.Passes;

/// <summary>
/// Python's view of constant values: truthiness, equality (1 == 1.0 == True), lengths in code points, and
/// the numeric tower (bool ⊂ int ⊂ float ⊂ complex). Constants are BigInteger, bool, double, Complex,
/// string, byte[], TupleConstant, FrozenSetConstant, null (None) and EllipsisConstant, as in Pytk.Syntax.
/// </summary>
public static class PyValue
{
    public static bool IsInt(object? v) => v is BigInteger or bool;

    public static BigInteger AsInt(object? v) => v is bool b ? (b ? BigInteger.One : BigInteger.Zero) : (BigInteger)v!;

    public static bool IsNumber(object? v) => v is BigInteger or bool or double or Complex;

    /// <summary>int(v) as float, or null where Python raises OverflowError.</summary>
    public static double? ToFloat(object? v)
    {
        switch (v)
        {
            case double d: return d;
            case bool or BigInteger:
                double r = IntMath.ToDouble(AsInt(v));
                return double.IsInfinity(r) ? null : r;
            default: return null;
        }
    }

    public static Complex? ToComplex(object? v) => v is Complex c ? c : ToFloat(v) is double d ? new Complex(d, 0) : null;

    public static bool Truthy(object? v) => v switch
    {
        null => false,
        bool b => b,
        BigInteger i => !i.IsZero,
        double d => d != 0,
        Complex c => c != Complex.Zero,
        string s => s.Length > 0,
        SurrogateStr s => s.CodePoints.Count > 0,
        byte[] b => b.Length > 0,
        TupleConstant t => t.Items.Count > 0,
        FrozenSetConstant f => f.Items.Count > 0,
        _ => true,
    };

    /// <summary>len(s) of a str in code points.</summary>
    public static int StrLength(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            n++;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        }
        return n;
    }

    /// <summary>Python's == between constants (used to drop duplicates when making a frozenset).</summary>
    public static bool Equal(object? a, object? b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            if (IsInt(a) && IsInt(b)) return AsInt(a) == AsInt(b);
            if (a is Complex || b is Complex)
                return ToComplex(a) is Complex x && ToComplex(b) is Complex y && x == y;
            if (IsInt(a) && b is double db) return IntEqualsFloat(AsInt(a), db);
            if (IsInt(b) && a is double da) return IntEqualsFloat(AsInt(b), da);
            return (double)a! == (double)b!;
        }
        return (a, b) switch
        {
            (null, null) => true,
            (string x, string y) => x == y,
            (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
            (EllipsisConstant, EllipsisConstant) => true,
            (TupleConstant x, TupleConstant y) => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(p => Equal(p.First, p.Second)),
            _ => false,
        };
    }

    static bool IntEqualsFloat(BigInteger i, double d) =>
        !double.IsNaN(d) && !double.IsInfinity(d) && Math.Floor(d) == d && new BigInteger(d) == i;

    /// <summary>frozenset(items): duplicates dropped, the first one kept, as a set keeps its first key.
    /// CPython prints a set in hash order, which for str follows the per-process hash seed; pytk orders
    /// the items by their repr, the one stable order (the conformance check normalises CPython's alike).</summary>
    public static FrozenSetConstant FrozenSet(IEnumerable<object?> items)
    {
        var kept = new List<object?>();
        foreach (var item in items)
            if (!kept.Any(k => Equal(k, item))) kept.Add(item);
        return new FrozenSetConstant(kept.OrderBy(PyRepr.Repr, StringComparer.Ordinal).ToList());
    }
}
