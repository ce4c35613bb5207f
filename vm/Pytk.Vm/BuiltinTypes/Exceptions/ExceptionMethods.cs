namespace Pytk.Vm.BuiltinTypes.Exceptions;

/// <summary>BaseException and the attributes of the built-in exceptions.</summary>
public static partial class ExceptionMethods
{
    static PyBaseException E(PyObject o) => (PyBaseException)o;

    static PyTraceback? Traceback(PyObject v) =>
        v is PyNone ? null : v as PyTraceback ?? throw Err.Type("__traceback__ must be a traceback or None");

    public static void Register()
    {
        var t = ExcTypes.BaseException;
        Def.Static(t, "__new__", (a, kw) => new PyBaseException((PyType)a[0]) { Args = new PyTuple(a[1..]) });
        Def.Method(t, "__init__", (a, kw) =>
        {
            if (kw is { Count: > 0 }) throw Err.Type($"{a[0].Type.Name}() takes no keyword arguments");
            E(a[0]).Args = new PyTuple(a[1..]);
            return Py.None;
        });
        // pickling and copying: (type, args[, __dict__]); __setstate__ sets each item of the state as an attribute
        Def.M0(t, "__reduce__", o =>
        {
            if (E(o).Dict is not { Count: > 0 } d) return PyTuple.Of(o.Type, E(o).Args);
            // (an AttributeError's obj is not part of its state, as in CPython)
            if (o.Type.IsSubtypeOf(ExcTypes.AttributeError) && d.ContainsKey("obj"))
            {
                var state = new PyDict();
                foreach (var (k, v) in d) if (k != "obj") state.Set(new PyStr(k), v);
                return PyTuple.Of(o.Type, E(o).Args, state);
            }
            return PyTuple.Of(o.Type, E(o).Args, PyDict.NamespaceOf(o));
        });
        Def.M1(t, "__setstate__", (o, state) =>
        {
            if (state is PyNone) return Py.None;
            if (state is not PyDict sd) throw Err.Type("state is not a dictionary");
            foreach (var (k, v) in sd.Items().ToList()) Ops.SetAttr(o, Def.AttrName(k), v);
            return Py.None;
        });
        Def.M0(t, "__str__", o => new PyStr(E(o).Message));
        Def.M0(t, "__repr__", o =>
        {
            var e = E(o);
            string args = e.Args.Items.Length == 1 ? "(" + Ops.Repr(e.Args.Items[0]) + ")" : Ops.Repr(e.Args);
            return new PyStr(e.Type.Name + args);
        });
        Def.Prop(t, "args", o => E(o).Args, (o, v) => E(o).Args = new PyTuple(Ops.ToArray(v)));
        Def.Prop(t, "__cause__", o => E(o).Cause ?? Py.None, (o, v) =>
        {
            if (v is not PyNone and not PyBaseException) throw Err.Type("exception cause must be None or derive from BaseException");
            E(o).Cause = v is PyNone ? null : v;
            E(o).SuppressContext = true;
        });
        Def.Prop(t, "__context__", o => E(o).Context ?? Py.None, (o, v) =>
        {
            if (v is not PyNone and not PyBaseException) throw Err.Type("exception context must be None or derive from BaseException");
            E(o).Context = v is PyNone ? null : v;
        });
        Def.Prop(t, "__suppress_context__", o => Py.Bool(E(o).SuppressContext), (o, v) => E(o).SuppressContext = Ops.Truth(v));
        Def.Prop(t, "__traceback__", o => (PyObject?)E(o).Traceback ?? Py.None, (o, v) => E(o).Traceback = Traceback(v));
        // these four are never deleted (CPython: "args may not be deleted")
        foreach (var fixedName in new[] { "args", "__cause__", "__context__", "__traceback__" })
        {
            var fn = fixedName;
            ((PyProperty)t.Dict!["args" == fn ? "args" : fn]).Del = new PyBuiltin(fn, (a, _) => throw Err.Type($"{fn} may not be deleted"), binds: false);
        }
        Def.M1(t, "with_traceback", (o, tb) => { E(o).Traceback = Traceback(tb); return o; });
        // __notes__ is an ordinary attribute: add_note() makes it a list or appends to the list it is
        Def.M1(t, "add_note", (o, n) =>
        {
            if (n is not PyStr) throw Err.Type($"note must be a str, not '{n.Type.Name}'");
            var notes = Ops.GetAttrOrNull(o, "__notes__");
            if (notes is null) Ops.SetAttr(o, "__notes__", notes = new PyList());
            if (notes is not PyList list) throw Err.Type("Cannot add note: __notes__ is not a list");
            list.Items.Add(n);
            return Py.None;
        });

        Def.Prop(ExcTypes.StopIteration, "value", o => E(o).Args.Items.Length > 0 ? E(o).Args.Items[0] : Py.None);
        Def.Prop(ExcTypes.SystemExit, "code", o => E(o).Args.Items.Length switch { 0 => Py.None, 1 => E(o).Args.Items[0], _ => E(o).Args });
        Def.M0(ExcTypes.KeyError, "__str__", o => new PyStr(E(o).Args.Items.Length == 1 ? Ops.Repr(E(o).Args.Items[0]) : E(o).Message));
        foreach (var (name, encode) in new[] { ("UnicodeEncodeError", true), ("UnicodeDecodeError", false) })
        {
            var ut = ExcTypes.All[name];
            bool enc = encode;
            Def.M0(ut, "__str__", o => new PyStr(Codecs.Describe(E(o), enc) ?? E(o).Message));
            string[] fields = ["encoding", "object", "start", "end", "reason"];
            for (int i = 0; i < fields.Length; i++)
            {
                int k = i;
                // the fields live in args, and assigning one rewrites that item (str() describes the new value)
                Def.Prop(ut, fields[i], o => E(o).Args.Items.Length == 5 ? E(o).Args.Items[k] : Py.None, (o, v) =>
                {
                    var items = E(o).Args.Items;
                    if (items.Length != 5) throw Err.Type($"{o.Type.Name} object is not initialized");
                    var copy = (PyObject[])items.Clone();
                    copy[k] = v;
                    E(o).Args = new PyTuple(copy);
                });
            }
        }
        // NameError(name=), AttributeError(name=, obj=), ImportError(name=, path=): keyword-only attributes.
        foreach (var (et, fields) in new[] { (ExcTypes.NameError, new[] { "name" }), (ExcTypes.AttributeError, new[] { "name", "obj" }),
                     (ExcTypes.ImportError, new[] { "name", "path" }) })
        {
            var typ = et;
            var names = fields;
            Def.Method(typ, "__init__", (a, kw) =>
            {
                E(a[0]).Args = new PyTuple(a[1..]);
                if (kw is not null)
                    foreach (var (k, _) in kw)
                        if (!names.Contains(k)) throw Err.Type($"{typ.Name}() got an unexpected keyword argument '{k}'");
                // each call sets every field: one not given goes back to None (and ImportError's msg follows args)
                var d = E(a[0]).Dict ??= new();
                foreach (var n in names)
                    if (kw?.FirstOrDefault(e => e.Key == n) is { Key: not null } given) d[n] = given.Value; else d.Remove(n);
                if (typ == ExcTypes.ImportError) d.Remove("msg");
                return Py.None;
            });
            foreach (var fld in names)
            {
                var fn = fld;
                Def.Prop(typ, fn, o => E(o).Dict?.GetValueOrDefault(fn) ?? Py.None, (o, v) => (E(o).Dict ??= new())[fn] = v);
            }
        }
        Def.Prop(ExcTypes.ImportError, "msg", o => E(o).Dict?.GetValueOrDefault("msg") ?? (E(o).Args.Items.Length == 1 ? E(o).Args.Items[0] : Py.None),
            (o, v) => (E(o).Dict ??= new())["msg"] = v);
        Def.Static(ExcTypes.OSError, "__new__", (a, kw) =>
        {
            var cls = (PyType)a[0];
            // OSError(errno, ...) picks the subclass for the errno, as CPython does.
            if (cls == ExcTypes.OSError && a.Length >= 3 && a[1] is PyInt en && en.IsSmall)
            {
                string? sub = en.V switch
                {
                    2 => "FileNotFoundError", 13 or 1 => "PermissionError", 17 => "FileExistsError", 21 => "IsADirectoryError",
                    20 => "NotADirectoryError", 11 => "BlockingIOError", 32 => "BrokenPipeError", 110 => "TimeoutError",
                    4 => "InterruptedError", 3 => "ProcessLookupError", 10 => "ChildProcessError",
                    104 => "ConnectionResetError", 111 => "ConnectionRefusedError", 103 => "ConnectionAbortedError", _ => null,
                };
                if (sub is not null) cls = ExcTypes.All[sub];
            }
            return new PyBaseException(cls) { Args = new PyTuple(a[1..]) };
        });
        Def.Prop(ExcTypes.OSError, "errno", o => E(o).Args.Items.Length >= 2 ? E(o).Args.Items[0] : Py.None);
        Def.Prop(ExcTypes.OSError, "strerror", o => E(o).Args.Items.Length >= 2 ? E(o).Args.Items[1] : Py.None);
        Def.Prop(ExcTypes.OSError, "filename", o => E(o).Args.Items.Length >= 3 ? E(o).Args.Items[2] : Py.None);
        Def.M0(ExcTypes.OSError, "__str__", o =>
        {
            var a = E(o).Args.Items;
            if (a.Length >= 3) return new PyStr($"[Errno {Ops.Str(a[0])}] {Ops.Str(a[1])}: {Ops.Repr(a[2])}");
            if (a.Length == 2) return new PyStr($"[Errno {Ops.Str(a[0])}] {Ops.Str(a[1])}");
            return new PyStr(E(o).Message);
        });
        SyntaxErrorDetails();

        ExceptionGroups.Register();
    }
}

public static partial class ExceptionMethods
{
    static readonly string[] SyntaxFields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

    /// <summary>SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): the details
    /// come from the args tuple unless assigned; str() is `msg (file, line N)` with the file's base name.</summary>
    static void SyntaxErrorDetails()
    {
        var t = ExcTypes.SyntaxError;
        static PyBaseException E(PyObject o) => (PyBaseException)o;
        Def.Prop(t, "msg", o => E(o).Dict?.GetValueOrDefault("msg") ?? (E(o).Args.Items.Length > 0 ? E(o).Args.Items[0] : Py.None),
            (o, v) => (E(o).Dict ??= new())["msg"] = v);
        for (int i = 0; i < SyntaxFields.Length; i++)
        {
            int index = i;
            string name = SyntaxFields[i];
            Def.Prop(t, name, o => SyntaxField(E(o), name, index), (o, v) => (E(o).Dict ??= new())[name] = v);
        }
        Def.Prop(t, "print_file_and_line", o => Py.None);
        // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): the details are checked here
        Def.Method(t, "__init__", (a, kw) =>
        {
            if (kw is { Count: > 0 }) throw Err.Type($"{a[0].Type.Name}() takes no keyword arguments");
            if (a.Length == 3)
            {
                int n = Ops.ToArray(a[2]).Length;
                if (n < 4) throw Err.Type($"function takes at least 4 arguments ({n} given)");
                if (n > 6) throw Err.Type($"function takes at most 6 arguments ({n} given)");
                if (n == 5) throw Err.Type("end_offset must be provided when end_lineno is provided");
            }
            E(a[0]).Args = new PyTuple(a[1..]);
            return Py.None;
        });
        Def.M0(t, "__str__", o =>
        {
            var e = E(o);
            var msg = Ops.Str(e.Dict?.GetValueOrDefault("msg") ?? (e.Args.Items.Length > 0 ? e.Args.Items[0] : Py.None));
            if (e.Args.Items.Length == 0 && e.Dict?.GetValueOrDefault("msg") is null) msg = "";
            var file = SyntaxField(e, "filename", 0) is PyStr f ? f.Value[(f.Value.LastIndexOf('/') + 1)..] : null;
            var line = SyntaxField(e, "lineno", 1) is PyInt li ? Ops.Str(li) : null;
            if (file is not null && line is not null) return new PyStr($"{msg} ({file}, line {line})");
            if (file is not null) return new PyStr($"{msg} ({file})");
            if (line is not null) return new PyStr($"{msg} (line {line})");
            return new PyStr(msg);
        });
    }

    static PyObject SyntaxField(PyBaseException e, string name, int index)
    {
        if (e.Dict?.GetValueOrDefault(name) is { } v) return v;
        if (e.Args.Items.Length == 2 && e.Args.Items[1] is PyTuple { Items.Length: >= 4 } details && index < details.Items.Length)
            return details.Items[index];
        return Py.None;
    }
}

/// <summary>BaseExceptionGroup/ExceptionGroup and the split used by except*.</summary>
public static class ExceptionGroups
{
    public static void Register()
    {
        foreach (var name in new[] { "BaseExceptionGroup", "ExceptionGroup" })
        {
            var t = ExcTypes.All[name];
            Def.Static(t, "__new__", (a, kw) =>
            {
                var cls = (PyType)a[0];
                // CPython parses ("UO:BaseExceptionGroup.__new__"), whichever class is built.
                if (a.Length != 3) throw Err.Type($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({a.Length - 1} given)");
                if (a[1] is not PyStr) throw Err.Type($"BaseExceptionGroup.__new__() argument 1 must be str, not {a[1].Type.Name}");
                if (!IsSequence(a[2])) throw Err.Type("second argument (exceptions) must be a sequence");
                var excs = Ops.ToArray(a[2]);
                if (excs.Length == 0) throw Err.Value("second argument (exceptions) must be a non-empty sequence");
                for (int i = 0; i < excs.Length; i++)
                    if (excs[i] is not PyBaseException) throw Err.Value($"Item {i} of second argument (exceptions) is not an exception");
                bool nestsBase = excs.Any(x => !x.Type.IsSubtypeOf(ExcTypes.Exception));
                var beg = ExcTypes.All["BaseExceptionGroup"];
                var eg = ExcTypes.All["ExceptionGroup"];
                if (cls == beg) { if (!nestsBase) cls = eg; }
                else if (cls == eg) { if (nestsBase) throw Err.Type("Cannot nest BaseExceptions in an ExceptionGroup"); }
                else if (nestsBase && cls.IsSubtypeOf(ExcTypes.Exception))
                    throw Err.Type($"Cannot nest BaseExceptions in '{cls.Name}'");
                return new PyBaseException(cls) { Args = PyTuple.Of(a[1], a[2]), GroupExceptions = new PyTuple(excs) };
            });
            Def.Method(t, "__init__", (a, kw) => Py.None);
            Def.M0(t, "__str__", o =>
            {
                var e = (PyBaseException)o;
                int n = Exceptions(e).Items.Length;
                return new PyStr($"{Ops.Str(Message(e))} ({n} sub-exception{(n == 1 ? "" : "s")})");
            });
            Def.M0(t, "__repr__", o =>
            {
                var e = (PyBaseException)o;
                return new PyStr($"{e.Type.Name}({Ops.Repr(Message(e))}, {Ops.Repr(new PyList(Exceptions(e).Items))})");
            });
            Def.Prop(t, "message", o => Message((PyBaseException)o));
            Def.Prop(t, "exceptions", o => Exceptions((PyBaseException)o));
            Def.M1(t, "subgroup", (o, cond) => (PyObject?)SplitGroup((PyBaseException)o, Condition(cond), false).Match ?? Py.None);
            Def.M1(t, "split", (o, cond) =>
            {
                var (m, r) = SplitGroup((PyBaseException)o, Condition(cond), true);
                return PyTuple.Of(m ?? (PyObject)Py.None, r ?? (PyObject)Py.None);
            });
            Def.M1(t, "derive", (o, excs) => Ops.Call(ExcTypes.All["BaseExceptionGroup"], Message((PyBaseException)o), excs));
        }
    }

    static PyObject Message(PyBaseException e) => e.Args.Items.Length > 0 ? e.Args.Items[0] : new PyStr("");

    static PyTuple Exceptions(PyBaseException e) =>
        e.GroupExceptions ?? (e.Args.Items.Length > 1 && e.Args.Items[1] is PyTuple t ? t : PyTuple.Empty);

    /// <summary>PySequence_Check: a list, tuple or other object with __getitem__ that is no mapping or set.</summary>
    static bool IsSequence(PyObject o) => o is PyList or PyTuple
        || (o is not PyDict and not PySet && o.Type.Lookup("__getitem__") is not null);

    static bool IsGroup(PyBaseException e) => e.Type.IsSubtypeOf(ExcTypes.All["BaseExceptionGroup"]);

    /// <summary>split()/subgroup()'s argument: an exception type, a tuple of them, or a callable that is not a class.</summary>
    static PyObject Condition(PyObject cond)
    {
        static bool ExcType(PyObject x) => x is PyType t && t.IsSubtypeOf(ExcTypes.BaseException);
        if (ExcType(cond) || (cond is PyTuple tu && tu.Items.All(ExcType)) || (cond is not PyType && Ops.IsCallable(cond))) return cond;
        throw Err.Type("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    static bool Matches(PyBaseException e, PyObject cond) =>
        cond is PyType or PyTuple ? Ops.IsInstance(e, cond) : Ops.Truth(Ops.Call(cond, e));

    /// <summary>except*'s split: (the part that matches, the rest); a plain exception that matches is wrapped in
    /// an ExceptionGroup (with its traceback) as CPython's CHECK_EG_MATCH does.</summary>
    public static (PyBaseException? Match, PyBaseException? Remainder) Split(PyBaseException e, PyObject cond)
    {
        if (!IsGroup(e))
        {
            if (!Matches(e, cond)) return (null, e);
            var g = (PyBaseException)Ops.Call(ExcTypes.All["BaseExceptionGroup"], new PyStr(""), new PyList([e]));
            g.Traceback = e.Traceback;
            return (g, null);
        }
        return SplitGroup(e, cond, true);
    }

    /// <summary>
    /// CPython's exceptiongroup_split_recursive: a group that matches as a whole is the match; otherwise its leaves
    /// are sorted and each side rebuilt with derive(), carrying the
    /// original's traceback, cause, context and a copy of its notes.
    /// </summary>
    static (PyBaseException? Match, PyBaseException? Remainder) SplitGroup(PyBaseException e, PyObject cond, bool wantRest)
    {
        if (Matches(e, cond)) return (e, null);
        if (!IsGroup(e)) return (null, wantRest ? e : null);
        var items = Exceptions(e).Items;
        var matched = new List<PyObject>();
        var rest = new List<PyObject>();
        foreach (var sub in items)
        {
            var (m, r) = SplitGroup((PyBaseException)sub, cond, wantRest);
            if (m is not null) matched.Add(m);
            if (r is not null) rest.Add(r);
        }
        PyBaseException? Subset(List<PyObject> part)
        {
            if (part.Count == 0) return null;
            var derived = Ops.Call(Ops.GetAttr(e, "derive"), new PyList(part));
            if (derived is not PyBaseException g || !IsGroup(g)) throw Err.Type("derive must return an instance of BaseExceptionGroup");
            g.Traceback = e.Traceback; g.Cause = e.Cause; g.Context = e.Context;
            if (e.Dict?.GetValueOrDefault("__notes__") is { } notes && (notes is PyList or PyTuple || IsSequence(notes)) && notes is not PyStr)
                (g.Dict ??= new())["__notes__"] = new PyList(Ops.ToArray(notes));
            return g;
        }
        return (Subset(matched), wantRest ? Subset(rest) : null);
    }
}
