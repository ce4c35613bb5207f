using System.Text;

namespace Pytk.Vm;

/// <summary>bytes and bytearray (the common subset).</summary>
public static class BytesMethods
{
    public static byte[] Encode(string s, string encoding, string errors = "strict") => Codecs.Encode(s, encoding, errors);
    public static string Decode(byte[] b, string encoding, string errors = "strict") => Codecs.Decode(b, encoding, errors);

    public static IEnumerable<byte> AsBytes(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyStr => throw Err.Type("cannot convert 'str' object to bytes"),
        PyInt => throw Err.Type("cannot convert 'int' object to bytes"),
        _ => Ops.Enumerate(o).Select(x =>
        {
            var v = Ops.IndexInt(x);
            if (v < 0 || v > 255) throw Err.Value("bytes must be in range(0, 256)");
            return (byte)v;
        }).ToList(),
    };

    public static string Repr(byte[] b, string prefix = "b")
    {
        char q = b.Contains((byte)'\'') && !b.Contains((byte)'"') ? '"' : '\'';
        var sb = new StringBuilder(prefix).Append(q);
        foreach (var c in b)
        {
            if (c == q || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < 32 || c >= 127) sb.Append($"\\x{c:x2}");
            else sb.Append((char)c);
        }
        return sb.Append(q).ToString();
    }

    static byte[] B(PyObject o) => ((PyBytes)o).Value;

    /// <summary>find/rfind/count arguments: the bytes, the [start:end] window (slice rules), the needle.</summary>
    static (byte[] arr, int start, int end, byte[] sub) Window(PyObject[] a)
    {
        var arr = B(a[0]);
        int n = arr.Length;
        int Clamp(PyObject? v, int dflt)
        {
            if (v is null or PyNone) return dflt;
            long i = Ops.IndexLongClamped(v);
            if (i < 0) i += n;
            return (int)Math.Clamp(i, 0, n);
        }
        int start = Clamp(a.Length > 2 ? a[2] : null, 0), end = Math.Max(start, Clamp(a.Length > 3 ? a[3] : null, n));
        var sub = a[1] is PyInt b ? [(byte)b.V] : AsBytes(a[1]).ToArray();
        return (arr, start, end, sub);
    }

    public static void Register()
    {
        foreach (var t in new[] { Types.Bytes, Types.ByteArray })
        {
            bool mutable = t == Types.ByteArray;
            Def.Static(t, "__new__", (a, kw) =>
            {
                var src = Def.Arg(a, kw, 1, "source");
                byte[] v = src switch
                {
                    null => [],
                    PyInt n => new byte[Ops.IndexInt(n)],
                    PyStr s => Def.Arg(a, kw, 2, "encoding") is { } enc ? Encode(s.Value, Ops.Str(enc), Def.Arg(a, kw, 3, "errors") is { } er ? Ops.Str(er) : "strict") : throw Err.Type("string argument without an encoding"),
                    _ => AsBytes(src).ToArray(),
                };
                return new PyBytes(v, mutable) { Type = (PyType)a[0] };
            });
            Def.M0(t, "__repr__", o => new PyStr(mutable ? "bytearray(" + Repr(B(o)) + ")" : Repr(B(o))));
            Def.M0(t, "__len__", o => PyInt.From(B(o).Length));
            Def.M0(t, "__iter__", o => new ArrayIterator(B(o).Select(x => (PyObject)PyInt.From(x)).ToArray(), mutable ? Types.ByteArrayIterator : Types.BytesIterator));
            Def.M1(t, "__getitem__", (o, k) => k is PySlice
                ? new PyBytes(((PyList)SeqMethods.GetItem(B(o).Select(x => (PyObject)PyInt.From(x)).ToList(), k, "index", l => new PyList(l))).Items.Select(x => (byte)((PyInt)x).V).ToArray(), mutable)
                : SeqMethods.GetItem(B(o).Select(x => (PyObject)PyInt.From(x)).ToList(), k, "index", l => new PyList(l)));
            Def.M1(t, "__contains__", (o, x) => Py.Bool(x is PyInt xi ? B(o).Contains((byte)xi.V)
                : Encoding.Latin1.GetString(B(o)).Contains(Encoding.Latin1.GetString(AsBytes(x).ToArray()), StringComparison.Ordinal)));
            Def.M1(t, "__add__", (o, x) => x is PyBytes xb ? new PyBytes([.. B(o), .. xb.Value], mutable) : Py.NotImplemented);
            Def.M1(t, "__mul__", (o, n) => new PyBytes(Enumerable.Repeat(B(o), Math.Max(0, Ops.IndexInt(n))).SelectMany(x => x).ToArray(), mutable));
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
            Def.M0(t, "hex", o => new PyStr(Convert.ToHexString(B(o)).ToLowerInvariant()));
            Def.M1(t, "join", (o, it) => new PyBytes(Ops.Enumerate(it).Select((x, i) => (i > 0 ? B(o) : []).Concat(B(x))).SelectMany(x => x).ToArray(), mutable));
            Def.M1(t, "startswith", (o, p) => Py.Bool(B(o).AsSpan().StartsWith(B(p))));
            Def.M1(t, "endswith", (o, p) => Py.Bool(B(o).AsSpan().EndsWith(B(p))));
            Def.M0(t, "upper", o => new PyBytes(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(B(o)).ToUpperInvariant()), mutable));
            Def.M0(t, "lower", o => new PyBytes(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(B(o)).ToLowerInvariant()), mutable));
            Def.Method(t, "strip", (a, kw) => new PyBytes(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(B(a[0])).Trim()), mutable));
            Def.Method(t, "split", (a, kw) =>
            {
                var s = Encoding.Latin1.GetString(B(a[0]));
                var parts = a.Length > 1 ? s.Split(Encoding.Latin1.GetString(B(a[1]))) : s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                return new PyList(parts.Select(p => (PyObject)new PyBytes(Encoding.Latin1.GetBytes(p), mutable)));
            });
            Def.Method(t, "replace", (a, kw) => new PyBytes(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(B(a[0])).Replace(Encoding.Latin1.GetString(B(a[1])), Encoding.Latin1.GetString(B(a[2])))), mutable));
            Def.Method(t, "count", (a, kw) =>
            {
                var (arr, start, end, sub) = Window(a);
                if (sub.Length == 0) return PyInt.From(end - start + 1);
                int n = 0;
                for (int i = start; i <= end - sub.Length;)
                {
                    int j = arr.AsSpan(i, end - i).IndexOf(sub);
                    if (j < 0) break;
                    n++;
                    i += j + sub.Length;
                }
                return PyInt.From(n);
            });
            Def.Method(t, "find", (a, kw) => { var (arr, start, end, sub) = Window(a); int i = arr.AsSpan(start, end - start).IndexOf(sub); return PyInt.From(i < 0 ? -1 : i + start); });
            Def.Method(t, "rfind", (a, kw) => { var (arr, start, end, sub) = Window(a); int i = arr.AsSpan(start, end - start).LastIndexOf(sub); return PyInt.From(i < 0 ? -1 : i + start); });
            Def.ClassMethod(t, "fromhex", (a, kw) => new PyBytes(Convert.FromHexString(Ops.Str(a[1]).Replace(" ", "")), mutable));
            if (!mutable) continue;
            t.Dict!["__hash__"] = Py.None;
            Def.M1(t, "append", (o, x) => { ((PyBytes)o).Value = [.. B(o), (byte)Ops.IndexInt(x)]; return Py.None; });
            Def.M1(t, "extend", (o, x) => { ((PyBytes)o).Value = [.. B(o), .. AsBytes(x)]; return Py.None; });
            Def.M2(t, "__setitem__", (o, k, v) =>
            {
                var arr = B(o); long i = Ops.IndexLongClamped(k);
                if (i < 0) i += arr.Length;
                if (i < 0 || i >= arr.Length) throw Err.Index("bytearray index out of range");
                arr[i] = (byte)Ops.IndexInt(v);
                return Py.None;
            });
        }
    }
}
