using System.Globalization;

namespace Pytk.Passes;

/// <summary>The type of a pass option: what values <c>--pass-opt PASS.KEY=VALUE</c> accepts.</summary>
public enum PassOptionKind { Bool, Int, String, Choice }

/// <summary>
/// An option a pass declares (<see cref="AstPass.Options"/>): name, type, default and a one-line help.
/// <c>pytk passes</c> lists them, and a value given on the command line is checked against the type before
/// any file is read, so <c>--pass-opt constfold.optimise=0</c> fails with "did you mean 'optimize'?".
/// </summary>
public sealed record PassOption(string Name, PassOptionKind Kind, string Default, string Description,
    IReadOnlyList<string>? Choices = null, long Min = long.MinValue, long Max = long.MaxValue)
{
    public static PassOption Bool(string name, bool fallback, string description) =>
        new(name, PassOptionKind.Bool, fallback ? "true" : "false", description);

    public static PassOption Int(string name, long fallback, string description, long min = long.MinValue, long max = long.MaxValue) =>
        new(name, PassOptionKind.Int, fallback.ToString(CultureInfo.InvariantCulture), description, null, min, max);

    public static PassOption String(string name, string fallback, string description) =>
        new(name, PassOptionKind.String, fallback, description);

    public static PassOption Choice(string name, string fallback, IReadOnlyList<string> choices, string description) =>
        new(name, PassOptionKind.Choice, fallback, description, choices);

    /// <summary>The type as `pytk passes` shows it: bool, int, string or a|b|c.</summary>
    public string TypeName => Kind switch
    {
        PassOptionKind.Bool => "bool",
        PassOptionKind.Int => Min == long.MinValue && Max == long.MaxValue ? "int" : $"int {Min}..{Max}",
        PassOptionKind.Choice => string.Join("|", Choices ?? []),
        _ => "string",
    };

    /// <summary>Null if <paramref name="value"/> is valid for this option, else why not (one line).</summary>
    public string? Check(string value) => Kind switch
    {
        PassOptionKind.Bool => ParseBool(value) is null ? $"expected a bool (true/false, 1/0, yes/no, on/off), got '{value}'" : null,
        PassOptionKind.Int => !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n)
            ? $"expected an int, got '{value}'"
            : n < Min || n > Max ? $"expected an int from {Min} to {Max}, got {n}" : null,
        PassOptionKind.Choice => Choices is { } c && !c.Contains(value)
            ? $"invalid choice: '{value}' (choose from {string.Join(", ", c.Select(x => $"'{x}'"))}){Suggest.DidYouMean(value, c)}"
            : null,
        _ => null,
    };

    internal static bool? ParseBool(string value) => value.ToLowerInvariant() switch
    {
        "1" or "true" or "yes" or "on" => true,
        "0" or "false" or "no" or "off" => false,
        _ => null,
    };
}

/// <summary>Where a pass asks to sit in a preset: after every pass named in <see cref="After"/> and before
/// every pass named in <see cref="Before"/> (names that the preset does not hold are ignored). A plugin
/// pass joins <c>-O2</c> with <c>new PresetPlacement("O2", After: ["constfold"], Before: ["dce"])</c>.</summary>
public sealed record PresetPlacement(string Preset, IReadOnlyList<string>? After = null, IReadOnlyList<string>? Before = null);

/// <summary>"did you mean" for a mistyped name: the closest candidate by edit distance, if close enough.</summary>
public static class Suggest
{
    /// <summary>"; did you mean 'x'?" or "" when nothing is close.</summary>
    public static string DidYouMean(string given, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            int d = Distance(given, c);
            if (d < bestDistance) { best = c; bestDistance = d; }
        }
        // as difflib.get_close_matches roughly: at most a third of the word may differ
        return best is not null && bestDistance <= Math.Max(1, Math.Max(given.Length, best.Length) / 3) ? $"; did you mean '{best}'?" : "";
    }

    static int Distance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) row[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            int diag = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int up = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diag + (a[i - 1] == b[j - 1] ? 0 : 1));
                diag = up;
            }
        }
        return row[b.Length];
    }
}
