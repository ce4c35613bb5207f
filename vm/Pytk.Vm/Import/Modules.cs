namespace Pytk.Vm.Import;

/// <summary>
/// The import system, following importlib's semantics: sys.modules is the cache (and the truth), sys.path is
/// searched in order for packages (dir/__init__.py), modules (NAME.py) and namespace portions (plain dirs), and
/// pytk's built-in modules come after sys.path (so a local random.py shadows them, as CPython's stdlib is
/// shadowed), except sys and builtins which always win. Messages are importlib's.
/// </summary>
public static partial class Modules
{
    public static readonly Dictionary<string, Func<PyModule>> BuiltinModules = new()
    {
        ["math"] = MathModule.Create,
        ["_time"] = MiscModules.Time,
        ["_random"] = RandomModule.Create,
        ["_re"] = RegexCore.Create,
        ["_os"] = OsCore.Create,
        ["_imp"] = ImpCore.Create,
        ["_abc"] = MiscModules.Abc,
        ["_traceback"] = TracebackCore.Create,
        ["gc"] = GcCore.Gc,
        ["_weakref"] = GcCore.WeakRef,
        ["atexit"] = AtExitCore.Create,
        ["_pytk"] = MiscModules.PytkInternals,
        ["_struct"] = StructCore.Create,
        ["_bisect"] = BisectHeapqCore.Bisect,
        ["_heapq"] = BisectHeapqCore.Heapq,
        ["_operator"] = OperatorCore.Create,
        ["_functools"] = FunctoolsCore.Create,
        ["_statistics"] = StatisticsCore.Create,
        ["_subprocess"] = SubprocessCore.Create,
        ["unicodedata"] = UnicodeDataCore.Create,
        ["_tokenize"] = TokenizeCore.Create,
        ["_astcore"] = AstCore.Create,
        ["_dis"] = DisCore.Create,
        ["_py_compile"] = PyCompileCore.Create,
        ["_symtable"] = SymtableCore.Create,
        ["_marshal"] = MarshalCore.Create,
        ["_thread"] = ThreadCore.Create,
        ["binascii"] = BinasciiCore.Binascii,
        ["_hashlib"] = BinasciiCore.Hashlib,
        ["zlib"] = ZlibCore.Create,
    };

    /// <summary>Where the host wants sys.path to start (the script's folder); PYTKPATH entries follow it.</summary>
    public static List<string> SearchPath => PythonRuntime.Current.SearchPath;

    /// <summary>Modules whose code is still running: attribute and import errors on them say "partially initialized".</summary>
    static HashSet<PyModule> Initializing => PythonRuntime.Current.Initializing;

    static PyDict SysModules => (PyDict)Runtime.Sys.Dict!["modules"];

    /// <summary>Fresh import state for a new main program: sys.path = [dir, *PYTKPATH], only sys/builtins loaded.</summary>
    public static void Reset(string dir)
    {
        _ = Runtime.Builtins;
        foreach (var k in Runtime.ModuleTable.Keys.Where(k => k is not ("sys" or "builtins")).ToList()) Runtime.ModuleTable.Remove(k);
        foreach (var k in Ops.Enumerate(SysModules).ToList()) SysModules.Remove(k, out _);
        Initializing.Clear();
        GcCore.NewRun();
        SearchPath.Clear();
        SearchPath.Add(dir);
        var env = Environment.GetEnvironmentVariable("PYTKPATH");
        if (!string.IsNullOrEmpty(env))
            SearchPath.AddRange(env.Split(Path.PathSeparator).Where(p => p.Length > 0).Select(p => Path.GetFullPath(p)));
        var sysPath = (PyList)Runtime.Sys.Dict!["path"];
        sysPath.Items.Clear();
        sysPath.Items.AddRange(SearchPath.Select(p => (PyObject)new PyStr(p)));
        Runtime.Sys.Dict["dont_write_bytecode"] = Py.Bool(!CodeCache.WriteEnabled);
        SysModule.SyncModules();
    }

    static PyObject? Cached(string name) => SysModules.Get(new PyStr(name));

    static void Store(string name, PyObject m)
    {
        SysModules.Set(new PyStr(name), m);
        if (m is PyModule pm) Runtime.ModuleTable[name] = pm;
    }

    static void Forget(string name)
    {
        SysModules.Remove(new PyStr(name), out _);
        Runtime.ModuleTable.Remove(name);
    }

    /// <summary>__import__(name, globals, locals, fromlist, level).</summary>
    public static PyObject Import(string name, PyObject fromlist, int level, Dictionary<string, PyObject>? globals)
    {
        _ = Runtime.Builtins;
        if (level < 0) throw Err.Value("level must be >= 0");
        string full = level > 0 ? ResolveName(name, CallerPackage(globals), level) : name;
        if (full.Length == 0) throw Err.Value("Empty module name");
        var module = FindAndLoad(full);
        bool hasFrom = fromlist is not PyNone && Ops.Truth(fromlist);
        if (!hasFrom)
        {
            if (level == 0) return FindAndLoad(name.Split('.')[0]);
            if (name.Length == 0) return module;
            int cut = name.Length - name.Split('.')[0].Length;
            string modName = ModuleName(module);
            return Cached(modName[..(modName.Length - cut)]) ?? module;
        }
        if (module is PyModule pm && pm.Dict!.ContainsKey("__path__")) HandleFromList(pm, fromlist, false);
        return module;
    }

    static string ModuleName(PyObject m) => Ops.GetAttrOrNull(m, "__name__") is PyStr s ? s.Value : "?";

    /// <summary>importlib's _calc___package__: __package__, else __spec__.parent, else from __name__.</summary>
    static PyObject CallerPackage(Dictionary<string, PyObject>? globals)
    {
        if (globals is null) return Py.None;
        if (globals.TryGetValue("__package__", out var pkg) && pkg is not PyNone) return pkg;
        if (globals.TryGetValue("__spec__", out var spec) && spec is not PyNone) return Ops.GetAttr(spec, "parent");
        if (!globals.TryGetValue("__name__", out var n) || n is not PyStr ns) throw Err.New(ExcTypes.KeyError, "'__name__' not in globals");
        if (globals.ContainsKey("__path__")) return ns;
        int dot = ns.Value.LastIndexOf('.');
        return new PyStr(dot < 0 ? "" : ns.Value[..dot]);
    }

    static string ResolveName(string name, PyObject package, int level)
    {
        if (package is not PyStr ps) throw Err.Type("__package__ not set to a string");
        if (ps.Value.Length == 0) throw Err.New(ExcTypes.ImportError, "attempted relative import with no known parent package");
        var bits = ps.Value.Split('.');
        if (bits.Length < level) throw Err.New(ExcTypes.ImportError, "attempted relative import beyond top-level package");
        string b = string.Join('.', bits[..(bits.Length - (level - 1))]);
        return name.Length > 0 ? b + "." + name : b;
    }

    /// <summary>The module for a full dotted name: sys.modules, else parents first, then the finder, then load.</summary>
    public static PyObject FindAndLoad(string name)
    {
        var hit = Cached(name);
        if (hit is PyNone) throw NotFound($"import of {name} halted; None in sys.modules", name);
        if (hit is not null) return hit;
        int dot = name.LastIndexOf('.');
        List<string>? path = null;
        PyObject? parentModule = null;
        if (dot >= 0)
        {
            string parent = name[..dot];
            if (Cached(parent) is null) FindAndLoad(parent);
            if (Cached(name) is { } again) return again;
            parentModule = Cached(parent)!;
            var pp = Ops.GetAttrOrNull(parentModule, "__path__");
            if (pp is null) throw NotFound($"No module named '{name}'; '{parent}' is not a package", name);
            path = Ops.Enumerate(pp).Select(Ops.Str).ToList();
        }
        var spec = Find(name, path) ?? throw NotFound($"No module named '{name}'", name);
        var module = Load(spec);
        if (parentModule is not null)
        {
            try { Ops.SetAttr(parentModule, name[(dot + 1)..], module); }
            catch (PyException) { }
        }
        return module;
    }

    static PyException NotFound(string msg, string name)
    {
        var e = Err.New(ExcTypes.ModuleNotFoundError, msg);
        (e.Value.Dict ??= new())["name"] = new PyStr(name);
        e.Value.Dict["path"] = Py.None;
        return e;
    }

    /// <summary>_handle_fromlist: `from pkg import sub` imports pkg.sub when pkg has no attribute sub.</summary>
    static void HandleFromList(PyModule module, PyObject fromlist, bool recursive)
    {
        foreach (var item in Ops.Enumerate(fromlist))
        {
            if (item is not PyStr s)
                throw Err.Type($"Item in {(recursive ? module.Name + ".__all__" : "``from list''")} must be str, not {item.Type.Name}");
            if (s.Value == "*")
            {
                if (!recursive && module.Dict!.TryGetValue("__all__", out var all)) HandleFromList(module, all, true);
                continue;
            }
            if (AttrOrNull(module, s.Value) is not null) continue;
            string sub = module.Name + "." + s.Value;
            try { FindAndLoad(sub); }
            catch (PyException e) when (Err.Matches(e.Value, ExcTypes.ModuleNotFoundError)
                                        && e.Value.Dict?.GetValueOrDefault("name") is PyStr n && n.Value == sub
                                        && Cached(sub) is not PyNone)
            { }
        }
    }

    /// <summary>Loads a top-level module by name (kept for callers that import one plain name).</summary>
    public static PyModule Load(string name) =>
        FindAndLoad(name) as PyModule ?? throw Err.New(ExcTypes.ImportError, $"'{name}' in sys.modules is not a module");

    /// <summary>IMPORT_FROM's fallback and error, as ceval's import_from.</summary>
    public static PyObject? TryImportSubmodule(PyModule m, string name) =>
        Cached(ModuleName(m) + "." + name) ?? (m.Name == "os" && name == "path" ? m.Dict!.GetValueOrDefault("path") : null);

    public static PyObject ImportFrom(PyObject module, string name)
    {
        var v = AttrOrNull(module, name);
        if (v is not null) return v;
        var pkgName = Ops.GetAttrOrNull(module, "__name__");
        if (pkgName is PyStr pn && Cached(pn.Value + "." + name) is { } sub) return sub;
        string shown = pkgName is PyStr p ? PyRepr.Str(p.Value) : "'<unknown module name>'";
        var file = module is PyModule fm ? fm.Dict!.GetValueOrDefault("__file__") : null;
        string msg;
        if (file is not PyStr fs) msg = $"cannot import name '{name}' from {shown} (unknown location)";
        else if (pkgName is PyStr sn && ShadowsStdlib(sn.Value, fs.Value))
            msg = $"cannot import name '{name}' from {shown} (consider renaming '{fs.Value}' since it has the same name as the standard library module named {shown} and the import system gives it precedence)";
        else if (module is PyModule im && Initializing.Contains(im))
            msg = $"cannot import name '{name}' from partially initialized module {shown} (most likely due to a circular import) ({fs.Value})";
        else msg = $"cannot import name '{name}' from {shown} ({fs.Value})";
        var e = Err.New(ExcTypes.ImportError, msg);
        (e.Value.Dict ??= new())["name"] = pkgName ?? Py.None;
        e.Value.Dict["path"] = file ?? Py.None;
        e.Value.Dict["name_from"] = new PyStr(name);
        throw e;
    }

    /// <summary>getattr that treats an AttributeError (from a module's __getattr__, say) as absent, as hasattr does.</summary>
    static PyObject? AttrOrNull(PyObject o, string name)
    {
        try { return Ops.GetAttrOrNull(o, name); }
        catch (PyException e) when (Err.Matches(e.Value, ExcTypes.AttributeError)) { return null; }
    }

    /// <summary>`from m import *`: __all__ when present (names taken as listed), else public names.</summary>
    public static void ImportStar(PyObject module, Dictionary<string, PyObject> target)
    {
        var dict = module.Dict ?? throw Err.New(ExcTypes.ImportError, "from-import-* object has no __dict__ and no __all__");
        if (dict.TryGetValue("__all__", out var all))
        {
            foreach (var n in Ops.Enumerate(all))
            {
                if (n is not PyStr s) throw Err.Type($"Item in {ModuleName(module)}.__all__ must be str, not {n.Type.Name}");
                target[s.Value] = Ops.GetAttr(module, s.Value);
            }
            return;
        }
        foreach (var (k, v) in dict.ToList())
            if (!k.StartsWith('_')) target[k] = v;
    }

    /// <summary>CPython 3.13's wording: stdlib-shadowing and third-party-shadowing hints, then "partially initialized".</summary>
    public static string NoAttrMessage(PyModule m, string name)
    {
        string origin = m.Dict!.GetValueOrDefault("__file__") is PyStr f ? f.Value : "";
        string plain = $"module '{m.Name}' has no attribute '{name}'";
        if (origin.Length > 0 && ShadowsStdlib(m.Name, origin))
            return plain + $" (consider renaming '{origin}' since it has the same name as the standard library module named '{m.Name}' and the import system gives it precedence)";
        if (!Initializing.Contains(m)) return plain;
        if (origin.Length > 0 && InScriptFolder(origin))
            return plain + $" (consider renaming '{origin}' if it has the same name as a third-party module you intended to import)";
        return origin.Length > 0
            ? $"partially initialized module '{m.Name}' from '{origin}' has no attribute '{name}' (most likely due to a circular import)"
            : $"partially initialized module '{m.Name}' has no attribute '{name}' (most likely due to a circular import)";
    }

    /// <summary>CPython's "possibly shadowing" test: the module's folder (a package's parent) is sys.path[0].</summary>
    static bool InScriptFolder(string origin)
    {
        if (Runtime.Sys.Dict!["path"] is not PyList { Items.Count: > 0 } l || l.Items[0] is not PyStr first) return false;
        string root = Path.GetDirectoryName(origin) ?? "";
        if (Path.GetFileName(origin) == "__init__.py") root = Path.GetDirectoryName(root) ?? "";
        string p0 = first.Value.Length == 0 ? Directory.GetCurrentDirectory() : first.Value;
        return root == p0.TrimEnd('/');
    }

    static bool ShadowsStdlib(string name, string origin) => StdlibNames.Contains(name) && InScriptFolder(origin);

    /// <summary>Top-level names of CPython's standard library that programs commonly shadow by accident.</summary>
    static readonly HashSet<string> StdlibNames =
    [
        "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "calendar", "cmath", "collections", "copy",
        "csv", "dataclasses", "datetime", "decimal", "enum", "fractions", "functools", "glob", "hashlib", "heapq",
        "html", "http", "io", "itertools", "json", "logging", "math", "operator", "os", "pathlib", "pickle",
        "platform", "pprint", "queue", "random", "re", "secrets", "select", "shutil", "signal", "socket",
        "statistics", "string", "struct", "subprocess", "sys", "tempfile", "test", "textwrap", "threading", "time",
        "timeit", "token", "tokenize", "traceback", "types", "typing", "unittest", "urllib", "uuid", "warnings",
        "weakref", "xml", "zipfile", "zlib",
    ];
}
