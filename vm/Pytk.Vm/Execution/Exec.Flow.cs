namespace Pytk.Vm.Execution;

/// <summary>Calls, functions, generators, exceptions, with, import.</summary>
public static partial class Exec
{
    public static void CALL(Frame f, int arg) => f.Push(CallAdaptive(f, arg) ?? throw Interpreter.TakeEscaped());

    public static void CALL_KW(Frame f, int arg)
    {
        var names = ((PyTuple)f.Pop()).Items;
        var all = f.PopN(arg);
        var fn = f.Pop();
        int npos = arg - names.Length;
        var kw = new KwArgs();
        for (int i = 0; i < names.Length; i++) kw.Add(new(((PyStr)names[i]).Value, all[npos + i]));
        f.Push(Tracing.Active && fn is PyBuiltin b ? Tracing.CallBuiltin(f, b, Bound(b, all[..npos]), kw)
            : LoopFinalizer.Direct(fn, Ops.Call(fn, all[..npos], kw), f));
    }

    public static void CALL_FUNCTION_EX(Frame f, int arg)
    {
        KwArgs? kw = null;
        if ((arg & 1) != 0)
        {
            var d = f.Pop();
            kw = new KwArgs();
            foreach (var (k, v) in DictMethods.MappingItems(d))
            {
                if (k is not PyStr ks) throw Err.Type("keywords must be strings");
                kw.Add(new(ks.Value, v));
            }
        }
        var argsObj = f.Pop();
        var fn = f.Pop();
        if (argsObj is not PyTuple && argsObj.Type.Lookup("__iter__") is null)
            throw Err.Type($"{Builtins.FuncName(fn)} argument after * must be an iterable, not {argsObj.Type.Name}");
        f.Push(Tracing.Active && fn is PyBuiltin b ? Tracing.CallBuiltin(f, b, Bound(b, Ops.ToArray(argsObj)), kw)
            : LoopFinalizer.Direct(fn, Ops.Call(fn, Ops.ToArray(argsObj), kw), f));
    }

    /// <summary>A built-in's arguments as its function takes them: a bound method's self first.</summary>
    static PyObject[] Bound(PyBuiltin b, PyObject[] args) => b.Self is { } self ? [self, .. args] : args;

    public static void MAKE_FUNCTION(Frame f, int arg)
    {
        var code = (PyCode)f.Pop();
        f.Push(new PyFunction(code, f.Globals) { Doc = code.Doc });
    }

    public static void SET_FUNCTION_ATTRIBUTE(Frame f, int arg)
    {
        var fn = (PyFunction)f.Pop();
        var v = f.Pop();
        switch (arg)
        {
            case 1: fn.Defaults = ((PyTuple)v).Items; break;
            case 2: fn.KwDefaults = (PyDict)v; break;
            case 4:
                if (v is PyTuple at)
                {
                    var d = new PyDict();
                    for (int i = 0; i + 1 < at.Items.Length; i += 2) d.Set(at.Items[i], at.Items[i + 1]);
                    fn.Annotations = d;
                }
                else fn.Annotations = v as PyDict;
                break;
            case 8: fn.Closure = ((PyTuple)v).Items.Cast<PyCell>().ToArray(); break;
        }
        f.Push(fn);
    }

    public static void LOAD_BUILD_CLASS(Frame f, int arg) => f.Push(Runtime.Builtins["__build_class__"]);

    public static PyObject YIELD_VALUE(Frame f, int arg)
    {
        f.Yielded = true;
        return f.Pop();
    }

    /// <summary>[receiver, value] → [receiver, yielded] and continue, or [receiver, result] and jump when done.</summary>
    public static int SEND(Frame f, int arg, int next)
    {
        var v = f.Top();
        var recv = f.Peek(2);
        PyObject? r;
        bool done;
        if (recv is PyGenerator g) (r, done) = g.SendRaw(v);
        else if (recv is AsyncGenAwaitable aw) (r, done) = aw.SendRaw(v);
        else if (v is PyNone && recv is PyIterator pi)
        {
            // Iterators written in C# report their return value (StopIteration.value) on the side.
            // One raised inside it (a function map() calls) ends the delegation with its value.
            var ts = ThreadState.Current;
            ts.ReturnValueOfLastNext = null;
            ts.StopOfLastNext = null;
            r = Ops.Next(pi);
            done = r is null;
            if (done) r = ts.StopOfLastNext is { } stop ? GeneratorValue(stop) : ts.ReturnValueOfLastNext ?? Py.None;
        }
        else
        {
            try { r = Ops.Call(Ops.GetAttr(recv, v is PyNone ? "__next__" : "send"), v is PyNone ? [] : [v]); done = false; }
            catch (PyException e) when (Err.Matches(e.Value, ExcTypes.StopIteration))
            { r = GeneratorValue(e.Value); done = true; }
        }
        f.SetTop(r!);
        return done ? arg : next;
    }

    /// <summary>The return value of a generator whose Next() just reported exhaustion.</summary>
    public static PyObject? ReturnValueOfLastNext { get => ThreadState.Current.ReturnValueOfLastNext; set => ThreadState.Current.ReturnValueOfLastNext = value; }

    public static PyObject GeneratorValue(PyBaseException stop) => stop.Args.Items.Length > 0 ? stop.Args.Items[0] : Py.None;

    public static void END_SEND(Frame f, int arg)
    {
        var v = f.Pop();
        f.SetTop(v);
    }

    public static void GET_YIELD_FROM_ITER(Frame f, int arg)
    {
        var o = f.Top();
        if (o is PyGenerator) return;
        f.SetTop(Ops.Iter(o));
    }

    public static void GET_AWAITABLE(Frame f, int arg)
    {
        var o = f.Top();
        if (o is PyGenerator g && g.Type == Types.Coroutine) return;
        // A generator made by a function decorated with @types.coroutine (CO_ITERABLE_COROUTINE) is awaited as it is.
        if (o is PyGenerator ig && ig.Type == Types.Generator && (ig.Frame.Code.Flags & CodeFlags.IterableCoroutine) != 0) return;
        var aw = o.Type.Lookup("__await__") ?? throw Err.Type($"'{o.Type.Name}' object can't be awaited");
        f.SetTop(Ops.Call(aw, o));
    }

    public static void RAISE_VARARGS(Frame f, int arg) => throw Raising(f, arg);

    /// <summary>RAISE_VARARGS's exception, for a loop that routes it without a .NET throw.</summary>
    public static PyException Raising(Frame f, int arg)
    {
        PyObject? cause = arg == 2 ? f.Pop() : null;
        if (arg == 0)
        {
            if (Interpreter.Handled is null) return Err.Runtime("No active exception to reraise");
            return new PyException(Interpreter.Handled) { Reraised = true };
        }
        var exc = MakeException(f.Pop(), "exceptions must derive from BaseException");
        if (cause is not null)
        {
            if (cause is PyNone) exc.Cause = null;
            else exc.Cause = MakeException(cause, "exception causes must derive from BaseException");
            exc.SuppressContext = true;
        }
        return new PyException(exc);
    }

    public static PyBaseException MakeException(PyObject o, string error)
    {
        if (o is PyType t && t.IsSubtypeOf(ExcTypes.BaseException))
        {
            var inst = Ops.Call(t);
            return inst as PyBaseException ?? throw Err.Type($"calling {Ops.Repr(t)} should have returned an instance of BaseException, not {inst.Type.Name}");
        }
        return o as PyBaseException ?? throw Err.Type(error);
    }

    public static void RERAISE(Frame f, int arg) => throw Reraising(f, arg);
    public static PyException Reraising(Frame f, int arg) => new((PyBaseException)f.Pop()) { Reraised = true };

    public static void PUSH_EXC_INFO(Frame f, int arg)
    {
        var exc = f.Pop();
        f.Push((PyObject?)Interpreter.Handled ?? Py.None);
        f.Push(exc);
        Interpreter.Handled = exc as PyBaseException;
    }

    public static void POP_EXCEPT(Frame f, int arg) => Interpreter.Handled = f.Pop() as PyBaseException;

    public static void CHECK_EXC_MATCH(Frame f, int arg)
    {
        var type = f.Pop();
        CheckCatchable(type);
        f.Push(Py.Bool(Ops.IsInstance(f.Top(), type)));
    }

    static void CheckCatchable(PyObject type)
    {
        if (type is PyTuple t) { foreach (var x in t.Items) CheckCatchable(x); return; }
        if (type is not PyType pt || !pt.IsSubtypeOf(ExcTypes.BaseException))
            throw Err.Type("catching classes that do not inherit from BaseException is not allowed");
    }

    /// <summary>except*: [exc, type] → [rest, match] (match None when nothing matched).</summary>
    public static void CHECK_EG_MATCH(Frame f, int arg)
    {
        var type = f.Pop();
        var exc = (PyBaseException)f.Pop();
        CheckCatchable(type);
        var (match, rest) = ExceptionGroups.Split(exc, type);
        f.Push(rest ?? (PyObject)Py.None);
        f.Push(match ?? (PyObject)Py.None);
        if (match is not null) Interpreter.Handled = match;
    }

    public static void LOAD_ASSERTION_ERROR(Frame f, int arg) => f.Push(ExcTypes.AssertionError);

    public static void BEFORE_WITH(Frame f, int arg)
    {
        var mgr = f.Pop();
        var enter = mgr.Type.Lookup("__enter__");
        var exit = mgr.Type.Lookup("__exit__");
        if (enter is null || exit is null)
            throw Err.Type($"'{mgr.Type.Name}' object does not support the context manager protocol" +
                           (enter is null ? "" : " (missed __exit__ method)"));
        f.Push(Ops.DescrGet(exit, mgr, mgr.Type));
        f.Push(Ops.Call(Ops.DescrGet(enter, mgr, mgr.Type)));
    }

    public static void BEFORE_ASYNC_WITH(Frame f, int arg)
    {
        var mgr = f.Pop();
        var enter = mgr.Type.Lookup("__aenter__");
        var exit = mgr.Type.Lookup("__aexit__");
        if (enter is null || exit is null)
            throw Err.Type($"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol");
        f.Push(Ops.DescrGet(exit, mgr, mgr.Type));
        f.Push(Ops.Call(Ops.DescrGet(enter, mgr, mgr.Type)));
    }

    /// <summary>[exit, prev_exc, exc] → [exit, prev_exc, exc, exit(type, exc, tb)].</summary>
    public static void WITH_EXCEPT_START(Frame f, int arg)
    {
        var exc = (PyBaseException)f.Top();
        var exit = f.Peek(3);
        f.Push(Ops.Call(exit, exc.Type, exc, (PyObject?)exc.Traceback ?? Py.None));
    }

    public static void IMPORT_NAME(Frame f, int arg)
    {
        var fromlist = f.Pop();
        var level = f.Pop();
        // CPython's import_name: the `__import__` in builtins is what the statement calls; the built-in one
        // (the usual case) directly, one a program put there with (name, globals, locals, fromlist, level)
        if (!Runtime.Builtins.TryGetValue("__import__", out var import))
            throw Err.New(ExcTypes.ImportError, "__import__ not found");
        if (import is not PyBuiltin { Name: "__import__" })
        {
            PyObject locals = f.LocalsMap ?? (f.Locals is { } l ? PyDict.Namespace(l) : Py.None);
            f.Push(Ops.Call(import, new PyStr(f.Code.Names[arg]), PyDict.Namespace(f.Globals), locals, fromlist, level));
            return;
        }
        f.Push(Modules.Import(f.Code.Names[arg], fromlist, Ops.IndexInt(level), f.Globals));
    }

    public static void IMPORT_FROM(Frame f, int arg) => f.Push(Modules.ImportFrom(f.Top(), f.Code.Names[arg]));

    public static void IMPORT_STAR(Frame f, int arg)
    {
        if (f.LocalsMap is { } map)
        {
            var names = new Dictionary<string, PyObject>();
            Modules.ImportStar(f.Pop(), names);
            foreach (var (k, v) in names) Ops.SetItem(map, new PyStr(k), v);
            return;
        }
        Modules.ImportStar(f.Pop(), f.Locals ?? f.Globals);
    }

    public static void SETUP_ANNOTATIONS(Frame f, int arg)
    {
        if (f.LocalsMap is { } map)
        {
            if (MapGet(map, "__annotations__") is null) Ops.SetItem(map, new PyStr("__annotations__"), new PyDict());
            return;
        }
        var ns = f.Locals ?? f.Globals;
        if (!ns.ContainsKey("__annotations__")) ns["__annotations__"] = new PyDict();
    }

    /// <summary>The namespace itself (a live view), as CPython pushes the frame's locals mapping.</summary>
    public static void LOAD_LOCALS(Frame f, int arg) => f.Push(f.LocalsMap ?? PyDict.Namespace(f.Locals ?? f.Globals));

    public static void GET_LEN(Frame f, int arg) => f.Push(PyInt.From(Ops.Len(f.Top())));

    public static void GET_AITER(Frame f, int arg)
    {
        var o = f.Top();
        var ai = o.Type.Lookup("__aiter__") ?? throw Err.Type($"'async for' requires an object with __aiter__ method, got {o.Type.Name}");
        f.SetTop(Ops.Call(ai, o));
    }

    public static void GET_ANEXT(Frame f, int arg)
    {
        var o = f.Top();
        var an = o.Type.Lookup("__anext__") ?? throw Err.Type($"'async for' received an object from __aiter__ that does not implement __anext__: {o.Type.Name}");
        var aw = Ops.Call(an, o);
        if (!(aw is PyGenerator g && g.Type == Types.Coroutine))
        {
            var a = aw.Type.Lookup("__await__") ?? throw Err.Type($"'async for' received an invalid object from __anext__: {aw.Type.Name}");
            aw = Ops.Call(a, aw);
        }
        f.Push(aw);
    }

    /// <summary>Handler of an `async for`: StopAsyncIteration ends the loop, anything else propagates.</summary>
    public static void END_ASYNC_FOR(Frame f, int arg)
    {
        var exc = (PyBaseException)f.Pop();
        f.Pop();
        if (!Err.Matches(exc, ExcTypes.StopAsyncIteration)) throw new PyException(exc) { Reraised = true };
    }
}
