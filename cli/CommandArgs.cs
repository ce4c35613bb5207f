namespace Pytk.Cli;

/// <summary>One option as given: its declaration, the name used (`-O2`, `--colour`), its text and its value
/// (<see cref="OptionSpec.Convert"/>'s result; null for a flag).</summary>
public sealed record Given(OptionSpec Spec, string Name, string? Text, object? Value);

/// <summary>
/// A command's arguments as <see cref="CommandLine.Parse(string, string[])"/> read them: the options in the order
/// given, already checked and converted, and the free arguments. A command asks for an option by its declaration
/// in <see cref="Opt"/>; asking for one the command does not declare is a bug in pytk, not a usage error.
/// </summary>
public sealed class CommandArgs(CommandSpec spec, IReadOnlyList<Given> given, IReadOnlyList<string> files,
    IReadOnlyList<string> afterDashes, IReadOnlyList<string> program)
{
    readonly HashSet<string> declared = [.. CommandLine.AllOptions(spec).Select(o => o.Names[0])];

    public CommandSpec Spec { get; } = spec;

    /// <summary>Every option given, in command-line order (pass options apply in this order).</summary>
    public IReadOnlyList<Given> Given { get; } = given;

    /// <summary>The free arguments (FILE, PATH...; `-` where `-c CODE` stood), those after `--` included.</summary>
    public IReadOnlyList<string> Files { get; } = files;

    /// <summary>The free arguments after `--` (compare: the runs' own argv), the last ones of <see cref="Files"/>.</summary>
    public IReadOnlyList<string> AfterDashes { get; } = afterDashes;

    /// <summary>`run`: the program (FILE, `-`, `-m MODULE`, `-c CODE`) and its own argv, as given.</summary>
    public IReadOnlyList<string> Program { get; } = program;

    IEnumerable<Given> Of(OptionSpec o)
    {
        if (!declared.Contains(o.Names[0]))
            throw new InvalidOperationException($"pytk {Spec.Name} reads {o.Names[0]}, which its grammar (CommandLine.Spec) does not declare");
        return Given.Where(g => g.Spec.Names[0] == o.Names[0]);
    }

    /// <summary>How often <paramref name="o"/> was given (`-q -q`, `-qq`).</summary>
    public int Count(OptionSpec o) => Of(o).Count();

    public bool Has(OptionSpec o) => Of(o).Any();

    /// <summary>The last value given (options given again override), or <paramref name="otherwise"/>.</summary>
    public T Get<T>(OptionSpec o, T otherwise) => Of(o).LastOrDefault() is { Value: T v } ? v : otherwise;

    /// <summary>The last text given, or null.</summary>
    public string? Text(OptionSpec o) => Of(o).LastOrDefault()?.Text;

    /// <summary>Every value given, in order (repeatable options: --plugin, --pipeline).</summary>
    public IEnumerable<T> All<T>(OptionSpec o) => Of(o).Select(g => (T)g.Value!);

    /// <summary>At most one FILE: it, or <paramref name="otherwise"/>; more is argparse's error.</summary>
    public string? OneFile(string? otherwise = "-") => Files.Count switch
    {
        0 => otherwise,
        1 => Files[0],
        _ => throw new UsageException($"unrecognized arguments: {string.Join(' ', Files.Skip(1))}"),
    };

    /// <summary>At least one PATH, or argparse's error.</summary>
    public IReadOnlyList<string> Paths(string what = "PATH") =>
        Files.Count > 0 ? Files : throw new UsageException($"the following arguments are required: {what}");
}
