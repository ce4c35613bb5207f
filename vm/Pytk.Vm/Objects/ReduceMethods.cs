namespace Pytk.Vm.Objects;

/// <summary>How the built-in value types take part in pickle and copy, as in CPython: __getnewargs__ of the
/// immutable ones (a subclass instance is rebuilt as cls.__new__(cls, value)), and __reduce__ of set, frozenset
/// and bytearray (their items are constructor arguments).</summary>
public static class ReduceMethods
{
    /// <summary>The state pickled beside the items: what __getstate__ gives (the instance dict, with slot values as
    /// (dict, slots) when a subclass has __slots__), as CPython's _PyObject_GetState.</summary>
    static PyObject DictOrNone(PyObject o) =>
        o.Type.IsBuiltin ? Py.None : Ops.Call(Ops.GetAttr(o, "__getstate__"));

    public static void Register()
    {
        Def.M0(Types.Str, "__getnewargs__", o => PyTuple.Of(new PyStr(((PyStr)o).Value)));
        Def.M0(Types.Int, "__getnewargs__", o => PyTuple.Of(PyInt.From(((PyInt)o).AsBig)));
        Def.M0(Types.Float, "__getnewargs__", o => PyTuple.Of(new PyFloat(((PyFloat)o).V)));
        Def.M0(Types.Bytes, "__getnewargs__", o => PyTuple.Of(new PyBytes(((PyBytes)o).Value)));
        Def.M0(Types.Tuple, "__getnewargs__", o => PyTuple.Of(new PyTuple(((PyTuple)o).Items)));
        Def.M0(Types.Complex, "__getnewargs__", o =>
        {
            if (o is PyComplex c) return PyTuple.Of(new PyFloat(c.Real), new PyFloat(c.Imag));
            return PyTuple.Of(Ops.GetAttr(o, "real"), Ops.GetAttr(o, "imag"));
        });
        foreach (var t in new[] { Types.Set, Types.FrozenSet })
            Def.M0(t, "__reduce__", o => PyTuple.Of(o.Type, PyTuple.Of(new PyList(((PySet)o).Items())), DictOrNone(o)));
        Def.M0(Types.ByteArray, "__reduce__", o => PyTuple.Of(o.Type, PyTuple.Of(new PyBytes(((PyBytes)o).Value.ToArray())), DictOrNone(o)));
        Def.M1(Types.ByteArray, "__reduce_ex__", (o, proto) =>
        {
            var b = ((PyBytes)o).Value;
            // before protocol 3 there is no bytes type in the stream: the bytes travel as a latin-1 str
            var args = Ops.IndexInt(proto) < 3
                ? PyTuple.Of(new PyStr(new string(b.Select(x => (char)x).ToArray())), new PyStr("latin-1"))
                : PyTuple.Of(new PyBytes(b.ToArray()));
            return PyTuple.Of(o.Type, args, DictOrNone(o));
        });
    }
}
