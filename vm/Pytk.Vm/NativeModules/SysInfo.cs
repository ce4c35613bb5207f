namespace Pytk.Vm.NativeModules;

/// <summary>
/// Struct sequences (CPython's structseq: a tuple whose items are also named fields, repr `sys.flags(debug=0,
/// ...)`) and the sys attributes made of them: flags, float_info, int_info, hash_info, thread_info, plus
/// sys.implementation (a namespace) and the encoding, hook and configuration values test code reads.
/// </summary>
public static class StructSeq
{
    /// <summary>A struct sequence type named QUALNAME ("sys.flags": module and name) with these fields.</summary>
    public static PyType Type(string qualName, params string[] fields)
    {
        int dot = qualName.LastIndexOf('.');
        var t = new PyType(qualName[(dot + 1)..], [Types.Tuple]) { Final = true };
        t.Module = qualName[..dot];
        t.Dict!["__module__"] = new PyStr(t.Module);
        for (int i = 0; i < fields.Length; i++)
        {
            int k = i;
            Def.Prop(t, fields[i], o => ((PyTuple)o).Items[k]);
        }
        t.Dict["n_fields"] = t.Dict["n_sequence_fields"] = PyInt.From(fields.Length);
        t.Dict["n_unnamed_fields"] = PyInt.From(0);
        t.Dict["_fields"] = new PyTuple(fields.Select(f => (PyObject)new PyStr(f)).ToArray());
        t.Dict["__match_args__"] = t.Dict["_fields"];
        t.Dict["__new__"] = new PyStaticMethod(Def.Func("__new__", (a, kw) =>
        {
            if (a.Length < 2) throw Err.Type($"{qualName}() missing required argument 'sequence' (pos 1)");
            var items = Ops.Enumerate(a[1]).ToArray();
            if (items.Length != fields.Length)
                throw Err.Type($"{qualName}() takes a {fields.Length}-sequence ({items.Length}-sequence given)");
            return new PyTuple((PyType)a[0], items);
        }));
        Def.Method(t, "__repr__", (a, kw) =>
        {
            var items = ((PyTuple)a[0]).Items;
            var parts = new List<string>();
            for (int i = 0; i < fields.Length; i++) parts.Add(fields[i] + "=" + Ops.Repr(items[i]));
            return new PyStr($"{qualName}({string.Join(", ", parts)})");
        });
        Def.Method(t, "__reduce__", (a, kw) =>
            PyTuple.Of(a[0].Type, PyTuple.Of(new PyTuple(((PyTuple)a[0]).Items), new PyDict())));
        Def.Method(t, "__replace__", (a, kw) =>
        {
            var items = (PyObject[])((PyTuple)a[0]).Items.Clone();
            if (kw is not null)
                foreach (var (k, v) in kw)
                {
                    int i = Array.IndexOf(fields, k);
                    if (i < 0) throw Err.Type($"__replace__() got an unexpected keyword argument '{k}'");
                    items[i] = v;
                }
            return new PyTuple(a[0].Type, items);
        });
        return t;
    }

    public static PyTuple New(PyType t, params PyObject[] items) => new(t, items);
}

public static class SysInfo
{
    static PyObject I(long v) => PyInt.From(v);
    static PyObject S(string v) => new PyStr(v);

    /// <summary>Adds the structured and configuration attributes to sys's dictionary.</summary>
    public static void Install(Dictionary<string, PyObject> d)
    {
        var flags = StructSeq.Type("sys.flags", "debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
            "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
            "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits");
        d["flags"] = StructSeq.New(flags, I(0), I(0), I(0), I(0), I(0), I(0), I(0), I(0), I(0), I(0), I(0), I(1),
            I(0), Py.False, I(0), I(0), Py.False, I(PyInt.MaxStrDigits));
        var floatInfo = StructSeq.Type("sys.float_info", "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
            "dig", "mant_dig", "epsilon", "radix", "rounds");
        d["float_info"] = StructSeq.New(floatInfo, new PyFloat(double.MaxValue), I(1024), I(308), new PyFloat(2.2250738585072014e-308),
            I(-1021), I(-307), I(15), I(53), new PyFloat(2.220446049250313e-16), I(2), I(1));
        var intInfo = StructSeq.Type("sys.int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold");
        d["int_info"] = StructSeq.New(intInfo, I(30), I(4), I(4300), I(640));
        var hashInfo = StructSeq.Type("sys.hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");
        d["hash_info"] = StructSeq.New(hashInfo, I(64), I((1L << 61) - 1), I(314159), I(0), I(1000003), S("siphash13"), I(64), I(128), I(0));
        var threadInfo = StructSeq.Type("sys.thread_info", "name", "lock", "version");
        d["thread_info"] = StructSeq.New(threadInfo, S("pthread"), S("semaphore"), Py.None);
        var versionInfo = StructSeq.Type("sys.version_info", "major", "minor", "micro", "releaselevel", "serial");
        d["version_info"] = StructSeq.New(versionInfo, I(3), I(13), I(0), S("final"), I(0));
        d["hexversion"] = I(0x030D00F0);
        d["api_version"] = I(1013);
        d["implementation"] = Namespace(("name", S("pytk")), ("cache_tag", S(CodeCache.CacheTag)),
            ("version", d["version_info"]), ("hexversion", d["hexversion"]), ("_multiarch", S("x86_64-linux-gnu")));
        d["abiflags"] = S("");
        d["warnoptions"] = new PyList();
        d["_xoptions"] = new PyDict();
        d["executable"] = S(Environment.ProcessPath ?? "");
        d["_base_executable"] = d["executable"];
        d["prefix"] = d["base_prefix"] = d["exec_prefix"] = d["base_exec_prefix"] = S(AppContext.BaseDirectory.TrimEnd('/'));
        d["platlibdir"] = S("lib");
        d["pycache_prefix"] = Py.None;
        d["copyright"] = S("pytk: a Python 3.13 toolkit on .NET");
        d["float_repr_style"] = S("short");
        d["orig_argv"] = new PyList();
        d["builtin_module_names"] = new PyTuple(Modules.BuiltinModules.Keys.Append("sys").Append("builtins").Order(StringComparer.Ordinal)
            .Select(n => (PyObject)new PyStr(n)).ToArray());
        d["getdefaultencoding"] = Def.Func("getdefaultencoding", (a, kw) => S("utf-8"));
        d["getfilesystemencoding"] = Def.Func("getfilesystemencoding", (a, kw) => S("utf-8"));
        d["getfilesystemencodeerrors"] = Def.Func("getfilesystemencodeerrors", (a, kw) => S("surrogateescape"));
        d["is_finalizing"] = Def.Func("is_finalizing", (a, kw) => Py.False);
        double switchInterval = 0.005;
        d["getswitchinterval"] = Def.Func("getswitchinterval", (a, kw) => new PyFloat(switchInterval));
        d["setswitchinterval"] = Def.Func("setswitchinterval", (a, kw) =>
        {
            double v = NumberMethods.ToDouble(a[0]);
            if (v <= 0) throw Err.Value("switch interval must be strictly positive");
            switchInterval = v;
            return Py.None;
        });
        // Audit hooks: pytk raises no audit events, so hooks are kept and never called.
        var auditHooks = new PyList();
        d["addaudithook"] = Def.Func("addaudithook", (a, kw) => { auditHooks.Items.Add(a[0]); return Py.None; });
        d["audit"] = Def.Func("audit", (a, kw) =>
        {
            foreach (var h in auditHooks.Items.ToArray()) Ops.Call(h, a[0], new PyTuple(a[1..]));
            return Py.None;
        });
        // sys.unraisablehook: what "Exception ignored in:" reports go through (an object with exc_type, exc_value,
        // exc_traceback, err_msg, object).
        d["unraisablehook"] = d["__unraisablehook__"] = Def.Func("unraisablehook", (a, kw) =>
        {
            var u = a[0];
            var msg = Ops.GetAttrOrNull(u, "err_msg") is PyStr m ? m.Value : "Exception ignored in";
            var obj = Ops.GetAttrOrNull(u, "object");
            var text = obj is null or PyNone ? msg + ":\n" : $"{msg}: {Ops.Repr(obj)}\n";
            if (Ops.GetAttrOrNull(u, "exc_value") is PyBaseException e) text += Traceback.FormatAlone(e);
            var err = d["stderr"];
            Ops.Call(Ops.GetAttr(err, "write"), S(text));
            return Py.None;
        });
    }

    static PyType? namespaceType;

    /// <summary>A types.SimpleNamespace-like object (sys.implementation): attributes in a dict, repr namespace(...).</summary>
    public static PyObject Namespace(params (string, PyObject)[] items)
    {
        if (namespaceType is null)
        {
            var t = new PyType("SimpleNamespace", [Types.Object]) { HasDictSlot = true };
            t.Module = "types";
            t.Dict!["__module__"] = S("types");
            Def.Method(t, "__repr__", (a, kw) =>
                S("namespace(" + string.Join(", ", a[0].Dict!.Select(kv => kv.Key + "=" + Ops.Repr(kv.Value))) + ")"));
            Def.Method(t, "__eq__", (a, kw) => a[1].Type == a[0].Type
                ? Py.Bool(a[0].Dict!.Count == a[1].Dict!.Count && a[0].Dict!.All(kv => a[1].Dict!.TryGetValue(kv.Key, out var v) && Ops.EqBool(kv.Value, v)))
                : Py.NotImplemented);
            namespaceType = t;
        }
        var o = new PyInstance(namespaceType) { Dict = new() };
        foreach (var (k, v) in items) o.Dict[k] = v;
        return o;
    }
}
