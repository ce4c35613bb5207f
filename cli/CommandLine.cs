using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;

namespace Pytk.Cli;

/// <summary>One option of a command: its names (the first is the one help shows first), the name of its value
/// (null: a flag), the help line, the values it accepts (help and completion list them; the command checks them),
/// and whether help lists it.</summary>
public sealed record OptionSpec(string[] Names, string? Value, string Help, string[]? Choices = null, bool Hidden = false);

/// <summary>One command: its synopsis after the options, the paragraphs of its help, its own options, whether it
/// takes the pass options and whether `-c CODE` (a program on the command line) applies.</summary>
public sealed record CommandSpec(string Name, string Synopsis, string Description, OptionSpec[] Options, bool Passes = false, bool Code = false);

/// <summary>
/// pytk's command-line grammar, declared once: every command's options with their arity, value names, choices and
/// help lines (<see cref="Spec"/>). From it come the System.CommandLine parser (<see cref="For"/>), each command's
/// help (<see cref="Help"/>: `pytk help CMD`, `pytk CMD --help`) and the shell completion scripts
/// (<see cref="Completion"/>), so none of them can forget an option. <see cref="Normalize"/> parses a command's
/// arguments before the command runs, so every command reads its flags the same way: `--flag=value`,
/// `--flag:value` and `--flag value` alike; an unknown option or a misspelt one is a one-line error with exit
/// status 2 that names the nearest option; `-c CODE` stands for a program given on the command line. The command
/// then receives the canonical form (`--flag value`) and keeps its own checks of values (argparse-style messages).
/// </summary>
public static class CommandLine
{
    static OptionSpec Flag(string help, params string[] names) => new(names, null, help);
    static OptionSpec Value(string value, string help, params string[] names) => new(names, value, help);
    static OptionSpec Choice(string[] choices, string help, params string[] names) => new(names, string.Join('|', choices), help, choices);
    static OptionSpec Hidden(string? value, params string[] names) => new(names, value, "", Hidden: true);

    /// <summary>The options every command takes.</summary>
    public static readonly OptionSpec[] Global =
    [
        new(["--color", "--colour"], "auto|always|never", "colour (compare's diffs, progress bars): auto = only on a terminal and without NO_COLOR (the default)",
            ["auto", "always", "never"]),
        Flag("show the .NET stack trace of a failure", "--verbose"),
        Flag("show this help and exit", "-h", "--help"),
    ];

    /// <summary>The pass options (cli/PassOptions.cs reads them) of every command that runs AST passes.</summary>
    public static readonly OptionSpec[] PassOptionSpecs =
    [
        Value("LIST", "run AST passes in this order, e.g. constfold,dce,constfold (`pytk passes` lists them)", "--passes"),
        Flag("presets (-O1 = CPython's own folding; `--passes default` = -O1; `pytk passes` shows them)", "-O0", "-O1", "-O2"),
        Value("PATH", "load passes from a plugin: an assembly (.dll) or a Python file (.py); repeatable", "--plugin"),
        Value("PASS.KEY=VALUE", "an option of one pass (e.g. constfold.optimize=0; `pytk passes` lists them)", "--pass-opt"),
        Flag("print the AST after every pass (to stderr)", "--print-after-all"),
        Value("PASS", "print the AST after each run of PASS (repeatable)", "--print-after"),
        Flag("unified diff of the AST after each pass that changed it", "--print-changed"),
        Choice(["ast", "source"], "how the print options show the tree: the AST dump (default) or unparsed source", "--print-format"),
        Flag("time each pass: the minimum of --time-repeats runs after a first (JIT) run", "--time-passes"),
        Value("N", "how often --time-passes runs each pass again (default 5; 0: the first run only)", "--time-repeats"),
        Flag("node counts before/after each pass and what each pass changed (run: also the run's counts)", "--stats"),
        Flag("every change each pass reported (context.Changed), one line each, as LLVM's remarks", "--remarks"),
        Choice(["text", "json"], "the reports above as text (default) or one JSON object per file (docs/reports.md)", "--report-format"),
        Value("N", "run only the first N passes of the pipeline (-1: all, printing each BISECT line)", "--opt-bisect-limit"),
        Choice(["pass", "change"], "what --opt-bisect-limit counts: passes (default) or single changes across the pipeline", "--bisect-unit"),
        Flag("do not check that each pass left its input tree unchanged", "--no-check-input"),
    ];

    static readonly OptionSpec CodeOption = Value("CODE", "the program as text, instead of FILE", "-c");
    static readonly OptionSpec BatchOut = Hidden("DIR", "--batch-out");
    static readonly OptionSpec[] FormatTextJson = [Choice(["text", "json"], "text (default) or one JSON document (schema pytk-report/1; docs/reports.md)", "--format")];

    /// <summary>Every command's grammar, in the order of `pytk --help` (Program.Commands has the entry points).</summary>
    public static readonly CommandSpec[] Spec =
    [
        new("tokenize", "[FILE | - | -c CODE]\n       pytk tokenize --stats PATH...",
            "Prints the tokens of FILE (default: stdin) exactly as `python3.13 -m tokenize` does.",
            [Flag("display token names using the exact type", "-e", "--exact"),
             Flag("tokenize files and directories (recursively), print counts and time only", "--stats"), BatchOut], Code: true),
        new("dump-ast", "[FILE | - | -c CODE]",
            "Prints the AST of FILE (default: stdin) exactly as `python3.13 -m ast` does (its -m, -a and -i too).",
            [Choice(["exec", "single", "eval", "func_type"], "what FILE holds (default exec)", "-m", "--mode"),
             Flag("don't add information about type comments", "--no-type-comments"),
             Flag("include attributes such as line numbers and column offsets (JSON always has them)", "-a", "--include-attributes"),
             Value("N", "indentation of nodes (default 3; JSON: json.dumps's indent, default 1)", "-i", "--indent"),
             Choice(["text", "json", "dot"], "text (default, as python -m ast), json (docs/ast-json.md) or dot (Graphviz)", "--format"),
             BatchOut], Passes: true, Code: true),
        new("parse", "PATH...",
            "Parses every .py file under PATH (files or directories, recursively) and prints counts and time.",
            [Flag("do not list the errors, only count them", "-q", "--quiet"),
             Value("N", "parse on N threads (default: one per processor)", "-j", "--jobs"),
             Flag("also print allocation and garbage-collection figures (for tuning)", "--gc-stats")]),
        new("from-json", "[FILE | -]",
            "Reads an AST in pytk's JSON form (docs/ast-json.md; `dump-ast --format json` writes it) and prints it as dump-ast does.",
            [Choice(["text", "json", "dot"], "text (default), json or dot (Graphviz)", "--format"),
             Flag("include attributes such as line numbers and column offsets", "-a", "--include-attributes"),
             Value("N", "indentation of nodes (default 3)", "-i", "--indent"),
             Flag("every input line is one tree; each output ends with a line holding only U+001E", "--lines"),
             Flag("check the tree with the AST validator (docs/ast-model.md) and print its first problem", "--validate")]),
        new("symtable", "[FILE | - | -c CODE]...",
            "Prints the symbol tables of each file (default: stdin) exactly as `python3.13 -m symtable` does.",
            [Choice(["text", "json"], "text (default) or one JSON document per file and line (kind \"symtable\"; docs/reports.md)", "--format"), BatchOut],
            Code: true),
        new("dis", "(FILE | FILE.pyc | - | -c CODE)",
            "Prints the bytecode of pytk's VM for FILE, in the layout of `python3.13 -m dis`.",
            [Flag("run FILE first (its output to stderr), then show the quickened instructions: the specialized forms the adaptive ones rewrote themselves into (docs/dispatch.md)", "--adaptive"),
             Choice(["text", "json"], "text (default) or one JSON document (kind \"dis\"; docs/reports.md)", "--format")], Passes: true, Code: true),
        new("run", "(FILE | FILE.pyc | - | -m MODULE | -c CODE) [ARG...]",
            "Compiles FILE to bytecode and runs it on the pytk VM, as `python3.13 FILE ARG...` does. FILE's code and the modules it imports are cached in __pycache__/NAME.pytk-313.pyc (docs/pyc.md). -m MODULE runs a module as `python3 -m` does; what follows the program is its own sys.argv.",
            [Flag("don't write .pyc files (also PYTKDONTWRITEBYTECODE=1)", "-B"),
             Flag("print a line for every cache file read, rejected or written (also PYTKVERBOSE=1)", "-v"),
             Flag("then start the interactive prompt (without FILE: at once); FILE - reads stdin", "-i"),
             Choice(["switch", "threaded"], "the dispatch loop (default: threaded; docs/dispatch.md)", "--dispatch"),
             Flag("print every instruction and the value stack (runs on the switch loop)", "--trace"),
             Value("S", "stop the run after S seconds: one line on stderr, exit status 124", "--timeout"),
             Value("SIZE", "cap the heap (e.g. 512M, 2G): past it the program gets MemoryError", "--max-memory")], Passes: true, Code: true),
        new("compile", "PATH...",
            "Writes DIR/__pycache__/NAME.pytk-313.pyc for every .py file under PATH (files or directories, recursively), as `python -m compileall` does. Exit status 1 if a file could not be compiled. A progress bar on a terminal.",
            [Value("N", "compile on N threads (0: one per processor; default 1)", "-j", "--jobs"),
             Choice(["timestamp", "checked-hash", "unchecked-hash"], "how the cache is checked against the source: timestamp (default; checked-hash when SOURCE_DATE_EPOCH is set), checked-hash (source hash, checked on import), unchecked-hash (source hash, trusted)", "--invalidation-mode"),
             Flag("rewrite files even when they are up to date", "-f"),
             Flag("print only errors and the summary", "-q"),
             Flag("print nothing", "-qq"),
             Flag("read every written file back and check it decodes to the same code", "--verify")], Passes: true),
        new("passes", "",
            "Lists the AST passes (built-in and those of --plugin) with their options, and the presets.",
            [], Passes: true),
        new("unparse", "[FILE | - | -c CODE]",
            "Prints FILE as Python source from its AST (after the passes), as ast.unparse does.",
            [BatchOut], Passes: true, Code: true),
        new("compare", "(FILE|-|-c CODE) --pipeline NAME=SPEC... [-- ARG...]\n       pytk compare FILE --passes A --against B ...   (= --pipeline B=B --pipeline A=A)",
            "Shows FILE after each pipeline against FILE after the first one (the base): a diff of the AST dump, of the unparsed source or of the disassembly; then node counts per kind and instruction counts per opcode, one column each.\n\n"
            + "A SPEC is a pass list or preset, optionally followed by pass options for that pipeline alone:\n"
            + "  --pipeline base=O0 --pipeline opt=O2 --pipeline 'nofold=O2 --pass-opt constfold.optimize=false'\n"
            + "Pass options given outside --pipeline apply to every pipeline; reports (--time-passes ...) are printed per pipeline.",
            [Value("NAME=SPEC", "a pipeline to compare (repeatable; the first is the base)", "--pipeline"),
             Value("SPEC", "the base pipeline of the two-pipeline form (default O0)", "--against"),
             Choice(["ast", "source", "dis"], "what to diff: the AST dump (default), the unparsed source or the disassembly", "--view"),
             Flag("the same as --view source", "--source"),
             Flag("the same as --view dis", "--dis"),
             Flag("also run every pipeline's code on pytk's VM: exit status, output diff against the base, instructions executed per opcode", "--dynamic"),
             Flag("implies --dynamic; exit 1 when a run's output or exit status differs from the base's", "--expect-same"),
             Value("FILE", "the runs' standard input (- : pytk's own); default empty", "--stdin"),
             .. FormatTextJson,
             Flag("two columns instead of a unified diff", "-y", "--side-by-side"),
             Value("N", "the width of each column of -y (default 60)", "--width")], Passes: true, Code: true),
        new("explore", "[FILE | - | -c CODE]",
            "Serves a page on 127.0.0.1 that shows every stage of a program (tokens, AST, symbol tables, bytecode, a run) and every pass of a pipeline, updated as you type or when FILE is saved (docs/explore.md).",
            [Value("N", "the port to listen on (default 0: any free one)", "--port"),
             Flag("open the page in the browser", "--open"),
             Value("PATH", "load passes from a plugin (.dll or Python .py) for the page's pipelines; repeatable", "--plugin"),
             Hidden(null, "--worker")], Code: true),
        new("completion", "(bash | zsh | fish)",
            "Prints a completion script for the shell: commands, options, their values, pass names, files. Load it with\n"
            + "  bash: source <(pytk completion bash)\n"
            + "        (or save it as ~/.local/share/bash-completion/completions/pytk)\n"
            + "  zsh:  source <(pytk completion zsh)     (or save it as _pytk in a folder of $fpath)\n"
            + "  fish: pytk completion fish > ~/.config/fish/completions/pytk.fish",
            []),
    ];

    static readonly Dictionary<string, CommandSpec> ByName = Spec.ToDictionary(s => s.Name);

    /// <summary>The declaration of command NAME.</summary>
    public static CommandSpec SpecOf(string name) => ByName[name];

    /// <summary>Every option NAME takes, its own first, then the pass options, `-c`, the global ones.</summary>
    public static IEnumerable<OptionSpec> AllOptions(CommandSpec s) =>
        s.Options.Concat(s.Passes ? PassOptionSpecs : []).Concat(s.Code ? [CodeOption] : []).Concat(Global);

    static readonly ParserConfiguration Config = new() { ResponseFileTokenReplacer = null };
    static readonly Dictionary<string, Command> Built = [];

    /// <summary>The System.CommandLine command for NAME (built once).</summary>
    public static Command For(string name)
    {
        lock (Built)
        {
            if (Built.TryGetValue(name, out var c)) return c;
            var spec = ByName[name];
            c = new Command(name, spec.Description);
            foreach (var o in AllOptions(spec))
            {
                // each occurrence takes one token; repeating an option is the command's business (--plugin, -q -q)
                Option option = o.Value is null
                    ? new Option<bool[]>(o.Names[0], o.Names[1..]) { Arity = ArgumentArity.Zero }
                    : new Option<string[]>(o.Names[0], o.Names[1..]) { Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false, HelpName = o.Value };
                option.Description = o.Help;
                option.Hidden = o.Hidden;
                c.Options.Add(option);
            }
            c.Arguments.Add(new Argument<string[]>("args") { Arity = ArgumentArity.ZeroOrMore });
            Built[name] = c;
            return c;
        }
    }

    static IEnumerable<string> Names(Option o) => o.Aliases.Prepend(o.Name);

    static bool TakesValue(Command c, string token) =>
        c.Options.FirstOrDefault(o => Names(o).Contains(token)) is { } o && o.Arity.MaximumNumberOfValues > 0;

    /// <summary>A command's arguments after <see cref="Normalize"/>: canonical, with `-c CODE` taken out (as
    /// <see cref="Code"/>, the program on stdin), whether help was asked for, and the --color choice.</summary>
    public sealed record Normalized(string[] Args, string? Code, bool Help, string Color);

    /// <summary>
    /// Parses <paramref name="args"/> (a command's arguments) with the grammar and returns them in canonical
    /// form, or throws <see cref="UsageException"/>. For `run`, what follows the program (FILE, `-`, `-m MOD`,
    /// `-c CODE`) is the program's own argv and is left alone. `-c CODE` in another command becomes `-` with
    /// CODE as the standard input. `-h`/`--help` anywhere among the options means the command's help; `--color`
    /// is taken out (every command reads it from its context).
    /// </summary>
    public static Normalized Normalize(string command, string[] args)
    {
        string? code = null;
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
        bool help = parsed.Tokens.Any(t => t.Type == TokenType.Option && t.Value is "-h" or "--help");
        if (help) return new([], null, true, "auto");
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
        // --color for every command (compare's diffs, progress bars); the last one given counts
        string color = "auto";
        for (int at; (at = canonical.FindIndex(a => a is "--color" or "--colour")) >= 0;)
        {
            color = canonical[at + 1];
            if (color is not ("auto" or "always" or "never"))
                throw new UsageException($"argument --color: invalid choice: '{color}' (choose from 'auto', 'always', 'never')");
            canonical.RemoveRange(at, 2);
        }
        // --verbose is read by Program.Run; commands that take pass options (and dis, run) see it too
        if (!ByName[command].Passes && command is not ("dis" or "run")) canonical.RemoveAll(a => a == "--verbose");
        canonical.AddRange(args[end..]);
        return new(canonical.ToArray(), code, false, color);
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
        string? near = Nearest(token.Split('=', 2)[0], c.Options.Where(o => !o.Hidden).SelectMany(Names));
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
