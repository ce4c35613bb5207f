namespace Pytk.Vm.BuiltinTypes.Dict;

/// <summary>dict and its views; set and frozenset.</summary>
public static class DictMethods
{
    static PyDict D(PyObject o) => (PyDict)o;

    public static IEnumerable<(PyObject, PyObject)> MappingItems(PyObject m)
    {
        if (m is PyDict d) { foreach (var (k, v) in d.Items().ToList()) yield return (k, v); yield break; }
        var keys = Ops.Call(Ops.GetAttr(m, "keys"));
        foreach (var k in Ops.Enumerate(keys).ToList()) yield return (k, Ops.GetItem(m, k));
    }

    public static void Update(PyDict d, PyObject other)
    {
        if (other is PyDict || other.Type.Lookup("keys") is not null)
        {
            foreach (var (k, v) in MappingItems(other)) d.Set(k, v);
            return;
        }
        int i = 0;
        foreach (var item in Ops.Enumerate(other))
        {
            if (item is not PyTuple && item is not PyList && item.Type.Lookup("__iter__") is null && item.Type.Lookup("__getitem__") is null)
                throw Err.Type($"cannot convert dictionary update sequence element #{i} to a sequence");
            var pair = Ops.ToList(item);
            if (pair.Count != 2) throw Err.Value($"dictionary update sequence element #{i} has length {pair.Count}; 2 is required");
            d.Set(pair[0], pair[1]);
            i++;
        }
    }

    public static string Repr(PyDict d) => Ops.Guarded(d, "{...}",
        () => "{" + string.Join(", ", d.Items().Select(p => Ops.Repr(p.Key) + ": " + Ops.Repr(p.Value))) + "}");

    public static void Register()
    {
        var t = Types.Dict;
        t.Dict!["__hash__"] = Py.None;
        Def.Static(t, "__new__", (a, kw) => new PyDict((PyType)a[0]));
        Def.Method(t, "__init__", (a, kw) =>
        {
            var d = D(a[0]);
            if (a.Length > 2) throw Err.Type($"dict expected at most 1 argument, got {a.Length - 1}");
            if (a.Length > 1) Update(d, a[1]);
            if (kw is not null) foreach (var (k, v) in kw) d.Set(new PyStr(k), v);
            return Py.None;
        });
        Def.M0(t, "__repr__", o => new PyStr(Repr(D(o))));
        Def.M0(t, "__len__", o => PyInt.From(D(o).Count));
        Def.M0(t, "__iter__", o => new DictIterator(D(o), DictIterator.Kind.Keys));
        Def.M0(t, "__reversed__", o => new ArrayIterator(D(o).Keys().Reverse().ToArray(), Types.DictRevKeyIterator));
        Def.M1(t, "__contains__", (o, k) => Py.Bool(D(o).Contains(k)));
        Def.M1(t, "__getitem__", (o, k) =>
        {
            var v = D(o).Get(k);
            if (v is not null) return v;
            if (o.Type != Types.Dict && o.Type.Lookup("__missing__") is { } miss) return Ops.CallSpecial(miss, o, k);
            throw Err.Key(k);
        });
        Def.M2(t, "__setitem__", (o, k, v) => { D(o).Set(k, v); return Py.None; });
        Def.M1(t, "__delitem__", (o, k) => D(o).Remove(k, out _) ? Py.None : throw Err.Key(k));
        Def.M1(t, "__eq__", (o, x) => x is PyDict xd ? Py.Bool(DictEq(D(o), xd)) : Py.NotImplemented);
        Def.M1(t, "__ne__", (o, x) => x is PyDict xd ? Py.Bool(!DictEq(D(o), xd)) : Py.NotImplemented);
        Def.M1(t, "__or__", (o, x) => { if (x is not PyDict) return Py.NotImplemented; var d = Copy(D(o)); Update(d, x); return d; });
        Def.M1(t, "__ior__", (o, x) => { Update(D(o), x); return o; });
        Def.Method(t, "get", (a, kw) => { Def.Count("get", a[1..], 1, 2); return D(a[0]).Get(a[1]) ?? (a.Length > 2 ? a[2] : Py.None); });
        Def.Method(t, "setdefault", (a, kw) =>
        {
            Def.NoKw("dict.setdefault", kw);
            if (a.Length < 2) throw Err.Type("setdefault expected at least 1 argument, got 0");
            if (a.Length > 3) throw Err.Type($"setdefault expected at most 2 arguments, got {a.Length - 1}");
            var d = D(a[0]);
            var v = d.Get(a[1]);
            if (v is not null) return v;
            var dv = a.Length > 2 ? a[2] : Py.None;
            d.Set(a[1], dv);
            return dv;
        });
        Def.Method(t, "pop", (a, kw) =>
        {
            Def.NoKw("pop", kw);
            Def.Count("pop", a[1..], 1, 2);
            if (D(a[0]).Remove(a[1], out var v)) return v!;
            if (a.Length > 2) return a[2];
            throw Err.Key(a[1]);
        });
        Def.M0(t, "popitem", o => D(o).PopLast() is { } p ? PyTuple.Of(p.Key, p.Value) : throw Err.Key(new PyStr("popitem(): dictionary is empty")));
        Def.M0(t, "keys", o => new DictView(D(o), DictIterator.Kind.Keys));
        Def.M0(t, "values", o => new DictView(D(o), DictIterator.Kind.Values));
        Def.M0(t, "items", o => new DictView(D(o), DictIterator.Kind.Items));
        Def.M0(t, "copy", o => Copy(D(o)));
        Def.M0(t, "clear", o => { D(o).Clear(); return Py.None; });
        Def.Method(t, "update", (a, kw) =>
        {
            if (a.Length > 2) throw Err.Type($"update expected at most 1 argument, got {a.Length - 1}");
            if (a.Length > 1) Update(D(a[0]), a[1]);
            if (kw is not null) foreach (var (k, v) in kw) D(a[0]).Set(new PyStr(k), v);
            return Py.None;
        });
        Def.ClassMethod(t, "fromkeys", (a, kw) =>
        {
            Def.Count("fromkeys", a[1..], 1, 2);
            // cls() need not return a dict (a subclass's __new__ may return any mapping): items go in by __setitem__
            var d = Ops.Call(a[0]);
            foreach (var k in Ops.Enumerate(a[1])) Ops.SetItem(d, k, a.Length > 2 ? a[2] : Py.None);
            return d;
        });
        Def.ClassMethod(t, "__class_getitem__", (a, kw) => new GenericAlias((PyType)a[0], a[1]));

        foreach (var vt in new[] { Types.DictKeys, Types.DictValues, Types.DictItems })
        {
            Def.M0(vt, "__iter__", o => ((DictView)o).Iter());
            Def.M0(vt, "__len__", o => PyInt.From(((DictView)o).Map.Count));
            var revType = vt == Types.DictKeys ? Types.DictRevKeyIterator : vt == Types.DictValues ? Types.DictRevValueIterator : Types.DictRevItemIterator;
            Def.M0(vt, "__reversed__", o => new ArrayIterator(Ops.ToArray(((DictView)o)).Reverse().ToArray(), revType));
            Def.M1(vt, "__contains__", (o, x) =>
            {
                var v = (DictView)o;
                if (v.Kind == DictIterator.Kind.Keys) return Py.Bool(v.Map.Contains(x));
                return Py.Bool(Ops.Enumerate(v).Any(y => Ops.EqBool(y, x)));
            });
            Def.M0(vt, "__repr__", o =>
            {
                var v = (DictView)o;
                return new PyStr(Ops.Guarded(v, "...", () => $"{v.Type.Name}([{string.Join(", ", Ops.Enumerate(v).Select(Ops.Repr))}])"));
            });
            if (vt == Types.DictValues) continue;
            // Keys and items views compare as sets, so they are unhashable (values views keep identity hashing).
            vt.Dict!["__hash__"] = Py.None;
            foreach (var (name, op) in new[] { ("__and__", "&"), ("__or__", "|"), ("__sub__", "-"), ("__xor__", "^") })
            {
                var o2 = op;
                // A view combines with any iterable (CPython turns the other operand into a set), both ways round.
                Def.M1(vt, name, (a, b) => SetMethods.SetOp(SetMethods.FromIterable(a, false), AsSet(b), o2));
                Def.M1(vt, "__r" + name[2..], (a, b) => AsSet(b) is PySet bs ? SetMethods.SetOp(bs, SetMethods.FromIterable(a, false), o2) : Py.NotImplemented);
            }
            // Equality and inclusion against sets and other keys/items views, as set comparisons.
            static PySet? SetLike(PyObject b) => b switch
            {
                PySet s => s,
                DictView v when v.Kind != DictIterator.Kind.Values => SetMethods.FromIterable(v, false),
                _ => null,
            };
            Def.M1(vt, "__eq__", (a, b) => SetLike(b) is { } s ? Py.Bool(SetMethods.SetEq(SetMethods.FromIterable(a, false), s)) : Py.NotImplemented);
            Def.M1(vt, "__ne__", (a, b) => SetLike(b) is { } s ? Py.Bool(!SetMethods.SetEq(SetMethods.FromIterable(a, false), s)) : Py.NotImplemented);
            Def.M1(vt, "__le__", (a, b) => SetLike(b) is { } s ? Py.Bool(SetMethods.Subset(SetMethods.FromIterable(a, false), s)) : Py.NotImplemented);
            Def.M1(vt, "__ge__", (a, b) => SetLike(b) is { } s ? Py.Bool(SetMethods.Subset(s, SetMethods.FromIterable(a, false))) : Py.NotImplemented);
            Def.M1(vt, "__lt__", (a, b) => SetLike(b) is { } s && SetMethods.FromIterable(a, false) is var x ? Py.Bool(x.Count < s.Count && SetMethods.Subset(x, s)) : Py.NotImplemented);
            Def.M1(vt, "__gt__", (a, b) => SetLike(b) is { } s && SetMethods.FromIterable(a, false) is var x ? Py.Bool(s.Count < x.Count && SetMethods.Subset(s, x)) : Py.NotImplemented);
            Def.M1(vt, "isdisjoint", (a, b) => Py.Bool(!Ops.Enumerate(b).Any(x => SetMethods.FromIterable(a, false).Contains(x))));
        }
    }

    static PyObject AsSet(PyObject b) =>
        b is PySet ? b : Ops.GetAttrOrNull(b, "__iter__") is not null ? SetMethods.FromIterable(b, false) : Py.NotImplemented;

    static bool DictEq(PyDict a, PyDict b)
    {
        if (a.Count != b.Count) return false;
        foreach (var (k, v) in a.Items())
        {
            var w = b.Get(k);
            if (w is null || !(ReferenceEquals(v, w) || Ops.EqBool(v, w))) return false;
        }
        return true;
    }

    public static PyDict Copy(PyDict d)
    {
        var r = new PyDict();
        foreach (var (k, v) in d.Items()) r.Set(k, v);
        return r;
    }
}

public sealed class DictView(PyDict d, DictIterator.Kind kind)
    : PyObject(kind == DictIterator.Kind.Keys ? Types.DictKeys : kind == DictIterator.Kind.Values ? Types.DictValues : Types.DictItems)
{
    public readonly PyDict Map = d;
    public readonly DictIterator.Kind Kind = kind;
    public PyIterator Iter() => new DictIterator(Map, Kind);
}
