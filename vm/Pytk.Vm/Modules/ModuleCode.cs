using System.Text;
using Pytk.Vm.Cache;

namespace Pytk.Vm;

/// <summary>Where a module's code object comes from: its source through the `__pycache__` cache (Cache/CodeCache).</summary>
public static partial class Modules
{
    /// <summary>Compiles a source file's bytes (the host decodes them: BOM, coding cookie); set by the host.</summary>
    public static Func<byte[], string, CodeObject>? CompileBytes;

    /// <summary>The `.opt-TAG` of the pass pipeline modules are compiled with (null: the default pipeline), and
    /// a stamp of that pipeline's implementation for the cache header.</summary>
    public static string? OptTag;
    public static ulong OptStamp;

    static Func<string, string, CodeObject> Compiler =>
        CompileFile ?? throw Err.New(ExcTypes.ImportError, "no compiler installed");

    /// <summary>`__cached__` / `__spec__.cached`: where a source module's cache file goes (shipped modules: none).</summary>
    static string? CachedPath(ModuleSpecInfo spec) =>
        spec.Origin is { } o && !spec.IsBuiltin && spec.ShippedSource is null && o.EndsWith(".py", StringComparison.Ordinal) ? CodeCache.CachePath(o, OptTag) : null;

    /// <summary>importlib's SourceLoader.get_code: the cached code when valid, else compile (and cache) the source.</summary>
    public static CodeObject SourceCode(string path) =>
        CodeCache.GetCode(path, OptTag, bytes => CompileBytes is { } cb ? cb(bytes, path) : Compiler(Encoding.UTF8.GetString(bytes), path), OptStamp);
}
