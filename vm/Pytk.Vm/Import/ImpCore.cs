namespace Pytk.Vm.Import;

/// <summary>`_imp`: what importlib.reload needs from the loader: re-run a module's source in its own namespace.</summary>
public static class ImpCore
{
    public static PyModule Create()
    {
        var m = new PyModule("_imp");
        m.Dict!["exec_module"] = Def.Func("exec_module", (a, kw) =>
        {
            if (a.Length != 2 || a[0] is not PyModule target) throw Err.Type("exec_module(module, path) expects a module");
            string path = Ops.Str(a[1]);

            string source;
            try { source = File.ReadAllText(path); }
            catch (IOException) { throw Err.New(ExcTypes.ModuleNotFoundError, $"No module named '{target.Name}'"); }
            var compiled = Modules.CompilerHost.CompileModuleText(source, path);
            Builtin.CompileWarnings.Issue(compiled);
            var code = new PyCode(compiled);
            Interpreter.RunFrame(new Frame(code, target.Dict!, null) { Locals = target.Dict });
            return target;
        });
        // importlib.util.find_spec: where NAME would be imported from (PATH: a package's __path__), or None
        m.Dict["find_spec"] = Def.Func("find_spec", (a, kw) =>
        {
            List<string>? path = a.Length > 1 && a[1] is not PyNone ? Ops.Enumerate(a[1]).Select(Ops.Str).ToList() : null;
            return Modules.FindSpecObject(Ops.Str(a[0]), path);
        });
        // pytk has no frozen modules and no extension modules: the overrides test.support sets change nothing
        m.Dict["_override_frozen_modules_for_tests"] = Def.Func("_override_frozen_modules_for_tests", (a, kw) => PyInt.From(0));
        m.Dict["_override_multi_interp_extensions_check"] = Def.Func("_override_multi_interp_extensions_check", (a, kw) => PyInt.From(-1));
        m.Dict["extension_suffixes"] = Def.Func("extension_suffixes", (a, kw) => new PyList());
        m.Dict["is_builtin"] = Def.Func("is_builtin", (a, kw) => PyInt.From(Modules.BuiltinModules.ContainsKey(Ops.Str(a[0])) ? 1 : 0));
        m.Dict["is_frozen"] = Def.Func("is_frozen", (a, kw) => Py.False);
        return m;
    }
}
