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
        catch (ReflectionTypeLoadException e)
        {
            // a type that cannot load names a member the pytk at hand lacks: say so, not "no [Pass] found"
            var first = e.LoaderExceptions.FirstOrDefault(x => x is not null);
            throw new PipelineException($"{origin}: cannot load its types ({(first is null ? "unknown reason" : ErrorText.Of(first))}); "
                + $"was it built against another version of pytk? This pytk has Pytk.Passes {PluginLoader.HostVersion}");
        }
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
            Add(pass, origin, found, type);
        }
        entries.AddRange(found.OrderBy(e => e.Name, StringComparer.Ordinal));
        return found.Count;
    }

    public void Add(AstPass pass, string origin) => Add(pass, origin, entries, pass.GetType());

    private void Add(AstPass pass, string origin, List<PassEntry> into, Type type)
    {
        // a plugin's getters are its code too: one that throws is named, not an internal error
        T Ask<T>(string what, Func<T> get)
        {
            try { return get(); }
            catch (Exception e)
            {
                throw new PipelineException($"{origin}: pass class {type.FullName}: its {what} threw {ErrorText.Of(e)}");
            }
        }
        string name = Ask("Name", () => pass.Name) ?? throw new PipelineException($"{origin}: pass class {type.FullName}: its Name is null");
        string description = Ask("Description", () => pass.Description) ?? "";
        var options = Ask("Options", () => pass.Options) ?? [];
        var placements = Ask("Placements", () => pass.Placements) ?? [];
        if (!KebabCase().IsMatch(name))
            throw new PipelineException($"{origin}: pass name '{name}' is not kebab-case (e.g. my-pass)");
        if (string.IsNullOrWhiteSpace(description) || description.Contains('\n'))
            throw new PipelineException($"{origin}: pass '{name}' needs a one-line description");
        var clash = Find(name) ?? into.FirstOrDefault(e => e.Name == name);
        if (clash is not null)
            throw new PipelineException($"{origin}: pass name '{name}' is already taken by {clash.Origin}");
        foreach (var o in options)
            if (!KebabCase().IsMatch(o.Name))
                throw new PipelineException($"{origin}: pass '{name}': option name '{o.Name}' is not kebab-case");
            else if (o.Check(o.Default) is { } bad)
                throw new PipelineException($"{origin}: pass '{name}': the default of option '{o.Name}' is invalid: {bad}");
        foreach (var p in placements)
            if (Presets.Find(p.Preset) is null)
                throw new PipelineException($"{origin}: pass '{name}' asks to join unknown preset '{p.Preset}' (presets: {string.Join(", ", Presets.All.Select(x => x.Name))})");
        into.Add(new PassEntry(pass, origin));
    }

    /// <summary>
    /// Checks <c>--pass-opt PASS.KEY=VALUE</c> settings against the options the passes declare: unknown
    /// pass, unknown option (with a "did you mean") and a value of the wrong type are errors.
    /// </summary>
    public void ValidateOptions(IReadOnlyDictionary<string, string> settings)
    {
        foreach (var (key, value) in settings.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            int dot = key.IndexOf('.');
            string passName = dot < 0 ? key : key[..dot], option = dot < 0 ? "" : key[(dot + 1)..];
            var entry = Find(passName) ?? throw new PipelineException(
                $"--pass-opt {key}={value}: unknown pass '{passName}'{Suggest.DidYouMean(passName, entries.Select(e => e.Name))}");
            var declared = entry.Pass.Options;
            if (declared.Count == 0)
                throw new PipelineException($"--pass-opt {key}={value}: pass '{passName}' takes no options");
            var o = declared.FirstOrDefault(d => d.Name == option) ?? throw new PipelineException(
                $"--pass-opt {key}={value}: pass '{passName}' has no option '{option}'{Suggest.DidYouMean(option, declared.Select(d => d.Name))} "
                + $"(its options: {string.Join(", ", declared.Select(d => d.Name))})");
            if (o.Check(value) is { } bad)
                throw new PipelineException($"--pass-opt {key}={value}: {bad}");
        }
    }

    /// <summary>
    /// A preset's pass names with the passes that asked to join it (<see cref="AstPass.Placements"/>) put in:
    /// each right after the last pass it must follow, and checked against the passes it must precede. Passes
    /// are placed in registry order (built-ins, then plugins in the order given), so the result is deterministic.
    /// </summary>
    public IReadOnlyList<string> PresetPasses(Preset preset)
    {
        var names = preset.Passes.ToList();
        string target = preset == Presets.Default ? Presets.O1.Name : preset.Name;
        foreach (var e in entries)
            foreach (var p in e.Pass.Placements.Where(p => p.Preset == target || p.Preset == preset.Name).Take(1))
            {
                int lo = 0;
                foreach (var a in p.After ?? []) lo = Math.Max(lo, names.LastIndexOf(a) + 1);
                int hi = names.Count;
                string? blocker = null;
                foreach (var b in p.Before ?? [])
                {
                    int k = names.IndexOf(b);
                    if (k >= 0 && k < hi) { hi = k; blocker = b; }
                }
                if (lo > hi)
                    throw new PipelineException($"{e.Origin}: pass '{e.Name}' cannot join preset {preset.Name}: it must run after "
                        + $"'{names[lo - 1]}' (position {lo}) and before '{blocker}' (position {hi + 1}) in {string.Join(",", names)}");
                int at = (p.After?.Count ?? 0) > 0 ? lo : (p.Before?.Count ?? 0) > 0 ? hi : names.Count;
                names.Insert(at, e.Name);
            }
        return names;
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
                result.AddRange(PresetPasses(preset).Select(p => Find(p) ?? throw new InvalidOperationException($"preset {preset.Name} names unknown pass {p}")));
                continue;
            }
            result.Add(Find(name) ?? throw new PipelineException(
                $"unknown pass '{name}'{Suggest.DidYouMean(name, entries.Select(e => e.Name).Concat(Presets.All.Select(p => p.Name)))} (known passes: {string.Join(", ", entries.Select(e => e.Name))}; presets: {string.Join(", ", Presets.All.Select(p => p.Name))})"));
        }
        return result;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
