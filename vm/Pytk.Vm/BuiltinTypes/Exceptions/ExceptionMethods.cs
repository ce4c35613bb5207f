namespace Pytk.Vm.BuiltinTypes.Exceptions;

/// <summary>BaseException and the attributes of the built-in exceptions.</summary>
public static partial class ExceptionMethods
{
    static PyBaseException E(PyObject o) => (PyBaseException)o;

    public static void Register()
    {
        var t = ExcTypes.BaseException;
        Def.Static(t, "__new__", (a, kw) => new PyBaseException((PyType)a[0]) { Args = new PyTuple(a[1..]) });
        Def.Method(t, "__init__", (a, kw) => { E(a[0]).Args = new PyTuple(a[1..]); return Py.None; });
        Def.M0(t, "__str__", o => new PyStr(E(o).Message));
        Def.M0(t, "__repr__", o =>
        {
            var e = E(o);
            string args = e.Args.Items.Length == 1 ? "(" + Ops.Repr(e.Args.Items[0]) + ")" : Ops.Repr(e.Args);
            return new PyStr(e.Type.Name + args);
        });
        Def.Prop(t, "args", o => E(o).Args, (o, v) => E(o).Args = new PyTuple(Ops.ToArray(v)));
        Def.Prop(t, "__cause__", o => E(o).Cause ?? Py.None, (o, v) => { E(o).Cause = v is PyNone ? null : v; E(o).SuppressContext = true; });
        Def.Prop(t, "__context__", o => E(o).Context ?? Py.None, (o, v) => E(o).Context = v is PyNone ? null : v);
        Def.Prop(t, "__suppress_context__", o => Py.Bool(E(o).SuppressContext), (o, v) => E(o).SuppressContext = Ops.Truth(v));
        Def.Prop(t, "__traceback__", o => (PyObject?)E(o).Traceback ?? Py.None, (o, v) => E(o).Traceback = v as PyTraceback);
        Def.Prop(t, "__notes__", o => E(o).Notes is { } n ? new PyList(n.Select(x => (PyObject)new PyStr(x))) : throw Err.NoAttr(o, "__notes__"));
        Def.M1(t, "with_traceback", (o, tb) => { E(o).Traceback = tb as PyTraceback; return o; });
        Def.M1(t, "add_note", (o, n) => { (E(o).Notes ??= new()).Add(Def.Str(n, "note")); return Py.None; });

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
                Def.Prop(ut, fields[i], o => E(o).Args.Items.Length == 5 ? E(o).Args.Items[k] : Py.None);
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
                    foreach (var (k, v) in kw)
                    {
                        if (!names.Contains(k)) throw Err.Type($"{typ.Name}() got an unexpected keyword argument '{k}'");
                        (E(a[0]).Dict ??= new())[k] = v;
                    }
                return Py.None;
            });
            foreach (var fld in names)
            {
                var fn = fld;
                Def.Prop(typ, fn, o => E(o).Dict?.GetValueOrDefault(fn) ?? Py.None, (o, v) => (E(o).Dict ??= new())[fn] = v);
            }
        }
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
                if (a.Length != 3) throw Err.Type($"{cls.Name}.__new__() takes exactly 2 arguments ({a.Length - 1} given)");
                var excs = Ops.ToArray(a[2]);
                if (excs.Length == 0) throw Err.Value("second argument (exceptions) must be a non-empty sequence");
                foreach (var x in excs)
                    if (x is not PyBaseException) throw Err.Value($"Item {Array.IndexOf(excs, x)} of second argument (exceptions) is not an exception");
                if (cls == ExcTypes.All["BaseExceptionGroup"] && excs.All(x => x.Type.IsSubtypeOf(ExcTypes.Exception)))
                    cls = ExcTypes.All["ExceptionGroup"];
                if (cls.IsSubtypeOf(ExcTypes.Exception) && excs.Any(x => !x.Type.IsSubtypeOf(ExcTypes.Exception)))
                    throw Err.Type("Cannot nest BaseExceptions in an ExceptionGroup");
                return new PyBaseException(cls) { Args = PyTuple.Of(a[1], new PyTuple(excs)) };
            });
            Def.Method(t, "__init__", (a, kw) => Py.None);
            Def.M0(t, "__str__", o =>
            {
                var e = (PyBaseException)o;
                int n = ((PyTuple)e.Args.Items[1]).Items.Length;
                return new PyStr($"{Ops.Str(e.Args.Items[0])} ({n} sub-exception{(n == 1 ? "" : "s")})");
            });
            Def.M0(t, "__repr__", o =>
            {
                var e = (PyBaseException)o;
                return new PyStr($"{e.Type.Name}({Ops.Repr(e.Args.Items[0])}, {Ops.Repr(new PyList(((PyTuple)e.Args.Items[1]).Items))})");
            });
            Def.Prop(t, "message", o => ((PyBaseException)o).Args.Items[0]);
            Def.Prop(t, "exceptions", o => ((PyBaseException)o).Args.Items[1]);
            Def.M1(t, "subgroup", (o, cond) => (PyObject?)Split((PyBaseException)o, cond).Match ?? Py.None);
            Def.M1(t, "split", (o, cond) => { var (m, r) = Split((PyBaseException)o, cond); return PyTuple.Of(m ?? (PyObject)Py.None, r ?? (PyObject)Py.None); });
            Def.M1(t, "derive", (o, excs) => Ops.Call(ExcTypes.All["BaseExceptionGroup"], ((PyBaseException)o).Args.Items[0], excs));
        }
    }

    static bool IsGroup(PyBaseException e) => e.Type.IsSubtypeOf(ExcTypes.All["BaseExceptionGroup"]);

    static bool Matches(PyBaseException e, PyObject cond) =>
        cond is PyType or PyTuple ? Ops.IsInstance(e, cond) : Ops.Truth(Ops.Call(cond, e));

    /// <summary>(the part that matches, the rest); a plain exception that matches is wrapped in a group.</summary>
    public static (PyBaseException? Match, PyBaseException? Remainder) Split(PyBaseException e, PyObject cond)
    {
        if (Matches(e, cond))
        {
            if (IsGroup(e)) return (e, null);
            var g = (PyBaseException)Ops.Call(ExcTypes.All["BaseExceptionGroup"], new PyStr(""), new PyList([e]));
            g.Traceback = e.Traceback;
            return (g, null);
        }
        if (!IsGroup(e)) return (null, e);
        var matched = new List<PyObject>();
        var rest = new List<PyObject>();
        foreach (var sub in ((PyTuple)e.Args.Items[1]).Items)
        {
            var (m, r) = Split((PyBaseException)sub, cond);
            if (m is not null) matched.Add(!IsGroup((PyBaseException)sub) ? sub : m);
            if (r is not null) rest.Add(r);
        }
        PyBaseException? Make(List<PyObject> items)
        {
            if (items.Count == 0) return null;
            var g = (PyBaseException)Ops.Call(ExcTypes.All["BaseExceptionGroup"], e.Args.Items[0], new PyList(items));
            g.Traceback = e.Traceback; g.Cause = e.Cause; g.Context = e.Context; g.Notes = e.Notes;
            return g;
        }
        return (Make(matched), Make(rest));
    }
}
