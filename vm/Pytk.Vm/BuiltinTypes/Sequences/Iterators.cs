namespace Pytk.Vm.BuiltinTypes.Sequences;

/// <summary>Built-in iterators: Next returns null at the end, so for loops never throw StopIteration.</summary>
public abstract class PyIterator(PyType? type = null) : PyObject(type ?? Types.Iterator)
{
    public abstract PyObject? Next();
}

public sealed class ListIterator(PyList list) : PyIterator(Types.ListIterator)
{
    int i;
    public override PyObject? Next() => i < list.Items.Count ? list.Items[i++] : null;
}

public sealed class ArrayIterator(PyObject[] items, PyType? type = null) : PyIterator(type ?? Types.TupleIterator)
{
    int i;
    public override PyObject? Next() => i < items.Length ? items[i++] : null;
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
}

public sealed class RangeIterator(PyType type) : PyIterator(type)
{
    long cur, stop, step;
    System.Numerics.BigInteger bcur, bstop, bstep;
    bool big;

    public static RangeIterator For(PyRange r)
    {
        bool small = r.Start.IsSmall && r.Stop.IsSmall && r.Step.IsSmall && Math.Abs(r.Stop.V) < long.MaxValue / 4 && Math.Abs(r.Start.V) < long.MaxValue / 4;
        var it = new RangeIterator(small ? Types.RangeIterator : Types.LongRangeIterator);
        if (small) { it.cur = r.Start.V; it.stop = r.Stop.V; it.step = r.Step.V; }
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
}

public sealed class DictIterator(PyDict d, DictIterator.Kind kind) : PyIterator(kind switch
{
    DictIterator.Kind.Keys => Types.DictKeyIterator, DictIterator.Kind.Values => Types.DictValueIterator, _ => Types.DictItemIterator,
})
{
    public enum Kind { Keys, Values, Items }
    int i;
    readonly int startCount = d.Count;

    public override PyObject? Next()
    {
        if (d.Count != startCount)
            throw Err.Runtime("dictionary changed size during iteration");
        while (i < d.SlotCount)
        {
            if (d.TryGetSlot(i++, out var k, out var v))
                return kind switch { Kind.Keys => k, Kind.Values => v, _ => PyTuple.Of(k, v) };
        }
        return null;
    }
}

public sealed class SetIterator(PySet s) : PyIterator(Types.SetIterator)
{
    readonly IEnumerator<PyObject> e = s.Items().GetEnumerator();
    readonly int version = s.Version;
    public override PyObject? Next()
    {
        if (s.Version != version) throw Err.Runtime("Set changed size during iteration");
        return e.MoveNext() ? e.Current : null;
    }
}

/// <summary>The old sequence protocol: __getitem__(0), (1), ... until IndexError.</summary>
public sealed class SeqIterator(PyObject seq) : PyIterator
{
    int i;
    bool done;
    public override PyObject? Next()
    {
        if (done) return null;
        try { return Ops.GetItem(seq, PyInt.From(i++)); }
        catch (PyException e) when (Err.Matches(e.Value, ExcTypes.IndexError) || Err.Matches(e.Value, ExcTypes.StopIteration))
        { done = true; return null; }
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
}

/// <summary>enumerate/zip/map/filter/reversed: an iterator defined by a C# step function.</summary>
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
