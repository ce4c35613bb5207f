namespace Pytk.Vm;

/// <summary>
/// dict: insertion-ordered. Entries live in parallel lists in insertion order (deleted ones become holes,
/// compacted when they outnumber live ones); an index maps (hash, key) to the entry position.
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

    public int Count => index.Count;

    public PyObject? Get(PyObject key) =>
        index.TryGetValue(new HKey(key, Ops.Hash(key)), out int i) ? values[i] : null;

    public bool Contains(PyObject key) => index.ContainsKey(new HKey(key, Ops.Hash(key)));

    public void Set(PyObject key, PyObject value)
    {
        var hk = new HKey(key, Ops.Hash(key));
        if (index.TryGetValue(hk, out int i)) { values[i] = value; return; }
        index[hk] = keys.Count;
        keys.Add(key);
        values.Add(value);
        Version++;
    }

    public bool Remove(PyObject key, out PyObject? value)
    {
        var hk = new HKey(key, Ops.Hash(key));
        if (!index.Remove(hk, out int i)) { value = null; return false; }
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

    public void Clear() { index.Clear(); keys.Clear(); values.Clear(); Version++; }

    /// <summary>Raw slot count (including holes), for iterators that walk by position.</summary>
    public int SlotCount => keys.Count;
    public bool TryGetSlot(int i, out PyObject key, out PyObject value)
    {
        key = keys[i]!; value = values[i]!;
        return keys[i] is not null;
    }

    public IEnumerable<PyObject> Keys()
    {
        for (int i = 0; i < keys.Count; i++) if (keys[i] is { } k) yield return k;
    }

    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        for (int i = 0; i < keys.Count; i++) if (keys[i] is { } k) yield return new(k, values[i]!);
    }

    public (PyObject Key, PyObject Value)? PopLast()
    {
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
