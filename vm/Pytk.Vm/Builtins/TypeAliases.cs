namespace Pytk.Vm;

/// <summary>
/// types.GenericAlias (list[int]) and types.UnionType (int | None), as annotations evaluate them: they print,
/// compare and hash like CPython's; a GenericAlias is callable and subclassable as its origin, and a union
/// works with isinstance/issubclass.
/// </summary>
public static class TypeAliases
{
    public static readonly PyType GenericAliasType = MakeGenericAlias();
    public static readonly PyType UnionType = MakeUnion();

    /// <summary>typing's _type_repr: builtins by bare name, other classes as module.qualname, None as None.</summary>
    public static string TypeRepr(PyObject o)
    {
        if (o is PyNone || ReferenceEquals(o, Py.None.Type)) return "None";
        if (o is PyType t)
        {
            string mod = t.Dict!.TryGetValue("__module__", out var m) && m is PyStr ms ? ms.Value : "builtins";
            return mod == "builtins" ? t.QualName : $"{mod}.{t.QualName}";
        }
        if (ReferenceEquals(o, Py.Ellipsis)) return "...";
        return Ops.Repr(o);
    }

    static PyObject[] ArgsOf(GenericAlias g) => g.Args is PyTuple t ? t.Items : [g.Args];

    static PyType MakeGenericAlias()
    {
        var t = new PyType("GenericAlias", [Types.Object], Types.Type, builtin: true);
        t.Dict!["__module__"] = new PyStr("types");
        static GenericAlias G(PyObject o) => (GenericAlias)o;
        Def.M0(t, "__repr__", o => new PyStr($"{TypeRepr(G(o).Origin)}[{string.Join(", ", ArgsOf(G(o)).Select(TypeRepr))}]"));
        Def.Prop(t, "__origin__", o => G(o).Origin);
        Def.Prop(t, "__args__", o => new PyTuple(ArgsOf(G(o))));
        Def.Method(t, "__call__", (a, kw) => Ops.Call(G(a[0]).Origin, a[1..], kw));
        Def.M1(t, "__eq__", (o, x) => x is GenericAlias g
            ? Py.Bool(ReferenceEquals(g.Origin, G(o).Origin) && Ops.EqBool(new PyTuple(ArgsOf(g)), new PyTuple(ArgsOf(G(o)))))
            : Py.NotImplemented);
        Def.M0(t, "__hash__", o => PyInt.From(Ops.Hash(G(o).Origin) ^ Ops.Hash(new PyTuple(ArgsOf(G(o))))));
        Def.M1(t, "__mro_entries__", (o, _) => PyTuple.Of(G(o).Origin));
        Def.M1(t, "__or__", (o, x) => Union(o, x));
        Def.M1(t, "__ror__", (o, x) => Union(x, o));
        return t;
    }

    public sealed class UnionAlias(PyObject[] args) : PyObject(UnionType)
    {
        public readonly PyObject[] Args = args;
    }

    static bool Unionable(PyObject o) => o is PyType or PyNone or GenericAlias or UnionAlias;

    /// <summary>x | y for types: flattened, None as NoneType, duplicates dropped; NotImplemented for other operands.</summary>
    public static PyObject Union(PyObject x, PyObject y)
    {
        if (!Unionable(x) || !Unionable(y)) return Py.NotImplemented;
        var args = new List<PyObject>();
        foreach (var side in new[] { x, y })
            foreach (var a in side is UnionAlias u ? u.Args : [side])
            {
                var v = a is PyNone ? Py.None.Type : a;
                if (!args.Any(e => Ops.EqBool(e, v))) args.Add(v);
            }
        return args.Count == 1 ? args[0] : new UnionAlias(args.ToArray());
    }

    static PyType MakeUnion()
    {
        var t = new PyType("UnionType", [Types.Object], Types.Type, builtin: true);
        t.Dict!["__module__"] = new PyStr("types");
        static UnionAlias U(PyObject o) => (UnionAlias)o;
        Def.M0(t, "__repr__", o => new PyStr(string.Join(" | ", U(o).Args.Select(TypeRepr))));
        Def.Prop(t, "__args__", o => new PyTuple(U(o).Args));
        Def.M1(t, "__eq__", (o, x) => x is UnionAlias u
            ? Py.Bool(u.Args.Length == U(o).Args.Length && u.Args.All(a => U(o).Args.Any(b => Ops.EqBool(a, b))))
            : Py.NotImplemented);
        Def.M0(t, "__hash__", o => PyInt.From(U(o).Args.Aggregate(0L, (h, a) => h ^ Ops.Hash(a))));
        Def.M1(t, "__or__", (o, x) => Union(o, x));
        Def.M1(t, "__ror__", (o, x) => Union(x, o));
        Def.M1(t, "__instancecheck__", (o, inst) => Py.Bool(U(o).Args.Any(a => Ops.IsInstance(inst, a))));
        Def.M1(t, "__subclasscheck__", (o, sub) => Py.Bool(U(o).Args.Any(a => Ops.IsSubclass(sub, a))));
        return t;
    }
}
