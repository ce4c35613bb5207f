using System.Text;
using Pytk.Compiler.Code;

namespace Pytk.Vm.NativeModules;

/// <summary>
/// `_operator`, the compiled half of operator.py (which imports it over its own definitions, as CPython's
/// does): the operators as functions, attrgetter/itemgetter/methodcaller as types named `operator.*`, with
/// CPython's C messages, reprs and pickling.
/// </summary>
public static class OperatorCore
{
    public static PyModule Create()
    {
        var m = new PyModule("_operator");
        var d = m.Dict!;
        void Unary(string name, Func<PyObject, PyObject> f) => d[name] = Def.Func(name, (a, kw) =>
        {
            if (kw is { Count: > 0 }) throw Err.Type($"_operator.{name}() takes no keyword arguments");
            if (a.Length != 1) throw Err.Type($"_operator.{name}() takes exactly one argument ({a.Length} given)");
            return f(a[0]);
        });
        void Binary(string name, Func<PyObject, PyObject, PyObject> f) => d[name] = Def.Func(name, (a, kw) =>
        {
            if (kw is { Count: > 0 }) throw Err.Type($"_operator.{name}() takes no keyword arguments");
            if (a.Length != 2) throw Err.Type($"{name} expected 2 arguments, got {a.Length}");
            return f(a[0], a[1]);
        });

        string[] nb = ["add", "and_", "floordiv", "lshift", "matmul", "mul", "mod", "or_", "pow", "rshift", "sub", "truediv", "xor"];
        for (int i = 0; i < nb.Length; i++)
        {
            var op = (NbOp)i;
            Binary(nb[i], (x, y) => Ops.Binary(op, x, y));
            Binary("i" + nb[i].TrimEnd('_'), (x, y) => Ops.InPlace(op, x, y));
        }
        string[] cmp = ["lt", "le", "eq", "ne", "gt", "ge"];
        for (int i = 0; i < cmp.Length; i++)
        {
            var op = (CmpOp)i;
            Binary(cmp[i], (x, y) => Ops.Compare(x, y, op));
        }
        Unary("neg", Ops.Negative);
        Unary("pos", Ops.Positive);
        Unary("invert", Ops.Invert);
        Unary("inv", Ops.Invert);
        Unary("abs", x => x.Type.Lookup("__abs__") is { } f ? Ops.CallSpecial(f, x) : throw Err.Type($"bad operand type for abs(): '{x.Type.Name}'"));
        Unary("index", x => Ops.Index(x) is var i && i.Type == Types.Int ? i : i.IsSmall ? PyInt.From(i.V) : PyInt.From(i.Big!.Value));
        Unary("truth", x => Py.Bool(Ops.Truth(x)));
        Unary("not_", x => Py.Bool(!Ops.Truth(x)));
        Binary("is_", (x, y) => Py.Bool(ReferenceEquals(x, y)));
        Binary("is_not", (x, y) => Py.Bool(!ReferenceEquals(x, y)));
        Binary("concat", (x, y) => Ops.Binary(NbOp.Add, Concatenable(x), y));
        Binary("iconcat", (x, y) => Ops.InPlace(NbOp.Add, Concatenable(x), y));
        Binary("contains", (x, y) => Py.Bool(Ops.Contains(x, y)));
        Binary("countOf", (x, y) =>
        {
            long n = 0;
            var it = Ops.Iter(x);
            while (Ops.Next(it) is { } item) if (ReferenceEquals(item, y) || Ops.EqBool(item, y)) n++;
            return PyInt.From(n);
        });
        Binary("indexOf", (x, y) =>
        {
            long i = 0;
            var it = Ops.Iter(x);
            while (Ops.Next(it) is { } item)
            {
                if (ReferenceEquals(item, y) || Ops.EqBool(item, y)) return PyInt.From(i);
                i++;
            }
            throw Err.Value("sequence.index(x): x not in sequence");
        });
        Binary("getitem", Ops.GetItem);
        Binary("delitem", (x, y) => { Ops.DelItem(x, y); return Py.None; });
        d["setitem"] = Def.Func("setitem", (a, kw) =>
        {
            if (kw is { Count: > 0 }) throw Err.Type("_operator.setitem() takes no keyword arguments");
            if (a.Length != 3) throw Err.Type($"setitem expected 3 arguments, got {a.Length}");
            Ops.SetItem(a[0], a[1], a[2]);
            return Py.None;
        });
        d["length_hint"] = Def.Func("length_hint", (a, kw) =>
        {
            if (kw is { Count: > 0 }) throw Err.Type("_operator.length_hint() takes no keyword arguments");
            if (a.Length is < 1 or > 2) throw Err.Type($"length_hint expected at least 1 argument, got {a.Length}".Replace("at least 1 argument, got 3", "at most 2 arguments, got 3"));
            long dflt = a.Length > 1 ? Ops.IndexSsize(a[1]) : 0;
            return PyInt.From(LengthHint(a[0], dflt));
        });
        d["call"] = Def.Func("call", (a, kw) =>
        {
            if (a.Length == 0) throw Err.Type("call() missing 1 required positional argument: 'obj'");
            return Ops.Call(a[0], a[1..], kw);
        });
        d["_compare_digest"] = Def.Func("_compare_digest", (a, kw) =>
        {
            if (kw is { Count: > 0 }) throw Err.Type("_operator._compare_digest() takes no keyword arguments");
            if (a.Length != 2) throw Err.Type($"_compare_digest expected 2 arguments, got {a.Length}");
            return Py.Bool(CompareDigest(a[0], a[1]));
        });
        d["attrgetter"] = AttrGetter;
        d["itemgetter"] = ItemGetter;
        d["methodcaller"] = MethodCaller;
        return m;
    }

    /// <summary>concat's operand check: a sequence (a __getitem__ that is not a mapping's) is needed.</summary>
    static PyObject Concatenable(PyObject a) =>
        a.Type.Lookup("__getitem__") is not null && !a.Type.IsSubtypeOf(Types.Dict) ? a
            : throw Err.Type($"'{a.Type.Name}' object can't be concatenated");

    /// <summary>PyObject_LengthHint: len() when there is one, else __length_hint__, else the default.</summary>
    static long LengthHint(PyObject o, long dflt)
    {
        if (o.Type.Lookup("__len__") is not null)
        {
            try { return Ops.LenLong(o); }
            catch (PyException e) when (Err.Matches(e.Value, ExcTypes.TypeError)) { }
        }
        if (o.Type.Lookup("__length_hint__") is not { } hint) return dflt;
        PyObject r;
        try { r = Ops.CallSpecial(hint, o); }
        catch (PyException e) when (Err.Matches(e.Value, ExcTypes.TypeError)) { return dflt; }
        if (r == Py.NotImplemented) return dflt;
        if (r is not PyInt i) throw Err.Type($"__length_hint__ must be an integer, not {r.Type.Name}");
        if (i.Sign < 0) throw Err.Value("__length_hint__() should return >= 0");
        if (!i.IsSmall) throw Err.Overflow("cannot fit 'int' into an index-sized integer");
        return i.V;
    }

    static bool CompareDigest(PyObject a, PyObject b)
    {
        byte[] x, y;
        if (a is PyStr sa && b is PyStr sb)
        {
            if (sa.Value.Any(c => c > 127) || sb.Value.Any(c => c > 127))
                throw Err.Type("comparing strings with non-ASCII characters is not supported");
            x = Encoding.ASCII.GetBytes(sa.Value);
            y = Encoding.ASCII.GetBytes(sb.Value);
        }
        else if (a is PyStr || b is PyStr || !IsBuffer(a) || !IsBuffer(b))
            throw Err.Type($"unsupported operand types(s) or combination of types: '{a.Type.Name}' and '{b.Type.Name}'");
        else
        {
            x = BinasciiCore.Bytes(a, "_compare_digest");
            y = BinasciiCore.Bytes(b, "_compare_digest");
        }
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(x, y);
    }

    static bool IsBuffer(PyObject o) => o is PyBytes || o.Type.Name is "memoryview" or "array";

    // ---- attrgetter, itemgetter, methodcaller

    static PyType MakeType(string name)
    {
        var t = new PyType(name, [Types.Object], builtin: true) { Final = true };
        t.Dict!["__module__"] = new PyStr("operator");
        return t;
    }

    sealed class Getter(PyType type, PyObject[] items) : PyObject(type)
    {
        public readonly PyObject[] Items = items;
        /// <summary>attrgetter: each attribute name split at its dots.</summary>
        public string[][]? Paths;
    }

    sealed class Caller(string name, PyObject[] args, KwArgs? kw) : PyObject(MethodCaller)
    {
        public readonly string Name = name;
        public readonly PyObject[] Args = args;
        public readonly KwArgs? Kw = kw;
    }

    static void OneArg(string what, PyObject[] a, KwArgs? kw)
    {
        if (kw is { Count: > 0 }) throw Err.Type($"{what}() takes no keyword arguments");
        if (a.Length != 2) throw Err.Type($"{what} expected 1 argument, got {a.Length - 1}");
    }

    static string ArgsRepr(PyObject[] items) => string.Join(", ", items.Select(Ops.Repr));

    static readonly PyType AttrGetter = MakeAttrGetter();
    static readonly PyType ItemGetter = MakeItemGetter();
    static readonly PyType MethodCaller = MakeMethodCaller();

    static PyType MakeAttrGetter()
    {
        var t = MakeType("attrgetter");
        Def.Static(t, "__new__", (a, kw) =>
        {
            if (kw is { Count: > 0 }) throw Err.Type("attrgetter() takes no keyword arguments");
            if (a.Length < 2) throw Err.Type("attrgetter expected 1 argument, got 0");
            var items = a[1..];
            var paths = new string[items.Length][];
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] is not PyStr s) throw Err.Type("attribute name must be a string");
                paths[i] = s.Value.Split('.');
            }
            return new Getter(t, items) { Paths = paths };
        });
        Def.Method(t, "__call__", (a, kw) =>
        {
            OneArg("attrgetter", a, kw);
            var g = (Getter)a[0];
            PyObject Get(string[] path)
            {
                var o = a[1];
                foreach (var part in path) o = Ops.GetAttr(o, part);
                return o;
            }
            if (g.Paths!.Length == 1) return Get(g.Paths[0]);
            return new PyTuple(g.Paths.Select(Get).ToArray());
        });
        Def.M0(t, "__repr__", o => new PyStr(Ops.Guarded(o, "operator.attrgetter(...)", () => $"operator.attrgetter({ArgsRepr(((Getter)o).Items)})")));
        Def.M0(t, "__reduce__", o => PyTuple.Of(t, new PyTuple(((Getter)o).Items)));
        return t;
    }

    static PyType MakeItemGetter()
    {
        var t = MakeType("itemgetter");
        Def.Static(t, "__new__", (a, kw) =>
        {
            if (kw is { Count: > 0 }) throw Err.Type("itemgetter() takes no keyword arguments");
            if (a.Length < 2) throw Err.Type("itemgetter expected 1 argument, got 0");
            return new Getter(t, a[1..]);
        });
        Def.Method(t, "__call__", (a, kw) =>
        {
            OneArg("itemgetter", a, kw);
            var items = ((Getter)a[0]).Items;
            if (items.Length == 1) return Ops.GetItem(a[1], items[0]);
            var r = new PyObject[items.Length];
            for (int i = 0; i < items.Length; i++) r[i] = Ops.GetItem(a[1], items[i]);
            return new PyTuple(r);
        });
        Def.M0(t, "__repr__", o => new PyStr(Ops.Guarded(o, "operator.itemgetter(...)", () => $"operator.itemgetter({ArgsRepr(((Getter)o).Items)})")));
        Def.M0(t, "__reduce__", o => PyTuple.Of(t, new PyTuple(((Getter)o).Items)));
        return t;
    }

    static PyType MakeMethodCaller()
    {
        var t = MakeType("methodcaller");
        Def.Static(t, "__new__", (a, kw) =>
        {
            if (a.Length < 2) throw Err.Type("methodcaller needs at least one argument, the method name");
            if (a[1] is not PyStr name) throw Err.Type("method name must be a string");
            return new Caller(name.Value, a[2..], kw is { Count: > 0 } ? [.. kw] : null);
        });
        Def.Method(t, "__call__", (a, kw) =>
        {
            OneArg("methodcaller", a, kw);
            var c = (Caller)a[0];
            return Ops.Call(Ops.GetAttr(a[1], c.Name), c.Args, c.Kw is null ? null : [.. c.Kw]);
        });
        Def.M0(t, "__repr__", o => new PyStr(Ops.Guarded(o, "operator.methodcaller(...)", () =>
        {
            var c = (Caller)o;
            var parts = new List<string> { Ops.Repr(new PyStr(c.Name)) };
            parts.AddRange(c.Args.Select(Ops.Repr));
            if (c.Kw is not null) parts.AddRange(c.Kw.Select(p => $"{p.Key}={Ops.Repr(p.Value)}"));
            return $"operator.methodcaller({string.Join(", ", parts)})";
        })));
        Def.M0(t, "__reduce__", o =>
        {
            var c = (Caller)o;
            if (c.Kw is null) return PyTuple.Of(t, new PyTuple([new PyStr(c.Name), .. c.Args]));
            // keyword arguments travel in a functools.partial, as CPython pickles them
            var partial = Ops.GetAttr(Modules.Import("functools", Py.None, 0, null), "partial");
            var bound = Ops.Call(partial, [t, new PyStr(c.Name)], [.. c.Kw]);
            return PyTuple.Of(bound, new PyTuple(c.Args));
        });
        return t;
    }
}
