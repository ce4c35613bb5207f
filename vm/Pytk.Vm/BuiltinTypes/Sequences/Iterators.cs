namespace Pytk.Vm.BuiltinTypes.Sequences;

/// <summary>Built-in iterators: Next returns null at the end, so for loops never throw StopIteration.</summary>
public abstract class PyIterator(PyType? type = null) : PyObject(type ?? Types.Iterator)
{
    public abstract PyObject? Next();

    /// <summary>What __reduce__ returns (pickle and copy rebuild the iterator from it), as CPython's iterators do;
    /// null when this kind of iterator cannot be pickled.</summary>
    public virtual PyObject? Reduce() => null;

    /// <summary>__setstate__(state): the position a pickled iterator resumes at; false when it has no state.</summary>
    public virtual bool SetState(PyObject state) => false;

    /// <summary>__length_hint__: how many items are left, or -1 when the iterator cannot tell.</summary>
    public virtual long LengthHint() => -1;
}

/// <summary>Helpers for the pickling protocol of the built-in iterators.</summary>
public static class IterState
{
    static PyObject Builtin(string name) => Runtime.Builtins[name];

    /// <summary>(iter, (seq,), index): resume iterating seq at index.</summary>
    public static PyObject Indexed(PyObject seq, long index, string fn = "iter") =>
        PyTuple.Of(Builtin(fn), PyTuple.Of(seq), PyInt.From(index));

    /// <summary>(iter, (seq,)): an iterator over seq from its start (the rest of a copied iterator, or nothing).</summary>
    public static PyObject Over(PyObject seq, string fn = "iter") => PyTuple.Of(Builtin(fn), PyTuple.Of(seq));

    /// <summary>A __setstate__ index clamped to [lo, hi], as CPython's iterators clamp it.</summary>
    public static long Clamp(PyObject state, long lo, long hi)
    {
        if (state is not PyInt) throw Err.Type("an integer is required");
        var v = Ops.Index(state).AsBig;
        return v < lo ? lo : v > hi ? hi : (long)v;
    }
}

public sealed class ListIterator(PyList list) : PyIterator(Types.ListIterator)
{
    PyList? seq = list;
    int i;
    public override PyObject? Next()
    {
        if (seq is null) return null;
        if (i < seq.Items.Count) return seq.Items[i++];
        seq = null;
        return null;
    }
    public override PyObject? Reduce() => seq is null ? IterState.Over(new PyList()) : IterState.Indexed(seq, i);
    public override bool SetState(PyObject state)
    {
        if (seq is not null) i = (int)IterState.Clamp(state, 0, seq.Items.Count);
        return true;
    }
    public override long LengthHint() => seq is null ? 0 : Math.Max(0, seq.Items.Count - i);
}

/// <summary>list_reverseiterator: from the end of the list to its start; the list may shrink meanwhile.</summary>
public sealed class ListRevIterator(PyList list) : PyIterator(Types.ListRevIterator)
{
    PyList? seq = list;
    int i = list.Items.Count - 1;
    public override PyObject? Next()
    {
        if (seq is null) return null;
        if (i >= 0 && i < seq.Items.Count) return seq.Items[i--];
        i = -1; seq = null;
        return null;
    }
    public override PyObject? Reduce() => seq is null ? IterState.Over(new PyList()) : IterState.Indexed(seq, i, "reversed");
    public override bool SetState(PyObject state)
    {
        if (seq is not null) i = (int)IterState.Clamp(state, -1, seq.Items.Count - 1);
        return true;
    }
    public override long LengthHint() => seq is null || seq.Items.Count < i + 1 ? 0 : i + 1;
}

/// <summary>Iterates an array: a tuple's items, a bytes object's ints, or a snapshot (dict's reversed views).
/// With a source (the tuple or bytes), pickling resumes the source at the index; without, it lists what is left.</summary>
public sealed class ArrayIterator(PyObject[] items, PyType? type = null, PyObject? source = null) : PyIterator(type ?? Types.TupleIterator)
{
    int i;
    public override PyObject? Next() => i < items.Length ? items[i++] : null;
    public override PyObject? Reduce()
    {
        if (source is null) return IterState.Over(new PyList(items[Math.Min(i, items.Length)..]));
        return i < items.Length ? IterState.Indexed(source, i) : IterState.Over(PyTuple.Empty);
    }
    public override bool SetState(PyObject state)
    {
        if (source is null) return false;
        if (i < items.Length) i = (int)IterState.Clamp(state, 0, items.Length);
        return true;
    }
    public override long LengthHint() => Math.Max(0, items.Length - i);
}

public sealed class EnumerableIterator(IEnumerable<PyObject> items, PyType? type = null) : PyIterator(type)
{
    readonly IEnumerator<PyObject> e = items.GetEnumerator();
    public override PyObject? Next() => e.MoveNext() ? e.Current : null;
}

public sealed class StrIterator(PyStr s) : PyIterator(s.Value.All(c => c < 128) ? Types.StrAsciiIterator : Types.StrIterator)
{
    int i;
    public override PyObject? Next() => i < s.Length ? s.CharAt(i++) : null;
    public override PyObject? Reduce() => i < s.Length ? IterState.Indexed(s, i) : IterState.Over(new PyStr(""));
    public override bool SetState(PyObject state)
    {
        if (i < s.Length) i = (int)IterState.Clamp(state, 0, s.Length);
        return true;
    }
    public override long LengthHint() => Math.Max(0, s.Length - i);
}

/// <summary>range_iterator (start, stop, step and length fit in a C long) or longrange_iterator; the arithmetic is
/// on longs while no value can overflow, else on big integers.</summary>
public sealed class RangeIterator(PyType type) : PyIterator(type)
{
    long cur, stop, step;
    System.Numerics.BigInteger bcur, bstop, bstep;
    bool big;

    public static RangeIterator For(PyRange r)
    {
        bool longs = r.Start.IsSmall && r.Stop.IsSmall && r.Step.IsSmall && r.Length <= long.MaxValue;
        var it = new RangeIterator(longs ? Types.RangeIterator : Types.LongRangeIterator);
        // long arithmetic only when cur + step can neither wrap nor leave long's range (long.MinValue has no Math.Abs)
        static bool Fits(PyInt i) => i.IsSmall && i.V > -(long.MaxValue / 4) && i.V < long.MaxValue / 4;
        if (Fits(r.Start) && Fits(r.Stop) && Fits(r.Step)) { it.cur = r.Start.V; it.stop = r.Stop.V; it.step = r.Step.V; }
        else { it.big = true; it.bcur = r.Start.AsBig; it.bstop = r.Stop.AsBig; it.bstep = r.Step.AsBig; }
        return it;
    }

    public override PyObject? Next()
    {
        if (!big)
        {
            if (step > 0 ? cur >= stop : cur <= stop) return null;
            var v = cur; cur += step; return PyInt.From(v);
        }
        if (bstep.Sign > 0 ? bcur >= bstop : bcur <= bstop) return null;
        var b = bcur; bcur += bstep; return PyInt.From(b);
    }

    PyRange Rest() => big ? new PyRange(PyInt.From(bcur), PyInt.From(bstop), PyInt.From(bstep))
        : new PyRange(PyInt.From(cur), PyInt.From(stop), PyInt.From(step));

    public override PyObject? Reduce() => IterState.Over(Rest());
    public override bool SetState(PyObject state)
    {
        var left = Rest().Length;
        if (state is not PyInt) throw Err.Type("an integer is required");
        var n = Ops.Index(state).AsBig;
        if (n < 0) n = 0;
        if (n > left) n = left;
        if (big) bcur += n * bstep;
        else
        {
            var nc = cur + n * step;
            if (nc >= -(long.MaxValue / 4) && nc <= long.MaxValue / 4) cur = (long)nc;
            else { big = true; bcur = nc; bstop = stop; bstep = step; }
        }
        return true;
    }
    public override long LengthHint() => (long)System.Numerics.BigInteger.Min(Rest().Length, long.MaxValue);
}

public sealed class DictIterator(PyDict d, DictIterator.Kind kind) : PyIterator(kind switch
{
    DictIterator.Kind.Keys => Types.DictKeyIterator, DictIterator.Kind.Values => Types.DictValueIterator, _ => Types.DictItemIterator,
})
{
    public enum Kind { Keys, Values, Items }
    int i, taken;
    readonly int startCount = d.Count;

    public override PyObject? Next()
    {
        if (d.Count != startCount)
            throw Err.Runtime("dictionary changed size during iteration");
        while (i < d.SlotCount)
        {
            if (d.TryGetSlot(i++, out var k, out var v))
            {
                taken++;
                return kind switch { Kind.Keys => k, Kind.Values => v, _ => PyTuple.Of(k, v) };
            }
        }
        return null;
    }

    /// <summary>(iter, (list of what is left,)), listed without moving this iterator.</summary>
    public override PyObject? Reduce()
    {
        var rest = new List<PyObject>();
        if (d.Count == startCount)
            for (int j = i; j < d.SlotCount; j++)
                if (d.TryGetSlot(j, out var k, out var v))
                    rest.Add(kind switch { Kind.Keys => k, Kind.Values => v, _ => PyTuple.Of(k, v) });
        return IterState.Over(new PyList(rest));
    }
    public override long LengthHint() => d.Count == startCount ? Math.Max(0, startCount - taken) : 0;
}

public sealed class SetIterator(PySet s) : PyIterator(Types.SetIterator)
{
    int i, taken;
    readonly int version = s.Version;
    public override PyObject? Next()
    {
        if (s.Version != version) throw Err.Runtime("Set changed size during iteration");
        while (i < s.TableLength)
            if (s.SlotAt(i++) is { } k) { taken++; return k; }
        return null;
    }
    public override PyObject? Reduce()
    {
        var rest = new List<PyObject>();
        if (s.Version == version)
            for (int j = i; j < s.TableLength; j++)
                if (s.SlotAt(j) is { } k) rest.Add(k);
        return IterState.Over(new PyList(rest));
    }
    public override long LengthHint() => s.Version == version ? Math.Max(0, s.Count - taken) : 0;
}

/// <summary>The old sequence protocol: __getitem__(0), (1), ... until IndexError.</summary>
public sealed class SeqIterator(PyObject seq) : PyIterator
{
    PyObject? seq = seq;
    long i;
    public override PyObject? Next()
    {
        if (seq is null) return null;
        try { return Ops.GetItem(seq, PyInt.From(i++)); }
        catch (PyException e) when (Err.Matches(e.Value, ExcTypes.IndexError) || Err.Matches(e.Value, ExcTypes.StopIteration))
        { seq = null; return null; }
    }
    public override PyObject? Reduce() => seq is null ? IterState.Over(PyTuple.Empty) : IterState.Indexed(seq, i);
    public override bool SetState(PyObject state)
    {
        if (seq is not null) i = IterState.Clamp(state, 0, long.MaxValue);
        return true;
    }
    public override long LengthHint()
    {
        if (seq is null) return 0;
        if (seq.Type.Lookup("__len__") is null) return -1;
        return Math.Max(0, Ops.Len(seq) - i);
    }
}

/// <summary>iter(callable, sentinel).</summary>
public sealed class CallIterator(PyObject fn, PyObject sentinel) : PyIterator(Types.CallIterator)
{
    bool done;
    public override PyObject? Next()
    {
        if (done) return null;
        var v = Ops.Call(fn);
        if (Ops.EqBool(v, sentinel)) { done = true; return null; }
        return v;
    }
    public override PyObject? Reduce() => done ? IterState.Over(PyTuple.Empty)
        : PyTuple.Of(Runtime.Builtins["iter"], PyTuple.Of(fn, sentinel));
}

/// <summary>An iterator defined by a C# step function (pytk's own helpers; not picklable).</summary>
public sealed class FuncIterator(PyType type, Func<PyObject?> step) : PyIterator(type)
{
    bool done;
    public override PyObject? Next()
    {
        if (done) return null;
        var v = step();
        if (v is null) done = true;
        return v;
    }
}

/// <summary>enumerate(iterable, start=0); a type, so it can be subclassed.</summary>
public sealed class EnumerateIterator(PyType type, PyObject it, System.Numerics.BigInteger start) : PyIterator(type)
{
    System.Numerics.BigInteger i = start;
    public override PyObject? Next() => Ops.Next(it) is { } v ? PyTuple.Of(PyInt.From(i++), v) : null;
    public override PyObject? Reduce() => PyTuple.Of(Type, PyTuple.Of(it, PyInt.From(i)));
}

/// <summary>zip(*iterables, strict=False).</summary>
public sealed class ZipIterator(PyType type, PyObject[] its, bool strict) : PyIterator(type)
{
    bool strict = strict;
    public override PyObject? Next()
    {
        if (its.Length == 0) return null;
        var items = new PyObject[its.Length];
        for (int i = 0; i < its.Length; i++)
        {
            var v = Ops.Next(its[i]);
            if (v is null)
            {
                if (strict)
                {
                    if (i > 0) throw Err.Value($"zip() argument {i + 1} is shorter than argument{(i > 1 ? "s 1-" + i : " 1")}");
                    for (int j = 1; j < its.Length; j++)
                        if (Ops.Next(its[j]) is not null) throw Err.Value($"zip() argument {j + 1} is longer than argument{(j > 1 ? "s 1-" + j : " 1")}");
                }
                return null;
            }
            items[i] = v;
        }
        return new PyTuple(items);
    }
    public override PyObject? Reduce() => strict ? PyTuple.Of(Type, new PyTuple(its), Py.True) : PyTuple.Of(Type, new PyTuple(its));
    public override bool SetState(PyObject state) { strict = Ops.Truth(state); return true; }
}

/// <summary>map(function, *iterables).</summary>
public sealed class MapIterator(PyType type, PyObject fn, PyObject[] its) : PyIterator(type)
{
    public override PyObject? Next()
    {
        var args = new PyObject[its.Length];
        for (int i = 0; i < its.Length; i++) { var v = Ops.Next(its[i]); if (v is null) return null; args[i] = v; }
        return Ops.Call(fn, args);
    }
    public override PyObject? Reduce() => PyTuple.Of(Type, new PyTuple([fn, .. its]));
}

/// <summary>filter(function or None, iterable).</summary>
public sealed class FilterIterator(PyType type, PyObject fn, PyObject it) : PyIterator(type)
{
    public override PyObject? Next()
    {
        while (Ops.Next(it) is { } v)
            if (fn is PyNone ? Ops.Truth(v) : Ops.Truth(Ops.Call(fn, v))) return v;
        return null;
    }
    public override PyObject? Reduce() => PyTuple.Of(Type, PyTuple.Of(fn, it));
}

/// <summary>reversed(seq) over the sequence protocol: seq[len-1], ..., seq[0].</summary>
public sealed class ReversedIterator(PyType type, PyObject seq, long last) : PyIterator(type)
{
    PyObject? seq = seq;
    long i = last;
    public override PyObject? Next()
    {
        if (seq is not null && i >= 0)
        {
            try { return Ops.GetItem(seq, PyInt.From(i--)); }
            catch (PyException e) when (Err.Matches(e.Value, ExcTypes.IndexError) || Err.Matches(e.Value, ExcTypes.StopIteration)) { }
        }
        i = -1; seq = null;
        return null;
    }
    public override PyObject? Reduce() => seq is null ? PyTuple.Of(Type, PyTuple.Of(PyTuple.Empty))
        : PyTuple.Of(Type, PyTuple.Of(seq), PyInt.From(i));
    public override bool SetState(PyObject state)
    {
        if (seq is not null) i = IterState.Clamp(state, -1, Ops.Len(seq) - 1);
        return true;
    }
    public override long LengthHint() => seq is null ? 0 : Ops.Len(seq) < i + 1 ? 0 : i + 1;
}
