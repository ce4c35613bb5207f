using System.Text;
using Pytk.Passes;

namespace Pytk.Cli;

/// <summary>
/// The `pytk` command. Thin by design: it parses flags and calls the libraries. Every command is a class
/// in Commands/ with a static Run(CliContext, string[]) method, listed once in <see cref="Commands"/>.
/// </summary>
public static class Program
{
    /// <summary>Name, one-line summary, entry point. The order is the order of `pytk --help`.</summary>
    public static readonly (string Name, string Summary, Func<CliContext, CommandArgs, int> Run)[] Commands =
    [
        ("tokenize", "print the tokens of a file, as `python -m tokenize` does", TokenizeCommand.Run),
        ("dump-ast", "print the AST of a file, as `python -m ast` does", DumpAstCommand.Run),
        ("parse", "parse files and directories, print counts, errors and time", ParseCommand.Run),
        ("from-json", "print an AST given in pytk's JSON form (docs/ast-json.md) as dump-ast does", FromJsonCommand.Run),
        ("symtable", "print the symbol tables of a file, as `python -m symtable` does", SymtableCommand.Run),
        ("dis", "print the bytecode of a file, as `python -m dis` does", DisCommand.Run),
        ("run", "compile a file to bytecode and run it on the VM, as `python FILE` does", RunCommand.Run),
        ("compile", "write the __pycache__ files of .py files and trees, as `python -m compileall` does", CompileCommand.Run),
        ("passes", "list the AST passes (built-in and --plugin) and the presets", PassesCommand.Run),
        ("unparse", "print a file as Python source from its AST (after --passes), as ast.unparse does", UnparseCommand.Run),
        ("compare", "compare a file after several pass pipelines: diffs, node and instruction counts, runs", CompareCommand.Run),
        ("explore", "serve a local web page showing every stage and every pass of a file, live", Explorer.ExplorerCommand.Run),
        ("completion", "print a shell completion script (bash, zsh, fish)", Completion.Run),
    ];

    public static int Main(string[] args)
    {
        // As CPython: stdout is block-buffered unless PYTHONUNBUFFERED (or pytk's own PYTKUNBUFFERED) is a
        // non-empty string, which makes every write reach the stream at once (so it interleaves with stderr).
        bool unbuffered = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONUNBUFFERED"))
                          || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTKUNBUFFERED"));
        var stdout = new StreamWriter(OpenStdout(), new UTF8Encoding(false), 1 << 16) { AutoFlush = unbuffered };
        var stderr = new StreamWriter(OperatingSystem.IsWindows() ? Console.OpenStandardError() : new FdStream(2), new UTF8Encoding(false)) { AutoFlush = true };
        // Whatever asks for Console.Out/Error (a runtime's default streams) gets these: the console's own writers
        // would set the terminal up on first use (ESC[?1h ESC= on it, never undone).
        Console.SetOut(stdout);
        Console.SetError(stderr);
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTKVERBOSE")))
        {
            // which of pytk's assemblies a run needed: a warm-cache run must not load the parser (tests check this)
            AppDomain.CurrentDomain.AssemblyLoad += (_, e) =>
            {
                if (e.LoadedAssembly.GetName().Name is { } n && (n.StartsWith("Pytk.") || n.StartsWith("Antlr")))
                    stderr.WriteLine($"# loaded assembly {n}");
            };
        }
        try
        {
            return Run(new CliContext(stdout, stderr, Console.OpenStandardInput())
            {
                StdinIsTerminal = !Console.IsInputRedirected,
                StdoutIsTerminal = !Console.IsOutputRedirected,
                StderrIsTerminal = !Console.IsErrorRedirected,
            }, args);
        }
        finally
        {
            try { stdout.Flush(); } catch (IOException) { /* closed pipe: nothing more to say */ }
        }
    }

    /// <summary>
    /// Standard output as write(2) on descriptor 1 (<see cref="FdStream"/>): writes to a closed pipe fail with
    /// EPIPE, which the VM raises as BrokenPipeError as CPython does, so `pytk run prog.py | head -1` ends; a
    /// file shared with stderr or a shell keeps its order; the terminal is left as it was.
    /// </summary>
    static Stream OpenStdout()
    {
        if (OperatingSystem.IsWindows()) return Console.OpenStandardOutput();
        // Descriptor 1 closed (`pytk run prog.py >&-`): CPython's sys.stdout is None and print writes nothing.
        // The runtime may since have reused descriptor 1 for a file it reads, so a read-only 1 counts as closed.
        if (OperatingSystem.IsLinux() && !WritableFd1()) return Stream.Null;
        return new FdStream(1);
    }

    static bool WritableFd1()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/fdinfo/1"))
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                    return (Convert.ToInt32(line[6..].Trim(), 8) & 3) != 0; // O_ACCMODE: O_RDONLY is 0
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { return false; }
    }

    /// <summary>
    /// `pytk [python3 options] (-c CODE | -m MODULE | - | FILE.py) [args]` as `pytk run ...`: the options python3
    /// takes before the program are accepted (-B kept; -E -I -s -S -u -b -bb -q -d -R -P -O -OO -v, -X OPT and
    /// -W ARG have no effect on pytk); null when ARGS do not start like a python3 command line.
    /// </summary>
    static string[]? PythonStyle(string[] args)
    {
        var run = new List<string>();
        int i = 0;
        for (; i < args.Length; i++)
        {
            string a = args[i];
            if (a is "-c" or "-m")
            {
                if (i + 1 >= args.Length) return null;
                return [.. run, a, .. args[(i + 1)..]];
            }
            if (a == "-") return [.. run, .. args[i..]];
            if (a == "-B") { run.Add("-B"); continue; }
            if (a is "-E" or "-I" or "-s" or "-S" or "-u" or "-b" or "-bb" or "-q" or "-d" or "-R" or "-P" or "-O" or "-OO" or "-v") continue;
            if (a is "-X" or "-W") { i++; continue; }
            if (a.Length > 2 && (a.StartsWith("-X") || a.StartsWith("-W"))) continue;
            if (i > 0 && !a.StartsWith('-')) return [.. run, .. args[i..]];       // options, then the program file
            if (i == 0 && a.EndsWith(".py", StringComparison.Ordinal) && File.Exists(a)) return args;
            return null;
        }
        return null;
    }

    /// <summary>In-process entry used by the tests: same behaviour as the process, with captured streams.</summary>
    public static int Run(CliContext ctx, string[] args)
    {
        bool verbose = false;
        try
        {
            // As python3: alone, the interactive prompt on a terminal and the program read from stdin otherwise;
            // -i [FILE]: the prompt (after FILE) whatever stdin is.
            if (args.Length == 0) return Run(ctx, ["run", ctx.StdinIsTerminal ? "-i" : "-"]);
            if (args[0] == "-i") return Run(ctx, ["run", .. args]);
            // Called as a Python interpreter (sys.executable is pytk: test.support's script_helper, subprocess,
            // `-m json.tool`): python3's options in front of -c/-m/-/FILE.py mean `pytk run`.
            if (PythonStyle(args) is { } runArgs) return Run(ctx, ["run", .. runArgs]);
            if (args[0] == "help" && args.Length > 1)
            {
                if (args.Length > 2) throw new UsageException($"unrecognized arguments: {string.Join(' ', args[2..])}");
                if (Commands.All(c => c.Name != args[1])) return UnknownCommand(ctx, args[1]);
                ctx.Out.Write(HelpText.For(args[1]));
                return 0;
            }
            if (args[0] is "-h" or "--help" or "help")
            {
                ctx.Out.Write(HelpText.Overview());
                return 0;
            }
            if (args[0] == "--version")
            {
                // the package version (MinVer, from git tags), without the commit hash
                ctx.Out.WriteLine("pytk " + (typeof(Program).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                    is [System.Reflection.AssemblyInformationalVersionAttribute v, ..] ? v.InformationalVersion.Split('+')[0] : "?"));
                return 0;
            }
            foreach (var (name, _, run) in Commands)
                if (name == args[0])
                {
                    // one grammar for every command (CommandLine.cs): --flag=value, typos named, -c CODE, values checked
                    var parsed = CommandLine.Parse(name, args[1..]);
                    if (parsed.Has(Opt.Help))
                    {
                        ctx.Out.Write(HelpText.For(name));
                        return 0;
                    }
                    verbose = parsed.Has(Opt.Verbose);
                    ctx = ctx with { Color = parsed.Get(Opt.Color, "auto") };
                    // -c CODE outside `run` (where it belongs to the program): FILE `-`, CODE on stdin
                    if (parsed.Spec.Code && parsed.Text(Opt.Code) is { } code) ctx = ctx with { In = CommandLine.CodeStream(code) };
                    // Each command gets a runtime of its own (or the caller's): in-process callers (the tests) run
                    // side by side, and a caller holding the runtime can stop it.
                    // Its streams are the command's from the start: Console.In would set the terminal up.
                    using var bound = (ctx.Runtime ?? new PythonRuntime { Stdout = ctx.Out, Stderr = ctx.Err, Stdin = new StreamReader(ctx.In) }).Enter();
                    return run(ctx, parsed);
                }
            return UnknownCommand(ctx, args[0]);
        }
        catch (UsageException e)
        {
            ctx.Err.WriteLine($"pytk: error: {e.Message}");
            return 2;
        }
        catch (PassFailedException e)
        {
            // a pass (often a plugin) broke: name it, exit 1; the stack trace only on request
            ctx.Err.WriteLine($"pytk: error: {e.Message}");
            if (verbose && e.InnerException is not null) ctx.Err.WriteLine(e.InnerException.ToString());
            return 1;
        }
        catch (PipelineException e)
        {
            ctx.Err.WriteLine($"pytk: error: {e.Message}");
            return 1;
        }
        catch (PyException e) when (!verbose)
        {
            // A Python exception outside a running program (e.g. `dis` printing an int constant past the digit
            // limit): CPython's tools end with its traceback; its last line and status 1 here.
            ctx.Err.WriteLine(Traceback.LastLine(e.Value));
            return 1;
        }
        catch (IOException e) when (e.HResult == 32)
        {
            // EPIPE: the reader of our output has gone (`pytk passes | head -1`); like any filter, stop quietly
            // with the status of a process ended by SIGPIPE.
            return 141;
        }
        catch (Exception e) when (!verbose)
        {
            // Never a .NET stack trace for the user: one line, non-zero exit. --verbose shows the whole thing.
            ctx.Err.WriteLine($"pytk: internal error: {ErrorText.Of(e)} (run with --verbose for details)");
            return 70;
        }
    }

    static int UnknownCommand(CliContext ctx, string name)
    {
        string? near = CommandLine.Nearest(name, Commands.Select(c => c.Name));
        ctx.Err.WriteLine($"pytk: unknown command '{name}' (known: {string.Join(", ", Commands.Select(c => c.Name))})"
                          + (near is null ? "" : $"; did you mean '{near}'?"));
        return 2;
    }
}

/// <summary>The streams of one `pytk` command, and the runtime it runs in (null: a new one); the tests substitute
/// StringWriters (and may claim a terminal).</summary>
public sealed record CliContext(TextWriter Out, TextWriter Err, Stream In, PythonRuntime? Runtime = null)
{
    /// <summary>Standard input is a terminal: `pytk` alone then starts the interactive prompt.</summary>
    public bool StdinIsTerminal { get; init; }

    /// <summary>Standard output is a terminal: compare colours its diff (unless --color never or NO_COLOR).</summary>
    public bool StdoutIsTerminal { get; init; }

    /// <summary>Standard error is a terminal: long work draws a progress bar there.</summary>
    public bool StderrIsTerminal { get; init; }

    /// <summary>--color: auto (colour on a terminal unless NO_COLOR is set to a non-empty string), always, never.</summary>
    public string Color { get; init; } = "auto";

    /// <summary>Whether output to a stream that is (<paramref name="terminal"/>) a terminal gets colour.</summary>
    public bool Colour(bool terminal) =>
        Color == "always" || Color == "auto" && terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}

/// <summary>A bad command line: printed as `pytk: error: ...`, exit status 2, as argparse does.</summary>
public sealed class UsageException(string message) : Exception(message);
