namespace Pytk.Vm.Builtin;

public static partial class Builtins
{
    static PyBuiltin F(string name, BuiltinFn fn) => Def.Func(name, fn);
    static PyBuiltin F1(string name, Func<PyObject, PyObject> fn) =>
        Def.Func(name, (a, kw) => { Def.NoKw(name, kw); Def.Count(name, a, 1, 1); return fn(a[0]); });
    static PyBuiltin F2(string name, Func<PyObject, PyObject, PyObject> fn) =>
        Def.Func(name, (a, kw) => { Def.NoKw(name, kw); Def.Count(name, a, 2, 2); return fn(a[0], a[1]); });

    /// <summary>Builds the builtins namespace.</summary>
    public static Dictionary<string, PyObject> Create()
    {
        var d = new Dictionary<string, PyObject>();
        void Add(PyObject o) => d[o is PyBuiltin b ? b.Name : ((PyType)o).Name] = o;

        foreach (var t in new[] { Types.Object, Types.Type, Types.Int, Types.Bool, Types.Float, Types.Complex, Types.Str, Types.Bytes,
                     Types.ByteArray, Types.MemoryView, Types.List, Types.Tuple, Types.Dict, Types.Set, Types.FrozenSet, Types.Range, Types.Slice,
                     Types.Property, Types.StaticMethod, Types.ClassMethod, Types.Super,
                     Types.Enumerate, Types.Zip, Types.Map, Types.Filter, Types.Reversed })
            Add(t);
        foreach (var (name, t) in ExcTypes.All) d[name] = t;
        d["None"] = Py.None;
        d["Ellipsis"] = Py.Ellipsis;
        d["NotImplemented"] = Py.NotImplemented;
        d["True"] = Py.True;
        d["False"] = Py.False;
        d["__debug__"] = Py.True;

        Add(F("print", Print));
        Add(F1("len", o => PyInt.From(Ops.LenLong(o))));
        Add(F1("repr", o => new PyStr(Ops.Repr(o))));
        Add(F1("ascii", o => new PyStr(StrMethods.Ascii(Ops.Repr(o)))));
        Add(F1("abs", o => o.Type.Lookup("__abs__") is { } f ? Ops.Call(f, o) : throw Err.Type($"bad operand type for abs(): '{o.Type.Name}'")));
        Add(F("min", (a, kw) => MinMax(a, kw, false)));
        Add(F("max", (a, kw) => MinMax(a, kw, true)));
        Add(F("sum", Sum));
        Add(F("round", Round));
        Add(F("pow", Pow));
        Add(F2("divmod", Divmod));
        Add(F1("hash", o => PyInt.From(Ops.Hash(o))));
        Add(F1("id", o => PyInt.From(Ops.IdOf(o))));
        Add(F1("callable", o => Py.Bool(Ops.IsCallable(o))));
        Add(F1("chr", o =>
        {
            var i = Ops.Index(o);
            if (!i.IsSmall || i.V < 0 || i.V > 0x10FFFF) throw Err.Value("chr() arg not in range(0x110000)");
            return PyStr.FromCodePoint((int)i.V);
        }));
        Add(F1("ord", o =>
        {
            if (o is PyStr s)
            {
                if (s.Length != 1) throw Err.Type($"ord() expected a character, but string of length {s.Length} found");
                return PyInt.From(s.CodePointAt(0));
            }
            if (o is PyBytes b && b.Value.Length == 1) return PyInt.From(b.Value[0]);
            throw Err.Type($"ord() expected string of length 1, but {o.Type.Name} found");
        }));
        Add(F1("hex", o => new PyStr(IntToBase(o, 16, "0x"))));
        Add(F1("oct", o => new PyStr(IntToBase(o, 8, "0o"))));
        Add(F1("bin", o => new PyStr(IntToBase(o, 2, "0b"))));
        Add(F("format", (a, kw) => new PyStr(Ops.Format(a[0], a.Length > 1 ? Def.Str(a[1], "format() argument 2") : ""))));
        Add(F2("isinstance", (o, c) => Py.Bool(Ops.IsInstance(o, c))));
        Add(F2("issubclass", (o, c) => Py.Bool(Ops.IsSubclass(o, c))));
        Add(F("iter", (a, kw) =>
        {
            Def.Count("iter", a, 1, 2);
            if (a.Length == 2)
            {
                if (!Ops.IsCallable(a[0])) throw Err.Type("iter(v, w): v must be callable");
                return new CallIterator(a[0], a[1]);
            }
            return Ops.Iter(a[0]);
        }));
        Add(F("next", (a, kw) =>
        {
            Def.Count("next", a, 1, 2);
            if (a[0] is not PyIterator && a[0].Type.Lookup("__next__") is null) throw Err.Type($"'{a[0].Type.Name}' object is not an iterator");
            if (a[0] is PyIterator pi && a[0] is not PyGenerator && pi.Type.IsBuiltin)
            {
                if (a.Length == 1) return Ops.NextOrRaise(pi);
                return Ops.Next(pi) ?? a[1];
            }
            try { return Ops.Call(Ops.GetAttr(a[0], "__next__")); }
            catch (PyException e) when (a.Length > 1 && Err.Matches(e.Value, ExcTypes.StopIteration)) { return a[1]; }
        }));
        Add(F("getattr", (a, kw) =>
        {
            Def.Count("getattr", a, 2, 3);
            var name = a[1] is PyStr s ? s.Value : throw Err.Type($"attribute name must be string, not '{a[1].Type.Name}'");
            if (a.Length == 2) return Ops.GetAttr(a[0], name);
            try { return Ops.GetAttrOrNull(a[0], name) ?? a[2]; }
            catch (PyException e) when (Err.Matches(e.Value, ExcTypes.AttributeError)) { return a[2]; }
        }));
        Add(F("setattr", (a, kw) => { Def.Count("setattr", a, 3, 3); Ops.SetAttr(a[0], Def.Str(a[1], "attribute name"), a[2]); return Py.None; }));
        Add(F2("delattr", (o, n) => { Ops.DelAttr(o, Def.Str(n, "attribute name")); return Py.None; }));
        Add(F2("hasattr", (o, n) => Py.Bool(Ops.HasAttr(o, n is PyStr s ? s.Value : throw Err.Type($"attribute name must be string, not '{n.Type.Name}'")))));
        Add(F("sorted", Sorted));
        Add(F1("any", o => { foreach (var x in Ops.Enumerate(o)) if (Ops.Truth(x)) return Py.True; return Py.False; }));
        Add(F1("all", o => { foreach (var x in Ops.Enumerate(o)) if (!Ops.Truth(x)) return Py.False; return Py.True; }));
        Add(F("input", (a, kw) => Input(a)));
        Add(F("breakpoint", (a, kw) => Ops.Call(Runtime.Sys.Dict!.TryGetValue("breakpointhook", out var hook) ? hook
            : throw Err.Runtime("lost sys.breakpointhook"), a, kw)));
        Add(F("vars", (a, kw) => Vars(a)));
        Add(F("dir", (a, kw) => a.Length == 0 ? new PyList(Ops.ToList(Locals()).OrderBy(k => ((PyStr)k).Value, StringComparer.Ordinal))
            : a[0].Type.Lookup("__dir__") is { } df ? Sorted([Ops.Call(df, a[0])], null) : new PyList(DirOf(a[0]))));
        Add(F("globals", (a, kw) => PyDict.Namespace(Interpreter.Current!.Globals)));
        EvalExec.Register(d);
        Add(F("locals", (a, kw) => Locals()));
        Add(F("open", (a, kw) => PyFile.Open(a, kw)));
        Add(F("exit", (a, kw) => throw new PyException(Err.NewValue(ExcTypes.SystemExit, a))));
        Add(F("quit", (a, kw) => throw new PyException(Err.NewValue(ExcTypes.SystemExit, a))));
        Add(F("__build_class__", BuildClass));
        Add(F("__import__", (a, kw) => Modules.Import(Def.Arg(a, kw, 0, "name") as PyStr is { } n ? n.Value : throw Err.Type("module name must be a string"),
            Def.Arg(a, kw, 3, "fromlist", Py.None)!, Ops.IndexInt(Def.Arg(a, kw, 4, "level", PyInt.From(0))!),
            // relative imports resolve against the globals given (their __package__/__name__), as CPython's
            Def.Arg(a, kw, 1, "globals", Py.None) is PyDict g ? g.AsNamespace() : Interpreter.Current?.Globals)));
        Add(F("aiter", (a, kw) => Ops.Call(a[0].Type.Lookup("__aiter__")!, a[0])));
        Add(F("anext", (a, kw) => Ops.Call(a[0].Type.Lookup("__anext__")!, a[0])));
        Signatures.ApplyToFunctions(d);
        return d;
    }

    /// <summary>__build_class__(func, name, *bases, metaclass=..., **kw): runs the body, then calls the metaclass.</summary>
    static PyObject BuildClass(PyObject[] a, KwArgs? kw)
    {
        if (a.Length < 2 || a[0] is not PyFunction body) throw Err.Type("__build_class__: func must be a function");
        var name = Def.Str(a[1], "__build_class__: name");
        var bases = a[2..];
        var origBases = bases;
        // __mro_entries__ lets non-classes stand in the bases list (e.g. typing.Generic[T]).
        var resolved = new List<PyObject>();
        foreach (var b in bases)
        {
            // looked up on the object itself (an instance attribute counts, as typing.NamedTuple's function uses)
            if (b is not PyType && Ops.GetAttrOrNull(b, "__mro_entries__") is { } me)
            {
                if (Ops.Call(me, new PyTuple(bases)) is not PyTuple entries) throw Err.Type("__mro_entries__ must return a tuple");
                resolved.AddRange(entries.Items);
            }
            else resolved.Add(b);
        }
        bases = resolved.ToArray();
        PyObject? meta = null;
        KwArgs? rest = null;
        if (kw is not null)
            foreach (var (k, v) in kw)
                if (k == "metaclass") meta = v; else (rest ??= new()).Add(new(k, v));
        if (meta is null)
        {
            meta = Types.Type;
            foreach (var b in bases) if (b.Type.IsSubtypeOf((PyType)meta)) meta = b.Type;
        }
        else if (meta is PyType mt)
        {
            foreach (var b in bases)
            {
                if (mt.IsSubtypeOf(b.Type)) continue;
                if (b.Type.IsSubtypeOf(mt)) { mt = b.Type; continue; }
                throw Err.Type("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            }
            meta = mt;
        }
        // meta.__prepare__ as an attribute lookup, so a classmethod/staticmethod __prepare__ is bound as in CPython.
        var nsObj = meta is PyType mtt && mtt.Lookup("__prepare__") is { } prep
            ? Ops.Call(Ops.DescrGet(prep, null, mtt), [new PyStr(name), new PyTuple(bases)], rest) : new PyDict();
        var ns = new Dictionary<string, PyObject>();
        // A plain dict namespace runs the body on a name dictionary (fast); any other mapping from __prepare__
        // sees every store and lookup of the body as it happens (enum's auto values depend on that).
        bool plain = nsObj.GetType() == typeof(PyDict) && nsObj.Type == Types.Dict && Ops.Len(nsObj) == 0;
        var frame = plain ? new Frame(body.Code, body.Globals, body) { Locals = ns }
                          : new Frame(body.Code, body.Globals, body) { LocalsMap = nsObj };
        Interpreter.InitCells(body, frame);
        Interpreter.RunFrame(frame);
        if (!origBases.SequenceEqual(bases, ReferenceEqualityComparer.Instance))
        {
            if (plain) ns.TryAdd("__orig_bases__", new PyTuple(origBases));
            else if (Exec.MapGet(nsObj, "__orig_bases__") is null) Ops.SetItem(nsObj, new PyStr("__orig_bases__"), new PyTuple(origBases));
        }
        // The __class__ cell of zero-argument super() goes to the metaclass as __classcell__: type.__new__ fills
        // it before __set_name__ and __init_subclass__ run (as CPython), so they may use super() already.
        int ci = Array.IndexOf(body.Code.CellVars, "__class__");
        if (ci >= 0)
        {
            if (plain) ns["__classcell__"] = frame.Cells[ci];
            else Ops.SetItem(nsObj, new PyStr("__classcell__"), frame.Cells[ci]);
        }
        if (plain) foreach (var (k, v) in ns) Ops.SetItem(nsObj, new PyStr(k), v);
        var cls = Ops.Call(meta, [new PyStr(name), new PyTuple(bases), nsObj], rest);
        // A metaclass that made its class some other way than type.__new__ leaves the cell empty: fill it now.
        if (ci >= 0 && frame.Cells[ci].Value is null) frame.Cells[ci].Value = cls;
        // Annotation scopes evaluated later (type aliases, TypeVar bounds) see the class's own namespace.
        int di = Array.IndexOf(body.Code.CellVars, "__classdict__");
        if (di >= 0 && cls is PyType made) frame.Cells[di].Value = PyDict.NamespaceOf(made);
        return cls;
    }
}
