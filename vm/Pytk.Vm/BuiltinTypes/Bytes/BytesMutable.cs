namespace Pytk.Vm.BuiltinTypes.Bytes;

/// <summary>bytearray's mutating methods (the array is replaced on resize; PyBytes.Value is the storage).</summary>
public static class BytesMutable
{
    static PyBytes A(PyObject o) => (PyBytes)o;

    static byte Byte(PyObject x)
    {
        if (x is not PyInt && x.Type.Lookup("__index__") is null) throw Err.Type($"'{x.Type.Name}' object cannot be interpreted as an integer");
        var i = Ops.Index(x);
        return i.IsSmall && i.V is >= 0 and <= 255 ? (byte)i.V : throw Err.Value("byte must be in range(0, 256)");
    }

    static byte[] Source(PyObject v) => v switch
    {
        PyBytes b => (byte[])b.Value.Clone(),
        PyStr => throw Err.Type("can assign only bytes, buffers, or iterables of ints in range(0, 256)"),
        PyInt => throw Err.Type("can assign only bytes, buffers, or iterables of ints in range(0, 256)"),
        _ => Ops.Enumerate(v).Select(Byte).ToArray(),
    };

    public static void Register(PyType t)
    {
        t.Dict!["__hash__"] = Py.None;
        Def.M1(t, "append", (o, x) => { A(o).Value = [.. A(o).Value, Byte(x)]; return Py.None; });
        Def.M1(t, "extend", (o, x) =>
        {
            if (x is PyStr) throw Err.Type("expected iterable of integers; got: 'str'");
            A(o).Value = [.. A(o).Value, .. Source(x)];
            return Py.None;
        });
        Def.M2(t, "insert", (o, i, x) =>
        {
            var l = A(o).Value.ToList();
            long idx = Limits.Ssize(i);
            if (idx < 0) idx = Math.Max(0, idx + l.Count);
            l.Insert((int)Math.Min(idx, l.Count), Byte(x));
            A(o).Value = [.. l];
            return Py.None;
        });
        Def.Method(t, "pop", (a, kw) =>
        {
            var arr = A(a[0]).Value;
            if (arr.Length == 0) throw Err.Index("pop from empty bytearray");
            long idx = a.Length > 1 ? Limits.Ssize(a[1]) : -1;
            if (idx < 0) idx += arr.Length;
            if (idx < 0 || idx >= arr.Length) throw Err.Index("pop index out of range");
            var v = arr[idx];
            A(a[0]).Value = [.. arr[..(int)idx], .. arr[((int)idx + 1)..]];
            return PyInt.From(v);
        });
        Def.M1(t, "remove", (o, x) =>
        {
            var arr = A(o).Value;
            int i = Array.IndexOf(arr, Byte(x));
            if (i < 0) throw Err.Value("value not found in bytearray");
            A(o).Value = [.. arr[..i], .. arr[(i + 1)..]];
            return Py.None;
        });
        Def.M0(t, "reverse", o => { Array.Reverse(A(o).Value); return Py.None; });
        Def.M0(t, "clear", o => { A(o).Value = []; return Py.None; });
        Def.M0(t, "copy", o => new PyBytes((byte[])A(o).Value.Clone(), true));
        Def.M1(t, "__iadd__", (o, x) => { A(o).Value = [.. A(o).Value, .. BytesText.Bytes(x, "can't concat {0} to bytearray")]; return o; });
        Def.M1(t, "__imul__", (o, n) => { A(o).Value = BytesMethods.RepeatBytes(A(o).Value, Limits.RepeatCount(n)); return o; });
        Def.M2(t, "__setitem__", (o, k, v) =>
        {
            var arr = A(o).Value;
            if (k is PySlice sl)
            {
                var (start, stop, step, count) = sl.Indices(arr.Length);
                var src = Source(v);
                if (step == 1)
                {
                    if (stop < start) stop = start;
                    A(o).Value = [.. arr[..start], .. src, .. arr[stop..]];
                    return Py.None;
                }
                if (src.Length != count) throw Err.Value($"attempt to assign bytes of size {src.Length} to extended slice of size {count}");
                for (int i = 0, j = start; i < count; i++, j += step) arr[j] = src[i];
                return Py.None;
            }
            long idx = Ops.ItemIndex(k);
            if (idx < 0) idx += arr.Length;
            if (idx < 0 || idx >= arr.Length) throw Err.Index("bytearray index out of range");
            arr[idx] = Byte(v);
            return Py.None;
        });
        Def.M1(t, "__delitem__", (o, k) =>
        {
            var arr = A(o).Value;
            if (k is PySlice sl)
            {
                var (start, _, step, count) = sl.Indices(arr.Length);
                var drop = new HashSet<int>();
                for (int i = 0, j = start; i < count; i++, j += step) drop.Add(j);
                A(o).Value = arr.Where((_, i) => !drop.Contains(i)).ToArray();
                return Py.None;
            }
            long idx = Ops.ItemIndex(k);
            if (idx < 0) idx += arr.Length;
            if (idx < 0 || idx >= arr.Length) throw Err.Index("bytearray index out of range");
            A(o).Value = [.. arr[..(int)idx], .. arr[((int)idx + 1)..]];
            return Py.None;
        });
    }
}
