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
            var n = Ops.Index(x);
            if (!n.IsSmall || n.V < 0 || n.V > 255) throw Err.Value("bytes must be in range(0, 256)");
            long v = n.V;
            return (byte)v;
        }).ToList(),
    };

    static byte[] B(PyObject o) => ((PyBytes)o).Value;

    /// <summary>The bytes a Python class's __buffer__ (PEP 688) hands out (a memoryview, or bytes: pytk's array
    /// gives its items' bytes), null when it has none.</summary>
    public static byte[]? BufferOf(PyObject o)
    {
        if (o.Type.IsBuiltin || o.Type.Lookup("__buffer__") is not { } f) return null;
        var r = Ops.CallSpecial(f, o, PyInt.From(0));
        return r is PyBytes b ? b.Value : r is PyMemoryView m ? m.ToBytes()
            : throw Err.Type($"__buffer__ returned non-buffer of type '{o.Type.Name}'");
    }

    /// <summary>bytes(x) for an x with __bytes__ (bytearray(x) ignores it, as CPython's does).</summary>
    /// <summary>The contents bytes(...)/bytearray(...) start with (a[0] is the class or the instance).</summary>
    static byte[] Construct(PyType t, bool mutable, PyObject[] a, KwArgs? kw)
    {
        var src = Def.Arg(a, kw, 1, "source");
        var encoding = Def.Arg(a, kw, 2, "encoding");
        var errors = Def.Arg(a, kw, 3, "errors");
        foreach (var (arg, name) in new[] { (encoding, "encoding"), (errors, "errors") })
            if (arg is not null and not PyStr)
                throw Err.Type($"{t.Name}() argument '{name}' must be str, not {(arg is PyNone ? "None" : arg.Type.Name)}");
        // CPython's order: encoding/errors only with a str; __bytes__; a str needs an encoding; an integer
        // (anything with __index__) is a count; else a buffer or an iterable of ints
        if (src is not PyStr && (encoding ?? errors) is not null)
            throw Err.Type(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
        byte[] v = src switch
        {
            null => [],
            PyStr s => encoding is not null
                ? Encode(s.Value, Def.Str(encoding, $"{t.Name}() argument 'encoding'"), errors is not null ? Def.Str(errors, $"{t.Name}() argument 'errors'") : "strict")
                : throw Err.Type("string argument without an encoding"),
            _ => (mutable ? null : FromDunderBytes(src)) ?? (CountOf(src) is long cnt ? new byte[Limits.Items(cnt)] : AsBytes(src).ToArray()),
        };
        return v;
    }

    /// <summary>bytes(n)/bytearray(n): the count of an int or __index__ object (OverflowError when it cannot be a
    /// size, ValueError when negative); null for anything else.</summary>
    static long? CountOf(PyObject o)
    {
        if (o is not PyInt && (o is PyBytes || o.Type.Lookup("__index__") is null)) return null;
        var n = Ops.Index(o);
        if (!n.IsSmall) throw Err.Overflow("cannot fit 'int' into an index-sized integer");
        return n.V >= 0 ? n.V : throw Err.Value("negative count");
    }

    static byte[]? FromDunderBytes(PyObject o)
    {
        if (o is PyBytes || o.Type.Lookup("__bytes__") is not { } f) return null;
        var r = Ops.CallSpecial(f, o);
        return r is PyBytes b ? b.Value : throw Err.Type($"__bytes__ returned non-bytes (type {r.Type.Name})");
    }

    public static void Register()
    {
        foreach (var t in new[] { Types.Bytes, Types.ByteArray })
        {
            bool mutable = t == Types.ByteArray;
            // bytes are made by __new__; a bytearray starts empty and __init__ fills it (so a subclass's own
            // __init__ may call bytearray.__init__(self, source), as in CPython)
            Def.Static(t, "__new__", (a, kw) => new PyBytes(mutable ? [] : Construct(t, mutable, a, kw), mutable) { Type = (PyType)a[0] });
            if (mutable)
                Def.Method(t, "__init__", (a, kw) => { ((PyBytes)a[0]).Value = Construct(t, mutable, a, kw); return Py.None; });
            // a bytearray subclass is shown under its own name (B(b'abc')), as CPython's bytearray_repr does
            Def.M0(t, "__repr__", o => new PyStr(mutable
                ? (o.Type == Types.ByteArray ? PyRepr.ByteArray(B(o)) : o.Type.Name + "(" + PyRepr.ByteArray(B(o))["bytearray(".Length..])
                : PyRepr.Bytes(B(o))));
            Def.M0(t, "__len__", o => PyInt.From(B(o).Length));
            Def.M0(t, "__iter__", o => new ArrayIterator(B(o).Select(x => (PyObject)PyInt.From(x)).ToArray(), mutable ? Types.ByteArrayIterator : Types.BytesIterator, o));
            Def.M1(t, "__mul__", (o, n) => SeqMethods.IsIndex(n) ? new PyBytes(RepeatBytes(B(o), Limits.RepeatCount(n)), mutable) : Py.NotImplemented);
            Def.M1(t, "__rmul__", (o, n) => SeqMethods.IsIndex(n) ? new PyBytes(RepeatBytes(B(o), Limits.RepeatCount(n)), mutable) : Py.NotImplemented);
            // the hash of the str with the same code points (as in CPython, hash(b'spam') == hash('spam'))
            Def.M0(t, "__hash__", o => PyInt.From(new PyStr(System.Text.Encoding.Latin1.GetString(B(o))).Hash()));
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
