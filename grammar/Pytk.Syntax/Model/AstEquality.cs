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

    /// <summary>A hash consistent with <see cref="Equal"/> (positions never count), for keying
    /// dictionaries by structure, e.g. in common-subexpression elimination.</summary>
    public static int Hash(AstNode node)
    {
        DepthGuard.Check();
        var h = new HashCode();
        var info = node.Info;
        h.Add(info.Name);
        for (int i = 0; i < info.Fields.Count; i++)
            AddValue(ref h, node.GetField(i));
        return h.ToHashCode();
    }

    private static void AddValue(ref HashCode h, object? value)
    {
        switch (value)
        {
            case AstNode n: h.Add(Hash(n)); break;
            case IList list when value is not byte[]:
                h.Add(list.Count);
                foreach (var item in list) AddValue(ref h, item);
                break;
            default: h.Add(ConstantHash(value)); break;
        }
    }

    private static int ConstantHash(object? value) => value switch
    {
        null => 0,
        double d => BitConverter.DoubleToInt64Bits(d).GetHashCode(),
        Complex c => HashCode.Combine(ConstantHash(c.Real), ConstantHash(c.Imaginary)),
        byte[] b => b.Length,
        TupleConstant t => t.Items.Count,
        FrozenSetConstant f => f.Items.Count,
        _ => HashCode.Combine(value.GetType(), value.GetHashCode()),
    };

    /// <summary>Structural equality as an <see cref="IEqualityComparer{T}"/> (positions ignored).</summary>
    public static IEqualityComparer<AstNode> Structural { get; } = new StructuralComparer();

    private sealed class StructuralComparer : IEqualityComparer<AstNode>
    {
        public bool Equals(AstNode? x, AstNode? y) => Equal(x, y);
        public int GetHashCode(AstNode obj) => Hash(obj);
    }

    /// <summary>Equality of two constant values (see the class summary).</summary>
    public static bool ConstantEqual(object? x, object? y) => (x, y) switch
    {
        (null, null) => true,
        (double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b),
        (Complex a, Complex b) => ConstantEqual(a.Real, b.Real) && ConstantEqual(a.Imaginary, b.Imaginary),
        (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
        (TupleConstant a, TupleConstant b) => a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(p => ConstantEqual(p.First, p.Second)),
        (FrozenSetConstant a, FrozenSetConstant b) => a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(p => ConstantEqual(p.First, p.Second)),
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (null, _) or (_, null) => false,
        _ => x.GetType() == y.GetType() && x.Equals(y),
    };
}
