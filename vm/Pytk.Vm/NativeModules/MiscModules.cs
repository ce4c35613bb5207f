namespace Pytk.Vm.NativeModules;

/// <summary>Small pure-C# modules: time (clock access) and _abc (ABCMeta's core must be a real metatype; the
/// shipped abc.py adds registration and the instance/subclass checks on top).</summary>
public static class MiscModules
{
    static PyModule Mod(string name, params (string, PyObject)[] items)
    {
        var m = new PyModule(name);
        foreach (var (k, v) in items) m.Dict![k] = v;
        return m;
    }

    static (string, PyObject) Fn(string name, BuiltinFn f) => (name, Def.Func(name, f));

    static long UnixTicks => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks;
    static double Counter => System.Diagnostics.Stopwatch.GetTimestamp() / (double)System.Diagnostics.Stopwatch.Frequency;
    static PyInt CounterNs => PyInt.From((System.Numerics.BigInteger)System.Diagnostics.Stopwatch.GetTimestamp() * 1_000_000_000 / System.Diagnostics.Stopwatch.Frequency);

    /// <summary>_time: the clocks under the shipped time.py (which builds struct_time, gmtime, strftime... in Python).</summary>
    public static PyModule Time() => Mod("_time",
        Fn("time", (a, kw) => new PyFloat(UnixTicks / 1e7)),
        Fn("time_ns", (a, kw) => PyInt.From(UnixTicks * 100)),
        Fn("perf_counter", (a, kw) => new PyFloat(Counter)),
        Fn("perf_counter_ns", (a, kw) => CounterNs),
        Fn("monotonic", (a, kw) => new PyFloat(Counter)),
        Fn("monotonic_ns", (a, kw) => CounterNs),
        Fn("process_time", (a, kw) => new PyFloat(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7)),
        Fn("process_time_ns", (a, kw) => PyInt.From(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100)),
        Fn("sleep", (a, kw) => Sleep(a)),
        // local time (LocalZone: TZ, the zoneinfo files, POSIX rules); time.py wraps these in struct_time
        Fn("tzset", (a, kw) => { LocalZone.Reset(); return Py.None; }),
        Fn("localtime", (a, kw) => TimeFields(a[0], true)),
        Fn("gmtime", (a, kw) => TimeFields(a[0], false)),
        Fn("mktime", (a, kw) => MkTime(a)));

    /// <summary>(year, month, day, hour, minute, second, weekday, yearday, isdst, zone, gmtoff) of int seconds
    /// since the epoch, in local time or UTC (which glibc's gmtime calls GMT).</summary>
    static PyObject TimeFields(PyObject secs, bool local)
    {
        if (secs is not PyInt pi) throw Err.Type($"'{secs.Type.Name}' object cannot be interpreted as an integer");
        if (!pi.IsSmall) throw Err.Overflow("timestamp out of range for platform time_t");
        long t = pi.V;
        var k = local ? LocalZone.Current.At(t) : new LocalZone.Kind(0, false, "GMT");
        Int128 l = (Int128)t + k.Offset;
        long days = (long)(l >= 0 ? l / 86400 : (l - 86399) / 86400);
        long rem = (long)(l - (Int128)days * 86400);
        var (y, m, d) = LocalZone.CivilFromDays(days);
        if (y - 1900 > int.MaxValue || y - 1900 < int.MinValue)
            throw new PyException(Err.NewValue(ExcTypes.OSError, PyInt.From(75), new PyStr("Value too large for defined data type")));
        long wday = ((days + 3) % 7 + 7) % 7;
        long yday = days - LocalZone.DaysFromCivil(y, 1, 1) + 1;
        return PyTuple.Of(PyInt.From(y), PyInt.From(m), PyInt.From(d), PyInt.From(rem / 3600), PyInt.From(rem / 60 % 60),
            PyInt.From(rem % 60), PyInt.From(wday), PyInt.From(yday), PyInt.From(k.IsDst ? 1 : 0), new PyStr(k.Abbr),
            PyInt.From(k.Offset));
    }

    /// <summary>mktime(year, month, day, hour, minute, second, isdst) with C ints (time.py checks them): fields out
    /// of range carry over as the C library's mktime does; the UTC seconds as an int.</summary>
    static PyObject MkTime(PyObject[] a)
    {
        var f = new long[7];
        for (int i = 0; i < 7; i++) f[i] = ((PyInt)a[i]).V;
        long y = f[0] + Math.DivRem(f[1] - 1, 12, out long mo0) - (mo0 < 0 ? 1 : 0);
        int mo = (int)((mo0 + 12) % 12) + 1;
        long days = LocalZone.DaysFromCivil(y, mo, 1) + f[2] - 1;
        long l = days * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
        long t = LocalZone.Current.FromLocal(l, (int)f[6]);
        long ty = LocalZone.CivilFromDays(t >= 0 ? t / 86400 : (t - 86399) / 86400).Year;
        if (ty - 1900 > int.MaxValue || ty - 1900 < int.MinValue) throw Err.Overflow("mktime argument out of range");
        return PyInt.From(t);
    }

    /// <summary>time.sleep(secs): CPython's argument errors; a stop request (Ctrl-C) ends it with KeyboardInterrupt.</summary>
    static PyObject Sleep(PyObject[] a)
    {
        if (a.Length != 1) throw Err.Type($"time.sleep() takes exactly one argument ({a.Length} given)");
        if (a[0] is not (PyInt or PyFloat)) throw Err.Type($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
        double secs = NumberMethods.ToDouble(a[0]);
        if (double.IsNaN(secs)) throw Err.Value("Invalid value NaN (not a number)");
        if (secs < 0) throw Err.Value("sleep length must be non-negative");
        if (secs > 9.2e9) throw Err.Overflow("timestamp out of range for platform time_t");
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(secs);
        // Other threads of the program run while this one sleeps (the GIL is given up, sleep(0) included).
        var ts = ThreadState.Current;
        var gil = ts.Gil;
        gil?.Release(ts);
        try
        {
            if (secs == 0) Thread.Yield();
            for (TimeSpan left; (left = until - DateTime.UtcNow) > TimeSpan.Zero;)
            {
                if (!ts.IsWorker && Volatile.Read(ref Exec.InterruptsPending) != 0) break;
                Thread.Sleep(left < TimeSpan.FromMilliseconds(50) ? left : TimeSpan.FromMilliseconds(50));
            }
        }
        finally { gil?.Acquire(ts); }
        Exec.CheckInterrupt();
        return Py.None;
    }

    /// <summary>_pytk: hooks into the VM for pytk's shipped Python modules (unittest's failure reports).</summary>
    public static PyModule PytkInternals() => Mod("_pytk",
        // The text CPython's default excepthook would print for this exception (chain, carets and all).
        Fn("format_exception", (a, kw) => a[0] is PyBaseException e
            ? new PyStr(Traceback.Format(e))
            : throw Err.Type("format_exception() argument must be an exception")),
        // Tracebacks show the source of this code though its file is `<stdin>` (the interactive prompt's input).
        Fn("keep_source", (a, kw) => { if (a[0] is PyCode c) Traceback.KeepSource(c); return a[0]; }),
        Fn("c_recursion", CRecursion),
        // BufferError when a live memoryview exports the object's data (pytk's array calls it before a resize).
        Fn("check_resize", (a, kw) => { PyMemoryView.CheckResize(a[0], Ops.Str(a[1])); return Py.None; }),
        // builtin(func): func as a built-in function (modules written in Python that stand in for C modules, such
        // as cmath): it does not bind as a method when stored in a class, and its repr and type are a built-in's.
        Fn("builtin", (a, kw) =>
        {
            if (a.Length != 1) throw Err.Type("builtin(func)");
            var f = a[0];
            return new PyBuiltin(Ops.Str(Ops.GetAttr(f, "__name__")), (args, k) => Ops.Call(f, args, k), binds: false)
            {
                ModuleName = Ops.GetAttrOrNull(f, "__module__") is PyStr m ? m.Value : null,
            };
        }));

    /// <summary>
    /// _pytk.c_recursion(where, func, *args, **kw): calls func as one level of C recursion, for shipped modules
    /// that stand in for CPython's C modules (json, pickle). It enters the runtime's one recursion guard
    /// (Py_EnterRecursiveCall(where): RecursionError "maximum recursion depth exceeded" + where at CPython's C
    /// limit or when the .NET stack runs low), and the Python frames between it and the outermost such call do
    /// not count toward sys.getrecursionlimit(), as C frames do not in CPython.
    /// </summary>
    static PyObject CRecursion(PyObject[] a, KwArgs? kw)
    {
        if (a.Length < 2 || a[0] is not PyStr where) throw Err.Type("c_recursion(where, func, *args)");
        var ts = ThreadState.Current;
        NativeRecursion.Enter(where.Value);
        int saved = ts.Depth;
        bool outermost = ts.CSectionBase < 0;
        if (outermost) ts.CSectionBase = saved;
        else ts.Depth = ts.CSectionBase;
        try { return Ops.Call(a[1], a[2..], kw); }
        finally
        {
            ts.Depth = saved;
            if (outermost) ts.CSectionBase = -1;
            NativeRecursion.Leave();
        }
    }

    public static PyModule Abc()
    {
        var abcMeta = new PyType("ABCMeta", [Types.Type], Types.Type) { HasDictSlot = true };
        abcMeta.Dict!["__module__"] = new PyStr("abc");
        // Instantiation refuses classes with abstract methods left: computed when the class is made.
        abcMeta.Dict["__new__"] = new PyStaticMethod(Def.Func("__new__", (a, kw) =>
        {
            var cls = (PyType)Ops.Call(Types.Type.Dict!["__new__"] is PyStaticMethod s ? s.Func : Types.Type, a, kw);
            var abstracts = new List<PyObject>();
            foreach (var c in cls.Mro)
                foreach (var (k, _) in c.Dict!)
                {
                    var v = cls.Lookup(k);
                    if (v is not null && Ops.GetAttrOrNull(v, "__isabstractmethod__") is { } ab && Ops.Truth(ab) && !abstracts.Any(x => Ops.Str(x) == k))
                        abstracts.Add(new PyStr(k));
                }
            var set = new PySet(frozen: true);
            foreach (var n in abstracts.OrderBy(x => Ops.Str(x), StringComparer.Ordinal)) set.Add(n);
            cls.Dict!["__abstractmethods__"] = set;
            cls.Modified();   // the dict was written directly: drop cached attribute lookups
            return cls;
        }));
        var abc = new PyType("ABC", [Types.Object], abcMeta) { HasDictSlot = true };
        abc.Dict!["__module__"] = new PyStr("abc");
        abc.Dict["__abstractmethods__"] = new PySet(frozen: true);
        return Mod("_abc", ("ABCMeta", abcMeta), ("ABC", abc),
            Fn("abstractmethod", (a, kw) => { try { Ops.SetAttr(a[0], "__isabstractmethod__", Py.True); } catch (PyException) { } return a[0]; }));
    }
}
