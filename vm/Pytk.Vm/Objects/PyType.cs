namespace Pytk.Vm.Objects;

/// <summary>
/// A class. Attribute lookup walks the C3 MRO; results are cached per type and the cache is dropped
/// whenever any class dictionary changes (one global version number: class mutation is rare).
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

    static int version;
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
    }

    public static void Invalidate() => Interlocked.Increment(ref version);
    /// <summary>Bumped whenever any class dictionary changes; caches of class lookups compare it.</summary>
    public static int Version => version;

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
        int v0 = Volatile.Read(ref version);
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
        if (plainVersion == version) return plainInit;
        plainInit = null;
        if (Type == Types.Type && !IsBuiltin && Solid == Types.Object && Lookup("__new__") == Ops.ObjectNew
            && !Dict!.ContainsKey("__abstractmethods__"))
            plainInit = Lookup("__init__");
        plainVersion = version;
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
        Invalidate();
    }

    /// <summary>The qualified name when it differs from Name (set by a class statement or type.__qualname__).</summary>
    public string? QualNameValue;

    public string QualName => QualNameValue ?? Name;
}
