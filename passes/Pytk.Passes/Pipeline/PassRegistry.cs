using System.Reflection;
using System.Text.RegularExpressions;

namespace Pytk.Passes;

/// <summary>A registered pass and where it came from ("built-in" or a plugin's file name).</summary>
public sealed record PassEntry(AstPass Pass, string Origin)
{
    public string Name => Pass.Name;
}

/// <summary>Bad pipeline text or a bad plugin: the CLI prints the message (exit 2 or 1).</summary>
public sealed class PipelineException(string message) : Exception(message);

/// <summary>
/// Every known pass. Built-ins are the classes of this assembly marked [Pass]; plugins add theirs with
/// <see cref="AddAssembly"/>. Listing order is deterministic: built-ins by name, then each plugin's passes
/// by name, in the order the plugins were given.
/// </summary>
public sealed partial class PassRegistry
{
    private readonly List<PassEntry> entries = [];

    public IReadOnlyList<PassEntry> Entries => entries;

    /// <summary>A registry holding the built-in passes.</summary>
    public static PassRegistry CreateDefault()
    {
        var r = new PassRegistry();
        r.AddAssembly(typeof(PassRegistry).Assembly, "built-in");
        return r;
    }

    /// <summary>Registers every [Pass] class of <paramref name="assembly"/>; returns how many.</summary>
    public int AddAssembly(Assembly assembly, string origin)
    {
        Type[] types;
        try { types = assembly.GetTypes(); }
        catch (ReflectionTypeLoadException e) { types = e.Types.Where(t => t is not null).ToArray()!; }
        var found = new List<PassEntry>();
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.GetCustomAttribute<PassAttribute>() is null) continue;
            if (!typeof(AstPass).IsAssignableFrom(type) || type.IsAbstract)
                throw new PipelineException($"{origin}: {type.FullName} has [Pass] but is not a concrete AstPass");
            AstPass pass;
            try { pass = (AstPass)Activator.CreateInstance(type)!; }
            catch (Exception e)
            {
                throw new PipelineException($"{origin}: cannot create pass {type.FullName}: {(e.InnerException ?? e).Message}");
            }
            Add(pass, origin, found);
        }
        entries.AddRange(found.OrderBy(e => e.Name, StringComparer.Ordinal));
        return found.Count;
    }

    public void Add(AstPass pass, string origin) => Add(pass, origin, entries);

    private void Add(AstPass pass, string origin, List<PassEntry> into)
    {
        string name = pass.Name;
        if (!KebabCase().IsMatch(name))
            throw new PipelineException($"{origin}: pass name '{name}' is not kebab-case (e.g. my-pass)");
        if (string.IsNullOrWhiteSpace(pass.Description) || pass.Description.Contains('\n'))
            throw new PipelineException($"{origin}: pass '{name}' needs a one-line description");
        var clash = Find(name) ?? into.FirstOrDefault(e => e.Name == name);
        if (clash is not null)
            throw new PipelineException($"{origin}: pass name '{name}' is already taken by {clash.Origin}");
        into.Add(new PassEntry(pass, origin));
    }

    public PassEntry? Find(string name) => entries.FirstOrDefault(e => e.Name == name);

    /// <summary>Parses pipeline text: comma-separated pass names, repeats allowed, or a preset name
    /// (<c>default</c>, <c>O0</c>, <c>O1</c>, <c>O2</c>) anywhere in the list, expanded in place.</summary>
    public IReadOnlyList<PassEntry> ParsePipeline(string text)
    {
        var result = new List<PassEntry>();
        foreach (var raw in text.Split(','))
        {
            string name = raw.Trim();
            if (name.Length == 0)
            {
                if (text.Trim().Length == 0) continue;
                throw new PipelineException($"empty pass name in pipeline '{text}'");
            }
            if (Presets.Find(name) is { } preset)
            {
                result.AddRange(preset.Passes.Select(p => Find(p) ?? throw new InvalidOperationException($"preset {preset.Name} names unknown pass {p}")));
                continue;
            }
            result.Add(Find(name) ?? throw new PipelineException(
                $"unknown pass '{name}' (known passes: {string.Join(", ", entries.Select(e => e.Name))}; presets: {string.Join(", ", Presets.All.Select(p => p.Name))})"));
        }
        return result;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
