using System.Text;

namespace Pytk.Vm.Import;

/// <summary>Where a module's code object comes from: its source through the `__pycache__` cache (Cache/CodeCache).</summary>
public static partial class Modules
{
    /// <summary>The runtime's compiler host (the compiler lives above the VM core).</summary>
    internal static ICompilerHost CompilerHost =>
        PythonRuntime.Current.Compiler ?? throw Err.New(ExcTypes.ImportError, "no compiler installed");

    /// <summary>The `.opt-TAG` of the pass pipeline modules are compiled with (null: the default pipeline), and
    /// a stamp of that pipeline's implementation for the cache header (both from the compiler host).</summary>
    public static string? OptTag => PythonRuntime.Current.Compiler?.OptTag;
    public static ulong OptStamp => PythonRuntime.Current.Compiler?.OptStamp ?? 0;

    static CodeObject Compiler(string text, string path) => CompilerHost.CompileModuleText(text, path);

    /// <summary>`__cached__` / `__spec__.cached`: where a source module's cache file goes (shipped modules: none).</summary>
    static string? CachedPath(ModuleSpecInfo spec) =>
        spec.Origin is { } o && !spec.IsBuiltin && spec.ShippedSource is null && o.EndsWith(".py", StringComparison.Ordinal) ? CodeCache.CachePath(o, OptTag) : null;

    /// <summary>importlib's SourceLoader.get_code: the cached code when valid, else compile (and cache) the source.</summary>
    public static PyCode SourceCode(string path)
    {
        var code = CodeCache.GetCode(path, OptTag, bytes => CompilerHost.CompileModule(bytes, path), OptStamp);
        Builtin.CompileWarnings.Issue(code);
        return new(code);
    }
}
