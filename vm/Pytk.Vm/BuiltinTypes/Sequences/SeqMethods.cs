using System.Text;

namespace Pytk.Vm.BuiltinTypes.Sequences;

/// <summary>list, tuple, range and slice.</summary>
public static class SeqMethods
{
    public static string ReprItems(IList<PyObject> items, string open, string close, PyObject self)
        => Ops.Guarded(self, open + "..." + close, () =>
        {
            // Indexed, with the length read at every step: an item's __repr__ may change the list (as in CPython).
            var sb = new StringBuilder(open);
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(items[i]));
            }
            return sb.Append(close).ToString();
        });

    // A list's items are compared with indexes re-checked at every step, never with an enumerator: __eq__
    // may change the list, which CPython allows (the loop then sees the new length).

    /// <summary>`x in list`.</summary>
    public static bool ListContains(PyList list, PyObject x)
    {
        var l = list.Items;
        for (int i = 0; i < l.Count; i++)
        {
            var y = l[i];
            if (ReferenceEquals(x, y) || Ops.EqBool(y, x)) return true;
        }
        return false;
    }

    static int ListCount(PyList list, PyObject x)
    {
        var l = list.Items;
        int n = 0;
        for (int i = 0; i < l.Count; i++)
        {
            var y = l[i];
            if (ReferenceEquals(x, y) || Ops.EqBool(y, x)) n++;
        }
        return n;
    }

    /// <summary>Lexicographic comparison of two sequences, as list and tuple do.</summary>
    public static PyObject CompareSeq(IList<PyObject> a, IList<PyObject> b, CmpOp op)
    {
        // Lengths are read at every step: an item's __eq__ may change either list (as CPython allows).
        int i = 0;
        for (; i < a.Count && i < b.Count; i++)
        {
            PyObject x = a[i], y = b[i];
            if (!ReferenceEquals(x, y) && !Ops.EqBool(x, y)) break;
        }
        if (i >= a.Count || i >= b.Count)
        {
            int c = a.Count.CompareTo(b.Count);
            return Py.Bool(CmpOpInfo.FromOrder(c, op));
        }
        if (op == CmpOp.Eq) return Py.False;
        if (op == CmpOp.Ne) return Py.True;
        return Ops.Compare(a[i], b[i], op);
    }

    static List<PyObject> L(PyObject o) => ((PyList)o).Items;

    public static void Register()
    {
        RegisterList();
        RegisterTuple();
        RegisterRange();
        RegisterSlice();
    }

    static void RegisterList()
    {
        var t = Types.List;
        t.Dict!["__hash__"] = Py.None;
        Def.Static(t, "__new__", (a, kw) => new PyList((PyType)a[0]));
        Def.Method(t, "__init__", (a, kw) =>
        {
            Def.NoKw("list", kw);
            Def.Count("list", a[1..], 0, 1);
            var l = L(a[0]);
            l.Clear();
            if (a.Length > 1) l.AddRange(Ops.ToList(a[1]));
            return Py.None;
        });
        Def.M0(t, "__repr__", o => new PyStr(ReprItems(L(o), "[", "]", o)));
        Def.M0(t, "__len__", o => PyInt.From(L(o).Count));
        Def.M0(t, "__iter__", o => new ListIterator((PyList)o));
        Def.M0(t, "__reversed__", o => new ListRevIterator((PyList)o));
        Def.M1(t, "__contains__", (o, x) => Py.Bool(ListContains((PyList)o, x)));
        Def.M1(t, "__getitem__", (o, k) => GetItem(L(o), k, "list", items => new PyList(items)));
        Def.M2(t, "__setitem__", (o, k, v) => { SetItem(L(o), k, v); return Py.None; });
        Def.M1(t, "__delitem__", (o, k) => { DelItem(L(o), k); return Py.None; });
        Def.M1(t, "__add__", (o, x) => x is PyList xl ? new PyList(L(o).Concat(xl.Items)) : throw Err.Type($"can only concatenate list (not \"{x.Type.Name}\") to list"));
        Def.M1(t, "__iadd__", (o, x) => { L(o).AddRange(Ops.ToList(x)); return o; });
        Def.M1(t, "__mul__", (o, n) => IsIndex(n) ? new PyList(Repeat(L(o), Limits.RepeatCount(n))) : Py.NotImplemented);
        Def.M1(t, "__rmul__", (o, n) => IsIndex(n) ? new PyList(Repeat(L(o), Limits.RepeatCount(n))) : Py.NotImplemented);
        Def.M1(t, "__imul__", (o, n) => { var r = Repeat(L(o), Limits.RepeatCount(n)); L(o).Clear(); L(o).AddRange(r); return o; });
        foreach (CmpOp op in Enum.GetValues<CmpOp>())
        {
            var cop = op;
            Def.M1(t, CmpOpInfo.Slot[(int)op], (a, b) => b is PyList bl ? CompareSeq(L(a), bl.Items, cop) : Py.NotImplemented);
        }
        Def.M1(t, "append", (o, x) => { L(o).Add(x); return Py.None; });
        Def.M1(t, "extend", (o, x) => { L(o).AddRange(Ops.ToList(x)); return Py.None; });
        Def.M2(t, "insert", (o, i, x) =>
        {
            var l = L(o); long idx = Limits.Ssize(i);
            if (idx < 0) idx = Math.Max(0, idx + l.Count);
            l.Insert((int)Math.Min(idx, l.Count), x);
            return Py.None;
        });
        Def.Method(t, "pop", (a, kw) =>
        {
            var l = L(a[0]);
            if (l.Count == 0) throw Err.Index("pop from empty list");
            long i = a.Length > 1 ? Limits.Ssize(a[1]) : -1;
            if (i < 0) i += l.Count;
            if (i < 0 || i >= l.Count) throw Err.Index("pop index out of range");
            var v = l[(int)i]; l.RemoveAt((int)i); return v;
        });
        Def.M1(t, "remove", (o, x) =>
        {
            var l = L(o);
            for (int i = 0; i < l.Count; i++)
            {
                var y = l[i];
                // Removing index i of a list __eq__ shortened is a no-op, as CPython's slice deletion.
                if (ReferenceEquals(y, x) || Ops.EqBool(y, x)) { if (i < l.Count) l.RemoveAt(i); return Py.None; }
            }
            throw Err.Value("list.remove(x): x not in list");
        });
        Def.Method(t, "index", (a, kw) =>
        {
            var l = L(a[0]);
            Def.NoKw("index", kw);
            Def.Count("index", a[1..], 1, 3);
            int start = a.Length > 2 ? Clamp(a[2], l.Count) : 0, end = a.Length > 3 ? Clamp(a[3], l.Count) : l.Count;
            for (int i = start; i < end && i < l.Count; i++)
            {
                var y = l[i];
                if (ReferenceEquals(y, a[1]) || Ops.EqBool(y, a[1])) return PyInt.From(i);
            }
            throw Err.Value($"{Ops.Repr(a[1])} is not in list");
        });
        Def.M1(t, "count", (o, x) => PyInt.From(ListCount((PyList)o, x)));
        Def.M0(t, "reverse", o => { L(o).Reverse(); return Py.None; });
        Def.M0(t, "copy", o => new PyList(new List<PyObject>(L(o))));
        Def.M0(t, "clear", o => { L(o).Clear(); return Py.None; });
        Def.Method(t, "sort", (a, kw) =>
        {
            if (a.Length > 1) throw Err.Type("sort() takes no positional arguments");
            var key = kw?.FirstOrDefault(p => p.Key == "key").Value;
            var rev = kw?.FirstOrDefault(p => p.Key == "reverse").Value;
            var l = L(a[0]);
            // As CPython, the list is empty while it sorts; a key function that changes it is an error.
            var items = new List<PyObject>(l);
            l.Clear();
            List<PyObject> sorted = items;
            try { sorted = Sort(items, key is PyNone ? null : key, rev is not null && Ops.Truth(rev)); }
            finally
            {
                bool modified = l.Count > 0;
                l.Clear(); l.AddRange(sorted);
                if (modified) throw Err.Value("list modified during sort");
            }
            return Py.None;
        });
        Def.ClassMethod(t, "__class_getitem__", (a, kw) => new GenericAlias((PyType)a[0], a[1]));
    }

    static int Clamp(PyObject o, int len)
    {
        long i = Ops.IndexLongClamped(o);
        if (i < 0) i = Math.Max(0, i + len);
        return (int)Math.Min(i, len);
    }

    /// <summary>
    /// Stable merge sort using only `later &lt; earlier` comparisons, as CPython's sort does (so the same
    /// operand order reaches user __lt__ and error messages); reverse sorts the reversed list, then reverses.
    /// </summary>
    public static List<PyObject> Sort(List<PyObject> items, PyObject? key, bool reverse)
    {
        var src = new List<PyObject>(items);
        if (reverse) src.Reverse();
        var keys = key is null ? src.ToArray() : src.Select(x => Ops.Call(key, x)).ToArray();
        var a = Enumerable.Range(0, src.Count).ToArray();
        var tmp = new int[a.Length];
        for (int width = 1; width < a.Length; width *= 2)
        {
            for (int lo = 0; lo < a.Length; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, a.Length), hi = Math.Min(lo + 2 * width, a.Length);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi)
                    tmp[k++] = Ops.LessThan(keys[a[j]], keys[a[i]]) ? a[j++] : a[i++];
                while (i < mid) tmp[k++] = a[i++];
                while (j < hi) tmp[k++] = a[j++];
            }
            Array.Copy(tmp, a, a.Length);
        }
        var result = a.Select(i => src[i]).ToList();
        if (reverse) result.Reverse();
        return result;
    }

    /// <summary>Whether `seq * n` takes n: an int or an object with __index__.</summary>
    public static bool IsIndex(PyObject n) => n is PyInt || n.Type.Lookup("__index__") is not null;

    static List<PyObject> Repeat(IList<PyObject> l, long n)
    {
        var r = new List<PyObject>(Limits.RepeatLength(l.Count, n, Limits.MaxItems, null));
        for (long i = 0; i < n && l.Count > 0; i++) r.AddRange(l);
        return r;
    }

    public static PyObject GetItem(IList<PyObject> items, PyObject k, string kind, Func<List<PyObject>, PyObject> make)
    {
        if (k is PySlice sl)
        {
            var (start, _, step, count) = sl.Indices(items.Count);
            var r = new List<PyObject>(count);
            for (int i = 0, j = start; i < count; i++, j += step) r.Add(items[j]);
            return make(r);
        }
        if (k is not PyInt && k.Type.Lookup("__index__") is null)
            throw Err.Type($"{kind} indices must be integers or slices, not {k.Type.Name}");
        long idx = Ops.ItemIndex(k);
        if (idx < 0) idx += items.Count;
        if (idx < 0 || idx >= items.Count) throw Err.Index($"{kind} index out of range");
        return items[(int)idx];
    }

    static void SetItem(List<PyObject> l, PyObject k, PyObject v)
    {
        if (k is PySlice sl)
        {
            var (start, stop, step, count) = sl.Indices(l.Count);
            if (v is not PyList && v is not PyTuple && v.Type.Lookup("__iter__") is null && v.Type.Lookup("__getitem__") is null)
                throw Err.Type("must assign iterable to extended slice");
            var src = Ops.ToList(v);
            if (step == 1)
            {
                if (stop < start) stop = start;
                l.RemoveRange(start, stop - start);
                l.InsertRange(start, src);
                return;
            }
            if (src.Count != count) throw Err.Value($"attempt to assign sequence of size {src.Count} to extended slice of size {count}");
            for (int i = 0, j = start; i < count; i++, j += step) l[j] = src[i];
            return;
        }
        if (k is not PyInt && k.Type.Lookup("__index__") is null)
            throw Err.Type($"list indices must be integers or slices, not {k.Type.Name}");
        long idx = Ops.ItemIndex(k);
        if (idx < 0) idx += l.Count;
        if (idx < 0 || idx >= l.Count) throw Err.Index("list assignment index out of range");
        l[(int)idx] = v;
    }

    static void DelItem(List<PyObject> l, PyObject k)
    {
        if (k is PySlice sl)
        {
            var (start, _, step, count) = sl.Indices(l.Count);
            var remove = new HashSet<int>();
            for (int i = 0, j = start; i < count; i++, j += step) remove.Add(j);
            var kept = l.Where((_, i) => !remove.Contains(i)).ToList();
            l.Clear(); l.AddRange(kept);
            return;
        }
        long idx = Ops.ItemIndex(k);
        if (idx < 0) idx += l.Count;
        if (idx < 0 || idx >= l.Count) throw Err.Index("list assignment index out of range");
        l.RemoveAt((int)idx);
    }

    static PyObject[] T(PyObject o) => ((PyTuple)o).Items;

    static void RegisterTuple()
    {
        var t = Types.Tuple;
        Def.Static(t, "__new__", (a, kw) =>
        {
            var cls = (PyType)a[0];
            var items = a.Length > 1 ? Ops.ToArray(a[1]) : [];
            return cls == Types.Tuple ? (items.Length == 0 ? PyTuple.Empty : new PyTuple(items)) : new PyTuple(cls, items);
        });
        Def.M0(t, "__repr__", o => new PyStr(T(o).Length == 1 ? Ops.Guarded(o, "(...)", () => "(" + Ops.Repr(T(o)[0]) + ",)") : ReprItems(T(o), "(", ")", o)));
        Def.M0(t, "__len__", o => PyInt.From(T(o).Length));
        Def.M0(t, "__hash__", o => PyInt.From(Ops.HashTuple(T(o))));
        Def.M0(t, "__iter__", o => new ArrayIterator(T(o), null, o));
        Def.M1(t, "__contains__", (o, x) => Py.Bool(T(o).Any(y => ReferenceEquals(x, y) || Ops.EqBool(y, x))));
        Def.M1(t, "__getitem__", (o, k) => GetItem(T(o), k, "tuple", items => new PyTuple(items.ToArray())));
        Def.M1(t, "__add__", (o, x) => x is PyTuple xt ? new PyTuple([.. T(o), .. xt.Items]) : throw Err.Type($"can only concatenate tuple (not \"{x.Type.Name}\") to tuple"));
        Def.M1(t, "__mul__", (o, n) => IsIndex(n) ? new PyTuple(Repeat(T(o), Limits.RepeatCount(n)).ToArray()) : Py.NotImplemented);
        Def.M1(t, "__rmul__", (o, n) => IsIndex(n) ? new PyTuple(Repeat(T(o), Limits.RepeatCount(n)).ToArray()) : Py.NotImplemented);
        foreach (CmpOp op in Enum.GetValues<CmpOp>())
        {
            var cop = op;
            Def.M1(t, CmpOpInfo.Slot[(int)op], (a, b) => b is PyTuple bt ? CompareSeq(T(a), bt.Items, cop) : Py.NotImplemented);
        }
        Def.M1(t, "count", (o, x) => PyInt.From(T(o).Count(y => ReferenceEquals(x, y) || Ops.EqBool(y, x))));
        Def.Method(t, "index", (a, kw) =>
        {
            var items = T(a[0]);
            if (a.Length < 2) throw Err.Type($"index expected at least 1 argument, got {a.Length - 1}");
            int start = a.Length > 2 ? Clamp(a[2], items.Length) : 0, end = a.Length > 3 ? Clamp(a[3], items.Length) : items.Length;
            for (int i = start; i < end; i++) if (ReferenceEquals(items[i], a[1]) || Ops.EqBool(items[i], a[1])) return PyInt.From(i);
            throw Err.Value("tuple.index(x): x not in tuple");
        });
        Def.ClassMethod(t, "__class_getitem__", (a, kw) => new GenericAlias((PyType)a[0], a[1]));
    }

    static void RegisterRange()
    {
        var t = Types.Range;
        Def.Static(t, "__new__", (a, kw) =>
        {
            Def.NoKw("range", kw);
            var args = a[1..];
            if (args.Length == 0) throw Err.Type("range expected at least 1 argument, got 0");
            if (args.Length > 3) throw Err.Type($"range expected at most 3 arguments, got {args.Length}");
            PyInt I(PyObject o) => o is PyInt i ? i : o.Type.Lookup("__index__") is not null ? Ops.Index(o)
                : throw Err.Type($"'{o.Type.Name}' object cannot be interpreted as an integer");
            var (start, stop, step) = args.Length == 1 ? (PyInt.From(0), I(args[0]), PyInt.From(1))
                : (I(args[0]), I(args[1]), args.Length > 2 ? I(args[2]) : PyInt.From(1));
            if (step.Sign == 0) throw Err.Value("range() arg 3 must not be zero");
            return new PyRange(start, stop, step);
        });
        Def.M0(t, "__repr__", o =>
        {
            var r = (PyRange)o;
            return new PyStr(r.Step.IsSmall && r.Step.V == 1 ? $"range({r.Start.ToDecimal()}, {r.Stop.ToDecimal()})"
                : $"range({r.Start.ToDecimal()}, {r.Stop.ToDecimal()}, {r.Step.ToDecimal()})");
        });
        Def.M0(t, "__len__", o => ((PyRange)o).Length is var n && n <= long.MaxValue ? PyInt.From(n)
            : throw Err.Overflow("Python int too large to convert to C ssize_t"));
        Def.M0(t, "__iter__", o => RangeIterator.For((PyRange)o));
        Def.M0(t, "__reversed__", o =>
        {
            var r = (PyRange)o;
            var n = r.Length;
            var last = r.Start.AsBig + (n - 1) * r.Step.AsBig;
            return RangeIterator.For(new PyRange(PyInt.From(last), PyInt.From(r.Start.AsBig - r.Step.AsBig), PyInt.From(-r.Step.AsBig)));
        });
        Def.M0(t, "__hash__", o => PyInt.From(Ops.HashTuple([((PyRange)o).Start, ((PyRange)o).Stop, ((PyRange)o).Step])));
        Def.M1(t, "__contains__", (o, x) => Py.Bool(RangeIndex((PyRange)o, x) >= 0));
        Def.M1(t, "index", (o, x) => RangeIndex((PyRange)o, x) is var i && i >= 0 ? PyInt.From(i) : throw Err.Value($"{Ops.Repr(x)} is not in range"));
        // an int (or bool) is there once or not at all; anything else counts the items equal to it
        Def.M1(t, "count", (o, x) => x is PyInt && (x.Type == Types.Int || x.Type == Types.Bool)
            ? PyInt.From(RangeIndex((PyRange)o, x) >= 0 ? 1 : 0)
            : PyInt.From(Ops.Enumerate(o).LongCount(v => Ops.EqBool(v, x))));
        Def.M1(t, "__eq__", (o, x) => x is PyRange xr ? Py.Bool(RangeEq((PyRange)o, xr)) : Py.NotImplemented);
        Def.M1(t, "__getitem__", (o, k) =>
        {
            var r = (PyRange)o;
            var n = r.Length;
            if (k is PySlice sl)
            {
                var (start, stop, step, _) = sl.Indices((int)n);
                var s0 = r.Start.AsBig;
                return new PyRange(PyInt.From(s0 + start * r.Step.AsBig), PyInt.From(s0 + stop * r.Step.AsBig), PyInt.From(r.Step.AsBig * step));
            }
            if (k is not PyInt && k.Type.Lookup("__index__") is null) throw Err.Type($"range indices must be integers or slices, not {k.Type.Name}");
            var idx = Ops.Index(k).AsBig;
            if (idx < 0) idx += n;
            if (idx < 0 || idx >= n) throw Err.Index("range object index out of range");
            return PyInt.From(r.Start.AsBig + idx * r.Step.AsBig);
        });
        Def.Prop(t, "start", o => ((PyRange)o).Start);
        Def.Prop(t, "stop", o => ((PyRange)o).Stop);
        Def.Prop(t, "step", o => ((PyRange)o).Step);
    }

    static bool RangeEq(PyRange a, PyRange b)
    {
        var n = a.Length;
        if (n != b.Length) return false;
        if (n == 0) return true;
        if (a.Start.AsBig != b.Start.AsBig) return false;
        return n == 1 || a.Step.AsBig == b.Step.AsBig;
    }

    static System.Numerics.BigInteger RangeIndex(PyRange r, PyObject x)
    {
        if (x is not PyInt xi || (x.Type != Types.Int && x.Type != Types.Bool))
        {
            int i = 0;
            foreach (var v in Ops.Enumerate(r)) { if (Ops.EqBool(v, x)) return i; i++; }
            return -1;
        }
        var d = xi.AsBig - r.Start.AsBig;
        var step = r.Step.AsBig;
        if (d % step != 0) return -1;
        var q = d / step;
        return q >= 0 && q < r.Length ? q : -1;
    }

    static void RegisterSlice()
    {
        var t = Types.Slice;
        Def.Static(t, "__new__", (a, kw) => a.Length switch
        {
            2 => new PySlice(Py.None, a[1], Py.None),
            3 => new PySlice(a[1], a[2], Py.None),
            4 => new PySlice(a[1], a[2], a[3]),
            1 => throw Err.Type("slice expected at least 1 argument, got 0"),
            _ => throw Err.Type($"slice expected at most 3 arguments, got {a.Length - 1}"),
        });
        Def.M0(t, "__repr__", o => { var s = (PySlice)o; return new PyStr($"slice({Ops.Repr(s.Start)}, {Ops.Repr(s.Stop)}, {Ops.Repr(s.Step)})"); });
        Def.Prop(t, "start", o => ((PySlice)o).Start);
        Def.Prop(t, "stop", o => ((PySlice)o).Stop);
        Def.Prop(t, "step", o => ((PySlice)o).Step);
        Def.M1(t, "indices", (o, n) => { var (a, b, c, _) = ((PySlice)o).Indices(Ops.IndexInt(n)); return PyTuple.Of(PyInt.From(a), PyInt.From(b), PyInt.From(c)); });
        Def.M1(t, "__eq__", (o, x) => x is PySlice xs ? Py.Bool(Ops.EqBool(PyTuple.Of(((PySlice)o).Start, ((PySlice)o).Stop, ((PySlice)o).Step), PyTuple.Of(xs.Start, xs.Stop, xs.Step))) : Py.NotImplemented);
        // slices hash as the tuple of their fields (3.12+) and pickle as slice(start, stop, step)
        Def.M0(t, "__hash__", o => { var s = (PySlice)o; return PyInt.From(Ops.Hash(PyTuple.Of(s.Start, s.Stop, s.Step))); });
        Def.M0(t, "__reduce__", o => { var s = (PySlice)o; return PyTuple.Of(Types.Slice, PyTuple.Of(s.Start, s.Stop, s.Step)); });
    }
}
