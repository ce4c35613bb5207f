namespace Pytk.Vm;

/// <summary>import: built-in modules (sys, math, ...) and .py files found next to the main script.</summary>
public static class Modules
{
    public static readonly Dictionary<string, Func<PyModule>> BuiltinModules = new()
    {
        ["math"] = MathModule.Create,
        ["time"] = MiscModules.Time,
        ["random"] = MiscModules.Random,
        ["itertools"] = MiscModules.Itertools,
        ["functools"] = MiscModules.Functools,
        ["operator"] = MiscModules.Operator,
        ["string"] = MiscModules.String,
        ["abc"] = MiscModules.Abc,
    };

    /// <summary>Compiles a module's source to a code object; set by the host (the compiler lives above the VM core).</summary>
    public static Func<string, string, CodeObject>? CompileFile;
    public static List<string> SearchPath = new();

    public static PyObject Import(string name, PyObject fromlist, int level, Dictionary<string, PyObject>? globals)
    {
        if (level > 0) throw Err.New(ExcTypes.ImportError, "attempted relative import with no known parent package");
        var parts = name.Split('.');
        PyModule top = Load(parts[0]);
        PyModule cur = top;
        for (int i = 1; i < parts.Length; i++)
            cur = TryImportSubmodule(cur, parts[i]) as PyModule ?? throw NotFound(string.Join('.', parts[..(i + 1)]));
        return fromlist is PyNone || !Ops.Truth(fromlist) ? top : cur;
    }

    static PyException NotFound(string name)
    {
        var e = Err.New(ExcTypes.ModuleNotFoundError, $"No module named '{name}'");
        return e;
    }

    public static PyModule Load(string name)
    {
        _ = Runtime.Builtins;
        if (Runtime.ModuleTable.TryGetValue(name, out var m)) return m;
        if (BuiltinModules.TryGetValue(name, out var make))
        {
            m = make();
            Runtime.ModuleTable[name] = m;
            SysModule.SyncModules();
            return m;
        }
        foreach (var dir in SearchPath)
        {
            var path = Path.Combine(dir, name + ".py");
            if (!File.Exists(path) || CompileFile is null) continue;
            var code = CompileFile(File.ReadAllText(path), path);
            m = new PyModule(name);
            m.Dict!["__file__"] = new PyStr(path);
            Runtime.ModuleTable[name] = m;
            SysModule.SyncModules();
            var frame = new Frame(code, m.Dict, null) { Locals = m.Dict };
            try { Interpreter.RunFrame(frame); }
            catch { Runtime.ModuleTable.Remove(name); throw; }
            return m;
        }
        throw NotFound(name);
    }

    public static PyObject? TryImportSubmodule(PyModule m, string name)
    {
        string full = m.Name + "." + name;
        if (Runtime.ModuleTable.TryGetValue(full, out var sub)) return sub;
        if (m.Name == "os" && name == "path") return m.Dict!.GetValueOrDefault("path");
        return null;
    }
}
