namespace Pytk.Vm;

/// <summary>
/// A live dict view of a namespace (instance/module __dict__, vars(), globals()): namespaces are stored as
/// string-keyed .NET dictionaries for fast attribute access, and this object lets Python code read and
/// write them as a dict.
/// </summary>
public sealed class AttrDict(Dictionary<string, PyObject> map) : PyObject(Type)
{
    public readonly Dictionary<string, PyObject> Map = map;
    public static new readonly PyType Type = MakeType();

    static string K(PyObject k) => k is PyStr s ? s.Value : throw Err.Type($"attribute name must be string, not '{k.Type.Name}'");
    static Dictionary<string, PyObject> M(PyObject o) => ((AttrDict)o).Map;
    public PyDict Snapshot() => Builtins.DictView(Map);

    static PyType MakeType()
    {
        var t = new PyType("dict", [Types.Object], Types.Type, builtin: true);
        t.Dict!["__hash__"] = Py.None;
        Def.M1(t, "__getitem__", (o, k) => M(o).TryGetValue(K(k), out var v) ? v : throw Err.Key(k));
        Def.M2(t, "__setitem__", (o, k, v) => { M(o)[K(k)] = v; PyType.Invalidate(); return Py.None; });
        Def.M1(t, "__delitem__", (o, k) => M(o).Remove(K(k)) ? Py.None : throw Err.Key(k));
        Def.M1(t, "__contains__", (o, k) => Py.Bool(k is PyStr s && M(o).ContainsKey(s.Value)));
        Def.M0(t, "__len__", o => PyInt.From(M(o).Count));
        Def.M0(t, "__iter__", o => new ArrayIterator(M(o).Keys.Select(k => (PyObject)new PyStr(k)).ToArray()));
        Def.M0(t, "__repr__", o => new PyStr(DictMethods.Repr(((AttrDict)o).Snapshot())));
        Def.M1(t, "__eq__", (o, x) => Ops.Compare(((AttrDict)o).Snapshot(), x is AttrDict ad ? ad.Snapshot() : x, CmpOp.Eq));
        Def.M0(t, "keys", o => ((AttrDict)o).Snapshot().Keys() is var ks ? new PyList(ks) : Py.None);
        Def.M0(t, "values", o => new PyList(M(o).Values));
        Def.M0(t, "items", o => new PyList(M(o).Select(p => (PyObject)PyTuple.Of(new PyStr(p.Key), p.Value))));
        Def.M0(t, "copy", o => ((AttrDict)o).Snapshot());
        Def.M0(t, "clear", o => { M(o).Clear(); return Py.None; });
        Def.Method(t, "get", (a, kw) => M(a[0]).TryGetValue(K(a[1]), out var v) ? v : a.Length > 2 ? a[2] : Py.None);
        Def.Method(t, "pop", (a, kw) => M(a[0]).Remove(K(a[1]), out var v) ? v : a.Length > 2 ? a[2] : throw Err.Key(a[1]));
        Def.Method(t, "setdefault", (a, kw) =>
        {
            if (M(a[0]).TryGetValue(K(a[1]), out var v)) return v;
            return M(a[0])[K(a[1])] = a.Length > 2 ? a[2] : Py.None;
        });
        Def.Method(t, "update", (a, kw) =>
        {
            if (a.Length > 1) foreach (var (k, v) in DictMethods.MappingItems(a[1])) M(a[0])[K(k)] = v;
            if (kw is not null) foreach (var (k, v) in kw) M(a[0])[k] = v;
            return Py.None;
        });
        return t;
    }
}
