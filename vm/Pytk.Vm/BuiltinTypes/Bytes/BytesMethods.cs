using System.Text;

namespace Pytk.Vm.BuiltinTypes.Bytes;

/// <summary>bytes and bytearray (the common subset).</summary>
public static class BytesMethods
{
    public static byte[] Encode(string s, string encoding, string errors = "strict") => Codecs.Encode(s, encoding, errors);
    public static string Decode(byte[] b, string encoding, string errors = "strict") => Codecs.Decode(b, encoding, errors);

    public static IEnumerable<byte> AsBytes(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyMemoryView m => m.ToBytes(),
        PyStr => throw Err.Type("cannot convert 'str' object to bytes"),
        PyInt => throw Err.Type("cannot convert 'int' object to bytes"),
        _ when BufferOf(o) is { } buf => buf,
        _ => Ops.Enumerate(o).Select(x =>
        {
            var v = Ops.IndexInt(x);
            if (v < 0 || v > 255) throw Err.Value("bytes must be in range(0, 256)");
            return (byte)v;
        }).ToList(),
    };

    static byte[] B(PyObject o) => ((PyBytes)o).Value;

    /// <summary>The bytes a Python class's __buffer__ (PEP 688) hands out (a memoryview, or bytes: pytk's array
    /// gives its items' bytes), null when it has none.</summary>
    public static byte[]? BufferOf(PyObject o)
    {
        if (o.Type.IsBuiltin || o.Type.Lookup("__buffer__") is not { } f) return null;
        var r = Ops.Call(f, o, PyInt.From(0));
        return r is PyBytes b ? b.Value : r is PyMemoryView m ? m.ToBytes()
            : throw Err.Type($"__buffer__ returned non-buffer of type '{o.Type.Name}'");
    }

    /// <summary>bytes(x) for an x with __bytes__ (bytearray(x) ignores it, as CPython's does).</summary>
    static byte[]? FromDunderBytes(PyObject o)
    {
        if (o is PyBytes || o.Type.Lookup("__bytes__") is not { } f) return null;
        var r = Ops.Call(f, o);
        return r is PyBytes b ? b.Value : throw Err.Type($"__bytes__ returned non-bytes (type {r.Type.Name})");
    }

    public static void Register()
    {
        foreach (var t in new[] { Types.Bytes, Types.ByteArray })
        {
            bool mutable = t == Types.ByteArray;
            Def.Static(t, "__new__", (a, kw) =>
            {
                var src = Def.Arg(a, kw, 1, "source");
                // bytes_new / bytearray___init__: encoding and errors are str, and only go with a str source
                var encoding = Def.Arg(a, kw, 2, "encoding");
                var errors = Def.Arg(a, kw, 3, "errors");
                foreach (var (arg, name) in new[] { (encoding, "encoding"), (errors, "errors") })
                    if (arg is not null and not PyStr)
                        throw Err.Type($"{t.Name}() argument '{name}' must be str, not {(arg is PyNone ? "None" : arg.Type.Name)}");
                if (src is not PyStr && (encoding ?? errors) is not null)
                    throw Err.Type(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
                byte[] v = src switch
                {
                    null => [],
                    PyInt n => Limits.Ssize(n) is var cnt && cnt >= 0 ? new byte[Limits.Items(cnt)] : throw Err.Value("negative count"),
                    PyStr s => encoding is not null ? Encode(s.Value, Ops.Str(encoding), errors is not null ? Ops.Str(errors) : "strict") : throw Err.Type("string argument without an encoding"),
                    _ => (mutable ? null : FromDunderBytes(src)) ?? AsBytes(src).ToArray(),
                };
                return new PyBytes(v, mutable) { Type = (PyType)a[0] };
            });
            Def.M0(t, "__repr__", o => new PyStr(mutable ? PyRepr.ByteArray(B(o)) : PyRepr.Bytes(B(o))));
            Def.M0(t, "__len__", o => PyInt.From(B(o).Length));
            Def.M0(t, "__iter__", o => new ArrayIterator(B(o).Select(x => (PyObject)PyInt.From(x)).ToArray(), mutable ? Types.ByteArrayIterator : Types.BytesIterator, o));
            Def.M1(t, "__mul__", (o, n) => SeqMethods.IsIndex(n) ? new PyBytes(RepeatBytes(B(o), Limits.RepeatCount(n)), mutable) : Py.NotImplemented);
            Def.M1(t, "__rmul__", (o, n) => SeqMethods.IsIndex(n) ? new PyBytes(RepeatBytes(B(o), Limits.RepeatCount(n)), mutable) : Py.NotImplemented);
            Def.M0(t, "__hash__", o => PyInt.From(Ops.HashTuple(B(o).Select(x => (PyObject)PyInt.From(x)).ToArray())));
            foreach (CmpOp op in Enum.GetValues<CmpOp>())
            {
                var cop = op;
                Def.M1(t, CmpOpInfo.Slot[(int)op], (a, b) => b is PyBytes bb
                    ? Py.Bool(CmpOpInfo.FromOrder(B(a).AsSpan().SequenceCompareTo(bb.Value), cop))
                    : Py.NotImplemented);
            }
            Def.Method(t, "decode", (a, kw) =>
            {
                var enc = Def.Arg(a, kw, 1, "encoding");
                var errors = Def.Arg(a, kw, 2, "errors");
                return new PyStr(Decode(B(a[0]), enc is null ? "utf-8" : Ops.Str(enc), errors is null ? "strict" : Ops.Str(errors)));
            });
            BytesText.Register(t, mutable);
        }
    }

    /// <summary>bytes * n, refused before allocation when too long (CPython's words on overflow).</summary>
    public static byte[] RepeatBytes(byte[] b, long n)
    {
        var r = new byte[Limits.RepeatLength(b.Length, n, Limits.MaxItems, "repeated bytes are too long")];
        for (int at = 0; at < r.Length; at += b.Length) b.CopyTo(r, at);
        return r;
    }
}
