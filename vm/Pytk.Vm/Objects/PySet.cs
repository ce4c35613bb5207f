namespace Pytk.Vm;

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

    int Find(PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = i; ; j++)
            {
                var k = table[j];
                if (k is null) return -1;
                if (k != Dummy && hashes[j] == hash && (ReferenceEquals(k, key) || Ops.EqBool(k, key))) return j;
                if (probes-- == 0) break;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Contains(PyObject key) => Find(key, Ops.Hash(key)) >= 0;

    public bool Add(PyObject key)
    {
        long hash = Ops.Hash(key);
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = i; ; j++)
            {
                var k = table[j];
                if (k is null)
                {
                    table[j] = key; hashes[j] = hash; fill++; used++; Version++;
                    if ((long)fill * 5 >= (long)mask * 3) Resize(used > 50000 ? used * 2 : used * 4);
                    return true;
                }
                if (k != Dummy && hashes[j] == hash && (ReferenceEquals(k, key) || Ops.EqBool(k, key))) return false;
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
        int j = Find(key, Ops.Hash(key));
        if (j < 0) return false;
        table[j] = Dummy; used--; Version++;
        return true;
    }

    public void Clear()
    {
        table = new PyObject?[MinSize]; hashes = new long[MinSize]; mask = MinSize - 1; fill = used = 0; Version++;
    }

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
