using Pytk.Passes;
using Pytk.Syntax;
using Pytk.Vm;
using Pytk.Vm.Import;
using Pytk.Vm.NativeModules;

namespace Pytk.Hosting;

/// <summary>
/// Passes written in Python (`--plugin FILE.py`): the file runs once in a runtime of its own (no passes of its
/// own, so a pass never compiles itself), registers `ast.NodeVisitor`/`NodeTransformer` classes with
/// `pytk.register_pass`, and each becomes an <see cref="AstPass"/> of the pipeline: the module is handed over
/// as Python `ast` objects (the bridge of `ast.parse`/`compile`), the class's `visit` result comes back as
/// pytk's tree. Same contract, checks and reports as a C# plugin's passes.
/// </summary>
public static class PythonPasses
{
    public static bool IsPythonPlugin(string path) => path.EndsWith(".py", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs the plugin file and adds the passes it registered; how many.</summary>
    public static int Load(PassRegistry registry, string path)
    {
        string full = Path.GetFullPath(path);
        string file = Path.GetFileName(full);
        if (!File.Exists(full)) throw new PipelineException($"plugin {file}: file not found: {path}");
        var errors = new StringWriter { NewLine = "\n" };
        var runtime = new PythonRuntime(new CompilerHost())
        {
            Stdout = Console.Error, Stderr = errors, Stdin = TextReader.Null, CacheWriteEnabled = false,
        };
        var found = new List<(string Name, string Description, PyObject Class)>();
        using (runtime.Enter())
        {
            try
            {
                Modules.Reset(Path.GetDirectoryName(full)!);
                Modules.Import(Path.GetFileNameWithoutExtension(full), Py.None, 0, null);
                var pytk = (PyModule)Modules.Import("pytk", Py.None, 0, null);
                foreach (var item in Ops.Enumerate(pytk.Dict!["_passes"]))
                {
                    var t = (PyTuple)item;
                    found.Add((Ops.Str(t.Items[0]), Ops.Str(t.Items[1]), t.Items[2]));
                }
            }
            catch (PyException e)
            {
                throw new PipelineException($"plugin {file}: {Describe(e)}");
            }
        }
        if (found.Count == 0)
            throw new PipelineException($"plugin {file}: no pass was registered (decorate an ast.NodeTransformer subclass with pytk.register_pass)");
        foreach (var (name, description, cls) in found)
            registry.Add(new PythonPass(runtime, name, description, cls), file);
        return found.Count;
    }

    /// <summary>A Python exception as the traceback CPython would print (its last line first, for one-line reports).</summary>
    internal static string Describe(PyException e)
    {
        string last = Traceback.LastLine(e.Value);
        string full = Traceback.Format(e.Value).TrimEnd('\n');
        return full == last ? last : last + "\n" + full;
    }
}

/// <summary>One registered Python class as a pass.</summary>
sealed class PythonPass(PythonRuntime runtime, string name, string description, PyObject cls) : AstPass
{
    public override string Name => name;
    public override string Description => description;

    public override ModNode Run(ModNode module, PassContext context)
    {
        using var _ = runtime.Enter();
        try
        {
            var tree = AstCore.ToPy(module);
            var visitor = Ops.Call(cls, Array.Empty<PyObject>(), null);
            var result = Ops.Call(Ops.GetAttr(visitor, "visit"), tree);
            if (result is PyNone) result = tree;  // a NodeVisitor: the tree it was given, changed in place or not
            var ast = Modules.Import("ast", Py.None, 0, null);
            Ops.Call(Ops.GetAttr(ast, "fix_missing_locations"), result);
            if (AstCore.FromPy(result, null) is not ModNode back)
                throw new PassScriptException($"visit() returned {Ops.Repr(result)}, not a module");
            // Unchanged trees come back as the input itself, as the pass contract asks (reports count changes).
            return AstDump.Dump(back, includeAttributes: true) == AstDump.Dump(module, includeAttributes: true) ? module : back;
        }
        catch (PyException e)
        {
            throw new PassScriptException(PythonPasses.Describe(e));
        }
    }
}
