namespace Pytk.Vm.Objects;

/// <summary>
/// types.GenericAlias: `list[int]`, `dict[K, V]`, `Alias[str]` — origin and arguments, printed, compared,
/// called and substituted (`list[T][int]` is `list[int]`) as CPython does.
/// </summary>
public sealed class GenericAlias : PyObject
{
    public readonly PyObject Origin;
    public readonly PyObject Args;
    /// <summary>`*tuple[int, str]`: the alias a star-unpacking of it yields (printed with a leading *).</summary>
    public readonly bool Unpacked;
    public static new readonly PyType Type = MakeType();

    public GenericAlias(PyObject origin, PyObject args, bool unpacked = false, PyType? subtype = null) : base(subtype ?? Type)
    { Origin = origin; Args = args; Unpacked = unpacked; }

    PyObject[] ArgItems => Args is PyTuple t ? t.Items : [Args];

    public static string ItemRepr(PyObject o)
    {
        if (o == Py.Ellipsis) return "...";
        if (o is PyList l) return "[" + string.Join(", ", l.Items.Select(ItemRepr)) + "]";
        if (Ops.HasAttr(o, "__origin__") && Ops.HasAttr(o, "__args__")) return Ops.Repr(o);
        // Only classes and functions have their own __qualname__ (pytk instances would find their class's).
        if (o is not (PyType or PyFunction) || !Ops.HasAttr(o, "__module__")) return Ops.Repr(o);
        string qual = Ops.Str(Ops.GetAttr(o, "__qualname__")), mod = Ops.Str(Ops.GetAttr(o, "__module__"));
        return mod == "builtins" ? qual : mod + "." + qual;
    }

    string Repr()
    {
        var items = ArgItems;
        string args = items.Length == 0 ? "()" : string.Join(", ", items.Select(ItemRepr));
        return (Unpacked ? "*" : "") + ItemRepr(Origin) + "[" + args + "]";
    }

    /// <summary>Type variables among the arguments (objects with __typing_subst__), nested aliases included.</summary>
    public static List<PyObject> Parameters(IEnumerable<PyObject> args)
    {
        var ps = new List<PyObject>();
        foreach (var a in args)
        {
            if (a is PyType) continue;
            if (a.Type.Lookup("__typing_subst__") is not null) { if (!ps.Any(p => ReferenceEquals(p, a))) ps.Add(a); }
            else if (Ops.HasAttr(a, "__parameters__") && Ops.GetAttr(a, "__parameters__") is PyTuple inner)
                foreach (var p in inner.Items) if (!ps.Any(q => ReferenceEquals(q, p))) ps.Add(p);
        }
        return ps;
    }

    static PyType MakeType()
    {
        var t = new PyType("GenericAlias", [Types.Object], Types.Type, builtin: true);
        t.Dict!["__module__"] = new PyStr("types");
        static GenericAlias G(PyObject o) => (GenericAlias)o;
        Def.Static(t, "__new__", (a, kw) => a.Length == 3
            ? new GenericAlias(a[1], a[2], subtype: a[0] is PyType st && st != Type ? st : null)
            : throw Err.Type("GenericAlias expected 2 arguments"));
        Def.Prop(t, "__unpacked__", o => Py.Bool(G(o).Unpacked));
        Def.Prop(t, "__typing_unpacked_tuple_args__", o =>
            G(o).Unpacked && G(o).Origin == Types.Tuple ? new PyTuple(G(o).ArgItems) : Py.None);
        // `*tuple[int]` iterates the alias: one item, the unpacked alias
        Def.M0(t, "__iter__", o => Ops.Iter(PyTuple.Of(new GenericAlias(G(o).Origin, G(o).Args, unpacked: true))));
        Def.M0(t, "__reduce__", o => G(o).Unpacked
            ? PyTuple.Of(Runtime.Builtins["next"], PyTuple.Of(Ops.Iter(PyTuple.Of(new GenericAlias(G(o).Origin, G(o).Args, unpacked: true)))))
            : PyTuple.Of(Type, PyTuple.Of(G(o).Origin, G(o).Args)));
        Def.M1(t, "__or__", UnionType.Or);
        Def.M1(t, "__ror__", (o, x) => UnionType.Or(x, o));
        Def.Prop(t, "__origin__", o => G(o).Origin);
        Def.Prop(t, "__args__", o => new PyTuple(G(o).ArgItems));
        Def.Prop(t, "__parameters__", o => new PyTuple(Parameters(G(o).ArgItems).ToArray()));
        Def.M0(t, "__repr__", o => new PyStr(G(o).Repr()));
        Def.M1(t, "__mro_entries__", (o, bases) => PyTuple.Of(G(o).Origin));
        Def.M1(t, "__eq__", (o, x) => x is GenericAlias g
            ? Py.Bool(G(o).Unpacked == g.Unpacked && Ops.EqBool(G(o).Origin, g.Origin) && Ops.EqBool(new PyTuple(G(o).ArgItems), new PyTuple(g.ArgItems)))
            : Py.NotImplemented);
        Def.M0(t, "__hash__", o => PyInt.From(Ops.Hash(G(o).Origin) ^ Ops.Hash(new PyTuple(G(o).ArgItems)) ^ (G(o).Unpacked ? 1 : 0)));
        Def.Method(t, "__call__", (a, kw) =>
        {
            var r = Ops.Call(G(a[0]).Origin, a[1..], kw);
            try { Ops.SetAttr(r, "__orig_class__", a[0]); } catch (PyException) { }
            return r;
        });
        // Substitution follows typing's rules (type variable tuples, ParamSpecs, defaults): typing's helper does it.
        Def.M1(t, "__getitem__", (o, key) =>
            Ops.Call(Ops.GetAttr(Modules.Import("_typing", Py.None, 0, null), "_generic_alias_getitem"), o, key));
        return t;
    }
}
