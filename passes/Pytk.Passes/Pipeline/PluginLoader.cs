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
        foreach (var reference in assembly.GetReferencedAssemblies())
            if (CheckVersion(reference) is { } problem)
                throw new PipelineException($"plugin {name}: {problem}");
        int n = registry.AddAssembly(assembly, name);
        if (n == 0) throw new PipelineException($"plugin {name}: no class marked [Pass] (Pytk.Passes.PassAttribute) was found");
        return n;
    }

    /// <summary>The version of the plugin API this pytk provides (Pytk.Passes' informational version).</summary>
    public static string HostVersion { get; } = InformationalVersion(typeof(AstPass).Assembly);

    static string InformationalVersion(Assembly a) =>
        (a.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? a.GetName().Version?.ToString() ?? "?").Split('+')[0];

    /// <summary>
    /// Null when a plugin's reference to pytk's shared assemblies (Pytk.Syntax, Pytk.Passes) fits the ones
    /// loaded, else why not. Semantic versioning: the same major version, and not newer than the host, since
    /// a newer plugin may call what this pytk lacks.
    /// </summary>
    public static string? CheckVersion(AssemblyName reference)
    {
        if (reference.Name is not ("Pytk.Syntax" or "Pytk.Semantics" or "Pytk.Passes") || reference.Version is not { } wanted) return null;
        var host = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == reference.Name)?.GetName()
            ?? (reference.Name == "Pytk.Passes" ? typeof(AstPass) : typeof(Pytk.Syntax.AstNode)).Assembly.GetName();
        var have = host.Version ?? new Version(0, 0);
        if (wanted.Major == have.Major && wanted <= have) return null;
        return $"built against {reference.Name} {wanted}, but this pytk provides {reference.Name} {have} (pytk {HostVersion}); "
            + $"rebuild the plugin against version {have.Major}.x of the Pytk.Passes package, or use a pytk of version {wanted.Major}.x";
    }

    sealed class PluginContext(string path) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(path))
    {
        private readonly AssemblyDependencyResolver resolver = new(path);

        protected override Assembly? Load(AssemblyName name)
        {
            // The shared contract: always pytk's own copy, or the plugin's types would not be AstPass.
            if (name.Name is "Pytk.Syntax" or "Pytk.Semantics" or "Pytk.Passes") return null;
            string? p = resolver.ResolveAssemblyToPath(name);
            return p is null ? null : LoadFromAssemblyPath(p);
        }
    }
}
