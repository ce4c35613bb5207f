namespace Pytk.Vm.Objects;

/// <summary>Functions, methods, descriptors, generators, iterators and the singletons.</summary>
public static class MiscMethods
{
    public static void Register()
    {
        var f = Types.Function;
        Def.M0(f, "__repr__", o => new PyStr($"<function {((PyFunction)o).QualName} at 0x{Ops.IdOf(o):x}>"));
        Def.Prop(f, "__name__", o => new PyStr(((PyFunction)o).Name), (o, v) => ((PyFunction)o).Name = Ops.Str(v));
        Def.Prop(f, "__qualname__", o => new PyStr(((PyFunction)o).QualName), (o, v) => ((PyFunction)o).QualName = Ops.Str(v));
        Def.Prop(f, "__doc__", o => ((PyFunction)o).Doc, (o, v) => ((PyFunction)o).Doc = v);
        Def.Prop(f, "__module__", o => new PyStr(((PyFunction)o).ModuleName), (o, v) => ((PyFunction)o).ModuleName = Ops.Str(v));
        Def.Prop(f, "__defaults__", o => ((PyFunction)o).Defaults.Length == 0 ? Py.None : new PyTuple(((PyFunction)o).Defaults),
            (o, v) => ((PyFunction)o).Defaults = v is PyNone ? [] : ((PyTuple)v).Items);
        Def.Prop(f, "__kwdefaults__", o => (PyObject?)((PyFunction)o).KwDefaults ?? Py.None);
        Def.Prop(f, "__code__", o => ((PyFunction)o).Code);
        Def.Prop(f, "__globals__", o => PyDict.Namespace(((PyFunction)o).Globals));
        Def.Prop(f, "__closure__", o => ((PyFunction)o).Closure.Length == 0 ? Py.None : new PyTuple(((PyFunction)o).Closure));
        Def.Prop(f, "__annotations__", o => ((PyFunction)o).Annotations ??= new PyDict(), (o, v) => ((PyFunction)o).Annotations = (PyDict)v);
        Def.Prop(f, "__dict__", o => PyDict.Namespace(o.Dict ??= new()));
        Def.Prop(f, "__type_params__", o => ((PyFunction)o).TypeParams, (o, v) => ((PyFunction)o).TypeParams = v is PyTuple
            ? v : throw Err.Type($"__type_params__ must be set to a tuple, not {v.Type.Name}"));
        Def.Method(f, "__get__", (a, kw) => a.Length < 2 || a[1] is PyNone ? a[0] : new PyMethod(a[1], a[0]));
        Def.Method(f, "__call__", (a, kw) => Ops.Call(a[0], a[1..], kw));

        var m = Types.Method;
        Def.M0(m, "__repr__", o =>
        {
            var pm = (PyMethod)o;
            string name = pm.Func is PyFunction pf ? pf.QualName : pm.Func is PyBuiltin pb ? (pb.OwnerName is null ? pb.Name : pb.OwnerName + "." + pb.Name) : "?";
            return new PyStr(pm.Func is PyBuiltin pb2
                ? $"<built-in method {pb2.Name} of {pm.Self.Type.Name} object at 0x{Ops.IdOf(pm.Self):x}>"
                : $"<bound method {name} of {Ops.Repr(pm.Self)}>");
        });
        Def.Prop(m, "__self__", o => ((PyMethod)o).Self);
        Def.Prop(m, "__func__", o => ((PyMethod)o).Func);
        Def.Prop(m, "__name__", o => Ops.GetAttr(((PyMethod)o).Func, "__name__"));
        Def.Prop(m, "__qualname__", o => Ops.GetAttr(((PyMethod)o).Func, "__qualname__"));
        Def.Prop(m, "__doc__", o => Ops.GetAttr(((PyMethod)o).Func, "__doc__"));
        Def.Prop(m, "__module__", o => Ops.GetAttrOrNull(((PyMethod)o).Func, "__module__") ?? Py.None);
        Def.M1(m, "__eq__", (a, b) => b is PyMethod bm ? Py.Bool(ReferenceEquals(((PyMethod)a).Self, bm.Self) && ((PyMethod)a).Func == bm.Func) : Py.NotImplemented);
        Def.M0(m, "__hash__", o => PyInt.From(Ops.IdHash(((PyMethod)o).Func) ^ Ops.IdHash(((PyMethod)o).Self)));

        var b = Types.BuiltinFunction;
        Def.M0(b, "__repr__", o => new PyStr(((PyBuiltin)o).Self is { } self
            ? (self is PyType st ? $"<built-in method {((PyBuiltin)o).Name} of type object at 0x{Ops.IdOf(self):x}>" : $"<built-in method {((PyBuiltin)o).Name} of {self.Type.Name} object at 0x{Ops.IdOf(self):x}>")
            : ((PyBuiltin)o).OwnerName is { } owner
            ? $"<method '{((PyBuiltin)o).Name}' of '{owner}' objects>" : $"<built-in function {((PyBuiltin)o).Name}>"));
        Def.Prop(b, "__name__", o => new PyStr(((PyBuiltin)o).Name));
        Def.Prop(b, "__qualname__", o => new PyStr(((PyBuiltin)o).OwnerName is { } ow ? ow + "." + ((PyBuiltin)o).Name : ((PyBuiltin)o).Name));
        Def.Prop(b, "__doc__", o => Py.None);
        Def.Prop(b, "__module__", o => ((PyBuiltin)o).ModuleName is { } mn ? new PyStr(mn) : Py.None);
        Def.Prop(b, "__self__", o => ((PyBuiltin)o).Self ?? Py.None);
        Def.Method(b, "__get__", (a, kw) => a.Length < 2 || a[1] is PyNone || !((PyBuiltin)a[0]).Binds ? a[0] : new PyMethod(a[1], a[0]));

        var gs = Types.GetSetDescriptor;
        Def.M0(gs, "__repr__", o => new PyStr($"<attribute '{((PyProperty)o).Name}' of '{((PyProperty)o).Owner}' objects>"));
        Def.Method(gs, "__get__", (a, kw) => a.Length < 2 || a[1] is PyNone ? a[0] : Ops.Call(((PyProperty)a[0]).Get!, a[1]));
        Def.Prop(gs, "__name__", o => new PyStr(((PyProperty)o).Name ?? ""));
        Def.Prop(gs, "__qualname__", o => new PyStr(((PyProperty)o).Owner + "." + ((PyProperty)o).Name));

        var p = Types.Property;
        Def.Static(p, "__new__", (a, kw) => new PyProperty(null, null, null, null) { Type = (PyType)a[0] });
        Def.Method(p, "__init__", (a, kw) =>
        {
            var pr = (PyProperty)a[0];
            PyObject? N(PyObject? x) => x is null or PyNone ? null : x;
            pr.Get = N(Def.Arg(a, kw, 1, "fget")); pr.Set = N(Def.Arg(a, kw, 2, "fset")); pr.Del = N(Def.Arg(a, kw, 3, "fdel"));
            pr.Doc = N(Def.Arg(a, kw, 4, "doc")) ?? (pr.Get is not null ? Ops.GetAttrOrNull(pr.Get, "__doc__") : null);
            if (pr.Get is PyFunction gf) pr.Name = gf.Name;
            return Py.None;
        });
        Def.M1(p, "getter", (o, fn) => Copy((PyProperty)o, get: fn));
        Def.M1(p, "setter", (o, fn) => Copy((PyProperty)o, set: fn));
        Def.M1(p, "deleter", (o, fn) => Copy((PyProperty)o, del: fn));
        Def.Method(p, "__get__", (a, kw) => a.Length < 2 || a[1] is PyNone ? a[0] : Ops.DescrGet(a[0], a[1], a[1].Type));
        Def.Method(p, "__set__", (a, kw) => { Ops.Call(((PyProperty)a[0]).Set ?? throw Err.Attribute("can't set attribute"), a[1], a[2]); return Py.None; });
        Def.Method(p, "__delete__", (a, kw) => { Def.Count("__delete__", a[1..], 1, 1); Ops.Call(((PyProperty)a[0]).Del ?? throw Err.Attribute("can't delete attribute"), a[1]); return Py.None; });
        // fget/fset/fdel are read-only members (CPython's words), __doc__ may be replaced
        static void ReadOnly(PyObject o, PyObject v) => throw Err.Attribute("readonly attribute");
        Def.Prop(p, "fget", o => ((PyProperty)o).Get ?? Py.None, ReadOnly);
        Def.Prop(p, "fset", o => ((PyProperty)o).Set ?? Py.None, ReadOnly);
        Def.Prop(p, "fdel", o => ((PyProperty)o).Del ?? Py.None, ReadOnly);
        Def.Prop(p, "__doc__", o => ((PyProperty)o).Doc ?? Py.None, (o, v) => ((PyProperty)o).Doc = v);
        Def.Prop(p, "__isabstractmethod__", o => ((PyProperty)o).Get is { } g && Ops.GetAttrOrNull(g, "__isabstractmethod__") is { } ab ? ab : Py.False);

        var sm = Types.StaticMethod;
        Def.Static(sm, "__new__", (a, kw) => CopyWrapped(new PyStaticMethod(WrapperArg("staticmethod", a, kw)) { Type = (PyType)a[0] }, a[1]));
        Def.Prop(sm, "__dict__", o => PyDict.Namespace(o.Dict ??= new()));
        Def.Prop(sm, "__wrapped__", o => ((PyStaticMethod)o).Func);
        Def.Method(sm, "__init__", (a, kw) => Py.None);
        Def.Prop(sm, "__func__", o => ((PyStaticMethod)o).Func);
        Def.Prop(sm, "__isabstractmethod__", o => Ops.GetAttrOrNull(((PyStaticMethod)o).Func, "__isabstractmethod__") ?? Py.False);
        Def.Method(sm, "__get__", (a, kw) => ((PyStaticMethod)a[0]).Func);
        Def.Method(sm, "__call__", (a, kw) => Ops.Call(((PyStaticMethod)a[0]).Func, a[1..], kw));
        var cm = Types.ClassMethod;
        Def.Static(cm, "__new__", (a, kw) => CopyWrapped(new PyClassMethod(WrapperArg("classmethod", a, kw)) { Type = (PyType)a[0] }, a[1]));
        Def.Prop(cm, "__dict__", o => PyDict.Namespace(o.Dict ??= new()));
        Def.Prop(cm, "__wrapped__", o => ((PyClassMethod)o).Func);
        Def.Method(cm, "__init__", (a, kw) => Py.None);
        Def.Prop(cm, "__func__", o => ((PyClassMethod)o).Func);
        Def.Prop(cm, "__isabstractmethod__", o => Ops.GetAttrOrNull(((PyClassMethod)o).Func, "__isabstractmethod__") ?? Py.False);
        Def.Method(cm, "__get__", (a, kw) => new PyMethod(a.Length > 2 && a[2] is not PyNone ? a[2] : a[1].Type, ((PyClassMethod)a[0]).Func));

        Def.Static(Types.Super, "__new__", (a, kw) => Builtins.MakeSuper(a[1..]));
        Def.Method(Types.Super, "__init__", (a, kw) => Py.None);
        Def.M0(Types.Super, "__repr__", o => new PyStr($"<super: <class '{((PySuper)o).ThisType.Name}'>, <{((PySuper)o).ObjType?.Name} object>>"));

        foreach (var gt in new[] { Types.Generator, Types.Coroutine })
        {
            string kind = gt.Name;
            Def.M0(gt, "__repr__", o => new PyStr($"<{kind} object {((PyGenerator)o).QualName} at 0x{Ops.IdOf(o):x}>"));
            Def.M1(gt, "send", (o, v) => ((PyGenerator)o).Send(v));
            Def.Method(gt, "throw", (a, kw) =>
            {
                if (a.Length < 2) throw Err.Type("throw expected at least 1 argument, got 0");
                if (a.Length > 4) throw Err.Type($"throw expected at most 3 arguments, got {a.Length - 1}");
                if (a.Length > 2)
                    Ops.Call(Ops.GetAttr(Modules.Import("warnings", Py.None, 0, null), "warn"),
                        new PyStr("the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead."),
                        ExcTypes.All["DeprecationWarning"]);
                return ((PyGenerator)a[0]).Throw(a[1..]);
            });
            Def.M0(gt, "close", o => ((PyGenerator)o).Close());
            Def.Prop(gt, "__name__", o => new PyStr(((PyGenerator)o).Name));
            Def.Prop(gt, "__qualname__", o => new PyStr(((PyGenerator)o).QualName));
            Def.Prop(gt, gt == Types.Generator ? "gi_running" : "cr_running", o => Py.Bool(((PyGenerator)o).Running));
            Def.Prop(gt, gt == Types.Generator ? "gi_code" : "cr_code", o => ((PyGenerator)o).Frame.Code);
            bool isGen = gt == Types.Generator;
            // the generator's own frame while it can still run (f_lineno: where it is suspended, or its def line)
            Def.Prop(gt, isGen ? "gi_frame" : "cr_frame", o => ((PyGenerator)o).Finished ? Py.None : PyFrameObject.Of(((PyGenerator)o).Frame));
            Def.Prop(gt, isGen ? "gi_suspended" : "cr_suspended", o =>
                Py.Bool(((PyGenerator)o) is { Started: true, Finished: false, Running: false }));
            Def.Prop(gt, isGen ? "gi_yieldfrom" : "cr_await", o => ((PyGenerator)o).YieldingFrom ?? Py.None);
        }
        Def.M0(Types.Coroutine, "__await__", o => new CoroutineWrapper((PyGenerator)o));

        foreach (var it in new[] { Types.Iterator, Types.Generator, Types.CallIterator, Types.Enumerate, Types.Zip, Types.Map, Types.Filter, Types.Reversed })
        {
            Def.M0(it, "__iter__", o => o);
            Def.M0(it, "__next__", o => o is PyGenerator ? ((PyIterator)o).Next() ?? throw StopFor(o) : Ops.NextOrRaise((PyIterator)o));
        }

        Def.M0(Types.NoneType, "__repr__", o => new PyStr("None"));
        Def.M0(Types.NoneType, "__bool__", o => Py.False);
        Def.Static(Types.NoneType, "__new__", (a, kw) => Py.None);
        Def.M0(Types.NotImplementedType, "__repr__", o => new PyStr("NotImplemented"));
        Def.M0(Types.EllipsisType, "__repr__", o => new PyStr("Ellipsis"));
        // pickled as the built-in names, as CPython's __reduce__ of the two singletons
        Def.M0(Types.EllipsisType, "__reduce__", o => new PyStr("Ellipsis"));
        Def.M0(Types.NotImplementedType, "__reduce__", o => new PyStr("NotImplemented"));
        Def.M0(Types.Module, "__repr__", o => new PyStr(Modules.Repr((PyModule)o)));
        Def.M0(Types.Module, "__dir__", o => Modules.Dir((PyModule)o));
        Def.Prop(Types.Module, "__dict__", o => PyDict.Namespace(o.Dict!));
        Def.Prop(Types.Cell, "cell_contents", o => ((PyCell)o).Value ?? throw Err.Value("Cell is empty"));
        Def.Prop(Types.Code, "co_name", o => new PyStr(((PyCode)o).Name));
        Def.Prop(Types.Code, "co_filename", o => new PyStr(((PyCode)o).Filename));
        Def.Prop(Types.Code, "co_argcount", o => PyInt.From(((PyCode)o).ArgCount));
        Def.Prop(Types.Code, "co_varnames", o => new PyTuple(((PyCode)o).VarNames.Select(x => (PyObject)new PyStr(x)).ToArray()));
        Def.Prop(Types.Code, "co_freevars", o => new PyTuple(((PyCode)o).FreeVars.Select(x => (PyObject)new PyStr(x)).ToArray()));
        Def.Prop(Types.Code, "co_cellvars", o => new PyTuple(((PyCode)o).CellVars.Select(x => (PyObject)new PyStr(x)).ToArray()));
        Def.Prop(Types.Code, "co_firstlineno", o => PyInt.From(((PyCode)o).FirstLine));
        Def.M0(Types.Code, "__repr__", o => new PyStr($"<code object {((PyCode)o).Name} at 0x{Ops.IdOf(o):x}, file \"{((PyCode)o).Filename}\", line {((PyCode)o).FirstLine}>"));
        Def.Prop(Types.Traceback, "tb_lineno", o => PyInt.From(((PyTraceback)o).Line));
        Def.Prop(Types.Traceback, "tb_next", o => (PyObject?)((PyTraceback)o).Next ?? Py.None, (o, v) =>
        {
            if (v is not PyNone && v is not PyTraceback) throw Err.Type($"expected traceback object or None, got '{v.Type.Name}'");
            ((PyTraceback)o).Next = v as PyTraceback;
        });
        Def.Prop(Types.Traceback, "tb_frame", o => ((PyTraceback)o).Frame is { } tf ? PyFrameObject.Of(tf) : Py.None);
        Def.Prop(Types.Traceback, "tb_lasti", o => PyInt.From(Math.Max(((PyTraceback)o).Pc, 0) * 2));
        FrameMethods.Register();
    }

    /// <summary>The one callable staticmethod(f)/classmethod(f) wrap (CPython's errors for anything else).</summary>
    static PyObject WrapperArg(string name, PyObject[] a, KwArgs? kw)
    {
        if (kw is { Count: > 0 }) throw Err.Type($"{name}() takes no keyword arguments");
        if (a.Length != 2) throw Err.Type($"{name} expected 1 argument, got {a.Length - 1}");
        return a[1];
    }

    /// <summary>staticmethod and classmethod carry the wrapped callable's name, qualname, module, doc and
    /// annotations in their own __dict__ (as CPython 3.10+).</summary>
    static PyObject CopyWrapped(PyObject wrapper, PyObject func)
    {
        foreach (var attr in new[] { "__module__", "__name__", "__qualname__", "__doc__", "__annotations__" })
        {
            PyObject? v;
            try { v = Ops.GetAttrOrNull(func, attr); }
            catch (PyException) { v = null; }
            if (v is not null) (wrapper.Dict ??= new())[attr] = v;
        }
        return wrapper;
    }

    static PyException StopFor(PyObject o) =>
        o is PyGenerator ? Err.StopIteration(Exec.ReturnValueOfLastNext is { } v && v is not PyNone ? v : null) : Err.StopIteration();

    static PyProperty Copy(PyProperty p, PyObject? get = null, PyObject? set = null, PyObject? del = null) =>
        new(get ?? p.Get, set ?? p.Set, del ?? p.Del, p.Doc) { Name = p.Name ?? (get as PyFunction)?.Name, Type = p.Type };
}

/// <summary>coroutine.__await__(): an iterator that drives the coroutine.</summary>
public sealed class CoroutineWrapper(PyGenerator coro) : PyIterator
{
    public override PyObject? Next()
    {
        var (v, done) = coro.SendRaw(Py.None);
        if (done) { Exec.ReturnValueOfLastNext = v; return null; }
        return v;
    }
}
