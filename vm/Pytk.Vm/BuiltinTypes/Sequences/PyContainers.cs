namespace Pytk.Vm.BuiltinTypes.Sequences;

public sealed class PyTuple : PyObject
{
    public readonly PyObject[] Items;
    public static readonly PyTuple Empty = new([]);
    public PyTuple(PyObject[] items) : base(Types.Tuple) { Items = items; }
    public PyTuple(PyType subtype, PyObject[] items) : base(subtype) { Items = items; }
    public static PyTuple Of(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);
}

public sealed class PyList : PyObject
{
    public List<PyObject> Items;
    public PyList() : base(Types.List) { Items = new(); }
    public PyList(List<PyObject> items) : base(Types.List) { Items = items; }
    public PyList(IEnumerable<PyObject> items) : base(Types.List) { Items = new(items); }
    public PyList(PyType subtype) : base(subtype) { Items = new(); }
}

public sealed class PyRange(PyInt start, PyInt stop, PyInt step) : PyObject(Types.Range)
{
    public readonly PyInt Start = start, Stop = stop, Step = step;

    public System.Numerics.BigInteger Length
    {
        get
        {
            var (a, b, s) = (Start.AsBig, Stop.AsBig, Step.AsBig);
            if (s > 0) return a < b ? (b - a - 1) / s + 1 : 0;
            return a > b ? (a - b - 1) / (-s) + 1 : 0;
        }
    }
}

public sealed class PySlice(PyObject start, PyObject stop, PyObject step) : PyObject(Types.Slice)
{
    public readonly PyObject Start = start, Stop = stop, Step = step;

    /// <summary>CPython's PySlice_GetIndicesEx: (start, stop, step, count) clipped to a sequence of `length`.</summary>
    public (int Start, int Stop, int Step, int Count) Indices(int length)
    {
        // a step beyond any length acts like the longest one (CPython clamps it to Py_ssize_t the same way)
        int step = Step is PyNone ? 1 : (int)Math.Max(Ops.IndexLongClamped(Step), -int.MaxValue);
        if (step == 0) throw Err.Value("slice step cannot be zero");
        int lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        int Clip(PyObject o, int dflt)
        {
            if (o is PyNone) return dflt;
            long v = Ops.IndexLongClamped(o);
            if (v < 0) { v += length; if (v < lower) v = lower; }
            else if (v > upper) v = upper;
            return (int)v;
        }
        int start = Clip(Start, step < 0 ? upper : lower);
        int stop = Clip(Stop, step < 0 ? lower : upper);
        int count = step < 0 ? (stop < start ? (start - stop - 1) / (-step) + 1 : 0)
                             : (start < stop ? (stop - start - 1) / step + 1 : 0);
        return (start, stop, step, count);
    }
}

public sealed class PyCell(PyObject? value) : PyObject(Types.Cell)
{
    public PyObject? Value = value;
}

public sealed class PyModule : PyObject
{
    public readonly string Name;
    public PyModule(string name, Dictionary<string, PyObject>? globals = null) : base(Types.Module)
    {
        Name = name;
        Dict = globals ?? new Dictionary<string, PyObject>();
        Dict.TryAdd("__name__", new PyStr(name));
    }
}
