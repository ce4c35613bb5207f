namespace Pytk.Vm.NativeModules;

/// <summary>
/// `_functools`, the compiled half of functools.py (which imports it over its own definitions, as CPython's
/// does): `partial` (flattening nested partials, read-only func/args/keywords, a __dict__, pickled through
/// __reduce__/__setstate__), `reduce`, `cmp_to_key` (KeyWrapper objects) and `_lru_cache_wrapper` (the cache
/// behind lru_cache: keys hashed once per call, least recently used entry evicted first), with the C
/// implementation's behaviour and messages.
/// </summary>
public static class FunctoolsCore
{
    public static PyModule Create()
    {
        var m = new PyModule("_functools");
        var d = m.Dict!;
        d["reduce"] = Def.Func("reduce", Reduce);
        d["cmp_to_key"] = Def.Func("cmp_to_key", (a, kw) =>
        {
            var got = Bind("cmp_to_key", a, kw, "mycmp");
            return new KeyWrapper(got, null);
        });
        d["partial"] = PartialType;
        d["_lru_cache_wrapper"] = LruType;
        return m;
    }

    /// <summary>The one argument of a one-parameter function (positional or by keyword), with the C messages.</summary>
    static PyObject Bind(string fn, PyObject[] a, KwArgs? kw, string name)
    {
        int n = a.Length + (kw?.Count ?? 0);
        if (n > 1) throw Err.Type($"{fn}() takes at most 1 argument ({n} given)");
        if (a.Length == 1) return a[0];
        if (kw is { Count: 1 } && kw[0].Key == name) return kw[0].Value;
        throw Err.Type($"{fn}() missing required argument '{name}' (pos 1)");
    }

    static PyType HeapType(string name)
    {
        var t = new PyType(name, [Types.Object]) { HasDictSlot = true };
        t.Dict!["__module__"] = new PyStr("functools");
        return t;
    }

    // ---- reduce

    static PyObject Reduce(PyObject[] a, KwArgs? kw)
    {
        Def.NoKw("reduce", kw);
        Def.Count("reduce", a, 2, 3);
        PyObject it;
        try { it = Ops.Iter(a[1]); }
        catch (PyException e) when (Err.Matches(e.Value, ExcTypes.TypeError))
        {
            throw Err.Type("reduce() arg 2 must support iteration");
        }
        var acc = a.Length == 3 ? a[2] : null;
        while (Ops.Next(it) is { } x)
            acc = acc is null ? x : Ops.Call(a[0], acc, x);
        return acc ?? throw Err.Type("reduce() of empty iterable with no initial value");
    }

    // ---- partial

    sealed class Partial(PyType type, PyObject func, PyTuple args, PyDict keywords) : PyObject(type)
    {
        public PyObject Func = func;
        public PyTuple Args = args;
        public PyDict Keywords = keywords;
    }

    static readonly PyType PartialType = MakePartial();

    static Partial P(PyObject o) => o as Partial
        ?? throw Err.Type($"descriptor requires a 'functools.partial' object but received a '{o.Type.Name}'");

    static PyDict CopyDict(PyDict d)
    {
        var r = new PyDict();
        foreach (var (k, v) in d.Items().ToArray()) r.Set(k, v);
        return r;
    }

    static PyType MakePartial()
    {
        var t = HeapType("partial");
        t.Dict!["__doc__"] = new PyStr("Create a new function with partial application of the given arguments\nand keywords.");
        Def.Static(t, "__new__", (a, kw) =>
        {
            var cls = (PyType)a[0];
            if (a.Length < 2) throw Err.Type("type 'partial' takes at least one argument");
            var func = a[1];
            if (!Ops.IsCallable(func)) throw Err.Type("the first argument must be callable");
            PyObject[] args = a[2..];
            PyDict keywords;
            // a partial of a partial calls the inner one's function directly (unless the inner one has attributes
            // of its own or a __call__ of its own), as CPython's does
            if (func is Partial inner && inner.Dict is not { Count: > 0 } && ReferenceEquals(inner.Type.Lookup("__call__"), t.Dict["__call__"]))
            {
                args = [.. inner.Args.Items, .. args];
                keywords = CopyDict(inner.Keywords);
                func = inner.Func;
            }
            else keywords = new PyDict();
            if (kw is not null) foreach (var (k, v) in kw) keywords.Set(new PyStr(k), v);
            return new Partial(cls, func, args.Length == 0 ? PyTuple.Empty : new PyTuple(args), keywords);
        });
        Def.Method(t, "__call__", (a, kw) =>
        {
            var p = P(a[0]);
            PyObject[] args = p.Args.Items.Length == 0 ? a[1..] : [.. p.Args.Items, .. a.AsSpan(1)];
            KwArgs? merged = kw;
            if (p.Keywords.Count > 0)
            {
                merged = [];
                var index = new Dictionary<string, int>();
                foreach (var (k, v) in p.Keywords.Items().ToArray())
                {
                    if (k is not PyStr s) throw Err.Type("keywords must be strings");
                    index[s.Value] = merged.Count;
                    merged.Add(new(s.Value, v));
                }
                if (kw is not null)
                    foreach (var pair in kw)
                        if (index.TryGetValue(pair.Key, out int i)) merged[i] = pair;
                        else { index[pair.Key] = merged.Count; merged.Add(pair); }
            }
            return Ops.Call(p.Func, args, merged);
        });
        ReadOnly(t, "func", o => P(o).Func);
        ReadOnly(t, "args", o => P(o).Args);
        ReadOnly(t, "keywords", o => P(o).Keywords);
        var dictGet = new PyBuiltin("__dict__", (a, _) => PyDict.NamespaceOf(a[0]), binds: false);
        var dictSet = new PyBuiltin("__dict__", (a, _) =>
        {
            if (a[1] is not PyDict nd) throw Err.Type($"__dict__ must be set to a dictionary, not a '{a[1].Type.Name}'");
            var ns = a[0].Dict ??= new();
            var items = nd.Items().ToArray();
            ns.Clear();
            foreach (var (k, v) in items) ns[Def.Str(k, "attribute name")] = v;
            return Py.None;
        }, binds: false);
        var dictDel = new PyBuiltin("__dict__", (a, _) => throw Err.Type("cannot delete __dict__"), binds: false);
        t.Dict["__dict__"] = new PyProperty(dictGet, dictSet, dictDel, null) { Name = "__dict__", Owner = "partial", Type = Types.GetSetDescriptor };
        Def.M0(t, "__repr__", o =>
        {
            var p = P(o);
            string name = $"{Ops.Str(Ops.GetAttr(o.Type, "__module__"))}.{Ops.Str(Ops.GetAttr(o.Type, "__qualname__"))}";
            return new PyStr(Ops.Guarded(o, "...", () =>
            {
                var parts = new List<string> { Ops.Repr(p.Func) };
                foreach (var x in p.Args.Items) parts.Add(Ops.Repr(x));
                foreach (var (k, v) in p.Keywords.Items().ToArray()) parts.Add($"{Ops.Str(k)}={Ops.Repr(v)}");
                return $"{name}({string.Join(", ", parts)})";
            }));
        });
        Def.M0(t, "__reduce__", o =>
        {
            var p = P(o);
            PyObject ns = o.Dict is { Count: > 0 } ? PyDict.NamespaceOf(o) : Py.None;
            return PyTuple.Of(o.Type, PyTuple.Of(p.Func), PyTuple.Of(p.Func, p.Args, p.Keywords, ns));
        });
        Def.M1(t, "__setstate__", (o, state) =>
        {
            var p = P(o);
            if (state is not PyTuple { Items.Length: 4 } st) throw Err.Type("invalid partial state");
            var (fn, fnArgs, kwds, ns) = (st.Items[0], st.Items[1], st.Items[2], st.Items[3]);
            if (!Ops.IsCallable(fn) || fnArgs is not PyTuple argsTuple || (kwds is not PyNone && kwds is not PyDict)
                || (ns is not PyNone && ns is not PyDict))
                throw Err.Type("invalid partial state");
            p.Func = fn;
            p.Args = argsTuple.Type == Types.Tuple ? argsTuple : new PyTuple(argsTuple.Items);
            p.Keywords = kwds is PyDict kd ? (kd.Type == Types.Dict ? kd : CopyDict(kd)) : new PyDict();
            if (ns is PyDict nd)
            {
                var items = nd.Items().ToArray();
                var own = o.Dict ??= new();
                own.Clear();
                foreach (var (k, v) in items) own[Def.Str(k, "attribute name")] = v;
            }
            else o.Dict = null;
            return Py.None;
        });
        Def.Method(t, "__get__", (a, kw) =>
        {
            if (a.Length < 2 || a[1] is PyNone) return a[0];
            var warnings = Modules.Import("warnings", Py.None, 0, null);
            Ops.Call(Ops.GetAttr(warnings, "warn"),
                new PyStr("functools.partial will be a method descriptor in future Python versions; wrap it in " +
                          "staticmethod() if you want to preserve the old behavior"),
                ExcTypes.All["FutureWarning"], PyInt.From(1));
            return a[0];
        });
        Def.ClassMethod(t, "__class_getitem__", (a, kw) => new GenericAlias((PyType)a[0], a[1]));
        return t;
    }

    /// <summary>A read-only member (CPython's READONLY members: "readonly attribute" on a store or delete).</summary>
    static void ReadOnly(PyType t, string name, Func<PyObject, PyObject> get)
    {
        var g = new PyBuiltin(name, (a, _) => get(a[0]), binds: false);
        var refuse = new PyBuiltin(name, (a, _) => throw Err.Attribute("readonly attribute"), binds: false);
        t.Dict![name] = new PyProperty(g, refuse, refuse, null) { Name = name, Owner = t.Name, Type = Types.GetSetDescriptor };
    }

    // ---- cmp_to_key

    static readonly PyType KeyType = MakeKeyWrapper();

    sealed class KeyWrapper(PyObject cmp, PyObject? obj) : PyObject(KeyType)
    {
        public readonly PyObject Cmp = cmp;
        public PyObject? Obj = obj;
    }

    static PyType MakeKeyWrapper()
    {
        var t = new PyType("KeyWrapper", [Types.Object], builtin: true) { Final = true };
        t.Dict!["__module__"] = new PyStr("functools");
        Def.Static(t, "__new__", (a, kw) => throw Err.Type("cannot create 'functools.KeyWrapper' instances"));
        Def.Method(t, "__call__", (a, kw) =>
        {
            var obj = Bind("K", a[1..], kw, "obj");
            return new KeyWrapper(((KeyWrapper)a[0]).Cmp, obj);
        });
        Def.Prop(t, "obj", o => ((KeyWrapper)o).Obj ?? throw Err.Attribute("obj"), (o, v) => ((KeyWrapper)o).Obj = v);
        foreach (CmpOp op in Enum.GetValues<CmpOp>())
        {
            var cop = op;
            Def.M1(t, CmpOpInfo.Slot[(int)op], (a, b) =>
            {
                if (b is not KeyWrapper kb) throw Err.Type("other argument must be K instance");
                var ka = (KeyWrapper)a;
                if (ka.Obj is null || kb.Obj is null) throw Err.Attribute("object");
                var r = Ops.Call(ka.Cmp, ka.Obj, kb.Obj);
                return Ops.Compare(r, PyInt.From(0), cop);
            });
        }
        t.Dict["__hash__"] = Py.None;
        return t;
    }

    // ---- _lru_cache_wrapper

    /// <summary>A cache key with its hash, computed once per call as CPython's C cache does.</summary>
    readonly struct Key(PyObject value, long hash) : IEquatable<Key>
    {
        public readonly PyObject Value = value;
        public readonly long Hash = hash;
        public bool Equals(Key o) => ReferenceEquals(Value, o.Value) || (Hash == o.Hash && Ops.EqBool(Value, o.Value));
        public override bool Equals(object? obj) => obj is Key k && Equals(k);
        public override int GetHashCode() => Hash.GetHashCode();
    }

    sealed class Lru(PyType type, PyObject func, long maxsize, bool typed, PyObject infoType) : PyObject(type)
    {
        public readonly PyObject Func = func;
        /// <summary>-1: unbounded; 0: no caching.</summary>
        public readonly long MaxSize = maxsize;
        public readonly bool Typed = typed;
        public readonly PyObject InfoType = infoType;
        public long Hits, Misses;
        /// <summary>Entries, least recently used first.</summary>
        public readonly LinkedList<(Key Key, PyObject Result)> Order = new();
        public readonly Dictionary<Key, LinkedListNode<(Key Key, PyObject Result)>> Map = new();
    }

    static readonly PyType LruType = MakeLru();
    static readonly PyObject KwdMark = new PyInstance(Types.Object);

    static Lru L(PyObject o) => o as Lru
        ?? throw Err.Type($"descriptor requires a 'functools._lru_cache_wrapper' object but received a '{o.Type.Name}'");

    /// <summary>The key of one call: the lone int/str argument itself, else a tuple of the arguments, then a
    /// marker and the keyword items, then (typed) the arguments' types.</summary>
    static PyObject MakeKey(PyObject[] args, KwArgs? kw, bool typed)
    {
        int kwn = kw?.Count ?? 0;
        if (!typed && kwn == 0)
        {
            if (args.Length == 1 && (args[0].Type == Types.Int || args[0].Type == Types.Str)) return args[0];
            return new PyTuple(args);
        }
        var items = new List<PyObject>(args);
        if (kwn > 0)
        {
            items.Add(KwdMark);
            foreach (var (k, v) in kw!) { items.Add(new PyStr(k)); items.Add(v); }
        }
        if (typed)
        {
            foreach (var x in args) items.Add(x.Type);
            if (kwn > 0) foreach (var (_, v) in kw!) items.Add(v.Type);
        }
        return new PyTuple([.. items]);
    }

    static PyType MakeLru()
    {
        var t = HeapType("_lru_cache_wrapper");
        Def.Static(t, "__new__", (a, kw) =>
        {
            var cls = (PyType)a[0];
            Def.NoKw("_lru_cache_wrapper", kw);
            if (a.Length != 5) throw Err.Type($"_lru_cache_wrapper expected 4 arguments, got {a.Length - 1}");
            var func = a[1];
            if (!Ops.IsCallable(func)) throw Err.Type("the first argument must be callable");
            long maxsize;
            if (a[2] is PyNone) maxsize = -1;
            else if (a[2] is PyInt || a[2].Type.Lookup("__index__") is not null)
                maxsize = Math.Max(0, Ops.IndexLongClamped(a[2]));
            else throw Err.Type("maxsize should be integer or None");
            return new Lru(cls, func, maxsize, Ops.Truth(a[3]), a[4]);
        });
        Def.Method(t, "__call__", (a, kw) =>
        {
            var c = L(a[0]);
            var args = a[1..];
            if (c.MaxSize == 0)
            {
                c.Misses++;
                return Ops.Call(c.Func, args, kw);
            }
            var keyValue = MakeKey(args, kw, c.Typed);
            var key = new Key(keyValue, Ops.Hash(keyValue));
            if (c.Map.TryGetValue(key, out var node))
            {
                c.Hits++;
                if (c.MaxSize > 0 && node.List == c.Order)
                {
                    c.Order.Remove(node);
                    c.Order.AddLast(node);
                }
                return node.Value.Result;
            }
            c.Misses++;
            var result = Ops.Call(c.Func, args, kw);
            // the call may have filled this key itself (recursion, another thread): keep that entry
            if (c.Map.ContainsKey(key)) return result;
            if (c.MaxSize > 0 && c.Map.Count >= c.MaxSize && c.Order.First is { } oldest)
            {
                c.Order.RemoveFirst();
                c.Map.Remove(oldest.Value.Key);
            }
            c.Map[key] = c.Order.AddLast((key, result));
            return result;
        });
        Def.M0(t, "cache_info", o =>
        {
            var c = L(o);
            return Ops.Call(c.InfoType, PyInt.From(c.Hits), PyInt.From(c.Misses),
                c.MaxSize == -1 ? Py.None : PyInt.From(c.MaxSize), PyInt.From(c.Map.Count));
        });
        Def.M0(t, "cache_clear", o =>
        {
            var c = L(o);
            c.Hits = c.Misses = 0;
            c.Map.Clear();
            c.Order.Clear();
            return Py.None;
        });
        Def.Method(t, "__get__", (a, kw) => a.Length < 2 || a[1] is PyNone ? a[0] : new PyMethod(a[1], a[0]));
        // pickled by name, copied as itself (a function is)
        Def.M0(t, "__reduce__", o => Ops.GetAttr(o, "__qualname__"));
        Def.M0(t, "__copy__", o => o);
        Def.M1(t, "__deepcopy__", (o, memo) => o);
        return t;
    }
}
