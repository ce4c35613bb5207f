namespace Pytk.Vm.NativeModules;

/// <summary>
/// `_struct`: the IEEE 754 conversions under the shipped struct.py (which does the format parsing, alignment
/// and integer packing in Python): double, float and half to and from their bytes, in either byte order,
/// with CPython's overflow rule for narrowing to float/half.
/// </summary>
public static class StructCore
{
    public static PyModule Create()
    {
        var m = new PyModule("_struct");
        var d = m.Dict!;
        void F(string name, BuiltinFn f) => d[name] = Def.Func(name, f);
        static byte[] Order(byte[] b, bool little)
        {
            if (BitConverter.IsLittleEndian != little) Array.Reverse(b);
            return b;
        }
        static byte[] Bytes(PyObject o) => o switch
        {
            PyBytes b => b.Value,
            _ => Ops.Enumerate(o).Select(x => (byte)Ops.IndexInt(x)).ToArray(),
        };
        // pack_real(value, size 2/4/8, little) -> bytes
        F("pack_real", (a, kw) =>
        {
            double v = NumberMethods.ToDouble(a[0]);
            int size = Ops.IndexInt(a[1]);
            bool little = Ops.Truth(a[2]);
            switch (size)
            {
                case 8: return new PyBytes(Order(BitConverter.GetBytes(v), little));
                case 4:
                    {
                        float f = (float)v;
                        if (float.IsInfinity(f) && !double.IsInfinity(v)) throw Err.New(ExcTypes.All["OverflowError"], "float too large to pack with f format");
                        return new PyBytes(Order(BitConverter.GetBytes(f), little));
                    }
                default:
                    {
                        var h = (Half)v;
                        if (Half.IsInfinity(h) && !double.IsInfinity(v)) throw Err.New(ExcTypes.All["OverflowError"], "float too large to pack with e format");
                        return new PyBytes(Order(BitConverter.GetBytes(h), little));
                    }
            }
        });
        // unpack_real(bytes, little) -> float (size from the length)
        F("unpack_real", (a, kw) =>
        {
            var b = (byte[])Bytes(a[0]).Clone();
            bool little = Ops.Truth(a[1]);
            Order(b, little);
            return b.Length switch
            {
                8 => new PyFloat(BitConverter.ToDouble(b)),
                4 => new PyFloat(BitConverter.ToSingle(b)),
                2 => new PyFloat((double)BitConverter.ToHalf(b)),
                _ => throw Err.Value("unpack_real needs 2, 4 or 8 bytes"),
            };
        });
        return m;
    }
}
