namespace Pytk.Syntax;

/// <summary>
/// Python's <c>Ellipsis</c> as a constant value. Constant values are: null (None), bool, BigInteger (int),
/// double (float), Complex (complex), string (str), byte[] (bytes) and <see cref="Instance"/>.
/// </summary>
public sealed class EllipsisConstant
{
    public static readonly EllipsisConstant Instance = new();
    private EllipsisConstant() { }
    public override string ToString() => "Ellipsis";
}
