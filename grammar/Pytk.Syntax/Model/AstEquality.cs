using System.Collections;
using System.Numerics;

namespace Pytk.Syntax;

/// <summary>
/// Deep structural equality of trees, driven by the node descriptions. Constants compare by type and exact
/// value as the compiler sees them: <c>1</c>, <c>1.0</c> and <c>True</c> differ, <c>0.0</c> and <c>-0.0</c>
/// differ, a NaN equals the same NaN. Positions count only when asked for.
/// </summary>
public static class AstEquality
{
    public static bool Equal(AstNode? a, AstNode? b, bool compareAttributes = false)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        DepthGuard.Check();
        var info = a.Info;
        if (info != b.Info) return false;
        if (info.IsSingleton) return true;
        for (int i = 0; i < info.Fields.Count; i++)
            if (!ValueEqual(a.GetField(i), b.GetField(i), compareAttributes)) return false;
        if (compareAttributes)
            for (int i = 0; i < info.Attributes.Count; i++)
                if (!Equals(a.GetAttribute(i), b.GetAttribute(i))) return false;
        return true;
    }

    private static bool ValueEqual(object? x, object? y, bool attrs)
    {
        if (x is AstNode nx) return y is AstNode ny && Equal(nx, ny, attrs);
        if (x is IList lx && x is not byte[])
        {
            if (y is not IList ly || y is byte[] || lx.Count != ly.Count) return false;
            for (int i = 0; i < lx.Count; i++)
                if (!ValueEqual(lx[i], ly[i], attrs)) return false;
            return true;
        }
        return ConstantEqual(x, y);
    }

    /// <summary>Equality of two constant values (see the class summary).</summary>
    public static bool ConstantEqual(object? x, object? y) => (x, y) switch
    {
        (null, null) => true,
        (double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b),
        (Complex a, Complex b) => ConstantEqual(a.Real, b.Real) && ConstantEqual(a.Imaginary, b.Imaginary),
        (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
        (PyTuple a, PyTuple b) => a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(p => ConstantEqual(p.First, p.Second)),
        (PyFrozenSet a, PyFrozenSet b) => a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(p => ConstantEqual(p.First, p.Second)),
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (null, _) or (_, null) => false,
        _ => x.GetType() == y.GetType() && x.Equals(y),
    };
}
