namespace Pytk.Syntax;

/// <summary>
/// Python's <c>Ellipsis</c> as a constant value. Constant values are: null (None), bool, BigInteger (int),
/// double (float), Complex (complex), string (str), byte[] (bytes) and <see cref="Instance"/>.
/// </summary>
public sealed class PyEllipsis
{
    public static readonly PyEllipsis Instance = new();
    private PyEllipsis() { }
    public override string ToString() => "Ellipsis";
}
