using System.Reflection;
using System.Runtime.Loader;

namespace Pytk.Passes;

/// <summary>
/// Loads pass plugins (<c>--plugin PATH.dll</c>). Each plugin gets its own load context that resolves its
/// private dependencies from its folder but shares Pytk.Syntax and Pytk.Passes with pytk, so its passes
/// derive from the very AstPass type the registry knows.
/// </summary>
public static class PluginLoader
{
    public static int Load(PassRegistry registry, string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new PipelineException("plugin: empty path (--plugin takes the path of a .dll)");
        string full = Path.GetFullPath(path);
        string name = Path.GetFileName(full);
        if (!File.Exists(full)) throw new PipelineException($"plugin {name}: file not found: {path}");
        Assembly assembly;
        try { assembly = new PluginContext(full).LoadFromAssemblyPath(full); }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException)
        {
            throw new PipelineException($"plugin {name}: not a .NET assembly: {e.Message}");
        }
        int n = registry.AddAssembly(assembly, name);
        if (n == 0) throw new PipelineException($"plugin {name}: no class marked [Pass] (Pytk.Passes.PassAttribute) was found");
        return n;
    }

    sealed class PluginContext(string path) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(path))
    {
        private readonly AssemblyDependencyResolver resolver = new(path);

        protected override Assembly? Load(AssemblyName name)
        {
            // The shared contract: always pytk's own copy, or the plugin's types would not be AstPass.
            if (name.Name is "Pytk.Syntax" or "Pytk.Passes") return null;
            string? p = resolver.ResolveAssemblyToPath(name);
            return p is null ? null : LoadFromAssemblyPath(p);
        }
    }
}
