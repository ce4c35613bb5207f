namespace Pytk.Vm.Objects;

/// <summary>types.UnionType: `int | str`, `list[int] | None` (flattened, duplicates dropped, printed with " | ").</summary>
public sealed class UnionType : PyObject
{
    public readonly PyObject[] Args;
    public static new readonly PyType Type = MakeType();

    UnionType(PyObject[] args) : base(Type) { Args = args; }

    /// <summary>What `|` accepts on its own: None, classes, generic aliases and unions (others get NotImplemented).</summary>
    static bool Unionable(PyObject o) => o is PyNone or PyType or GenericAlias or UnionType;

    public static PyObject Or(PyObject a, PyObject b)
    {
        if (!Unionable(a) || !Unionable(b)) return Py.NotImplemented;
        var items = new List<PyObject>();
        foreach (var x in new[] { a, b })
            foreach (var y in x is UnionType u ? u.Args : [x])
            {
                var v = y is PyNone ? Types.NoneType : y;
                if (!items.Any(i => ReferenceEquals(i, v) || Ops.EqBool(i, v))) items.Add(v);
            }
        return items.Count == 1 ? items[0] : new UnionType(items.ToArray());
    }

    static PyType MakeType()
    {
        var t = new PyType("UnionType", [Types.Object], Types.Type, builtin: true);
        t.Dict!["__module__"] = new PyStr("types");
        Def.Prop(t, "__args__", o => new PyTuple(((UnionType)o).Args));
        Def.Prop(t, "__parameters__", o => new PyTuple(GenericAlias.Parameters(((UnionType)o).Args).ToArray()));
        Def.M0(t, "__repr__", o => new PyStr(string.Join(" | ", ((UnionType)o).Args.Select(a => a == Types.NoneType ? "None" : GenericAlias.ItemRepr(a)))));
        Def.M1(t, "__or__", Or);
        Def.M1(t, "__getitem__", (o, key) =>
            Ops.Call(Ops.GetAttr(Modules.Import("_typing", Py.None, 0, null), "_generic_alias_getitem"), o, key));
        Def.M1(t, "__ror__", (o, x) => Or(x, o));
        Def.M1(t, "__eq__", (o, x) => x is UnionType u
            ? Py.Bool(u.Args.Length == ((UnionType)o).Args.Length && u.Args.All(a => ((UnionType)o).Args.Any(b => Ops.EqBool(a, b))))
            : Py.NotImplemented);
        Def.M0(t, "__hash__", o => PyInt.From(((UnionType)o).Args.Aggregate(0L, (h, a) => h ^ Ops.Hash(a))));
        Def.M1(t, "__instancecheck__", (o, x) => Py.Bool(((UnionType)o).Args.Any(a => a is PyType pt && x.Type.IsSubtypeOf(pt))));
        Def.M1(t, "__subclasscheck__", (o, x) => Py.Bool(((UnionType)o).Args.Any(a => a is PyType pt && x is PyType xt && xt.IsSubtypeOf(pt))));
        return t;
    }
}
