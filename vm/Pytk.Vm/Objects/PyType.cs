namespace Pytk.Vm.Objects;

/// <summary>
/// A class. Attribute lookup walks the C3 MRO; results are cached per type. Each type carries a version tag
/// (CPython's tp_version_tag): a change to a class's dictionary gives that class and every subclass a new tag,
/// so caches keyed on (type, tag) anywhere in the process see it, and a change in one runtime leaves the
/// caches of classes elsewhere (other runtimes, unrelated hierarchies) valid.
/// </summary>
public sealed class PyType : PyObject
{
    public string Name;
    public string Module = "builtins";
    public PyType[] Bases;
    public PyType[] Mro = [];
    /// <summary>The nearest built-in ancestor whose instances have a .NET layout (object, int, list, BaseException...).</summary>
    public PyType Solid;
    public bool IsBuiltin;
    /// <summary>Cannot be subclassed (bool, NoneType, function...).</summary>
    public bool Final;
    /// <summary>__slots__ names declared by this class (null: instances have a __dict__).</summary>
    public string[]? SlotNames;
    public int SlotCount;
    /// <summary>Some class in the MRO has no __slots__ (or lists __dict__), so instances keep a __dict__.</summary>
    public bool HasDictSlot;

    /// <summary>Source of version tags, process-wide so a tag is never reused by another type.</summary>
    static int nextTag;
    int tag = Interlocked.Increment(ref nextTag);
    /// <summary>Classes naming this one as a base (weakly held), for invalidating their tags with this one's.</summary>
    List<WeakReference<PyType>>? subclasses;
    int subclassesPruneAt = 16;
    int cacheVersion = -1;
    readonly Dictionary<string, PyObject?> cache = new();

    public PyType(string name, PyType[] bases, PyType? metatype = null, bool builtin = false)
        : base(metatype ?? Types.Type)
    {
        Name = name;
        Bases = bases;
        IsBuiltin = builtin;
        Dict = new Dictionary<string, PyObject>();
        Solid = this;
        if (bases.Length > 0) ComputeMro(); else Mro = [this];
        Solid = builtin ? this : FindSolid();
        foreach (var b in bases) b.AddSubclass(this);
    }

    /// <summary>This class's version tag: it changes whenever this class's dictionary, or that of a class in its
    /// MRO, changes. Caches of what a lookup on the class found compare it.</summary>
    public int Tag
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => Volatile.Read(ref tag);
    }

    internal void AddSubclass(PyType sub)
    {
        lock (this)
        {
            var list = subclasses ??= [];
            if (list.Count >= subclassesPruneAt)
            {
                list.RemoveAll(w => !w.TryGetTarget(out _));
                subclassesPruneAt = Math.Max(16, list.Count * 2);
            }
            list.Add(new WeakReference<PyType>(sub));
        }
    }

    /// <summary>This class's dictionary (or MRO) changed: it and every subclass get a new tag.</summary>
    public void Modified()
    {
        Volatile.Write(ref tag, Interlocked.Increment(ref nextTag));
        PyType[] subs;
        lock (this)
        {
            if (subclasses is null) return;
            subs = [.. subclasses.Select(w => w.TryGetTarget(out var t) ? t : null).OfType<PyType>()];
        }
        foreach (var s in subs) s.Modified();
    }

    /// <summary>Every class in the process gets a new tag (all of them derive from object): for code that wrote
    /// into class dictionaries without saying which.</summary>
    public static void InvalidateAll() => Types.Object.Modified();

    PyType FindSolid()
    {
        foreach (var t in Mro)
            if (t.IsBuiltin) return t.Solid;
        return Types.Object;
    }

    /// <summary>C3 linearization; the error text is CPython's.</summary>
    public void ComputeMro()
    {
        var seqs = new List<List<PyType>>();
        foreach (var b in Bases) seqs.Add([.. b.Mro]);
        seqs.Add([.. Bases]);
        var result = new List<PyType> { this };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) break;
            PyType? pick = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                if (!seqs.Any(o => o.IndexOf(head) > 0)) { pick = head; break; }
            }
            if (pick is null)
            {
                var names = string.Join(", ", seqs.Select(s => s[0].Name).Distinct());
                throw Err.Type($"Cannot create a consistent method resolution order (MRO) for bases {names}");
            }
            result.Add(pick);
            foreach (var s in seqs) if (s[0] == pick) s.RemoveAt(0);
        }
        Mro = [.. result];
    }

    public PyObject? Lookup(string name)
    {
        // Built-in types are shared by every runtime in the process, so their cache is filled under a lock;
        // a class made by Python code belongs to one runtime and its thread.
        if (IsBuiltin) lock (cache) return LookupCached(name);
        return LookupCached(name);
    }

    PyObject? LookupCached(string name)
    {
        int v0 = Tag;
        if (cacheVersion != v0) { cache.Clear(); cacheVersion = v0; }
        if (cache.TryGetValue(name, out var hit)) return hit;
        PyObject? found = null;
        foreach (var t in Mro)
            if (t.Dict!.TryGetValue(name, out var v)) { found = v; break; }
        cache[name] = found;
        return found;
    }

    int plainVersion = -1;
    PyObject? plainInit;

    /// <summary>
    /// For a class instantiated the plain way (metaclass type, object.__new__, no abstract methods, a
    /// PyInstance layout): its __init__, so CALL can build the instance itself. Null otherwise.
    /// </summary>
    public PyObject? PlainInit()
    {
        int v0 = Tag;
        if (plainVersion == v0) return plainInit;
        plainInit = null;
        if (Type == Types.Type && !IsBuiltin && Solid == Types.Object && Lookup("__new__") == Ops.ObjectNew
            && !Dict!.ContainsKey("__abstractmethods__"))
            plainInit = Lookup("__init__");
        plainVersion = v0;
        return plainInit;
    }

    public PyInstance NewPlainInstance()
    {
        var inst = new PyInstance(this);
        if (SlotCount > 0) inst.Slots = new PyObject?[SlotCount];
        return inst;
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (this == other) return true;
        foreach (var t in Mro) if (t == other) return true;
        return false;
    }

    public void SetAttr(string name, PyObject value)
    {
        if (IsBuiltin) throw Err.Type($"cannot set '{name}' attribute of immutable type '{Name}'");
        Dict![name] = value;
        Modified();
    }

    public string QualName => Dict!.TryGetValue("__qualname__", out var q) && q is PyStr s ? s.Value : Name;
}
