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
    public static readonly (string Name, string Summary, Func<CliContext, string[], int> Run)[] Commands =
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
        ("compare", "compare a file after two pass pipelines (diff of AST or source, node counts)", CompareCommand.Run),
    ];

    public static int Main(string[] args)
    {
        // As CPython: stdout is block-buffered unless PYTHONUNBUFFERED (or pytk's own PYTKUNBUFFERED) is a
        // non-empty string, which makes every write reach the stream at once (so it interleaves with stderr).
        bool unbuffered = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONUNBUFFERED"))
                          || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTKUNBUFFERED"));
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = unbuffered };
        var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
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
            return Run(new CliContext(stdout, stderr, Console.OpenStandardInput()), args);
        }
        finally
        {
            try { stdout.Flush(); } catch (IOException) { /* closed pipe: nothing more to say */ }
        }
    }

    /// <summary>In-process entry used by the tests: same behaviour as the process, with captured streams.</summary>
    public static int Run(CliContext ctx, string[] args)
    {
        bool verbose = args.Contains("--verbose");
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                PrintHelp(args.Length == 0 ? ctx.Err : ctx.Out);
                return args.Length == 0 ? 2 : 0;
            }
            if (args[0] == "--version")
            {
                ctx.Out.WriteLine("pytk " + typeof(Program).Assembly.GetName().Version?.ToString(3));
                return 0;
            }
            foreach (var (name, _, run) in Commands)
                if (name == args[0])
                {
                    // Each command gets a runtime of its own (or the caller's): in-process callers (the tests) run
                    // side by side, and a caller holding the runtime can stop it.
                    using var bound = (ctx.Runtime ?? new Pytk.Vm.PythonRuntime()).Enter();
                    return run(ctx, args[1..]);
                }
            ctx.Err.WriteLine($"pytk: unknown command '{args[0]}' (known: {string.Join(", ", Commands.Select(c => c.Name))})");
            return 2;
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
        catch (Exception e) when (!verbose)
        {
            // Never a .NET stack trace for the user: one line, non-zero exit. --verbose shows the whole thing.
            ctx.Err.WriteLine($"pytk: internal error: {e.GetType().Name}: {e.Message} (run with --verbose for details)");
            return 70;
        }
    }

    static void PrintHelp(TextWriter w)
    {
        w.WriteLine("usage: pytk COMMAND [options] [FILE]");
        w.WriteLine();
        w.WriteLine("pytk: a modular Python compiler toolkit (source -> tokens -> AST -> passes -> bytecode -> VM)");
        w.WriteLine();
        w.WriteLine("commands:");
        foreach (var (name, summary, _) in Commands)
            w.WriteLine($"  {name,-12}{summary}");
        w.WriteLine();
        w.WriteLine("Run `pytk COMMAND --help` for a command's options.");
    }
}

/// <summary>The streams a command writes to; the tests substitute StringWriters.</summary>
/// <summary>The streams of one `pytk` command, and the runtime it runs in (null: a new one).</summary>
public sealed record CliContext(TextWriter Out, TextWriter Err, Stream In, Pytk.Vm.PythonRuntime? Runtime = null);

/// <summary>A bad command line: printed as `pytk: error: ...`, exit status 2, as argparse does.</summary>
public sealed class UsageException(string message) : Exception(message);
