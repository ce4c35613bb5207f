using System.Globalization;

namespace Pytk.Cli;

/// <summary>
/// Every option of `pytk`, declared once with its one meaning: its names, the name of its value, its help line and
/// how its value is read (<see cref="OptionSpec.Convert"/>). The commands' grammars in <see cref="CommandLine.Spec"/>
/// list these objects (a command may add a note or narrow the choices, never give a name another meaning; a test
/// checks that), and the commands read their values through them (<see cref="CommandArgs"/>), so each flag is
/// known in one place. docs/cli.md holds the table of every name (<see cref="CommandLine.FlagTable"/>).
/// </summary>
public static class Opt
{
    static OptionSpec Flag(string help, params string[] names) => new(names, null, help);
    static OptionSpec Value(string value, string help, Func<string, object>? convert, params string[] names) => new(names, value, help) { Convert = convert };
    static OptionSpec Choice(string[] choices, string help, params string[] names) => new(names, string.Join('|', choices), help, choices);

    /// <summary>A choice read as the value of the same position in <paramref name="values"/>.</summary>
    static OptionSpec Choice<T>(string[] choices, T[] values, string help, params string[] names) where T : notnull =>
        Choice(choices, help, names) with { Convert = s => values[Array.IndexOf(choices, s)] };

    // ---- every command
    public static readonly OptionSpec Color = Choice(["auto", "always", "never"],
        "colour (compare's diffs, progress bars): auto = only on a terminal and without NO_COLOR (the default)", "--color", "--colour");
    public static readonly OptionSpec Verbose = Flag("show the .NET stack trace of a failure", "--verbose");
    public static readonly OptionSpec Help = Flag("show this help and exit", "-h", "--help");

    // ---- where a program is read; python3's letters
    public static readonly OptionSpec Code = Value("CODE", "the program as text, instead of FILE (python3's -c)", null, "-c");
    public static readonly OptionSpec Module = Value("MODULE", "run the module (or PKG.__main__) as the program, as python3 -m does; what follows is its sys.argv", null, "-m");
    public static readonly OptionSpec Interactive = Flag("then start the interactive prompt (without FILE: at once), as python3 -i", "-i");
    public static readonly OptionSpec DontWriteBytecode = Flag("don't write .pyc files (also PYTKDONTWRITEBYTECODE=1), as python3 -B", "-B");
    public static readonly OptionSpec CacheVerbose = Flag("print a line for every cache file read, rejected or written (also PYTKVERBOSE=1), as python3 -v", "-v");

    // ---- the pass options (PassOptions.cs applies them)
    public static readonly OptionSpec Passes = Value("LIST", "run AST passes in this order, e.g. constfold,dce,constfold (`pytk passes` lists them)", null, "--passes");
    public static readonly OptionSpec Preset = Flag("presets (-O1 = CPython's own folding; `--passes default` = -O1; `pytk passes` shows them)", "-O0", "-O1", "-O2");
    public static readonly OptionSpec Plugin = Value("PATH", "load passes from a plugin: an assembly (.dll) or a Python file (.py); repeatable", null, "--plugin");
    public static readonly OptionSpec PassOpt = Value("PASS.KEY=VALUE", "an option of one pass (e.g. constfold.optimize=0; `pytk passes` lists them)", PassKeyValue, "--pass-opt");
    public static readonly OptionSpec PrintAfterAll = Flag("print the AST after every pass (to stderr)", "--print-after-all");
    public static readonly OptionSpec PrintAfter = Value("PASS", "print the AST after each run of PASS (repeatable)", null, "--print-after");
    public static readonly OptionSpec PrintChanged = Flag("unified diff of the AST after each pass that changed it", "--print-changed");
    public static readonly OptionSpec PrintFormat = Choice(["ast", "source"], "how the print options show the tree: the AST dump (default) or unparsed source", "--print-format");
    public static readonly OptionSpec TimePasses = Flag("time each pass: the minimum of --time-repeats runs after a first (JIT) run", "--time-passes");
    public static readonly OptionSpec TimeRepeats = Value("N", "how often --time-passes runs each pass again (default 5; 0: the first run only)", Int(0), "--time-repeats");
    public static readonly OptionSpec Stats = Flag("counts of the work done, to stderr: node counts before/after each pass and what each pass changed; `run` adds the run's own (instructions per opcode, calls, allocations)", "--stats");
    public static readonly OptionSpec Remarks = Flag("every change each pass reported (context.Changed), one line each, as LLVM's remarks", "--remarks");
    public static readonly OptionSpec ReportFormat = Choice(["text", "json"], "the reports above as text (default) or one JSON object per file (docs/reports.md)", "--report-format");
    public static readonly OptionSpec OptBisectLimit = Value("N", "run only the first N passes of the pipeline (-1: all, printing each BISECT line)",
        s => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) && v >= -1 ? v : throw new OptionValueException($"invalid int value: '{s}' (N >= 0, or -1 for no limit)"),
        "--opt-bisect-limit");
    public static readonly OptionSpec BisectUnit = Choice(["pass", "change"], "what --opt-bisect-limit counts: passes (default) or single changes across the pipeline", "--bisect-unit");
    public static readonly OptionSpec NoCheckInput = Flag("do not check that each pass left its input tree unchanged", "--no-check-input");

    // ---- output
    public static readonly OptionSpec Format = Choice(["text", "json", "dot"], "the output's format: text (the default), one JSON document (json) or, for an AST, a Graphviz graph (dot)", "--format");
    public static readonly OptionSpec BatchOut = new(["--batch-out"], "DIR", "write the output of each FILE to DIR/N.out (for the conformance checks)", Hidden: true);
    public static readonly OptionSpec Quiet = Flag("print less; -qq: less still", "-q", "--quiet");
    public static readonly OptionSpec Jobs = Value("N", "work on N threads; 0: one per processor", Int(0), "-j", "--jobs");

    // ---- tokenize
    public static readonly OptionSpec Exact = Flag("display token names using the exact type", "-e", "--exact");
    public static readonly OptionSpec Summary = Flag("tokenize files and directories (recursively); print only counts and time", "--summary");

    // ---- dump-ast, from-json
    public static readonly OptionSpec Mode = Choice(["exec", "single", "eval", "func_type"], "what the source holds, as compile()'s mode (default exec)", "--mode");
    public static readonly OptionSpec NoTypeComments = Flag("don't add information about type comments", "--no-type-comments");
    public static readonly OptionSpec IncludeAttributes = Flag("include attributes such as line numbers and column offsets", "-a", "--include-attributes");
    public static readonly OptionSpec Indent = Value("N", "indentation of nested nodes", Int(int.MinValue), "--indent");
    public static readonly OptionSpec Lines = Flag("every input line is one tree; each output ends with a line holding only U+001E", "--lines");
    public static readonly OptionSpec Validate = Flag("check the tree with the AST validator (docs/ast-model.md) and print its first problem", "--validate");

    // ---- parse
    public static readonly OptionSpec GcStats = Flag("also print allocation and garbage-collection figures (for tuning)", "--gc-stats");

    // ---- dis
    public static readonly OptionSpec Adaptive = Flag("run FILE first (its output to stderr), then show the quickened instructions: the specialized forms the adaptive ones rewrote themselves into (docs/dispatch.md)", "--adaptive");

    // ---- run
    public static readonly OptionSpec Dispatch = Choice(["switch", "threaded"], [DispatchKind.Switch, DispatchKind.Threaded], "the dispatch loop (default: threaded; docs/dispatch.md)", "--dispatch");
    public static readonly OptionSpec Trace = Flag("print every instruction and the value stack (runs on the switch loop)", "--trace");
    public static readonly OptionSpec Timeout = Value("S", "stop the run after S seconds: one line on stderr, exit status 124",
        s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && v < 1e9 ? v : throw new OptionValueException($"expected a positive number of seconds, got '{s}'"),
        "--timeout");
    public static readonly OptionSpec MaxMemory = Value("SIZE", "cap the heap (e.g. 512M, 2G): past it the program gets MemoryError", Size, "--max-memory");

    // ---- compile
    public static readonly OptionSpec InvalidationMode = Choice(["timestamp", "checked-hash", "unchecked-hash"],
        [Pytk.Compiler.Pyc.InvalidationMode.Timestamp, Pytk.Compiler.Pyc.InvalidationMode.CheckedHash, Pytk.Compiler.Pyc.InvalidationMode.UncheckedHash],
        "how the cache is checked against the source: timestamp (default; checked-hash when SOURCE_DATE_EPOCH is set), checked-hash (source hash, checked on import), unchecked-hash (source hash, trusted)",
        "--invalidation-mode");
    public static readonly OptionSpec Force = Flag("rewrite files even when they are up to date", "-f", "--force");
    public static readonly OptionSpec Verify = Flag("read every written file back and check it decodes to the same code", "--verify");

    // ---- compare
    public static readonly OptionSpec Pipeline = Value("NAME=SPEC", "a pipeline to compare (repeatable; the first is the base)", NameSpec, "--pipeline");
    public static readonly OptionSpec Against = Value("SPEC", "the base pipeline of the two-pipeline form (default O0)", null, "--against");
    public static readonly OptionSpec View = Choice(["ast", "source", "dis"], "what to diff: the AST dump (default), the unparsed source or the disassembly", "--view");
    public static readonly OptionSpec Source = Flag("the same as --view source", "--source");
    public static readonly OptionSpec Dis = Flag("the same as --view dis", "--dis");
    public static readonly OptionSpec Dynamic = Flag("also run every pipeline's code on pytk's VM: exit status, output diff against the base, instructions executed per opcode", "--dynamic");
    public static readonly OptionSpec ExpectSame = Flag("implies --dynamic; exit 1 when a run's output or exit status differs from the base's", "--expect-same");
    public static readonly OptionSpec Stdin = Value("FILE", "the runs' standard input (- : pytk's own); default empty", null, "--stdin");
    public static readonly OptionSpec SideBySide = Flag("two columns instead of a unified diff", "-y", "--side-by-side");
    public static readonly OptionSpec Width = Value("N", "the width of each column of -y (default 60)", Int(20), "--width");

    // ---- explore
    public static readonly OptionSpec Port = Value("N", "the port to listen on (default 0: any free one)", Int(0, 65535), "--port");
    public static readonly OptionSpec Open = Flag("open the page in the browser", "--open");
    public static readonly OptionSpec Worker = new(["--worker"], null, "serve one session's runtime (started by the explorer's server)", Hidden: true);

    /// <summary>An int of at least <paramref name="min"/> (and at most <paramref name="max"/>), argparse's words otherwise.</summary>
    static Func<string, object> Int(int min, int max = int.MaxValue) => s =>
        !int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) ? throw new OptionValueException($"invalid int value: '{s}'")
        : v < min ? throw new OptionValueException($"expected an int of at least {min}, got '{s}'")
        : v > max ? throw new OptionValueException($"expected an int of at most {max}, got '{s}'")
        : v;

    /// <summary>N, NK, NM or NG (powers of 1024, case-insensitive, an optional B), at least 16M.</summary>
    static object Size(string s)
    {
        string t = s.Trim().ToUpperInvariant().TrimEnd('B');
        long unit = t.EndsWith('K') ? 1L << 10 : t.EndsWith('M') ? 1L << 20 : t.EndsWith('G') ? 1L << 30 : 1;
        if (unit > 1) t = t[..^1];
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double n) || n * unit < 16 << 20 || n * unit > 1L << 50)
            throw new OptionValueException($"expected a size of at least 16M such as 512M or 2G, got '{s}'");
        return (long)(n * unit);
    }

    static object PassKeyValue(string s)
    {
        int k = s.IndexOf('=');
        if (k <= 0 || !s[..k].Contains('.')) throw new OptionValueException($"expected PASS.KEY=VALUE, got '{s}'");
        return new KeyValuePair<string, string>(s[..k], s[(k + 1)..]);
    }

    static object NameSpec(string s)
    {
        int at = s.IndexOf('=');
        if (at <= 0) throw new OptionValueException($"expected NAME=SPEC, got '{s}'");
        return new KeyValuePair<string, string>(s[..at], s[(at + 1)..]);
    }
}

/// <summary>A value an option does not take: the detail after `argument NAME: ` (exit status 2).</summary>
public sealed class OptionValueException(string detail) : Exception(detail);
