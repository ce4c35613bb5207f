namespace Pytk.Vm;

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
            var code = Modules.CompilerHost.CompileModuleText(source, path);
            Interpreter.RunFrame(new Frame(code, target.Dict!, null) { Locals = target.Dict });
            return target;
        });
        return m;
    }
}
