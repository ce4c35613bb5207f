namespace Pytk.Vm.BuiltinTypes.Set;

public static class SetMethods
{
    static PySet S(PyObject o) => (PySet)o;

    public static PySet FromIterable(PyObject o, bool frozen)
    {
        var s = new PySet(frozen);
        s.AddAll(o);
        return s;
    }

    static PySet Other(PyObject o) => o as PySet ?? FromIterable(o, false);

    public static PyObject SetOp(PySet a, PyObject bObj, string op)
    {
        if (bObj is not PySet && bObj is not DictView) return Py.NotImplemented;
        var b = Other(bObj);
        var r = new PySet(a.Type.IsSubtypeOf(Types.FrozenSet) ? Types.FrozenSet : Types.Set);
        switch (op)
        {
            case "|": r.AddAll(a); r.AddAll(b); break;
            case "&":
                {
                    var (small, big) = a.Count <= b.Count ? (a, b) : (b, a);
                    foreach (var x in small.Items()) if (big.Contains(x)) r.Add(x);
                    break;
                }
            case "-": foreach (var x in a.Items()) if (!b.Contains(x)) r.Add(x); break;
            case "^":
                foreach (var x in a.Items()) if (!b.Contains(x)) r.Add(x);
                foreach (var x in b.Items()) if (!a.Contains(x)) r.Add(x);
                break;
        }
        return r;
    }

    public static bool SetEq(PySet a, PyObject b) => b is PySet bs && a.Count == bs.Count && a.Items().All(bs.Contains);
    public static bool Subset(PySet a, PySet b) => a.Count <= b.Count && a.Items().All(b.Contains);

    public static string Repr(PySet s)
    {
        bool frozen = s.Type != Types.Set;
        string name = s.Type.Name;
        if (s.Count == 0) return name + "()";
        string body = Ops.Guarded(s, "...", () => "{" + string.Join(", ", s.Items().Select(Ops.Repr)) + "}");
        return s.Type == Types.Set ? body : name + "(" + body + ")";
    }

    public static void Register()
    {
        foreach (var t in new[] { Types.Set, Types.FrozenSet })
        {
            bool frozen = t == Types.FrozenSet;
            Def.Static(t, "__new__", (a, kw) =>
            {
                var cls = (PyType)a[0];
                var s = new PySet(cls);
                if (frozen && a.Length > 1) s.AddAll(a[1]);
                return s;
            });
            if (!frozen)
                Def.Method(t, "__init__", (a, kw) =>
                {
                    Def.Count("set", a[1..], 0, 1);
                    S(a[0]).Clear();
                    if (a.Length > 1) S(a[0]).AddAll(a[1]);
                    return Py.None;
                });
            Def.M0(t, "__repr__", o => new PyStr(Repr(S(o))));
            Def.ClassMethod(t, "__class_getitem__", (a, kw) => new GenericAlias((PyType)a[0], a[1]));
            Def.M0(t, "__len__", o => PyInt.From(S(o).Count));
            Def.M0(t, "__iter__", o => new SetIterator(S(o)));
            Def.M1(t, "__contains__", (o, x) => Py.Bool(S(o).Contains(x)));
            foreach (var (name, op) in new[] { ("__or__", "|"), ("__and__", "&"), ("__sub__", "-"), ("__xor__", "^") })
            {
                var o2 = op;
                Def.M1(t, name, (a, b) => SetOp(S(a), b, o2));
                Def.M1(t, "__r" + name[2..], (a, b) => b is PySet bs ? SetOp(bs, a, o2) : Py.NotImplemented);
            }
            Def.M1(t, "__eq__", (a, b) => b is PySet ? Py.Bool(SetEq(S(a), b)) : Py.NotImplemented);
            Def.M1(t, "__ne__", (a, b) => b is PySet ? Py.Bool(!SetEq(S(a), b)) : Py.NotImplemented);
            Def.M1(t, "__le__", (a, b) => b is PySet bs ? Py.Bool(Subset(S(a), bs)) : Py.NotImplemented);
            Def.M1(t, "__lt__", (a, b) => b is PySet bs ? Py.Bool(S(a).Count < bs.Count && Subset(S(a), bs)) : Py.NotImplemented);
            Def.M1(t, "__ge__", (a, b) => b is PySet bs ? Py.Bool(Subset(bs, S(a))) : Py.NotImplemented);
            Def.M1(t, "__gt__", (a, b) => b is PySet bs ? Py.Bool(S(a).Count > bs.Count && Subset(bs, S(a))) : Py.NotImplemented);
            Def.Method(t, "union", (a, kw) => a[1..].Aggregate((PyObject)S(a[0]).CopyAs(frozen ? Types.FrozenSet : Types.Set), (acc, x) => SetOp(S(acc), Other(x), "|")));
            Def.Method(t, "intersection", (a, kw) => a[1..].Aggregate((PyObject)S(a[0]).CopyAs(frozen ? Types.FrozenSet : Types.Set), (acc, x) => SetOp(S(acc), Other(x), "&")));
            Def.Method(t, "difference", (a, kw) => a[1..].Aggregate((PyObject)S(a[0]).CopyAs(frozen ? Types.FrozenSet : Types.Set), (acc, x) => SetOp(S(acc), Other(x), "-")));
            Def.M1(t, "symmetric_difference", (a, b) => SetOp(S(a), Other(b), "^"));
            Def.M1(t, "issubset", (a, b) => Py.Bool(Subset(S(a), Other(b))));
            Def.M1(t, "issuperset", (a, b) => Py.Bool(Subset(Other(b), S(a))));
            Def.M1(t, "isdisjoint", (a, b) => Py.Bool(!Ops.Enumerate(b).Any(S(a).Contains)));
            Def.M0(t, "copy", o => frozen && o.Type == Types.FrozenSet ? o : S(o).CopyAs(frozen ? Types.FrozenSet : Types.Set));
            if (frozen)
            {
                Def.M0(t, "__hash__", o =>
                {
                    if (S(o).FrozenHash is { } cached) return PyInt.From(cached);
                    ulong h = 0;
                    foreach (var x in S(o).Items()) { ulong y = (ulong)Ops.Hash(x); h ^= ((y ^ 89869747UL) ^ (y << 16)) * 3644798167UL; }
                    h ^= ((ulong)S(o).Count + 1) * 1927868237UL;
                    // CPython's frozenset_hash: disperse nested patterns, then a final LCG step.
                    h ^= (h >> 11) ^ (h >> 25);
                    h = h * 69069UL + 907133923UL;
                    long hash = h == ulong.MaxValue ? 590923713L : (long)h;
                    S(o).FrozenHash = hash;
                    return PyInt.From(hash);
                });
                continue;
            }
            t.Dict!["__hash__"] = Py.None;
            Def.M1(t, "add", (o, x) => { S(o).Add(x); return Py.None; });
            Def.M1(t, "remove", (o, x) => S(o).Remove(x) ? Py.None : throw Err.Key(x));
            Def.M1(t, "discard", (o, x) => { S(o).Remove(x); return Py.None; });
            Def.M0(t, "pop", o => S(o).Pop() ?? throw Err.Key(new PyStr("pop from an empty set")));
            Def.M0(t, "clear", o => { S(o).Clear(); return Py.None; });
            Def.Method(t, "update", (a, kw) => { foreach (var x in a[1..]) S(a[0]).AddAll(x); return Py.None; });
            foreach (var (name, op) in new[] { ("intersection_update", "&"), ("difference_update", "-"), ("symmetric_difference_update", "^") })
            {
                var o2 = op;
                Def.Method(t, name, (a, kw) => { Replace(S(a[0]), a[1..].Aggregate((PyObject)S(a[0]), (acc, x) => SetOp(S(acc), Other(x), o2))); return Py.None; });
            }
            foreach (var (name, op) in new[] { ("__ior__", "|"), ("__iand__", "&"), ("__isub__", "-"), ("__ixor__", "^") })
            {
                var o2 = op;
                Def.M1(t, name, (a, b) => { if (b is not PySet) return Py.NotImplemented; Replace(S(a), SetOp(S(a), b, o2)); return a; });
            }
        }
    }

    static void Replace(PySet target, PyObject src)
    {
        var items = S(src).Items().ToList();
        target.Clear();
        foreach (var x in items) target.Add(x);
    }
}
