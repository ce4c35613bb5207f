using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using Pytk.Syntax;
using Assert = Xunit.Assert;

namespace Pytk.Tests.Syntax;

/// <summary>repr() of floats, complex numbers, strs and bytes against CPython's, from repr-cases.txt.</summary>
public class PyReprTests
{
    [Fact]
    public void Reprs_match_CPython()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (var line in File.ReadAllLines(Path.Combine(AstCorpus.Dir, "repr-cases.txt")))
        {
            var parts = line.Split('\t');
            object value = parts[0] switch
            {
                "float" => Bits(parts[1]),
                "complex" => new Complex(Bits(parts[1].Split(',')[0]), Bits(parts[1].Split(',')[1])),
                "str" => SurrogateStr.FromCodePoints(parts[1].Length == 0 ? []
                    : parts[1].Split(',').Select(h => int.Parse(h, NumberStyles.HexNumber)).ToList()),
                "bytes" => Convert.FromHexString(parts[1]),
                _ => throw new InvalidDataException(line),
            };
            count++;
            string actual = PyRepr.Repr(value);
            if (actual != parts[2]) failures.Add($"{parts[0]} {parts[1]}: expected {parts[2]}, got {actual}");
        }
        Assert.True(count > 4000);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static double Bits(string hex) =>
        BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64BigEndian(Convert.FromHexString(hex)));

    [Fact]
    public void Other_constants()
    {
        Assert.Equal("None", PyRepr.Repr(null));
        Assert.Equal("True", PyRepr.Repr(true));
        Assert.Equal("Ellipsis", PyRepr.Repr(EllipsisConstant.Instance));
        Assert.Equal("-12345678901234567890123", PyRepr.Repr(BigInteger.Parse("-12345678901234567890123")));
        Assert.Equal("(1,)", PyRepr.Repr(new TupleConstant([BigInteger.One])));
        Assert.Equal("(1, 'a', None)", PyRepr.Repr(new TupleConstant([BigInteger.One, "a", null])));
    }
}
