namespace Pytk.Vm.Objects;

/// <summary>object and type: the root of attribute access, instantiation and class creation.</summary>
public static class ObjectMethods
{
    public static void Register()
    {
        var o = Types.Object;
        Def.Static(o, "__new__", (a, kw) =>
        {
            var cls = a.Length > 0 ? a[0] as PyType : null;
            if (cls is null) throw Err.Type("object.__new__(X): X is not a type object");
            // extra arguments are for an overridden __init__; an overridden __new__ must not pass them on (CPython's object_new)
            if (a.Length > 1 || kw is { Count: > 0 })
            {
                if (cls.Lookup("__new__") != Ops.ObjectNew) throw Err.Type("object.__new__() takes exactly one argument (the type to instantiate)");
                if (cls.Lookup("__init__") == Ops.ObjectInit) throw Err.Type($"{cls.Name}() takes no arguments");
            }
            // a built-in type whose instances are not plain objects and that has no constructor of its own
            if (cls.Solid != Types.Object && cls.Solid.Lookup("__new__") == Ops.ObjectNew && cls.Solid.Dict!.ContainsKey("__next__"))
                throw Err.Type($"cannot create '{cls.Solid.Name}' instances");
            if (cls.Lookup("__new__") is PyStaticMethod { Func: PyBuiltin } && cls.Solid != Types.Object && cls.Solid.Lookup("__new__") != o.Dict!["__new__"])
                throw Err.Type($"object.__new__({cls.Name}) is not safe, use {cls.Solid.Name}.__new__()");
            if (cls.Dict!.TryGetValue("__abstractmethods__", out var am) && am is PySet or PyTuple
                && Ops.Enumerate(am).Select(Ops.Str).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } names)
                throw Err.Type($"Can't instantiate abstract class {cls.Name} without an implementation for abstract method{(names.Count > 1 ? "s" : "")} {string.Join(", ", names.Select(x => "'" + x + "'"))}");
            var inst = new PyInstance(cls);
            if (cls.SlotCount > 0) inst.Slots = new PyObject?[cls.SlotCount];
            return inst;
        });
        Ops.ObjectNew = o.Dict!["__new__"];
        Ops.ObjectInit = Def.Method(o, "__init__", (a, kw) =>
        {
            if (a.Length > 1 || kw is { Count: > 0 })
            {
                if (a[0].Type.Lookup("__init__") != Ops.ObjectInit) throw Err.Type("object.__init__() takes exactly one argument (the instance to initialize)");
                if (a[0].Type.Lookup("__new__") == Ops.ObjectNew) throw Err.Type($"{a[0].Type.Name}.__init__() takes exactly one argument (the instance to initialize)");
            }
            return Py.None;
        });
        Ops.ObjectGetAttribute = Def.Method(o, "__getattribute__", (a, kw) =>
            Ops.GenericGetAttr(a[0], Def.AttrName(a[1])) ?? throw Err.NoAttr(a[0], ((PyStr)a[1]).Value));
        Ops.ObjectSetAttr = Def.Method(o, "__setattr__", (a, kw) => { Ops.GenericSetAttr(a[0], Def.AttrName(a[1]), a[2]); return Py.None; });
        Def.Method(o, "__delattr__", (a, kw) => { Ops.GenericSetAttr(a[0], Def.AttrName(a[1]), null); return Py.None; });
        Def.M0(o, "__repr__", x => new PyStr(Ops.DefaultRepr(x)));
        Def.M0(o, "__str__", x => new PyStr(Ops.Repr(x)));
        Def.M0(o, "__hash__", x => PyInt.From(Ops.IdHash(x)));
        Def.M1(o, "__format__", (x, spec) =>
        {
            if (Ops.Str(spec).Length > 0) throw Err.Type($"unsupported format string passed to {x.Type.Name}.__format__");
            return new PyStr(Ops.Str(x));
        });
        Def.M1(o, "__eq__", (x, y) => ReferenceEquals(x, y) ? Py.True : Py.NotImplemented);
        Def.M1(o, "__ne__", (x, y) =>
        {
            var eq = x.Type.Lookup("__eq__");
            if (eq is null) return Py.NotImplemented;
            var r = Ops.Call(eq, x, y);
            return r == Py.NotImplemented ? r : Py.Bool(!Ops.Truth(r));
        });
        foreach (var name in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            Def.M1(o, name, (x, y) => Py.NotImplemented);
        // Pickling's defaults live in the shipped copyreg (as CPython's protocol 0/1 path does): __reduce_ex__
        // calls a __reduce__ the class overrides, else copyreg._reduce_ex (protocols 0, 1) or _reduce_newobj.
        static PyObject Copyreg(string name) => Ops.GetAttr(Modules.FindAndLoad("copyreg"), name);
        PyBuiltin? objectReduce = null;
        Def.Method(o, "__reduce_ex__", (a, kw) =>
        {
            Def.Count("__reduce_ex__", a[1..], 1, 1);
            int proto = Ops.IndexInt(a[1]);
            if (a[0].Type.Lookup("__reduce__") is { } r && r != objectReduce) return Ops.Call(Ops.GetAttr(a[0], "__reduce__"));
            return Ops.Call(Copyreg(proto >= 2 ? "_reduce_newobj" : "_reduce_ex"), a[0], PyInt.From(proto));
        });
        objectReduce = Def.Method(o, "__reduce__", (a, kw) => Ops.Call(Copyreg("_reduce_ex"), a[0], PyInt.From(0)));
        Def.M0(o, "__getstate__", x => Ops.Call(Copyreg("_getstate"), x));
        Def.M0(o, "__dir__", x => new PyList(Builtins.DirOf(x)));
        Def.M0(o, "__sizeof__", x => PyInt.From(16));
        Def.Method(o, "__init_subclass__", (a, kw) => kw is { Count: > 0 }
            ? throw Err.Type($"{(a[0] as PyType)?.QualName ?? a[0].Type.QualName}.__init_subclass__() takes no keyword arguments") : Py.None);
        o.Dict["__init_subclass__"] = new PyClassMethod(o.Dict["__init_subclass__"]);
        Def.ClassMethod(o, "__subclasshook__", (a, kw) => Py.NotImplemented);
        Def.Prop(o, "__class__", x => x.Type, (x, v) =>
        {
            if (v is not PyType nt || x is not PyInstance) throw Err.Type("__class__ assignment only supported for mutable types or ModuleType subclasses");
            x.Type = nt;
        });
        // an instance of a class (a subclass of a built-in type too) has a __dict__ before anything is stored in it
        Def.Prop(o, "__dict__", x => x.Dict is null && (x is PyInstance || !x.Type.IsBuiltin ? !x.Type.HasDictSlot : true)
            ? throw Err.NoAttr(x, "__dict__") : PyDict.NamespaceOf(x),
            (x, v) =>
            {
                // o.__dict__ = d: the dict itself becomes o's namespace (later writes to either show in both).
                if (x is PyType || (x.Dict is null && (x is PyInstance || !x.Type.IsBuiltin ? !x.Type.HasDictSlot : true)))
                    throw Err.NoAttr(x, "__dict__");
                if (v is not PyDict d) throw Err.Type($"__dict__ must be set to a dictionary, not a '{v.Type.Name}'");
                x.Dict = d.AsNamespace() ?? throw Err.Type("__dict__ with keys other than str is not supported");
            });
        // del o.__dict__ drops the namespace: the next use starts an empty one
        var dictProp = (PyProperty)o.Dict["__dict__"];
        dictProp.Del = new PyBuiltin("__dict__", (a, _) =>
        {
            if (a[0] is PyType || (a[0].Dict is null && (a[0] is PyInstance || !a[0].Type.IsBuiltin ? !a[0].Type.HasDictSlot : true)))
                throw Err.NoAttr(a[0], "__dict__");
            a[0].Dict = null;
            return Py.None;
        }, binds: false);
        // __doc__ is a plain class attribute in CPython: an instance may have its own (in its __dict__)
        Def.Prop(o, "__doc__", x => x is PyType t ? t.Dict!.GetValueOrDefault("__doc__") ?? Py.None
            : x.Dict is not null && x.Dict.TryGetValue("__doc__", out var own) ? own
            : x.Type.Lookup("__doc__") is { } d && d is not PyProperty ? d : Py.None,
            (x, v) =>
            {
                if (x is PyType || x.Type.IsBuiltin || !x.Type.HasDictSlot) throw Err.Attribute($"attribute '__doc__' of '{x.Type.Name}' objects is not writable");
                (x.Dict ??= new())["__doc__"] = v;
            });

        RegisterType();
    }

    static void RegisterType()
    {
        var t = Types.Type;
        Ops.TypeCall = Def.Method(t, "__call__", (a, kw) => Ops.TypeCallImpl((PyType)a[0], a[1..], kw));
        Def.Static(t, "__new__", (a, kw) =>
        {
            var meta = (PyType)a[0];
            if (a.Length == 2 && meta == Types.Type) return a[1].Type;
            if (a.Length != 4) throw Err.Type("type() takes 1 or 3 arguments");
            var name = Def.Str(a[1], "type.__new__() argument 1");
            var bases = (a[2] as PyTuple ?? throw Err.Type($"type.__new__() argument 2 must be tuple, not {a[2].Type.Name}")).Items;
            var ns = a[3] as PyDict ?? throw Err.Type($"type.__new__() argument 3 must be dict, not {a[3].Type.Name}");
            var dict = new Dictionary<string, PyObject>();
            foreach (var (k, v) in ns.Items()) dict[Ops.Str(k)] = v;
            return NewClass(meta, name, bases, dict, kw);
        });
        Def.Method(t, "__init__", (a, kw) => Py.None);
        Def.M0(t, "__repr__", x =>
        {
            var c = (PyType)x;
            string mod = c.Dict!.TryGetValue("__module__", out var m) && m is PyStr ms ? ms.Value : "builtins";
            return new PyStr(mod == "builtins" ? $"<class '{c.QualName}'>" : $"<class '{mod}.{c.QualName}'>");
        });
        Ops.TypeSetAttrFn = Def.Method(t, "__setattr__", (a, kw) => { Ops.TypeSetAttr((PyType)a[0], Def.AttrName(a[1]), a[2]); return Py.None; });
        Ops.TypeDelAttrFn = Def.Method(t, "__delattr__", (a, kw) => { Ops.TypeDelAttr((PyType)a[0], Def.AttrName(a[1])); return Py.None; });
        Def.M0(t, "mro", x => new PyList(((PyType)x).Mro));
        Def.M0(t, "__subclasses__", x => new PyList(AllTypes.Where(s => s.Bases.Contains((PyType)x))));
        Def.M1(t, "__instancecheck__", (x, inst) => Py.Bool(inst.Type.IsSubtypeOf((PyType)x)));
        Def.M1(t, "__subclasscheck__", (x, sub) => sub is PyType st ? Py.Bool(st.IsSubtypeOf((PyType)x))
            : throw Err.Type("issubclass() arg 1 must be a class"));
        Def.M1(t, "__or__", UnionType.Or);
        Def.M1(t, "__ror__", (x, y) => UnionType.Or(y, x));
        Def.Prop(t, "__name__", x => new PyStr(((PyType)x).Name), (x, v) => ((PyType)x).Name = Ops.Str(v));
        Def.Prop(t, "__qualname__", x => new PyStr(((PyType)x).QualName), (x, v) =>
            ((PyType)x).QualNameValue = v is PyStr vs ? vs.Value : throw Err.Type($"can only assign string to {((PyType)x).Name}.__qualname__, not '{v.Type.Name}'"));
        Def.Prop(t, "__mro__", x => new PyTuple(((PyType)x).Mro));
        Def.Prop(t, "__bases__", x => new PyTuple(((PyType)x).Bases), (x, v) => SetBases((PyType)x, v));
        Def.Prop(t, "__base__", x => BestBase((PyType)x) ?? (PyObject)Py.None);
        // (type's own dict holds this descriptor under the name: type.__module__ is 'builtins')
        Def.Prop(t, "__module__", x => x != t && ((PyType)x).Dict!.GetValueOrDefault("__module__") is { } m ? m : new PyStr("builtins"),
            (x, v) => { ((PyType)x).Dict!["__module__"] = v; ((PyType)x).Modified(); });
        Def.Prop(t, "__dict__", x => Builtins.DictView(((PyType)x).Dict!));
        // a class's __doc__ that is a descriptor is bound to the class (CPython's type_get_doc)
        Def.Prop(t, "__doc__", x => ((PyType)x).Dict!.GetValueOrDefault("__doc__") is { } d
            ? (((PyType)x).IsBuiltin ? d : Ops.DescrGet(d, null, (PyType)x)) : Py.None, (x, v) =>
        {
            var c = (PyType)x;
            if (c.IsBuiltin) throw Err.Type($"cannot set '__doc__' attribute of immutable type '{c.Name}'");
            c.Dict!["__doc__"] = v;
            c.Modified();
        });
        Def.Prop(t, "__type_params__", x => ((PyType)x) is { IsBuiltin: false } c && c.Dict!.GetValueOrDefault("__type_params__") is { } tp ? tp : PyTuple.Empty,
            (x, v) => { ((PyType)x).Dict!["__type_params__"] = v; ((PyType)x).Modified(); });
        Def.Prop(t, "__annotations__", x => TypeAnnotations((PyType)x),
            (x, v) => { ((PyType)x).Dict!["__annotations__"] = v; ((PyType)x).Modified(); });
    }

    /// <summary>cls.__bases__ = (...): checks what CPython checks (a non-empty tuple of classes, no cycle, no
    /// repeat, the same instance layout), then recomputes the MRO of the class and of every subclass, putting
    /// all back when one of them has no consistent MRO.</summary>
    static void SetBases(PyType cls, PyObject v)
    {
        if (cls.IsBuiltin) throw Err.Type($"cannot set '__bases__' attribute of immutable type '{cls.Name}'");
        if (v is not PyTuple tup) throw Err.Type($"can only assign tuple to {cls.Name}.__bases__, not {v.Type.Name}");
        if (tup.Items.Length == 0) throw Err.Type($"can only assign non-empty tuple to {cls.Name}.__bases__, not ()");
        var bases = new PyType[tup.Items.Length];
        for (int i = 0; i < bases.Length; i++)
        {
            if (tup.Items[i] is not PyType b) throw Err.Type($"{cls.Name}.__bases__ must be tuple of classes, not '{tup.Items[i].Type.Name}'");
            if (b.IsSubtypeOf(cls)) throw Err.Type("a __bases__ item causes an inheritance cycle");
            if (b.Final) throw Err.Type($"type '{b.Name}' is not an acceptable base type");
            if (Array.IndexOf(bases, b, 0, i) >= 0) throw Err.Type($"duplicate base class {b.Name}");
            bases[i] = b;
        }
        var newSolid = bases.Select(b => b.Solid).Where(s => s != Types.Object).Distinct().ToList();
        var oldSolid = cls.Solid;
        if (newSolid.Count > 1 || (newSolid.Count == 1 ? newSolid[0] : Types.Object) != oldSolid)
            throw Err.Type($"__bases__ assignment: '{bases[0].Name}' object layout differs from '{cls.Bases[0].Name}'");
        // the class and its subclasses, bases before the classes deriving from them
        var affected = AllTypes.Where(c => c != cls && c.IsSubtypeOf(cls)).Prepend(cls).OrderBy(c => c.Mro.Length).ToList();
        var saved = affected.Select(c => c.Mro).ToList();
        var oldBases = cls.Bases;
        try
        {
            cls.Bases = bases;
            foreach (var c in affected) c.ComputeMro();
        }
        catch
        {
            cls.Bases = oldBases;
            for (int i = 0; i < affected.Count; i++) affected[i].Mro = saved[i];
            throw;
        }
        finally { cls.Modified(); }
        foreach (var b in bases) if (Array.IndexOf(oldBases, b) < 0) b.AddSubclass(cls);
    }

    /// <summary>type.__annotations__: a class's own (never a base's); one without any gets an empty dict,
    /// kept in its namespace. Built-in types have none.</summary>
    static PyObject TypeAnnotations(PyType c)
    {
        if (c.IsBuiltin) throw Err.Attribute($"type object '{c.Name}' has no attribute '__annotations__'");
        if (c.Dict!.TryGetValue("__annotations__", out var a)) return a;
        var d = new PyDict();
        c.Dict["__annotations__"] = d;
        c.Modified();
        return d;
    }

    /// <summary>The classes Python code made in this runtime (for __subclasses__).</summary>
    public static List<PyType> AllTypes => PythonRuntime.Current.Classes;

    /// <summary>type.__new__(meta, name, bases, ns): builds a user class.</summary>
    public static PyType NewClass(PyType meta, string name, PyObject[] baseObjs, Dictionary<string, PyObject> dict, KwArgs? kw)
    {
        var bases = new List<PyType>();
        foreach (var b in baseObjs)
        {
            if (b is not PyType bt) throw Err.Type("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            if (bt.Final)
            {
                // CPython names the type by tp_name: module-qualified for extension types (operator.itemgetter)
                string tpName = bt.IsBuiltin && bt.Dict!.GetValueOrDefault("__module__") is PyStr mod && mod.Value != "builtins" ? mod.Value + "." + bt.Name : bt.Name;
                throw Err.Type($"type '{tpName}' is not an acceptable base type");
            }
            if (bases.Contains(bt)) throw Err.Type($"duplicate base class {bt.Name}");
            bases.Add(bt);
        }
        if (bases.Count == 0) bases.Add(Types.Object);
        // Instance layouts must agree: at most one built-in "solid" base other than object.
        // (the built-in exceptions share BaseException's layout here; one layout must extend all the others)
        var solids = bases.Select(b => b.Solid.IsSubtypeOf(ExcTypes.BaseException) ? ExcTypes.BaseException : b.Solid)
            .Where(s => s != Types.Object).Distinct().ToList();
        if (solids.Count > 1 && !solids.Any(w => solids.All(w.IsSubtypeOf)))
            throw Err.Type("multiple bases have instance lay-out conflict");
        if (name.Contains('\0')) throw Err.Value("type name must not contain null characters");
        var cls = new PyType(name, [.. bases], meta);
        foreach (var (k, v) in dict) cls.Dict![k] = v;
        if (cls.Dict!.Remove("__classcell__", out var classCell))
        {
            if (classCell is not PyCell cell) throw Err.Type($"__classcell__ must be a nonlocal cell, not {Ops.Repr(classCell.Type)}");
            cell.Value = cls;
        }
        // type(name, bases, ns) called directly: the class belongs to the calling module, named name (as CPython)
        // __qualname__ is the type's own attribute (type.__qualname__), not an entry its instances would see
        if (cls.Dict!.Remove("__qualname__", out var qn))
            cls.QualNameValue = qn is PyStr qs ? qs.Value : throw Err.Type($"type __qualname__ must be a str, not {qn.Type.Name}");
        // without one, the qualified name starts as the name and stays when __name__ is reassigned (as CPython's
        // ht_qualname: `cls.__name__ += s; cls.__qualname__ += s` adds s once to each)
        cls.QualNameValue ??= name;
        if (!cls.Dict.ContainsKey("__module__") && Interpreter.Current?.Globals is { } g && g.TryGetValue("__name__", out var modName))
            cls.Dict["__module__"] = modName;
        if (cls.Dict!.TryGetValue("__new__", out var nw) && nw is PyFunction) cls.Dict["__new__"] = new PyStaticMethod(nw);
        foreach (var special in new[] { "__init_subclass__", "__class_getitem__" })
            if (cls.Dict.TryGetValue(special, out var sv) && sv is PyFunction) cls.Dict[special] = new PyClassMethod(sv);
        if (cls.Dict.ContainsKey("__eq__") && !cls.Dict.ContainsKey("__hash__")) cls.Dict["__hash__"] = Py.None;
        SetupSlots(cls);
        cls.Modified();
        // __set_name__ on descriptors, then the parent's __init_subclass__.
        foreach (var (k, v) in cls.Dict.ToList())
        {
            if (v is PyProperty p) p.Name ??= k;
            if (!v.Type.IsBuiltin && v.Type.Lookup("__set_name__") is { } sn) Ops.CallSpecial(sn, v, cls, new PyStr(k));
        }
        var sup = new PySuper(cls, cls, cls);
        var init = Ops.GetAttr(sup, "__init_subclass__");
        Ops.Call(init, [], kw);
        AllTypes.Add(cls);
        return cls;
    }

    /// <summary>__base__: the base whose instance layout the others' extend (CPython's best_base), else the first.</summary>
    static PyType? BestBase(PyType t)
    {
        if (t.Bases.Length == 0) return null;
        PyType best = t.Bases[0], winner = best.Solid;
        foreach (var b in t.Bases.Skip(1))
            if (!winner.IsSubtypeOf(b.Solid) && b.Solid.IsSubtypeOf(winner)) { winner = b.Solid; best = b; }
        return best;
    }

    static bool IsIdentifier(string s) =>
        s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_' || s[0] > 127) && s.All(c => char.IsLetterOrDigit(c) || c == '_' || c > 127);

    /// <summary>A __slots__ name as the class stores it: __x becomes _Class__x (private names are mangled).</summary>
    static string Mangle(string cls, string n)
    {
        if (!n.StartsWith("__") || n.EndsWith("__") || n.Contains('.')) return n;
        var stripped = cls.TrimStart('_');
        return stripped.Length == 0 ? n : "_" + stripped + n;
    }

    static void SetupSlots(PyType cls)
    {
        int inherited = cls.Bases.Max(b => b.SlotCount);
        bool dictFromBase = cls.Bases.Any(b => !b.IsBuiltin && b.HasDictSlot) || cls.Bases.Any(b => b.IsBuiltin && b != Types.Object && b.Solid != Types.Object && !b.Solid.IsSubtypeOf(ExcTypes.BaseException) && false);
        if (!cls.Dict!.TryGetValue("__slots__", out var slots))
        {
            cls.HasDictSlot = true;
            cls.SlotCount = inherited;
            return;
        }
        var names = slots is PyStr s ? [s.Value] : Ops.ToList(slots).Select(x => x is PyStr xs ? xs.Value
            : throw Err.Type($"__slots__ items must be strings, not '{x.Type.Name}'")).ToList();
        // CPython's checks: identifiers, one __dict__/__weakref__ at most (and none a base already gives),
        // no slot shadowing a class attribute, none on a variable-size built-in (int, bytes, tuple)
        // (a base's own __dict__ is not checked: pytk writes some of CPython's dict-less C types, deque among
        // them, as Python classes that have one)
        bool dictSeen = false, weakSeen = false;
        foreach (var n in names)
        {
            if (!IsIdentifier(n)) throw Err.Type("__slots__ must be identifiers");
            if (n == "__dict__")
            {
                if (dictSeen) throw Err.Type("__dict__ slot disallowed: we already got one");
                dictSeen = true;
            }
            else if (n == "__weakref__")
            {
                if (weakSeen) throw Err.Type("__weakref__ slot disallowed: we already got one");
                weakSeen = true;
            }
        }
        var varSized = cls.Bases.Select(b => b.Solid).FirstOrDefault(b => b == Types.Int || b == Types.Bytes || b == Types.Tuple);
        if (varSized is not null && names.Any(n => n != "__dict__" && n != "__weakref__"))
            throw Err.Type($"nonempty __slots__ not supported for subtype of '{varSized.Name}'");
        foreach (var n in names)
            if (n != "__dict__" && n != "__weakref__" && cls.Dict.ContainsKey(Mangle(cls.Name, n)))
                throw Err.Value($"'{n}' in __slots__ conflicts with class variable");
        cls.SlotNames = names.ToArray();
        cls.HasDictSlot = dictFromBase || names.Contains("__dict__");
        int idx = inherited;
        foreach (var n in names)
        {
            if (n == "__dict__" || n == "__weakref__") continue;
            var stored = Mangle(cls.Name, n);
            cls.Dict[stored] = new PySlotDescriptor(stored, idx++, cls);
        }
        cls.SlotCount = idx;
    }
}
