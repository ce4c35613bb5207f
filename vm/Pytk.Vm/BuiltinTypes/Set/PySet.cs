namespace Pytk.Vm.BuiltinTypes.Set;

/// <summary>
/// set and frozenset. The table follows CPython's setobject.c (open addressing, 9 linear probes, then
/// perturbed probing; same growth rule) so that iteration order, which programs print, matches CPython
/// for ints and tuples, whose hashes we compute exactly as CPython does.
/// </summary>
public sealed class PySet : PyObject
{
    const int LinearProbes = 9, PerturbShift = 5, MinSize = 8;
    static readonly PyObject Dummy = new PyInstance(Types.Object);

    PyObject?[] table = new PyObject?[MinSize];
    long[] hashes = new long[MinSize];
    int mask = MinSize - 1, fill, used;
    public int Version;
    /// <summary>A frozenset's hash once computed (CPython caches it too: nested frozensets hash in linear time).</summary>
    public long? FrozenHash;

    public PySet(bool frozen = false) : base(frozen ? Types.FrozenSet : Types.Set) { }
    public PySet(PyType subtype) : base(subtype) { }

    public bool Frozen => Type.IsSubtypeOf(Types.FrozenSet);
    public int Count => used;

    /// <summary>k == key, for a lookup in table t at slot j. An __eq__ may mutate the set (CPython's bpo-46615):
    /// when the table or the slot changed meanwhile, the lookup starts again (restart), as setobject.c does.</summary>
    bool Same(PyObject k, PyObject key, PyObject?[] t, int j, out bool restart)
    {
        restart = false;
        if (ReferenceEquals(k, key)) return true;
        bool eq = Ops.EqBool(k, key);
        if (!ReferenceEquals(t, table) || !ReferenceEquals(t[j], k)) { restart = true; return false; }
        return eq;
    }

    int Find(PyObject key, long hash)
    {
    restart:
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        var t = table;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = i; ; j++)
            {
                var k = t[j];
                if (k is null) return -1;
                if (k != Dummy && hashes[j] == hash)
                {
                    if (Same(k, key, t, j, out var again)) return j;
                    if (again) goto restart;
                }
                if (probes-- == 0) break;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Contains(PyObject key) => Find(key, KeyHash(ref key)) >= 0;

    /// <summary>
    /// The hash of a key looked up, removed or discarded: an unhashable set (set or a subclass of it) stands for the
    /// frozenset of its items, as CPython's set_contains/set_remove/set_discard retry it ({frozenset()} holds set()).
    /// </summary>
    static long KeyHash(ref PyObject key)
    {
        try { return Ops.Hash(key); }
        catch (PyException e) when (key is PySet ks && ks.Type.IsSubtypeOf(Types.Set) && Err.Matches(e.Value, ExcTypes.TypeError))
        {
            key = ks.CopyAs(Types.FrozenSet);
            return Ops.Hash(key);
        }
    }

    public bool Add(PyObject key)
    {
        long hash = Ops.Hash(key);
    restart:
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        var t = table;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = i; ; j++)
            {
                var k = t[j];
                if (k is null)
                {
                    table[j] = key; hashes[j] = hash; fill++; used++; Version++;
                    if ((long)fill * 5 >= (long)mask * 3) Resize(used > 50000 ? used * 2 : used * 4);
                    return true;
                }
                if (k != Dummy && hashes[j] == hash)
                {
                    if (Same(k, key, t, j, out var again)) return false;
                    if (again) goto restart;
                }
                if (probes-- == 0) break;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    void Resize(int minUsed)
    {
        // CPython's set_table_resize; fill becomes used (dummies are dropped).
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var oldT = table; var oldH = hashes;
        table = new PyObject?[size]; hashes = new long[size]; mask = size - 1; fill = used;
        for (int n = 0; n < oldT.Length; n++)
        {
            if (oldT[n] is not { } k || k == Dummy) continue;
            InsertClean(k, oldH[n]);
        }
    }

    void InsertClean(PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (table[i] is null) { table[i] = key; hashes[i] = hash; return; }
            if (i + LinearProbes <= mask)
                for (int j = 1; j <= LinearProbes; j++)
                    if (table[i + j] is null) { table[i + j] = key; hashes[i + j] = hash; return; }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Remove(PyObject key)
    {
        int j = Find(key, KeyHash(ref key));
        if (j < 0) return false;
        table[j] = Dummy; used--; Version++;
        return true;
    }

    public void Clear()
    {
        table = new PyObject?[MinSize]; hashes = new long[MinSize]; mask = MinSize - 1; fill = used = 0; Version++;
    }

    /// <summary>The hash table's size and its live key at slot i (null for an empty or deleted slot), for set_iterator.</summary>
    public int TableLength => table.Length;
    public PyObject? SlotAt(int i) => table[i] is { } k && k != Dummy ? k : null;

    public IEnumerable<PyObject> Items()
    {
        var t = table;
        for (int i = 0; i < t.Length; i++)
            if (t[i] is { } k && k != Dummy) yield return k;
    }

    public PyObject? Pop()
    {
        for (int i = 0; i < table.Length; i++)
            if (table[i] is { } k && k != Dummy) { table[i] = Dummy; used--; Version++; return k; }
        return null;
    }

    public PySet CopyAs(PyType type)
    {
        var s = new PySet(type);
        s.Merge(this);
        return s;
    }

    /// <summary>set.update(iterable): a set or frozenset is merged as CPython's set_merge does (one resize, then
    /// its table copied or re-inserted in table order), which decides the order the result iterates in.</summary>
    public void AddAll(PyObject iterable)
    {
        if (iterable is PySet other) { Merge(other); return; }
        foreach (var x in Ops.Enumerate(iterable)) Add(x);
    }

    void Merge(PySet other)
    {
        if (ReferenceEquals(other, this) || other.used == 0) return;
        if ((long)(fill + other.used) * 5 >= (long)mask * 3) Resize((used + other.used) * 2);
        Version++;
        if (fill == 0 && mask == other.mask && other.fill == other.used)
        {
            Array.Copy(other.table, table, table.Length);
            Array.Copy(other.hashes, hashes, hashes.Length);
            fill = other.fill; used = other.used;
            return;
        }
        if (fill == 0)
        {
            fill = used = other.used;
            for (int i = 0; i < other.table.Length; i++)
                if (other.table[i] is { } k && k != Dummy) InsertClean(k, other.hashes[i]);
            return;
        }
        for (int i = 0; i < other.table.Length; i++)
            if (other.table[i] is { } k && k != Dummy) Add(k);
    }
}
