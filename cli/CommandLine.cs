using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;

namespace Pytk.Cli;

/// <summary>One option: its names (the first is the one help shows first; all of them mean the same), the name of
/// its value (null: a flag), the help line (its one meaning, the same in every command), the values it accepts,
/// whether help lists it. <see cref="Convert"/> reads a value (null: the text itself) or throws
/// <see cref="OptionValueException"/>; <see cref="Note"/> is what one command adds to the help line (its default).</summary>
public sealed record OptionSpec(string[] Names, string? Value, string Help, string[]? Choices = null, bool Hidden = false)
{
    public Func<string, object>? Convert { get; init; }
    public string? Note { get; init; }

    /// <summary>The help line with the command's note.</summary>
    public string Text => Note is null ? Help : Help + " " + Note;

    /// <summary>The names as argparse joins them in a message: `-j/--jobs`.</summary>
    public string Label => string.Join('/', Names);

    /// <summary>This option with a command's note (its default, what it does there).</summary>
    public OptionSpec With(string note) => this with { Note = note };

    /// <summary>This option accepting only <paramref name="choices"/> in one command.</summary>
    public OptionSpec Only(params string[] choices) => this with { Choices = choices, Value = string.Join('|', choices) };
}

/// <summary>One command: its synopsis after the options, the paragraphs of its help, its own options, whether it
/// takes the pass options and whether `-c CODE` (a program on the command line) applies.</summary>
public sealed record CommandSpec(string Name, string Synopsis, string Description, OptionSpec[] Options, bool Passes = false, bool Code = false);

/// <summary>A spelling a command no longer takes because the name now means something else: the error says the
/// new one.</summary>
public sealed record RetiredSpelling(string[] Commands, string Name, string Instead, string Why);

/// <summary>
/// pytk's command-line grammar, declared once: every command's options (the <see cref="Opt"/> objects) with their
/// arity, value names, choices and help lines (<see cref="Spec"/>). From it come the System.CommandLine parser
/// (<see cref="For"/>), each command's help (<see cref="HelpText"/>: `pytk help CMD`, `pytk CMD --help`), the
/// shell completion scripts (<see cref="Completion"/>) and docs/cli.md's table (<see cref="FlagTable"/>).
/// <see cref="Parse"/> reads a command's arguments before the command runs: `--flag=value`, `--flag:value` and
/// `--flag value` alike; an unknown option, a missing value or a value the option does not take is a one-line
/// error with exit status 2 (naming the nearest option or choice); every value is converted there, and the
/// command reads typed values from the <see cref="CommandArgs"/> it gets.
/// </summary>
public static class CommandLine
{
    /// <summary>The options every command takes.</summary>
    public static readonly OptionSpec[] Global = [Opt.Color, Opt.Verbose, Opt.Help];

    /// <summary>The pass options (cli/PassOptions.cs applies them) of every command that runs AST passes.</summary>
    public static readonly OptionSpec[] PassOptionSpecs =
    [
        Opt.Passes, Opt.Preset, Opt.Plugin, Opt.PassOpt, Opt.PrintAfterAll, Opt.PrintAfter, Opt.PrintChanged, Opt.PrintFormat,
        Opt.TimePasses, Opt.TimeRepeats, Opt.Stats, Opt.Remarks, Opt.ReportFormat, Opt.OptBisectLimit, Opt.BisectUnit, Opt.NoCheckInput,
    ];

    static readonly OptionSpec TextJson = Opt.Format.Only("text", "json");

    /// <summary>Every command's grammar, in the order of `pytk --help` (Program.Commands has the entry points).</summary>
    public static readonly CommandSpec[] Spec =
    [
        new("tokenize", "[FILE | - | -c CODE]\n       pytk tokenize --summary PATH...",
            "Prints the tokens of FILE (default: stdin) exactly as `python3.13 -m tokenize` does.",
            [Opt.Exact, Opt.Summary, Opt.BatchOut], Code: true),
        new("dump-ast", "[FILE | - | -c CODE]",
            "Prints the AST of FILE (default: stdin) exactly as `python3.13 -m ast` does; its -m MODE and -i N are --mode and --indent here "
            + "(-m and -i are python3's, as in `pytk run`; `pytk run -m ast` takes python -m ast's own letters).",
            [Opt.Mode, Opt.NoTypeComments, Opt.IncludeAttributes.With("(JSON always has them)"),
             Opt.Indent.With("(default 3; JSON: json.dumps's indent, default 1)"),
             Opt.Format.With("(json: docs/ast-json.md)"), Opt.BatchOut], Passes: true, Code: true),
        new("parse", "PATH...",
            "Parses every .py file under PATH (files or directories, recursively) and prints counts and time.",
            [Opt.Quiet.With("(-q: the counts only, not each error)"), Opt.Jobs.With("(default: one per processor)"), Opt.GcStats]),
        new("from-json", "[FILE | -]",
            "Reads an AST in pytk's JSON form (docs/ast-json.md; `dump-ast --format json` writes it) and prints it as dump-ast does.",
            [Opt.Format.With("(json: docs/ast-json.md)"), Opt.IncludeAttributes, Opt.Indent.With("(default 3; JSON: one line)"),
             Opt.Lines, Opt.Validate]),
        new("symtable", "[FILE | - | -c CODE]...",
            "Prints the symbol tables of each file (default: stdin) exactly as `python3.13 -m symtable` does.",
            [TextJson.With("(kind \"symtable\", one per file and line; docs/reports.md)"), Opt.BatchOut], Code: true),
        new("dis", "(FILE | FILE.pyc | - | -c CODE)",
            "Prints the bytecode of pytk's VM for FILE, in the layout of `python3.13 -m dis`.",
            [Opt.Adaptive, TextJson.With("(kind \"dis\"; docs/reports.md; the pass reports too)")], Passes: true, Code: true),
        new("run", "(FILE | FILE.pyc | - | -m MODULE | -c CODE) [ARG...]",
            "Compiles FILE to bytecode and runs it on the pytk VM, as `python3.13 FILE ARG...` does. FILE's code and the modules it imports are cached in __pycache__/NAME.pytk-313.pyc (docs/pyc.md). What follows the program is its own sys.argv.",
            [Opt.DontWriteBytecode, Opt.CacheVerbose, Opt.Interactive, Opt.Module, Opt.Dispatch, Opt.Trace, Opt.Timeout, Opt.MaxMemory], Passes: true, Code: true),
        new("compile", "PATH...",
            "Writes DIR/__pycache__/NAME.pytk-313.pyc for every .py file under PATH (files or directories, recursively), as `python -m compileall` does. Exit status 1 if a file could not be compiled. A progress bar on a terminal.",
            [Opt.Jobs.With("(default 1)"), Opt.InvalidationMode, Opt.Force, Opt.Quiet.With("(-q: only errors and the summary; -qq: nothing)"), Opt.Verify], Passes: true),
        new("passes", "",
            "Lists the AST passes (built-in and those of --plugin) with their options, and the presets.",
            [], Passes: true),
        new("unparse", "[FILE | - | -c CODE]",
            "Prints FILE as Python source from its AST (after the passes), as ast.unparse does.",
            [Opt.BatchOut], Passes: true, Code: true),
        new("compare", "(FILE|-|-c CODE) --pipeline NAME=SPEC... [-- ARG...]\n       pytk compare FILE --passes A --against B ...   (= --pipeline B=B --pipeline A=A)",
            "Shows FILE after each pipeline against FILE after the first one (the base): a diff of the AST dump, of the unparsed source or of the disassembly; then node counts per kind and instruction counts per opcode, one column each.\n\n"
            + "A SPEC is a pass list or preset, optionally followed by pass options for that pipeline alone:\n"
            + "  --pipeline base=O0 --pipeline opt=O2 --pipeline 'nofold=O2 --pass-opt constfold.optimize=false'\n"
            + "Pass options given outside --pipeline apply to every pipeline; reports (--time-passes ...) are printed per pipeline.",
            [Opt.Pipeline, Opt.Against, Opt.View, Opt.Source, Opt.Dis, Opt.Dynamic, Opt.ExpectSame, Opt.Stdin,
             TextJson.With("(kind \"compare\"; docs/reports.md)"), Opt.SideBySide, Opt.Width], Passes: true, Code: true),
        new("explore", "[FILE | - | -c CODE]",
            "Serves a page on 127.0.0.1 that shows every stage of a program (tokens, AST, symbol tables, bytecode, a run) and every pass of a pipeline, updated as you type or when FILE is saved (docs/explore.md).",
            [Opt.Port, Opt.Open, Opt.Plugin.With("(for the page's pipelines)"), Opt.Worker], Code: true),
        new("completion", "(bash | zsh | fish)",
            "Prints a completion script for the shell: commands, options, their values, pass names, files. Load it with\n"
            + "  bash: source <(pytk completion bash)\n"
            + "        (or save it as ~/.local/share/bash-completion/completions/pytk)\n"
            + "  zsh:  source <(pytk completion zsh)     (or save it as _pytk in a folder of $fpath)\n"
            + "  fish: pytk completion fish > ~/.config/fish/completions/pytk.fish",
            []),
    ];

    /// <summary>Spellings that now mean something else (one meaning per name across commands): each is a one-line
    /// error naming the new spelling.</summary>
    public static readonly RetiredSpelling[] Retired =
    [
        new(["tokenize"], "--stats", "--summary", "--stats means the counts of the passes and of a run in every command"),
        new(["dump-ast"], "-m", "--mode", "-m is python3's module flag, as in `pytk run -m MODULE`"),
        new(["dump-ast", "from-json"], "-i", "--indent", "-i is python3's interactive flag, as in `pytk run -i`"),
    ];

    static readonly Dictionary<string, CommandSpec> ByName = Spec.ToDictionary(s => s.Name);

    /// <summary>The grammar of a pipeline SPEC's options (`compare --pipeline 'NAME=SPEC --pass-opt ...'`): the pass options alone.</summary>
    static readonly CommandSpec PipelineSpec = new("pipeline", "", "", [], Passes: true);

    /// <summary>The declaration of command NAME.</summary>
    public static CommandSpec SpecOf(string name) => ByName[name];

    /// <summary>Every option NAME takes, its own first, then the pass options, `-c`, the global ones.</summary>
    public static IEnumerable<OptionSpec> AllOptions(CommandSpec s) =>
        s.Options.Concat(s.Passes ? PassOptionSpecs : []).Concat(s.Code && !s.Options.Contains(Opt.Code) ? [Opt.Code] : []).Concat(Global);

    static readonly ParserConfiguration Config = new() { ResponseFileTokenReplacer = null };
    static readonly Dictionary<CommandSpec, (Command Command, Dictionary<string, OptionSpec> Specs)> Built = [];

    /// <summary>The System.CommandLine command for a grammar (built once), and which declaration each option is.</summary>
    static (Command Command, Dictionary<string, OptionSpec> Specs) For(CommandSpec spec)
    {
        lock (Built)
        {
            if (Built.TryGetValue(spec, out var built)) return built;
            var c = new Command(spec.Name, spec.Description);
            var specs = new Dictionary<string, OptionSpec>();
            foreach (var o in AllOptions(spec))
            {
                // each occurrence takes one token; repeating an option is the command's business (--plugin, -q -q)
                Option option = o.Value is null
                    ? new Option<bool[]>(o.Names[0], o.Names[1..]) { Arity = ArgumentArity.Zero }
                    : new Option<string[]>(o.Names[0], o.Names[1..]) { Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false, HelpName = o.Value };
                option.Description = o.Text;
                option.Hidden = o.Hidden;
                c.Options.Add(option);
                foreach (var n in o.Names) specs[n] = o;
            }
            c.Arguments.Add(new Argument<string[]>("args") { Arity = ArgumentArity.ZeroOrMore });
            return Built[spec] = (c, specs);
        }
    }

    /// <summary>The System.CommandLine command for NAME.</summary>
    public static Command For(string name) => For(ByName[name]).Command;

    static bool TakesValue(CommandSpec spec, string token) =>
        AllOptions(spec).FirstOrDefault(o => o.Names.Contains(token)) is { Value: not null };

    /// <summary>
    /// Parses <paramref name="args"/> (a command's arguments) with the command's grammar, or throws
    /// <see cref="UsageException"/>. For `run`, what follows the program (FILE, `-`, `-m MOD`, `-c CODE`) is the
    /// program's own argv and is left alone (<see cref="CommandArgs.Program"/>). `-c CODE` in another command is
    /// FILE `-` with CODE as the standard input. `-h`/`--help` anywhere among the options means the command's help.
    /// </summary>
    public static CommandArgs Parse(string command, string[] args) => Parse(ByName[command], args);

    /// <summary>A pipeline SPEC's options (the words after its pass list), read as the pass options of a command
    /// line are; <paramref name="what"/> starts each error ("pipeline NAME").</summary>
    public static CommandArgs ParsePassWords(string what, string[] words)
    {
        try { return Parse(PipelineSpec, words); }
        catch (UsageException e) { throw new UsageException($"{what}: {e.Message}"); }
    }

    static CommandArgs Parse(CommandSpec spec, string[] args)
    {
        var (c, specs) = For(spec);
        int end = args.Length;
        if (spec.Name == "run")
        {
            // the options end at the program: FILE, `-`, `-m MODULE`, `-c CODE`
            for (int i = 0; i < args.Length; i++)
            {
                string a = args[i];
                if (a is "-m" or "-c" || a == "-" || !a.StartsWith('-')) { end = i; break; }
                if (!a.Contains('=') && !a.Contains(':') && TakesValue(spec, a)) i++;
            }
        }
        var parsed = c.Parse(args[..end], Config);
        if (parsed.Tokens.Any(t => t.Type == TokenType.Option && t.Value is "-h" or "--help"))
            return new CommandArgs(spec, [new(Opt.Help, "--help", null, null)], [], [], []);
        if (parsed.Errors.Count > 0) throw new UsageException(Describe(spec, c, parsed));

        var given = new List<Given>();
        var files = new List<string>();
        var afterDashes = new List<string>();
        bool dashes = false;
        var tokens = parsed.Tokens.Where(t => t.Type != TokenType.Directive).ToList();
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Type == TokenType.DoubleDash && !dashes) { dashes = true; continue; }
            if (t.Type == TokenType.Option && specs.TryGetValue(t.Value, out var o))
            {
                string? text = o.Value is null ? null : tokens[++i].Value;
                given.Add(new Given(o, t.Value, text, text is null ? null : Convert(o, text)));
                // -c CODE: the program is standard input, FILE `-`, where -c stood
                if (o == Opt.Code) files.Add("-");
                continue;
            }
            // System.CommandLine hands an unknown `--x` to the command's free arguments; before `--` it is a typo
            if (!dashes && t.Value.StartsWith('-') && t.Value != "-" && !IsNumber(t.Value)) throw new UsageException(Unknown(spec, c, t.Value));
            (dashes ? afterDashes : files).Add(t.Value);
        }
        return new CommandArgs(spec, given, [.. files, .. afterDashes], afterDashes, args[end..]);
    }

    /// <summary>The value of <paramref name="o"/> given as <paramref name="text"/>: one of its choices, what its
    /// converter makes of it, or the text; a value it does not take is argparse's one line.</summary>
    public static object Convert(OptionSpec o, string text)
    {
        if (o.Choices is { } choices && !choices.Contains(text))
        {
            string? near = Nearest(text, choices);
            throw new UsageException($"argument {o.Label}: invalid choice: '{text}' (choose from {string.Join(", ", choices.Select(x => $"'{x}'"))})"
                                     + (near is null ? "" : $"; did you mean '{near}'?"));
        }
        try { return o.Convert is { } convert ? convert(text) : text; }
        catch (OptionValueException e) { throw new UsageException($"argument {o.Label}: {e.Message}"); }
    }

    /// <summary>One line: the first error, and for an unknown option the nearest known one.</summary>
    static string Describe(CommandSpec spec, Command c, ParseResult parsed)
    {
        var unmatched = parsed.UnmatchedTokens.FirstOrDefault(t => t.StartsWith('-') && t != "-");
        if (unmatched is not null) return Unknown(spec, c, unmatched);
        var e = parsed.Errors[0];
        // "Required argument missing for option: '--passes'." in argparse's words
        if (e.SymbolResult is OptionResult { Option: var o }) return $"argument {For(spec).Specs[o.Name].Label}: expected one argument";
        return e.Message.TrimEnd('.');
    }

    static string Unknown(CommandSpec spec, Command c, string token)
    {
        string name = token.Split('=', 2)[0];
        if (Retired.FirstOrDefault(r => r.Name == name && r.Commands.Contains(spec.Name)) is { } old)
            return $"{spec.Name} {old.Name} is now {old.Instead} ({old.Why})";
        string? near = Nearest(name, c.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)));
        return $"unrecognized arguments: {token}" + (near is null ? "" : $" (did you mean {near}?)");
    }

    static bool IsNumber(string s) => double.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>docs/cli.md's table: every option name, what it means, and the commands that take it (a test
    /// checks that docs/cli.md holds exactly this).</summary>
    public static string FlagTable()
    {
        var rows = new SortedDictionary<string, (OptionSpec Spec, List<string> Commands)>(StringComparer.Ordinal);
        foreach (var s in Spec)
            foreach (var o in AllOptions(s).Where(o => !o.Hidden))
            {
                string key = string.Join(", ", o.Names);
                if (!rows.TryGetValue(key, out var row)) rows[key] = row = (o, []);
                row.Commands.Add(s.Name);
            }
        var w = new StringBuilder();
        w.Append("| option | value | meaning | commands |\n|---|---|---|---|\n");
        foreach (var (key, (o, commands)) in rows.OrderBy(r => r.Key.TrimStart('-'), StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            string who = commands.Count == Spec.Length ? "all" : string.Join(", ", commands);
            w.Append($"| `{key}` | {(o.Value is null ? "" : "`" + o.Value.Replace("|", "\\|") + "`")} | {o.Help.Replace("|", "\\|")} | {who} |\n");
        }
        return w.ToString();
    }

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
