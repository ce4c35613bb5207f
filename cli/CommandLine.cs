using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;

namespace Pytk.Cli;

/// <summary>
/// pytk's command-line grammar, declared once with System.CommandLine: every command's options with their
/// arity. <see cref="Normalize"/> parses a command's arguments with it before the command runs, so every
/// command reads its flags the same way: `--flag=value`, `--flag:value` and `--flag value` alike; an unknown
/// option or a misspelt one is a one-line error with exit status 2 that names the nearest option; `-c CODE`
/// stands for a program given on the command line. The command then receives the canonical form (`--flag value`)
/// and keeps its own checks of values (argparse-style messages) and its own help text.
/// </summary>
public static class CommandLine
{
    /// <summary>The options every command takes: --color is compare's, --verbose shows .NET stack traces.</summary>
    static readonly string[] GlobalValues = ["--color", "--colour"];
    static readonly string[] GlobalFlags = ["--verbose", "-h", "--help"];

    static readonly string[] PassValues =
        ["--passes", "--plugin", "--pass-opt", "--print-after", "--print-format", "--time-repeats", "--report-format", "--opt-bisect-limit"];
    static readonly string[] PassFlags =
        ["-O0", "-O1", "-O2", "--print-after-all", "--print-changed", "--time-passes", "--stats", "--remarks", "--no-check-input"];

    /// <summary>Per command: options taking a value, flags, whether it takes pass options, whether `-c CODE`
    /// (a program on the command line) applies.</summary>
    static readonly Dictionary<string, (string[] Values, string[] Flags, bool Passes, bool Code)> Spec = new()
    {
        ["tokenize"] = (["--batch-out"], ["-e", "--exact", "--stats"], false, true),
        ["dump-ast"] = (["-m", "--mode", "-i", "--indent", "--format", "--batch-out"], ["-a", "--include-attributes", "--no-type-comments"], true, true),
        ["parse"] = (["-j", "--jobs"], ["-q", "--quiet", "--gc-stats"], false, false),
        ["from-json"] = (["--format", "-i", "--indent"], ["-a", "--include-attributes", "--lines", "--validate"], false, false),
        ["symtable"] = (["--format", "--batch-out"], [], false, true),
        ["dis"] = (["--format"], ["--adaptive"], true, true),
        ["run"] = (["--dispatch", "--timeout", "--max-memory"], ["-B", "-v", "-i", "--trace"], true, true),
        ["compile"] = (["-j", "--jobs", "--invalidation-mode"], ["-f", "--verify", "-q", "-qq"], true, false),
        ["passes"] = ([], [], true, false),
        ["unparse"] = (["--batch-out"], [], true, true),
        ["compare"] = (["--pipeline", "--against", "--stdin", "--view", "--format", "--width"],
            ["--source", "--dis", "--dynamic", "--expect-same", "--side-by-side", "-y"], true, true),
        ["explore"] = (["--port", "--plugin"], ["--open", "--worker"], false, false),
    };

    static readonly ParserConfiguration Config = new() { ResponseFileTokenReplacer = null };
    static readonly Dictionary<string, Command> Built = [];

    /// <summary>The System.CommandLine command for NAME (built once).</summary>
    public static Command For(string name)
    {
        lock (Built)
        {
            if (Built.TryGetValue(name, out var c)) return c;
            var (values, flags, passes, code) = Spec[name];
            c = new Command(name);
            var valueNames = values.Concat(GlobalValues).Concat(passes ? PassValues : []).Concat(code ? ["-c"] : []);
            var flagNames = flags.Concat(GlobalFlags).Concat(passes ? PassFlags : []);
            // each occurrence takes one token; repeating an option is the command's business (--plugin, -q -q)
            foreach (var v in valueNames.Distinct()) c.Options.Add(new Option<string[]>(v) { Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false });
            foreach (var f in flagNames.Distinct()) c.Options.Add(new Option<bool[]>(f) { Arity = ArgumentArity.Zero });
            c.Arguments.Add(new Argument<string[]>("args") { Arity = ArgumentArity.ZeroOrMore });
            Built[name] = c;
            return c;
        }
    }

    static bool TakesValue(Command c, string token) =>
        c.Options.FirstOrDefault(o => o.Name == token) is { } o && o.Arity.MaximumNumberOfValues > 0;

    /// <summary>
    /// Parses <paramref name="args"/> (a command's arguments) with the grammar and returns them in canonical
    /// form, or throws <see cref="UsageException"/>. For `run`, what follows the program (FILE, `-`, `-m MOD`,
    /// `-c CODE`) is the program's own argv and is left alone. `-c CODE` in another command becomes `-` with
    /// CODE as the standard input (<paramref name="code"/>).
    /// </summary>
    public static string[] Normalize(string command, string[] args, out string? code)
    {
        code = null;
        var c = For(command);
        int end = args.Length;
        if (command == "run")
        {
            // the options end at the program: FILE, `-`, `-m MODULE`, `-c CODE`
            for (int i = 0; i < args.Length; i++)
            {
                string a = args[i];
                if (a is "-m" or "-c" || a == "-" || !a.StartsWith('-')) { end = i; break; }
                if (!a.Contains('=') && !a.Contains(':') && TakesValue(c, a)) i++;
            }
        }
        var parsed = c.Parse(args[..end], Config);
        if (parsed.Errors.Count > 0) throw new UsageException(Describe(c, parsed));
        // System.CommandLine hands an unknown `--x` to the command's free arguments; before `--` it is a typo
        int dashes = Array.IndexOf(args, "--", 0, end);
        int afterDashes = dashes < 0 ? 0 : end - dashes - 1;
        if (parsed.GetResult(c.Arguments[0]) is { } free)
            foreach (var t in free.Tokens.Take(free.Tokens.Count - afterDashes))
                if (t.Value.StartsWith('-') && t.Value != "-" && !IsNumber(t.Value)) throw new UsageException(Unknown(c, t.Value));
        var canonical = new List<string>();
        foreach (var t in parsed.Tokens)
        {
            if (t.Type == TokenType.Directive) continue;
            canonical.Add(t.Value);
        }
        if (command != "run")
        {
            int at = canonical.IndexOf("-c");
            if (at >= 0 && (at == 0 || !TakesValue(c, canonical[at - 1])))
            {
                code = canonical[at + 1];
                canonical.RemoveRange(at, 2);
                canonical.Insert(at, "-");
            }
        }
        // the global options a command has no use for: --color is compare's, --verbose is read by Program.Run
        if (command != "compare")
            for (int at; (at = canonical.FindIndex(a => a is "--color" or "--colour")) >= 0;) canonical.RemoveRange(at, 2);
        if (!Spec[command].Passes && command is not ("dis" or "run")) canonical.RemoveAll(a => a == "--verbose");
        canonical.AddRange(args[end..]);
        return canonical.ToArray();
    }

    /// <summary>One line: the first error, and for an unknown option the nearest known one.</summary>
    static string Describe(Command c, ParseResult parsed)
    {
        var unmatched = parsed.UnmatchedTokens.FirstOrDefault(t => t.StartsWith('-') && t != "-");
        if (unmatched is not null) return Unknown(c, unmatched);
        var e = parsed.Errors[0];
        string message = e.Message.TrimEnd('.');
        // "Required argument missing for option: '--passes'." in argparse's words
        if (e.SymbolResult is OptionResult { Option: var o }) return $"argument {o.Name}: expected one argument";
        return message;
    }

    static string Unknown(Command c, string token)
    {
        string? near = Nearest(token.Split('=', 2)[0], c.Options.Select(o => o.Name));
        return $"unrecognized arguments: {token}" + (near is null ? "" : $" (did you mean {near}?)");
    }

    static bool IsNumber(string s) => double.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>The known name closest to <paramref name="word"/> (edit distance at most a third of its length,
    /// at least 1), or one that starts with it; null if none is near.</summary>
    public static string? Nearest(string word, IEnumerable<string> known)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var k in known)
        {
            int d = k.StartsWith(word, StringComparison.Ordinal) && word.TrimStart('-').Length >= 2 ? 1 : Distance(word, k);
            if (d < bestDistance) { best = k; bestDistance = d; }
        }
        return bestDistance <= Math.Max(1, word.TrimStart('-').Length / 3) ? best : null;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    /// <summary>A program given as text (`-c CODE`) as the bytes of standard input.</summary>
    public static Stream CodeStream(string code) => new MemoryStream(new UTF8Encoding(false).GetBytes(code));
}
