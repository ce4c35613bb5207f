namespace Pytk.Vm;

/// <summary>Small pure-C# versions of a few stdlib modules programs commonly import.</summary>
public static class MiscModules
{
    static PyModule Mod(string name, params (string, PyObject)[] items)
    {
        var m = new PyModule(name);
        foreach (var (k, v) in items) m.Dict![k] = v;
        return m;
    }

    static (string, PyObject) Fn(string name, BuiltinFn f) => (name, Def.Func(name, f));
    static PyObject It(Func<PyObject?> step) => new FuncIterator(Types.Iterator, step);

    public static PyModule Time() => Mod("time",
        Fn("time", (a, kw) => new PyFloat(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0)),
        Fn("perf_counter", (a, kw) => new PyFloat(System.Diagnostics.Stopwatch.GetTimestamp() / (double)System.Diagnostics.Stopwatch.Frequency)),
        Fn("monotonic", (a, kw) => new PyFloat(System.Diagnostics.Stopwatch.GetTimestamp() / (double)System.Diagnostics.Stopwatch.Frequency)),
        Fn("sleep", (a, kw) => { Thread.Sleep((int)(NumberMethods.ToDouble(a[0]) * 1000)); return Py.None; }));

    public static PyModule Random()
    {
        var rng = new System.Random(0);
        return Mod("random",
            Fn("seed", (a, kw) => { rng = new System.Random(a.Length > 0 ? (int)Ops.Hash(a[0]) : 0); return Py.None; }),
            Fn("random", (a, kw) => new PyFloat(rng.NextDouble())),
            Fn("randint", (a, kw) => PyInt.From(rng.NextInt64(Ops.Index(a[0]).V, Ops.Index(a[1]).V + 1))),
            Fn("choice", (a, kw) => { var l = Ops.ToList(a[0]); return l[rng.Next(l.Count)]; }),
            Fn("shuffle", (a, kw) => { var l = ((PyList)a[0]).Items; for (int i = l.Count - 1; i > 0; i--) { int j = rng.Next(i + 1); (l[i], l[j]) = (l[j], l[i]); } return Py.None; }));
    }

    public static PyModule Itertools() => Mod("itertools",
        Fn("count", (a, kw) => { PyObject cur = a.Length > 0 ? a[0] : PyInt.From(0); var step = a.Length > 1 ? a[1] : PyInt.From(1); return It(() => { var v = cur; cur = Ops.Binary(BinOp.Add, cur, step); return v; }); }),
        Fn("repeat", (a, kw) => { long n = a.Length > 1 ? Ops.Index(a[1]).V : long.MaxValue; return It(() => n-- > 0 ? a[0] : null); }),
        Fn("cycle", (a, kw) => { var items = Ops.ToList(a[0]); int i = 0; return It(() => items.Count == 0 ? null : items[i++ % items.Count]); }),
        Fn("chain", (a, kw) => new EnumerableIterator(a.SelectMany(Ops.Enumerate))),
        Fn("islice", (a, kw) =>
        {
            var it = Ops.Iter(a[0]);
            long start = 0, stop, step = 1;
            if (a.Length == 2) stop = a[1] is PyNone ? long.MaxValue : Ops.Index(a[1]).V;
            else { start = a[1] is PyNone ? 0 : Ops.Index(a[1]).V; stop = a[2] is PyNone ? long.MaxValue : Ops.Index(a[2]).V; if (a.Length > 3 && a[3] is not PyNone) step = Ops.Index(a[3]).V; }
            long pos = 0, next = start;
            return It(() =>
            {
                while (next < stop)
                {
                    var v = Ops.Next(it);
                    if (v is null) return null;
                    if (pos++ == next) { next += step; return v; }
                }
                return null;
            });
        }),
        Fn("accumulate", (a, kw) =>
        {
            var it = Ops.Iter(a[0]);
            var fn = a.Length > 1 && a[1] is not PyNone ? a[1] : kw?.FirstOrDefault(p => p.Key == "func").Value;
            PyObject? acc = kw?.FirstOrDefault(p => p.Key == "initial").Value;
            bool first = true;
            return It(() =>
            {
                if (first && acc is not null) { first = false; return acc; }
                first = false;
                var v = Ops.Next(it);
                if (v is null) return null;
                acc = acc is null ? v : fn is null ? Ops.Binary(BinOp.Add, acc, v) : Ops.Call(fn, acc, v);
                return acc;
            });
        }),
        Fn("product", (a, kw) =>
        {
            int repeat = kw?.FirstOrDefault(p => p.Key == "repeat").Value is { } r ? Ops.IndexInt(r) : 1;
            var pools = Enumerable.Repeat(a.Select(Ops.ToList).ToList(), repeat).SelectMany(x => x).ToList();
            IEnumerable<List<PyObject>> result = [new List<PyObject>()];
            foreach (var pool in pools) result = result.SelectMany(x => pool.Select(y => new List<PyObject>(x) { y })).ToList();
            return new EnumerableIterator(result.Select(x => (PyObject)new PyTuple(x.ToArray())));
        }),
        Fn("permutations", (a, kw) =>
        {
            var pool = Ops.ToList(a[0]);
            int r = a.Length > 1 && a[1] is not PyNone ? Ops.IndexInt(a[1]) : pool.Count;
            return new EnumerableIterator(Perms(Enumerable.Range(0, pool.Count).ToList(), r).Select(ix => (PyObject)new PyTuple(ix.Select(i => pool[i]).ToArray())));
        }),
        Fn("combinations", (a, kw) =>
        {
            var pool = Ops.ToList(a[0]);
            int r = Ops.IndexInt(a[1]);
            return new EnumerableIterator(Combs(pool.Count, r, false).Select(ix => (PyObject)new PyTuple(ix.Select(i => pool[i]).ToArray())));
        }),
        Fn("combinations_with_replacement", (a, kw) =>
        {
            var pool = Ops.ToList(a[0]);
            int r = Ops.IndexInt(a[1]);
            return new EnumerableIterator(Combs(pool.Count, r, true).Select(ix => (PyObject)new PyTuple(ix.Select(i => pool[i]).ToArray())));
        }),
        Fn("zip_longest", (a, kw) =>
        {
            var fill = kw?.FirstOrDefault(p => p.Key == "fillvalue").Value ?? Py.None;
            var its = a.Select(Ops.Iter).ToArray();
            var done = new bool[its.Length];
            return It(() =>
            {
                var items = new PyObject[its.Length];
                bool any = false;
                for (int i = 0; i < its.Length; i++)
                {
                    var v = done[i] ? null : Ops.Next(its[i]);
                    if (v is null) { done[i] = true; items[i] = fill; } else { any = true; items[i] = v; }
                }
                return any ? new PyTuple(items) : null;
            });
        }),
        Fn("starmap", (a, kw) => { var it = Ops.Iter(a[1]); return It(() => Ops.Next(it) is { } v ? Ops.Call(a[0], Ops.ToArray(v)) : null); }),
        Fn("takewhile", (a, kw) => { var it = Ops.Iter(a[1]); bool stop = false; return It(() => { if (stop) return null; var v = Ops.Next(it); if (v is null || !Ops.Truth(Ops.Call(a[0], v))) { stop = true; return null; } return v; }); }),
        Fn("dropwhile", (a, kw) => { var it = Ops.Iter(a[1]); bool dropping = true; return It(() => { while (Ops.Next(it) is { } v) { if (dropping && Ops.Truth(Ops.Call(a[0], v))) continue; dropping = false; return v; } return null; }); }),
        Fn("pairwise", (a, kw) => { var it = Ops.Iter(a[0]); var prev = Ops.Next(it); return It(() => { if (prev is null) return null; var v = Ops.Next(it); if (v is null) return null; var r = PyTuple.Of(prev, v); prev = v; return r; }); }),
        Fn("groupby", (a, kw) =>
        {
            var key = a.Length > 1 ? a[1] : kw?.FirstOrDefault(p => p.Key == "key").Value;
            var items = Ops.ToList(a[0]);
            var groups = new List<PyObject>();
            int i = 0;
            while (i < items.Count)
            {
                var k = key is null or PyNone ? items[i] : Ops.Call(key, items[i]);
                var g = new List<PyObject>();
                while (i < items.Count && Ops.EqBool(key is null or PyNone ? items[i] : Ops.Call(key, items[i]), k)) g.Add(items[i++]);
                groups.Add(PyTuple.Of(k, new ArrayIterator(g.ToArray())));
            }
            return new ArrayIterator(groups.ToArray());
        }));

    static IEnumerable<List<int>> Perms(List<int> pool, int r)
    {
        if (r == 0) { yield return new(); yield break; }
        for (int i = 0; i < pool.Count; i++)
        {
            var rest = new List<int>(pool); rest.RemoveAt(i);
            foreach (var p in Perms(rest, r - 1)) { p.Insert(0, pool[i]); yield return p; }
        }
    }

    static IEnumerable<List<int>> Combs(int n, int r, bool repl, int start = 0)
    {
        if (r == 0) { yield return new(); yield break; }
        for (int i = start; i < n; i++)
            foreach (var c in Combs(n, r - 1, repl, repl ? i : i + 1)) { c.Insert(0, i); yield return c; }
    }

    public static PyModule Functools()
    {
        var m = Mod("functools",
            Fn("reduce", (a, kw) =>
            {
                var it = Ops.Iter(a[1]);
                var acc = a.Length > 2 ? a[2] : Ops.Next(it) ?? throw Err.Type("reduce() of empty iterable with no initial value");
                while (Ops.Next(it) is { } v) acc = Ops.Call(a[0], acc, v);
                return acc;
            }),
            Fn("partial", (a, kw) =>
            {
                var fn = a[0]; var pre = a[1..]; var prekw = kw;
                return Def.Func("partial", (b, kw2) =>
                {
                    KwArgs? all = null;
                    if (prekw is not null || kw2 is not null) { all = new(); if (prekw is not null) all.AddRange(prekw); if (kw2 is not null) all.AddRange(kw2); }
                    return Ops.Call(fn, [.. pre, .. b], all);
                });
            }),
            Fn("wraps", (a, kw) =>
            {
                var wrapped = a[0];
                return Def.Func("wraps", (b, _) =>
                {
                    foreach (var n in new[] { "__name__", "__qualname__", "__doc__", "__module__" })
                        if (Ops.GetAttrOrNull(wrapped, n) is { } v) { try { Ops.SetAttr(b[0], n, v); } catch (PyException) { } }
                    try { Ops.SetAttr(b[0], "__wrapped__", wrapped); } catch (PyException) { }
                    return b[0];
                });
            }),
            Fn("cmp_to_key", (a, kw) =>
            {
                var cmp = a[0];
                var kt = new PyType("K", [Types.Object]);
                kt.Dict!["__init__"] = Def.Func("__init__", (b, _) => { b[0].Dict ??= new(); b[0].Dict!["obj"] = b[1]; return Py.None; });
                kt.Dict["__lt__"] = Def.Func("__lt__", (b, _) => Py.Bool(Ops.LessThan(Ops.Call(cmp, b[0].Dict!["obj"], b[1].Dict!["obj"]), PyInt.From(0))));
                kt.Dict["__init__"] = new PyBuiltin("__init__", (b, _) => { b[0].Dict ??= new(); b[0].Dict!["obj"] = b[1]; return Py.None; });
                kt.Dict["__lt__"] = new PyBuiltin("__lt__", (b, _) => Py.Bool(Ops.LessThan(Ops.Call(cmp, b[0].Dict!["obj"], b[1].Dict!["obj"]), PyInt.From(0))));
                kt.HasDictSlot = true;
                return kt;
            }));
        PyObject Cache(PyObject fn)
        {
            var memo = new PyDict();
            return Def.Func(Ops.GetAttrOrNull(fn, "__name__") is PyStr n ? n.Value : "cached", (b, kw2) =>
            {
                var key = new PyTuple(b);
                var hit = memo.Get(key);
                if (hit is not null) return hit;
                var r = Ops.Call(fn, b, kw2);
                memo.Set(key, r);
                return r;
            });
        }
        m.Dict!["cache"] = Def.Func("cache", (a, kw) => Cache(a[0]));
        m.Dict["lru_cache"] = Def.Func("lru_cache", (a, kw) => a.Length == 1 && Ops.IsCallable(a[0]) && a[0] is not PyInt ? Cache(a[0]) : Def.Func("lru_cache", (b, _) => Cache(b[0])));
        return m;
    }

    public static PyModule Operator() => Mod("operator",
        Fn("add", (a, kw) => Ops.Binary(BinOp.Add, a[0], a[1])),
        Fn("sub", (a, kw) => Ops.Binary(BinOp.Sub, a[0], a[1])),
        Fn("mul", (a, kw) => Ops.Binary(BinOp.Mul, a[0], a[1])),
        Fn("truediv", (a, kw) => Ops.Binary(BinOp.TrueDiv, a[0], a[1])),
        Fn("floordiv", (a, kw) => Ops.Binary(BinOp.FloorDiv, a[0], a[1])),
        Fn("mod", (a, kw) => Ops.Binary(BinOp.Mod, a[0], a[1])),
        Fn("neg", (a, kw) => Ops.Negative(a[0])),
        Fn("eq", (a, kw) => Ops.Compare(a[0], a[1], CmpOp.Eq)),
        Fn("lt", (a, kw) => Ops.Compare(a[0], a[1], CmpOp.Lt)),
        Fn("itemgetter", (a, kw) => Def.Func("itemgetter", (b, _) => a.Length == 1 ? Ops.GetItem(b[0], a[0]) : new PyTuple(a.Select(k => Ops.GetItem(b[0], k)).ToArray()))),
        Fn("attrgetter", (a, kw) => Def.Func("attrgetter", (b, _) => a.Length == 1 ? Ops.GetAttr(b[0], Ops.Str(a[0])) : new PyTuple(a.Select(k => Ops.GetAttr(b[0], Ops.Str(k))).ToArray()))));

    public static PyModule String() => Mod("string",
        ("ascii_lowercase", new PyStr("abcdefghijklmnopqrstuvwxyz")),
        ("ascii_uppercase", new PyStr("ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        ("ascii_letters", new PyStr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        ("digits", new PyStr("0123456789")),
        ("hexdigits", new PyStr("0123456789abcdefABCDEF")),
        ("punctuation", new PyStr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")),
        ("whitespace", new PyStr(" \t\n\r\v\f")));

    public static PyModule Abc()
    {
        var abcMeta = new PyType("ABCMeta", [Types.Type], Types.Type) { HasDictSlot = true };
        abcMeta.Dict!["__module__"] = new PyStr("abc");
        // Instantiation refuses classes with abstract methods left: computed when the class is made.
        abcMeta.Dict["__new__"] = new PyStaticMethod(Def.Func("__new__", (a, kw) =>
        {
            var cls = (PyType)Ops.Call(Types.Type.Dict!["__new__"] is PyStaticMethod s ? s.Func : Types.Type, a, kw);
            var abstracts = new List<PyObject>();
            foreach (var c in cls.Mro)
                foreach (var (k, _) in c.Dict!)
                {
                    var v = cls.Lookup(k);
                    if (v is not null && Ops.GetAttrOrNull(v, "__isabstractmethod__") is { } ab && Ops.Truth(ab) && !abstracts.Any(x => Ops.Str(x) == k))
                        abstracts.Add(new PyStr(k));
                }
            cls.Dict!["__abstractmethods__"] = new PyTuple(abstracts.OrderBy(x => Ops.Str(x), StringComparer.Ordinal).ToArray());
            return cls;
        }));
        var abc = new PyType("ABC", [Types.Object], abcMeta) { HasDictSlot = true };
        abc.Dict!["__module__"] = new PyStr("abc");
        abc.Dict["__abstractmethods__"] = PyTuple.Empty;
        return Mod("abc", ("ABCMeta", abcMeta), ("ABC", abc),
            Fn("abstractmethod", (a, kw) => { try { Ops.SetAttr(a[0], "__isabstractmethod__", Py.True); } catch (PyException) { } return a[0]; }));
    }
}
