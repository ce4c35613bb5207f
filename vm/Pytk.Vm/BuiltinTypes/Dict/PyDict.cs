namespace Pytk.Vm.BuiltinTypes.Dict;

/// <summary>
/// dict: insertion-ordered. Entries live in parallel lists in insertion order (deleted ones become holes,
/// compacted when they outnumber live ones); an index maps (hash, key) to the entry position.
/// A dict may instead be a live view of a namespace (instance/module __dict__, vars(), globals()): namespaces
/// stay string-keyed .NET dictionaries for fast attribute access, and every operation below routes to that
/// map when <see cref="Ns"/> is set, so such a dict is a real `dict` for type(), isinstance and all methods.
/// (A .NET Dictionary reuses a deleted entry's slot, so an attribute deleted and re-added may keep its old place.)
/// </summary>
public sealed class PyDict : PyObject
{
    readonly struct HKey(PyObject key, long hash) : IEquatable<HKey>
    {
        public readonly PyObject Key = key;
        public readonly long Hash = hash;
        public bool Equals(HKey o) => ReferenceEquals(Key, o.Key) || (Hash == o.Hash && Ops.EqBool(Key, o.Key));
        public override bool Equals(object? obj) => obj is HKey k && Equals(k);
        public override int GetHashCode() => Hash.GetHashCode();
    }

    readonly Dictionary<HKey, int> index = new();
    readonly List<PyObject?> keys = new();
    readonly List<PyObject?> values = new();
    /// <summary>Bumped on every insert or delete: iterators use it to detect a change of size.</summary>
    public int Version;

    public PyDict() : base(Types.Dict) { }
    public PyDict(PyType subtype) : base(subtype) { }

    /// <summary>The namespace this dict views, or null for an ordinary dict.</summary>
    public Dictionary<string, PyObject>? Ns { get; private set; }
    PyDict(Dictionary<string, PyObject> ns) : base(Types.Dict) { Ns = ns; }
    /// <summary>The dict viewing a namespace; one per namespace, so `globals() is globals()` as in CPython.</summary>
    public static PyDict Namespace(Dictionary<string, PyObject> ns) => views.GetValue(ns, n => new PyDict(n));

    /// <summary>The class whose dictionary this dict views (writes through it change the class's version tag).</summary>
    PyType? nsOwner;

    /// <summary>The dict viewing o's attribute namespace (made on first use): vars(o), o.__dict__.</summary>
    public static PyDict NamespaceOf(PyObject o)
    {
        var d = Namespace(o.Dict ??= new());
        if (o is PyType t) d.nsOwner = t;
        return d;
    }

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Dictionary<string, PyObject>, PyDict> views = new();

    /// <summary>
    /// The namespace behind this dict, for running code with it as globals or locals (exec, eval): a dict with
    /// only str keys turns into a namespace view in place (same entries, same order, same object to Python);
    /// null when it has other keys.
    /// </summary>
    public Dictionary<string, PyObject>? AsNamespace()
    {
        if (Ns is not null) return Ns;
        var ns = new Dictionary<string, PyObject>();
        for (int i = 0; i < keys.Count; i++)
        {
            if (keys[i] is null) continue;
            if (keys[i] is not PyStr k || k.Type != Types.Str) return null;
            ns[k.Value] = values[i]!;
        }
        index.Clear();
        keys.Clear();
        values.Clear();
        Ns = ns;
        Version++;
        views.AddOrUpdate(ns, this);
        return ns;
    }

    public int Count => Ns?.Count ?? index.Count;

    static string NsKey(PyObject key) =>
        key is PyStr s ? s.Value : throw Err.Type($"attribute name must be string, not '{key.Type.Name}'");

    public PyObject? Get(PyObject key)
    {
        if (Ns is not null) return key is PyStr s && Ns.TryGetValue(s.Value, out var v) ? v : null;
        var hk = new HKey(key, Ops.Hash(key));
        while (true)
        {
            try { return index.TryGetValue(hk, out int i) ? values[i] : null; }
            catch (InvalidOperationException) { /* a key's __eq__ changed this dict mid-lookup: look again */ }
        }
    }

    // A key's __eq__ may change the dict while the index probes it; the .NET Dictionary then reports a
    // concurrent change. CPython restarts such a lookup; so do these (the change ends once the entries compared
    // stop changing it, as in CPython).

    public bool Contains(PyObject key)
    {
        if (Ns is not null) return key is PyStr s && Ns.ContainsKey(s.Value);
        var hk = new HKey(key, Ops.Hash(key));
        while (true)
        {
            try { return index.ContainsKey(hk); }
            catch (InvalidOperationException) { }
        }
    }

    public void Set(PyObject key, PyObject value)
    {
        if (Ns is not null)
        {
            // A class's caches must see stores made through a view of its dictionary.
            if (Ns.TryAdd(NsKey(key), value)) Version++; else Ns[NsKey(key)] = value;
            nsOwner?.Modified();
            return;
        }
        var hk = new HKey(key, Ops.Hash(key));
        int i;
        while (true)
        {
            try { if (index.TryGetValue(hk, out i)) { values[i] = value; return; } break; }
            catch (InvalidOperationException) { }
        }
        index[hk] = keys.Count;
        keys.Add(key);
        values.Add(value);
        Version++;
    }

    public bool Remove(PyObject key, out PyObject? value)
    {
        if (Ns is not null)
        {
            value = null;
            if (key is not PyStr ks || !Ns.Remove(ks.Value, out var nv)) return false;
            value = nv; Version++; nsOwner?.Modified();
            return true;
        }
        var hk = new HKey(key, Ops.Hash(key));
        int i;
        while (true)
        {
            try { if (!index.Remove(hk, out i)) { value = null; return false; } break; }
            catch (InvalidOperationException) { }
        }
        value = values[i];
        keys[i] = null;
        values[i] = null;
        Version++;
        if (keys.Count > 16 && index.Count * 2 < keys.Count) Compact();
        return true;
    }

    void Compact()
    {
        var ks = new List<PyObject?>(index.Count);
        var vs = new List<PyObject?>(index.Count);
        index.Clear();
        for (int i = 0; i < keys.Count; i++)
        {
            if (keys[i] is not { } k) continue;
            index[new HKey(k, Ops.Hash(k))] = ks.Count;
            ks.Add(k);
            vs.Add(values[i]);
        }
        keys.Clear(); keys.AddRange(ks);
        values.Clear(); values.AddRange(vs);
    }

    public void Clear()
    {
        if (Ns is not null) { Ns.Clear(); nsOwner?.Modified(); }
        index.Clear(); keys.Clear(); values.Clear(); Version++;
    }

    /// <summary>Raw slot count (including holes), for iterators that walk by position.</summary>
    public int SlotCount => Ns is not null ? NsSnapshot().Length : keys.Count;
    public bool TryGetSlot(int i, out PyObject key, out PyObject value)
    {
        if (Ns is not null)
        {
            var snap = NsSnapshot();
            key = snap[i].Key; value = snap[i].Value;
            return true;
        }
        key = keys[i]!; value = values[i]!;
        return keys[i] is not null;
    }

    // Positional walks over a namespace use a copy taken when its size last changed (a .NET Dictionary has no
    // positions, and Python code may change it while a walk is under way).
    KeyValuePair<PyObject, PyObject>[]? nsSnap;
    int nsSnapVersion = -1, nsSnapCount = -1;
    KeyValuePair<PyObject, PyObject>[] NsSnapshot()
    {
        if (nsSnap is null || nsSnapVersion != Version || nsSnapCount != Ns!.Count)
        {
            nsSnap = Ns!.Select(p => new KeyValuePair<PyObject, PyObject>(new PyStr(p.Key), p.Value)).ToArray();
            nsSnapVersion = Version; nsSnapCount = Ns!.Count;
        }
        return nsSnap;
    }

    public IEnumerable<PyObject> Keys()
    {
        if (Ns is not null) { foreach (var k in Ns.Keys.ToArray()) yield return new PyStr(k); yield break; }
        for (int i = 0; i < keys.Count; i++) if (keys[i] is { } k) yield return k;
    }

    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        if (Ns is not null)
        {
            foreach (var p in Ns.ToArray()) yield return new(new PyStr(p.Key), p.Value);
            yield break;
        }
        for (int i = 0; i < keys.Count; i++) if (keys[i] is { } k) yield return new(k, values[i]!);
    }

    public (PyObject Key, PyObject Value)? PopLast()
    {
        if (Ns is not null)
        {
            if (Ns.Count == 0) return null;
            var last = Ns.Last();
            Ns.Remove(last.Key); Version++; nsOwner?.Modified();
            return (new PyStr(last.Key), last.Value);
        }
        for (int i = keys.Count - 1; i >= 0; i--)
            if (keys[i] is { } k)
            {
                var v = values[i]!;
                Remove(k, out _);
                return (k, v);
            }
        return null;
    }

    public PyObject? GetStr(string key) => Get(new PyStr(key));
    public void SetStr(string key, PyObject value) => Set(new PyStr(key), value);
}
