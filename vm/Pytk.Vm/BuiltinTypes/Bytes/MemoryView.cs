using System.Numerics;
using System.Text;

namespace Pytk.Vm.BuiltinTypes.Bytes;

/// <summary>
/// memoryview: a typed, shaped window on an exporter's bytes without copying them. The exporters are bytes
/// (read-only), bytearray (writable; a view reads its current storage, so it sees later stores) and objects
/// whose class defines __buffer__ (pytk's array.array: its items' bytes, re-read at each operation; stores go
/// back through the exporter's `_buffer_write(offset, data)`). Items are C native single-character formats
/// (struct's '@' codes) in little-endian machine layout; sub-views come from slicing (1-D) and cast().
/// </summary>
public sealed class PyMemoryView : PyObject
{
    public readonly PyObject Obj;
    public readonly bool ReadOnly;
    public readonly string Format;
    public readonly int ItemSize;
    public readonly int Offset;
    public readonly int[] Shape;
    public readonly int[] Strides;
    public bool Released;

    PyMemoryView(PyObject obj, bool readOnly, string format, int itemSize, int offset, int[] shape, int[] strides)
        : base(Types.MemoryView)
    {
        Obj = obj; ReadOnly = readOnly; Format = format; ItemSize = itemSize; Offset = offset; Shape = shape; Strides = strides;
        if (!readOnly || obj is PyBytes { Mutable: true }) Register(obj, this);
    }

    // ---- exports: an exporter may not change size while a view on it is alive and not released. CPython counts
    // them by reference; here the views are weakly held, and a resize that finds some first collects garbage so
    // only views still reachable from the program count.

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, List<WeakReference<PyMemoryView>>> exports = new();

    static void Register(PyObject obj, PyMemoryView view)
    {
        if (obj is PyBytes b) b.Exported = true;
        var list = exports.GetOrCreateValue(obj);
        lock (list) list.Add(new WeakReference<PyMemoryView>(view));
    }

    static bool LiveExports(List<WeakReference<PyMemoryView>> list)
    {
        lock (list)
        {
            list.RemoveAll(w => !w.TryGetTarget(out var v) || v.Released);
            return list.Count > 0;
        }
    }

    /// <summary>BufferError if a memoryview on the object is alive and not released (called before a resize).</summary>
    public static void CheckResize(PyObject obj, string message = "Existing exports of data: object cannot be re-sized")
    {
        if (!exports.TryGetValue(obj, out var list) || !LiveExports(list)) return;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (LiveExports(list)) throw Err.New(ExcTypes.All["BufferError"], message);
    }

    /// <summary>A 1-D byte view of the whole of a bytes-like exporter; null when it exports no buffer.</summary>
    public static PyMemoryView? Of(PyObject o)
    {
        switch (o)
        {
            case PyMemoryView m:
                m.Check();
                return new PyMemoryView(m.Obj, m.ReadOnly, m.Format, m.ItemSize, m.Offset, m.Shape, m.Strides);
            case PyBytes b:
                return new PyMemoryView(o, !b.Mutable, "B", 1, 0, [b.Value.Length], [1]);
        }
        if (o.Type.IsBuiltin || o.Type.Lookup("__buffer__") is not { } exporter) return null;
        if (o.Type.Lookup("_buffer_write") is null && Ops.CallSpecial(exporter, o, PyInt.From(0)) is PyMemoryView view)
            return Of(view);
        var data = BytesMethods.BufferOf(o)!;
        string format = "B";
        int size = 1;
        if (Ops.GetAttrOrNull(o, "typecode") is PyStr code && code.Value.Length == 1)
        {
            format = code.Value;
            size = Ops.IndexInt(Ops.GetAttr(o, "itemsize"));
        }
        bool ro = o.Type.Lookup("_buffer_write") is null;
        return new PyMemoryView(o, ro, format, size, 0, [data.Length / size], [size]);
    }

    /// <summary>The exporter's bytes now.</summary>
    public byte[] Data() => Obj is PyBytes b ? b.Value : BytesMethods.BufferOf(Obj)!;

    public void Check()
    {
        if (Released) throw Err.Value("operation forbidden on released memoryview object");
    }

    public int NDim => Shape.Length;
    public int Count => Shape.Aggregate(1, (a, b) => a * b);
    public bool CContiguous
    {
        get
        {
            int expect = ItemSize;
            for (int d = NDim - 1; d >= 0; d--)
            {
                if (Shape[d] > 1 && Strides[d] != expect) return false;
                expect *= Shape[d];
            }
            return true;
        }
    }

    /// <summary>The byte offsets of every item in C (row-major) order.</summary>
    IEnumerable<int> Positions()
    {
        if (Count == 0) yield break;
        var idx = new int[NDim];
        while (true)
        {
            int pos = Offset;
            for (int d = 0; d < NDim; d++) pos += idx[d] * Strides[d];
            yield return pos;
            int k = NDim - 1;
            while (k >= 0 && ++idx[k] == Shape[k]) idx[k--] = 0;
            if (k < 0) yield break;
        }
    }

    public byte[] ToBytes()
    {
        Check();
        var data = Data();
        var r = new byte[Count * ItemSize];
        int at = 0;
        foreach (int pos in Positions())
        {
            if (pos + ItemSize > data.Length) throw Err.Index("memoryview: underlying buffer shrank");
            Array.Copy(data, pos, r, at, ItemSize);
            at += ItemSize;
        }
        return r;
    }

    // ---- formats

    /// <summary>The size of a native single-character format (optionally prefixed with '@'), or 0.</summary>
    public static int SizeOf(string format) => (format.StartsWith('@') ? format[1..] : format) switch
    {
        "c" or "b" or "B" or "?" => 1,
        "h" or "H" or "e" => 2,
        "i" or "I" or "f" => 4,
        "l" or "L" or "q" or "Q" or "n" or "N" or "P" or "d" => 8,
        _ => 0,
    };

    static char Code(string format) => format[^1];

    public PyObject Unpack(byte[] data, int pos)
    {
        var s = data.AsSpan(pos, ItemSize);
        return Code(Format) switch
        {
            'B' => PyInt.From(s[0]),
            'b' => PyInt.From((sbyte)s[0]),
            'c' => new PyBytes([s[0]]),
            '?' => Py.Bool(s[0] != 0),
            'h' => PyInt.From(BitConverter.ToInt16(s)),
            'H' => PyInt.From(BitConverter.ToUInt16(s)),
            'i' => PyInt.From(BitConverter.ToInt32(s)),
            'I' => PyInt.From(BitConverter.ToUInt32(s)),
            'l' or 'q' or 'n' => PyInt.From(BitConverter.ToInt64(s)),
            'L' or 'Q' or 'N' or 'P' => PyInt.From(new BigInteger(BitConverter.ToUInt64(s))),
            'f' => new PyFloat(BitConverter.ToSingle(s)),
            'd' => new PyFloat(BitConverter.ToDouble(s)),
            'e' => new PyFloat((double)BitConverter.ToHalf(s)),
            _ => throw Err.New(ExcTypes.All["NotImplementedError"], $"memoryview: format {Format} not supported"),
        };
    }

    public byte[] Pack(PyObject v)
    {
        char c = Code(Format);
        PyException Invalid(string what) => c == 'c' || what == "type"
            ? Err.Type($"memoryview: invalid type for format '{Format}'")
            : Err.Value($"memoryview: invalid value for format '{Format}'");
        switch (c)
        {
            case 'c':
                return v is PyBytes { Value.Length: 1 } b ? [b.Value[0]] : throw (v is PyBytes ? Err.Value($"memoryview: invalid value for format '{Format}'") : Invalid("type"));
            case '?':
                return [(byte)(Ops.Truth(v) ? 1 : 0)];
            case 'f' or 'd' or 'e':
            {
                if (v is not PyFloat && v is not PyInt && v.Type.Lookup("__float__") is null && v.Type.Lookup("__index__") is null) throw Invalid("type");
                double d = NumberMethods.ToDouble(v);
                return c == 'f' ? BitConverter.GetBytes((float)d) : c == 'd' ? BitConverter.GetBytes(d) : BitConverter.GetBytes((Half)d);
            }
        }
        if (v is not PyInt && v.Type.Lookup("__index__") is null) throw Invalid("type");
        var n = Ops.Index(v).AsBig;
        (BigInteger lo, BigInteger hi) = c switch
        {
            'B' => (0, byte.MaxValue), 'b' => (sbyte.MinValue, sbyte.MaxValue),
            'h' => (short.MinValue, short.MaxValue), 'H' => (0, ushort.MaxValue),
            'i' => (int.MinValue, int.MaxValue), 'I' => (0, uint.MaxValue),
            'l' or 'q' or 'n' => (long.MinValue, long.MaxValue),
            'L' or 'Q' or 'N' or 'P' => (BigInteger.Zero, (BigInteger)ulong.MaxValue),
            _ => throw Err.New(ExcTypes.All["NotImplementedError"], $"memoryview: format {Format} not supported"),
        };
        if (n < lo || n > hi) throw Invalid("value");
        var bytes = new byte[ItemSize];
        if (n.Sign < 0) n += BigInteger.One << (8 * ItemSize);
        n.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        return bytes;
    }

    // ---- access

    int ItemPos(long index, int dim)
    {
        long n = Shape[dim];
        if (index < 0) index += n;
        if (index < 0 || index >= n)
            throw Err.Index(NDim == 1 ? "index out of bounds on dimension 1" : $"index out of bounds on dimension {dim + 1}");
        return (int)(index * Strides[dim]);
    }

    void Store(int pos, byte[] bytes)
    {
        if (Obj is PyBytes b)
        {
            if (pos + bytes.Length > b.Value.Length) throw Err.Index("memoryview: underlying buffer shrank");
            bytes.CopyTo(b.Value, pos);
            return;
        }
        Ops.Call(Ops.GetAttr(Obj, "_buffer_write"), PyInt.From(pos), new PyBytes(bytes));
    }

    public PyObject GetItem(PyObject key)
    {
        Check();
        if (ReferenceEquals(key, Py.Ellipsis)) return Of(this)!;
        if (NDim == 0)
        {
            if (key is PyTuple { Items.Length: 0 }) return Unpack(Data(), Offset);
            throw Err.Type("invalid indexing of 0-dim memory");
        }
        if (key is PySlice sl)
        {
            if (NDim != 1) throw Err.New(ExcTypes.All["NotImplementedError"], "multi-dimensional slicing is not implemented");
            var (start, _, step, count) = sl.Indices(Shape[0]);
            return new PyMemoryView(Obj, ReadOnly, Format, ItemSize, Offset + start * Strides[0], [count], [step * Strides[0]]);
        }
        if (key is PyTuple t)
        {
            if (t.Items.Any(x => x is PySlice)) throw Err.New(ExcTypes.All["NotImplementedError"], "multi-dimensional slicing is not implemented");
            if (t.Items.Length < NDim) throw Err.New(ExcTypes.All["NotImplementedError"], "sub-views are not implemented");
            if (t.Items.Length > NDim) throw Err.Type($"cannot index {NDim}-dimension view with {t.Items.Length}-element tuple");
            int pos = Offset;
            for (int d = 0; d < NDim; d++) pos += ItemPos(Index(t.Items[d]), d);
            return Unpack(Data(), pos);
        }
        if (NDim != 1) throw Err.New(ExcTypes.All["NotImplementedError"], "multi-dimensional sub-views are not implemented");
        return Unpack(Data(), Offset + ItemPos(Index(key), 0));
    }

    static long Index(PyObject key) => key is PyInt || key.Type.Lookup("__index__") is not null
        ? Ops.IndexLongClamped(key)
        : throw Err.Type("memoryview: invalid slice key");

    public void SetItem(PyObject key, PyObject? value)
    {
        Check();
        if (ReadOnly) throw Err.Type("cannot modify read-only memory");
        if (value is null) throw Err.Type("cannot delete memory");
        if (NDim == 0)
        {
            if (key is PyTuple { Items.Length: 0 } || ReferenceEquals(key, Py.Ellipsis)) { Store(Offset, Pack(value)); return; }
            throw Err.Type("invalid indexing of 0-dim memory");
        }
        if (key is PySlice sl)
        {
            if (NDim != 1) throw Err.New(ExcTypes.All["NotImplementedError"], "memoryview slice assignments are currently restricted to ndim = 1");
            var (start, _, step, count) = sl.Indices(Shape[0]);
            var src = Of(value) ?? throw Err.Type($"a bytes-like object is required, not '{value.Type.Name}'");
            if (src.Format.TrimStart('@') != Format.TrimStart('@') || src.ItemSize != ItemSize || src.NDim != 1 || src.Shape[0] != count)
                throw Err.Value("memoryview assignment: lvalue and rvalue have different structures");
            var bytes = src.ToBytes();
            for (int i = 0; i < count; i++)
                Store(Offset + (start + i * step) * Strides[0], bytes[(i * ItemSize)..((i + 1) * ItemSize)]);
            return;
        }
        if (key is PyTuple t)
        {
            if (t.Items.Length != NDim || t.Items.Any(x => x is PySlice))
                throw Err.New(ExcTypes.All["NotImplementedError"], "memoryview assignments are currently restricted to ndim = 1");
            int pos = Offset;
            for (int d = 0; d < NDim; d++) pos += ItemPos(Index(t.Items[d]), d);
            Store(pos, Pack(value));
            return;
        }
        if (NDim != 1) throw Err.New(ExcTypes.All["NotImplementedError"], "memoryview assignments are currently restricted to ndim = 1");
        var packed = Pack(value);
        Store(Offset + ItemPos(Index(key), 0), packed);
    }

    public PyObject ToList()
    {
        Check();
        var data = Data();
        if (NDim == 0) return Unpack(data, Offset);
        PyObject Level(int dim, int pos)
        {
            var items = new List<PyObject>(Shape[dim]);
            for (int i = 0; i < Shape[dim]; i++)
                items.Add(dim == NDim - 1 ? Unpack(data, pos + i * Strides[dim]) : Level(dim + 1, pos + i * Strides[dim]));
            return new PyList(items);
        }
        return Level(0, Offset);
    }

    public PyMemoryView Cast(string format, int[]? shape)
    {
        Check();
        if (!CContiguous) throw Err.Type("memoryview: casts are restricted to C-contiguous views");
        int size = SizeOf(format);
        if (size == 0 || (format.StartsWith('@') && format.Length != 2))
            throw Err.Value("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        bool byteFmt(string f) => f.TrimStart('@') is "B" or "b" or "c";
        if (!byteFmt(Format) && !byteFmt(format)) throw Err.Type("memoryview: cannot cast between two non-byte formats");
        if (shape is not null && NDim != 1 && shape.Length != 1) throw Err.Type("memoryview: cast must be 1D -> ND or ND -> 1D");
        int nbytes = Count * ItemSize;
        if (shape is null)
        {
            if (nbytes % size != 0) throw Err.Type("memoryview: length is not a multiple of itemsize");
            shape = [nbytes / size];
        }
        else
        {
            if (shape.Length > 64) throw Err.Value("memoryview: number of dimensions must not exceed 64");
            long product = 1;
            foreach (int d in shape)
            {
                if (d <= 0) throw Err.Value("memoryview.cast(): elements of shape must be integers > 0");
                product *= d;
            }
            if (product * size != nbytes) throw Err.Type("memoryview: product(shape) * itemsize != buffer size");
        }
        var strides = new int[shape.Length];
        int stride = size;
        for (int d = shape.Length - 1; d >= 0; d--) { strides[d] = stride; stride *= shape[d]; }
        return new PyMemoryView(Obj, ReadOnly, format, size, Offset, shape, strides);
    }

    public PyMemoryView ToReadOnly()
    {
        Check();
        return new PyMemoryView(Obj, true, Format, ItemSize, Offset, Shape, Strides);
    }

    // ---- the type's methods

    static PyMemoryView M(PyObject o) => o as PyMemoryView
        ?? throw Err.Type($"descriptor requires a 'memoryview' object but received a '{o.Type.Name}'");

    static PyTuple Ints(int[] xs) => new(xs.Select(x => (PyObject)PyInt.From(x)).ToArray());

    public static void Register()
    {
        var t = Types.MemoryView;
        t.Final = true;
        Def.Static(t, "__new__", (a, kw) =>
        {
            var obj = Def.Arg(a, kw, 1, "object");
            if (obj is null) throw Err.Type("memoryview() missing required argument 'object' (pos 1)");
            if (a.Length + (kw?.Count ?? 0) > 2) throw Err.Type($"memoryview() takes at most 1 argument ({a.Length + (kw?.Count ?? 0) - 1} given)");
            return Of(obj) ?? throw Err.Type($"memoryview: a bytes-like object is required, not '{obj.Type.Name}'");
        });
        Def.Prop(t, "obj", o => { M(o).Check(); return M(o).Obj; });
        Def.Prop(t, "nbytes", o => { M(o).Check(); return PyInt.From(M(o).Count * M(o).ItemSize); });
        Def.Prop(t, "readonly", o => { M(o).Check(); return Py.Bool(M(o).ReadOnly); });
        Def.Prop(t, "itemsize", o => { M(o).Check(); return PyInt.From(M(o).ItemSize); });
        Def.Prop(t, "format", o => { M(o).Check(); return new PyStr(M(o).Format); });
        Def.Prop(t, "ndim", o => { M(o).Check(); return PyInt.From(M(o).NDim); });
        Def.Prop(t, "shape", o => { M(o).Check(); return Ints(M(o).Shape); });
        Def.Prop(t, "strides", o => { M(o).Check(); return Ints(M(o).Strides); });
        Def.Prop(t, "suboffsets", o => { M(o).Check(); return PyTuple.Empty; });
        Def.Prop(t, "c_contiguous", o => { M(o).Check(); return Py.Bool(M(o).CContiguous); });
        Def.Prop(t, "f_contiguous", o => { M(o).Check(); return Py.Bool(M(o).NDim <= 1 && M(o).CContiguous || M(o).Count == 0); });
        Def.Prop(t, "contiguous", o => { M(o).Check(); return Py.Bool(M(o).CContiguous); });
        Def.Method(t, "tobytes", (a, kw) =>
        {
            var order = Def.Arg(a, kw, 1, "order", Py.None)!;
            if (order is not PyNone && Ops.Str(order) is not ("C" or "F" or "A"))
                throw Err.Value("order must be 'C', 'F' or 'A'");
            return new PyBytes(M(a[0]).ToBytes());
        });
        Def.M0(t, "tolist", o => M(o).ToList());
        Def.M0(t, "toreadonly", o => M(o).ToReadOnly());
        Def.Method(t, "hex", (a, kw) =>
        {
            var bytes = new PyBytes(M(a[0]).ToBytes());
            return Ops.Call(Ops.GetAttr(bytes, "hex"), a[1..], kw);
        });
        Def.M0(t, "release", o => { M(o).Released = true; return Py.None; });
        Def.M0(t, "__enter__", o => { M(o).Check(); return o; });
        Def.Method(t, "__exit__", (a, kw) => { M(a[0]).Released = true; return Py.None; });
        Def.Method(t, "cast", (a, kw) =>
        {
            var fmt = Def.Arg(a, kw, 1, "format") ?? throw Err.Type("cast() missing required argument 'format' (pos 1)");
            if (fmt is not PyStr fs) throw Err.Type($"memoryview.cast(): argument 'format' must be str, not {fmt.Type.Name}");
            var shapeArg = Def.Arg(a, kw, 2, "shape");
            int[]? shape = null;
            if (shapeArg is not null)
            {
                if (shapeArg is not PyList and not PyTuple) throw Err.Type("shape must be a list or a tuple");
                shape = Ops.ToList(shapeArg).Select(x => x is PyInt ? Ops.IndexInt(x) : throw Err.Type("memoryview.cast(): elements of shape must be integers")).ToArray();
            }
            return M(a[0]).Cast(fs.Value, shape);
        });
        Def.M0(t, "__len__", o =>
        {
            var m = M(o);
            m.Check();
            return m.NDim == 0 ? throw Err.Type("0-dim memory has no length") : PyInt.From(m.Shape[0]);
        });
        Def.M1(t, "__getitem__", (o, k) => M(o).GetItem(k));
        Def.Method(t, "__setitem__", (a, kw) => { M(a[0]).SetItem(a[1], a[2]); return Py.None; });
        Def.M1(t, "__delitem__", (o, k) => { M(o).Check(); throw Err.Type(M(o).ReadOnly ? "cannot modify read-only memory" : "cannot delete memory"); });
        Def.M0(t, "__iter__", o =>
        {
            var m = M(o);
            m.Check();
            if (m.NDim == 0) throw Err.Type("invalid indexing of 0-dim memory");
            if (m.NDim != 1) throw Err.New(ExcTypes.All["NotImplementedError"], "multi-dimensional sub-views are not implemented");
            var data = m.Data();
            var items = new PyObject[m.Shape[0]];
            for (int i = 0; i < items.Length; i++) items[i] = m.Unpack(data, m.Offset + i * m.Strides[0]);
            return new ArrayIterator(items, Types.MemoryIterator, o);
        });
        Def.M0(t, "__repr__", o => new PyStr($"<{(M(o).Released ? "released " : "")}memory at 0x{Ops.IdOf(o):x12}>"));
        Def.M0(t, "__hash__", o =>
        {
            var m = M(o);
            m.Check();
            if (!m.ReadOnly) throw Err.Value("cannot hash writable memoryview object");
            if (m.Format.TrimStart('@') is not ("B" or "b" or "c"))
                throw Err.Value("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            return PyInt.From(Ops.Hash(new PyBytes(m.ToBytes())));
        });
        Def.M1(t, "__eq__", (o, other) => Equal(M(o), other));
        Def.M1(t, "__ne__", (o, other) => Equal(M(o), other) is PyBool b ? Py.Bool(!b.Value) : Py.NotImplemented);
        // PEP 688: the built-in exporters' __buffer__ hands out a view (collections.abc.Buffer checks for it)
        foreach (var exporter in new[] { t, Types.Bytes, Types.ByteArray })
            Def.Method(exporter, "__buffer__", (a, kw) => Of(a[0]) ?? throw Err.Type("expected a buffer exporter"));
        Def.Method(t, "__release_buffer__", (a, kw) => { if (a.Length > 1 && a[1] is PyMemoryView v) v.Released = true; return Py.None; });
        Def.Method(Types.ByteArray, "__release_buffer__", (a, kw) => { if (a.Length > 1 && a[1] is PyMemoryView v) v.Released = true; return Py.None; });
        Def.ClassMethod(t, "__class_getitem__", (a, kw) => new GenericAlias((PyType)a[0], a[1]));
    }

    /// <summary>Two buffers are equal when their shapes match and their items unpack to equal values (a released
    /// view is only equal to itself).</summary>
    static PyObject Equal(PyMemoryView m, PyObject other)
    {
        if (ReferenceEquals(m, other)) return Py.True;
        if (m.Released || other is PyMemoryView { Released: true }) return Py.False;
        var w = Of(other);
        if (w is null) return Py.NotImplemented;
        if (!m.Shape.SequenceEqual(w.Shape)) return Py.False;
        if (m.Format.TrimStart('@') == w.Format.TrimStart('@') && m.Format.TrimStart('@') is "B" or "b" or "c")
            return Py.Bool(m.ToBytes().AsSpan().SequenceEqual(w.ToBytes()));
        try
        {
            var da = m.Data();
            var db = w.Data();
            foreach (var (pa, pb) in m.Positions().Zip(w.Positions()))
                if (!Ops.EqBool(m.Unpack(da, pa), w.Unpack(db, pb))) return Py.False;
            return Py.True;
        }
        catch (PyException e) when (Err.Matches(e.Value, ExcTypes.All["NotImplementedError"]))
        {
            return Py.NotImplemented;
        }
    }
}
