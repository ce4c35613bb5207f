namespace Pytk.Vm.Execution;

/// <summary>Subscription, membership and iteration.</summary>
public static partial class Ops
{
    public static PyObject GetItem(PyObject o, PyObject key)
    {
        if (o.Type == Types.List && key is PyInt li && li.IsSmall)
        {
            var l = ((PyList)o).Items;
            long i = li.V < 0 ? li.V + l.Count : li.V;
            if ((ulong)i < (ulong)l.Count) return l[(int)i];
            throw Err.Index("list index out of range");
        }
        if (o.Type == Types.Tuple && key is PyInt ti && ti.IsSmall)
        {
            var t = ((PyTuple)o).Items;
            long i = ti.V < 0 ? ti.V + t.Length : ti.V;
            if ((ulong)i < (ulong)t.Length) return t[i];
            throw Err.Index("tuple index out of range");
        }
        if (o.Type == Types.Dict)
            return ((PyDict)o).Get(key) ?? DictMissing((PyDict)o, key);
        var f = o.Type.Lookup("__getitem__");
        if (f is not null) return CallSpecial(f, o, key);
        if (o is PyType t2)
        {
            if (t2.Lookup("__class_getitem__") is { } cg) return Call(cg is PyClassMethod cm ? new PyMethod(t2, cm.Func) : cg, key);
            if (t2 == Types.Type || (t2.IsBuiltin && !BuiltinsModuleType(t2))) return new GenericAlias(t2, key);
            throw Err.Type($"type '{t2.Name}' is not subscriptable");
        }
        throw Err.Type($"'{o.Type.Name}' object is not subscriptable");
    }

    static PyObject DictMissing(PyDict d, PyObject key) => throw Err.Key(key);

    /// <summary>
    /// A core type (of <see cref="Types"/>, or a built-in exception) without a generic form: int[str] and
    /// Exception[OSError] are TypeErrors as in CPython. list, dict, set, ... have __class_getitem__ of their own;
    /// generators, coroutines and exception groups are generic too; types of pytk's built-in modules (deque,
    /// Pattern) keep the generic alias their CPython counterparts have.
    /// </summary>
    static bool BuiltinsModuleType(PyType t)
    {
        coreTypes ??= typeof(Types).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(fi => fi.FieldType == typeof(PyType)).Select(fi => (PyType)fi.GetValue(null)!)
            .Concat(ExcTypes.All.Values).ToHashSet();
        return coreTypes.Contains(t) && t != Types.Generator && t != Types.Coroutine && t != Types.AsyncGenerator
            && !t.IsSubtypeOf(ExcTypes.All["BaseExceptionGroup"]);
    }

    static HashSet<PyType>? coreTypes;

    /// <summary>`o[key] = value` when o is an exact list and key a small int in range (true); else nothing (false).
    /// SetItem's first case, and the threaded loop's STORE_SUBSCR template (ILTemplates), which cannot raise.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool TrySetListItem(PyObject o, PyObject key, PyObject value)
    {
        if (o.Type != Types.List || key is not PyInt { IsSmall: true } li) return false;
        var l = ((PyList)o).Items;
        long i = li.V < 0 ? li.V + l.Count : li.V;
        if ((ulong)i >= (ulong)l.Count) return false;
        l[(int)i] = value;
        return true;
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        if (TrySetListItem(o, key, value)) return;
        if (o.Type == Types.List && key is PyInt { IsSmall: true }) throw Err.Index("list assignment index out of range");
        if (o.Type == Types.Dict) { ((PyDict)o).Set(key, value); return; }
        var f = o.Type.Lookup("__setitem__") ?? throw Err.Type($"'{o.Type.Name}' object does not support item assignment");
        CallSpecial(f, o, key, value);
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        var f = o.Type.Lookup("__delitem__") ?? throw Err.Type($"'{o.Type.Name}' object does not support item deletion");
        CallSpecial(f, o, key);
    }

    public static bool Contains(PyObject container, PyObject item)
    {
        switch (container)
        {
            case PyDict d when d.Type == Types.Dict: return d.Contains(item);
            case PySet s when s.Type == Types.Set || s.Type == Types.FrozenSet: return s.Contains(item);
            case PyStr s when s.Type == Types.Str:
                if (item is not PyStr sub) throw Err.Type($"'in <string>' requires string as left operand, not {item.Type.Name}");
                return s.Value.Contains(sub.Value, StringComparison.Ordinal);
            case PyList l when l.Type == Types.List: return SeqMethods.ListContains(l, item);
            case PyTuple t when t.Type == Types.Tuple:
                foreach (var x in t.Items) if (ReferenceEquals(x, item) || EqBool(x, item)) return true;
                return false;
        }
        var f = container.Type.Lookup("__contains__");
        if (f is not null) return Truth(CallSpecial(f, container, item));
        var iter = container.Type.Lookup("__iter__");
        if (iter is PyNone || (iter is null && container.Type.Lookup("__getitem__") is null))
            throw Err.Type($"argument of type '{container.Type.Name}' is not iterable");
        var it = Iter(container);
        while (Next(it) is { } x) if (ReferenceEquals(x, item) || EqBool(x, item)) return true;
        return false;
    }

    public static PyObject Iter(PyObject o)
    {
        switch (o)
        {
            case PyList l when l.Type == Types.List: return new ListIterator(l);
            case PyTuple t when t.Type == Types.Tuple: return new ArrayIterator(t.Items, null, t);
            case PyRange r: return RangeIterator.For(r);
            case PyStr s when s.Type == Types.Str: return new StrIterator(s);
            case PyDict d when d.Type == Types.Dict: return new DictIterator(d, DictIterator.Kind.Keys);
        }
        var f = o.Type.Lookup("__iter__");
        if (f is not null and not PyNone)
        {
            var it = CallSpecial(f, o);
            if (it is not PyIterator && it.Type.Lookup("__next__") is null)
                throw Err.Type($"iter() returned non-iterator of type '{it.Type.Name}'");
            return it;
        }
        if (f is null && o.Type.Lookup("__getitem__") is not null && o is not PyType) return new SeqIterator(o);
        throw Err.Type($"'{o.Type.Name}' object is not iterable");
    }

    /// <summary>The next item, or null when the iterator is exhausted (no .NET exception on the normal path).</summary>
    /// A StopIteration raised inside the step ends the iteration (CPython's iternext returning NULL with it set: a
    /// function map() calls, a Python __next__), and is kept for <see cref="NextOrRaise"/>.
    public static PyObject? Next(PyObject it)
    {
        if (it is PyIterator pi && pi.Type.IsBuiltin)
        {
            try { return pi.Next(); }
            catch (PyException e) when (Err.Matches(e.Value, ExcTypes.StopIteration)) { return Stopped(e.Value); }
        }
        var f = it.Type.Lookup("__next__") ?? throw Err.Type($"'{it.Type.Name}' object is not an iterator");
        try { return CallSpecial(f, it); }
        catch (PyException e) when (Err.Matches(e.Value, ExcTypes.StopIteration)) { return Stopped(e.Value); }
    }

    static PyObject? Stopped(PyBaseException stop)
    {
        ThreadState.Current.StopOfLastNext = stop;
        return null;
    }

    /// <summary>next() of a built-in iterator (not a generator): its item, or the StopIteration that ended it — the
    /// one raised inside it when there was one (next(enumerate(it)) has the args of it's StopIteration), else a new one.</summary>
    public static PyObject NextOrRaise(PyIterator it)
    {
        var ts = ThreadState.Current;
        ts.StopOfLastNext = null;
        // The iterator's own step (not Next(it): a subclass of map routes __next__ back here); a StopIteration it
        // raises is already the one to raise.
        var r = it.Next();
        if (r is not null) return r;
        var stop = ts.StopOfLastNext;
        ts.StopOfLastNext = null;
        throw stop is null ? Err.StopIteration() : new PyException(stop);
    }

    public static List<PyObject> ToList(PyObject o)
    {
        switch (o)
        {
            case PyList l when l.Type == Types.List: return new List<PyObject>(l.Items);
            case PyTuple t when t.Type == Types.Tuple: return new List<PyObject>(t.Items);
            // Its length is known: one no list can hold is refused at once, as CPython's length hint does.
            case PyRange r:
            {
                var rl = new List<PyObject>(Limits.Items((long)System.Numerics.BigInteger.Min(r.Length, long.MaxValue)));
                var rit = RangeIterator.For(r);
                while (rit.Next() is { } x) rl.Add(x);
                return rl;
            }
        }
        var list = new List<PyObject>();
        var it = Iter(o);
        while (Next(it) is { } x) list.Add(x);
        return list;
    }

    public static PyObject[] ToArray(PyObject o) => o is PyTuple t && t.Type == Types.Tuple ? t.Items : ToList(o).ToArray();

    public static IEnumerable<PyObject> Enumerate(PyObject o)
    {
        var it = Iter(o);
        while (Next(it) is { } x) yield return x;
    }
}
