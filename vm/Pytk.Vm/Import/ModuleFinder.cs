namespace Pytk.Vm.Import;

/// <summary>Where a module comes from: importlib's ModuleSpec reduced to what pytk's loaders need.</summary>
public sealed record ModuleSpecInfo(string Name, string? Origin, List<string>? SearchLocations, bool IsBuiltin)
{
    /// <summary>Source of a module shipped with pytk (vm/Pytk.Vm/Lib), when the spec is one.</summary>
    public string? ShippedSource { get; init; }
    public string Parent => SearchLocations is not null && !IsBuiltin ? Name : Name.Contains('.') ? Name[..Name.LastIndexOf('.')] : "";
    public bool IsNamespace => SearchLocations is not null && Origin is null;
}

/// <summary>The finders (PathFinder/FileFinder and the built-in importer) and the loader that runs a module.</summary>
public static partial class Modules
{
    static readonly string[] AlwaysBuiltin = ["sys", "builtins"];

    /// <summary>Finds NAME (a full dotted name) on PATH (a package's __path__) or, for top-level names, sys.path.</summary>
    public static ModuleSpecInfo? Find(string name, List<string>? path)
    {
        if (path is null && AlwaysBuiltin.Contains(name)) return new(name, "built-in", null, true);
        string tail = name[(name.LastIndexOf('.') + 1)..];
        var entries = path ?? SysPath();
        var portions = new List<string>();
        foreach (var entry in entries)
        {
            string dir = entry.Length == 0 ? Directory.GetCurrentDirectory() : entry;
            string basePath = Path.Combine(dir, tail);
            bool isDir = Directory.Exists(basePath);
            if (isDir && File.Exists(Path.Combine(basePath, "__init__.py")))
                return new(name, Path.Combine(basePath, "__init__.py"), [basePath], false);
            if (File.Exists(basePath + ".py")) return new(name, basePath + ".py", null, false);
            if (isDir) portions.Add(basePath);
        }
        if (portions.Count > 0) return new(name, null, portions, false);
        if (path is null && BuiltinModules.ContainsKey(name)) return new(name, "built-in", null, true);
        if ((path is null || path.Any(p => p.StartsWith("<pytk>/"))) && ShippedLib.Source(name) is { } src) return new(name, ShippedLib.Origin(name), null, false) { ShippedSource = src };
        return null;
    }

    /// <summary>_imp.find_spec: the ModuleSpec object of NAME, or None when no finder knows it.</summary>
    public static PyObject FindSpecObject(string name, List<string>? path) => Find(name, path) is { } spec ? MakeSpec(spec) : Py.None;

    static List<string> SysPath() =>
        Runtime.Sys.Dict!["path"] is PyList l ? l.Items.OfType<PyStr>().Select(s => s.Value).ToList() : SearchPath;

    /// <summary>Creates the module, registers it in sys.modules before running it (circular imports see it), runs it.</summary>
    public static PyObject Load(ModuleSpecInfo spec)
    {
        if (spec.IsBuiltin)
        {
            if (Runtime.ModuleTable.TryGetValue(spec.Name, out var known)) { Store(spec.Name, known); return known; }
            var bm = BuiltinModules[spec.Name]();
            // its functions belong to it (`heapq.heappush.__module__ == '_heapq'`, as C modules' functions say)
            foreach (var v in bm.Dict!.Values)
                if (v is PyBuiltin { Self: null, OwnerName: null, ModuleName: null } f) f.ModuleName = spec.Name;
            bm.Dict!.TryAdd("__spec__", MakeSpec(spec));
            bm.Dict.TryAdd("__package__", new PyStr(""));
            Store(spec.Name, bm);
            return bm;
        }
        var m = new PyModule(spec.Name);
        InitAttributes(m.Dict!, spec);
        if (spec.IsNamespace) { Store(spec.Name, m); return m; }
        var code = spec.ShippedSource is { } shipped
            ? new PyCode(CodeCache.GetShippedCode(spec.Name, shipped, spec.Origin!, () => Compiler(shipped, spec.Origin!)))
            : SourceCode(spec.Origin!);
        Store(spec.Name, m);
        Initializing.Add(m);
        try { Interpreter.RunFrame(new Frame(code, m.Dict!, null) { Locals = m.Dict }); }
        catch { Forget(spec.Name); throw; }
        finally { Initializing.Remove(m); }
        return Cached(spec.Name) ?? m;
    }

    static void InitAttributes(Dictionary<string, PyObject> d, ModuleSpecInfo spec)
    {
        d["__name__"] = new PyStr(spec.Name);
        d["__doc__"] = Py.None;
        d["__package__"] = new PyStr(spec.Parent);
        d["__loader__"] = Py.None;
        d["__spec__"] = MakeSpec(spec);
        d["__builtins__"] = Runtime.ModuleTable["builtins"];
        d["__file__"] = spec.Origin is null ? Py.None : new PyStr(spec.Origin);
        if (CachedPath(spec) is { } cached) d["__cached__"] = new PyStr(cached);
        if (spec.SearchLocations is not null) d["__path__"] = new PyList(spec.SearchLocations.Select(p => (PyObject)new PyStr(p)).ToList());
    }

    static PyType? specType;

    /// <summary>A ModuleSpec-like object: name, origin, parent, submodule_search_locations, has_location.</summary>
    static PyObject MakeSpec(ModuleSpecInfo spec)
    {
        if (specType is null)
        {
            specType = new PyType("ModuleSpec", [Types.Object]) { HasDictSlot = true };
            specType.Dict!["__module__"] = new PyStr("importlib._bootstrap");
            specType.Dict["__repr__"] = new PyBuiltin("__repr__", (a, _) =>
            {
                var d = a[0].Dict!;
                var parts = new List<string> { "name=" + Ops.Repr(d["name"]) };
                if (d["origin"] is var o && o is not PyNone) parts.Add("origin=" + Ops.Repr(o));
                if (d["submodule_search_locations"] is var s && s is not PyNone) parts.Add("submodule_search_locations=" + Ops.Repr(s));
                return new PyStr($"ModuleSpec({string.Join(", ", parts)})");
            });
        }
        var o = new PyInstance(specType) { Dict = new() };
        o.Dict["name"] = new PyStr(spec.Name);
        o.Dict["origin"] = spec.Origin is null ? Py.None : new PyStr(spec.Origin);
        o.Dict["parent"] = new PyStr(spec.Parent);
        o.Dict["loader"] = Py.None;
        o.Dict["submodule_search_locations"] = spec.SearchLocations is null ? Py.None
            : new PyList(spec.SearchLocations.Select(p => (PyObject)new PyStr(p)).ToList());
        o.Dict["has_location"] = Py.Bool(spec.Origin is not null && !spec.IsBuiltin);
        o.Dict["cached"] = CachedPath(spec) is { } cached ? new PyStr(cached) : Py.None;
        return o;
    }

    /// <summary>Module repr as CPython's: from its file, (built-in), or (namespace) from its path.</summary>
    public static string Repr(PyModule m)
    {
        var d = m.Dict!;
        if (d.GetValueOrDefault("__file__") is PyStr f) return $"<module {PyRepr.Str(m.Name)} from {PyRepr.Str(f.Value)}>";
        if (d.GetValueOrDefault("__spec__") is { } s && s is not PyNone && s.Dict?.GetValueOrDefault("origin") is PyStr { Value: "built-in" })
            return $"<module {PyRepr.Str(m.Name)} (built-in)>";
        if (d.GetValueOrDefault("__path__") is { } p && p is not PyNone) return $"<module {PyRepr.Str(m.Name)} (namespace) from {Ops.Repr(p)}>";
        return $"<module {PyRepr.Str(m.Name)}>";
    }

    /// <summary>dir(module): the module's own __dir__ function if it defines one (PEP 562), else its names.</summary>
    public static PyObject Dir(PyModule m) =>
        m.Dict!.TryGetValue("__dir__", out var f) ? Ops.Call(f) : new PyList(m.Dict.Keys.Select(k => (PyObject)new PyStr(k)));

    /// <summary>`run -m NAME`: the spec of the module to run as __main__ (PKG.__main__ for a package), importing parents.</summary>
    public static ModuleSpecInfo FindMain(string name)
    {
        int dot = name.LastIndexOf('.');
        List<string>? path = null;
        if (dot >= 0)
        {
            var parent = FindAndLoad(name[..dot]);
            var pp = Ops.GetAttrOrNull(parent, "__path__") ?? throw NotFound($"No module named '{name}'; '{name[..dot]}' is not a package", name);
            path = Ops.Enumerate(pp).Select(Ops.Str).ToList();
        }
        var spec = Find(name, path) ?? throw NotFound($"No module named {name}", name);
        if (spec.SearchLocations is not null && !spec.IsBuiltin)
        {
            FindAndLoad(name);
            return FindMain(name + ".__main__");
        }
        if (spec.IsBuiltin || spec.Origin is null) throw NotFound($"No code object available for {name}", name);
        return spec;
    }

    /// <summary>Set before Host runs `-m` code: the globals of __main__ then follow the module's spec.</summary>
    public static string? MainModuleName { get => PythonRuntime.Current.MainModuleName; set => PythonRuntime.Current.MainModuleName = value; }

    /// <summary>Completes __main__'s globals; for `-m`, finds and compiles the module's code and returns it.</summary>
    public static PyCode? PrepareMain(Dictionary<string, PyObject> globals)
    {
        globals.TryAdd("__package__", Py.None);
        globals.TryAdd("__spec__", Py.None);
        globals.TryAdd("__loader__", Py.None);
        if (MainModuleName is null) return null;
        var spec = FindMain(MainModuleName);
        globals["__file__"] = new PyStr(spec.Origin!);
        globals["__package__"] = new PyStr(spec.Parent);
        globals["__spec__"] = MakeSpec(spec);
        ((PyList)Runtime.Sys.Dict!["argv"]).Items[0] = new PyStr(spec.Origin!);
        // A shipped module (`run -m tokenize`) has no file: its embedded source is compiled as at import.
        return spec.ShippedSource is { } shipped
            ? new PyCode(CodeCache.GetShippedCode(spec.Name, shipped, spec.Origin!, () => Compiler(shipped, spec.Origin!)))
            : SourceCode(spec.Origin!);
    }
}
