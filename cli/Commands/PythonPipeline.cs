using System.Text;
using Pytk.Grammar;
using Pytk.Passes;
using Pytk.Hosting;
using Pytk.Syntax;
using Pytk.Vm;
using Pytk.Compiler.CodeGen;

namespace Pytk.Cli;

/// <summary>source → parse → compile, shared by run and dis. Errors are printed as CPython prints them.</summary>
public static class PythonPipeline
{
    public sealed class Failed(int status) : Exception { public readonly int Status = status; }

    /// <summary>Reads FILE (a .py file, or a .json AST export beside its .py for tests before the parser lands).</summary>
    public static CodeObject CompileFile(CliContext ctx, string path, PassOptions? passes = null)
    {
        byte[] bytes;
        if (path == "-") return CompileOrFail(ctx, SourceFiles.ReadAll(ctx.In), "<stdin>", passes);   // as `python -m dis -`
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CantOpen(ctx, path);
        }
        return CompileOrFail(ctx, bytes, path, passes);
    }

    static Failed CantOpen(CliContext ctx, string path)
    {
        ctx.Err.WriteLine($"pytk: can't open file {PyRepr.Str(Path.GetFullPath(path))}: [Errno 2] No such file or directory");
        return new Failed(2);
    }

    /// <summary>
    /// The main program's code: a cache file run directly, or the source through the `__pycache__` cache
    /// (bypassed when a pass report is asked for, since cached code runs no passes). Kept free of parser types,
    /// so a warm run never loads the parser assembly: parsing happens only inside <see cref="CompileOrFail"/>.
    /// </summary>
    public static CodeObject MainCode(CliContext ctx, string path, PassOptions passes)
    {
        if (path.EndsWith(".pyc", StringComparison.Ordinal) || CodeCache.LooksLikePyc(path)) return LoadPyc(ctx, path);
        if (passes.Reports || !File.Exists(path)) return CompileFile(ctx, path, passes);
        try
        {
            // The program file is read more strictly than an imported module (see CompileOrFail): a file that is not
            // UTF-8 never runs from a cache an import of it wrote.
            if (!System.Text.Unicode.Utf8.IsValid(File.ReadAllBytes(path))) return CompileFile(ctx, path, passes);
            return CodeCache.GetCode(path, passes.CacheTag(), bytes => CompileOrFail(ctx, bytes, path, passes), passes.CacheStamp());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CantOpen(ctx, path);
        }
    }

    /// <summary>A cache file given as the program (`pytk run/dis FILE.pyc`); CPython's words when it is not one.</summary>
    public static CodeObject LoadPyc(CliContext ctx, string path)
    {
        try { return CodeCache.LoadFile(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw CantOpen(ctx, path); }
        catch (BadPycException e)
        {
            ctx.Err.WriteLine(e.Message == "bad magic number" ? "RuntimeError: Bad magic number in .pyc file" : $"RuntimeError: Bad code object in .pyc file ({e.Message})");
            throw new Failed(1);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static CodeObject CompileOrFail(CliContext ctx, byte[] bytes, string path, PassOptions? passes)
    {
        try
        {
            // The main program compiles before it runs, under the default limit (a module or compile() at run
            // time uses the program's sys.set_int_max_str_digits).
            Pytk.Grammar.Parsing.NumberLiteral.MaxStrDigits = 4300;
            // CPython reads the program file strictly (a module or compile() of bytes decodes leniently).
            if (SourceDecoder.NonUtf8Error(bytes, path) is { } nonUtf8)
            {
                ctx.Err.WriteLine("SyntaxError: " + nonUtf8.Msg); // no location block: CPython gives none
                throw new Failed(1);
            }
            return Compile(bytes, path, passes, ctx.Err);
        }
        catch (PythonSyntaxError e)
        {
            e.Filename = path;
            // CPython's parser reads the line back from the file (a long line's last 999 bytes); -c and stdin keep theirs.
            ctx.Err.Write(SyntaxErrorFormatter.Format(ProgramText.ParserError(e, File.Exists(path) ? bytes : null)));
            throw new Failed(1);
        }
        catch (CompileError e)
        {
            // The compiler reads the line from the file by name: none for -c or stdin.
            var text = File.Exists(path) ? ProgramText.Line(bytes, e.Line) : null;
            var kind = e.Kind switch { "IndentationError" => SyntaxErrorKind.IndentationError, _ => SyntaxErrorKind.SyntaxError };
            var error = new PythonSyntaxError(kind, e.Message, path, e.Line, e.Col + 1, e.SyntaxErrorEnd.Line, e.SyntaxErrorEnd.Offset, text: text);
            ctx.Err.Write(SyntaxErrorFormatter.Format(error));
            throw new Failed(1);
        }
        catch (PythonLimitError e)
        {
            ctx.Err.WriteLine($"{e.TypeName}: {Pytk.Hosting.CompilerHost.CompileLimitMessage(e)}");
            throw new Failed(1);
        }
    }

    public static CodeObject Compile(byte[] bytes, string path, PassOptions? passes = null, TextWriter? passLog = null) =>
        passes is null ? CompilerHost.Compile(bytes, path) : passes.Compile(bytes, path, passLog);


    /// <summary>Lets `import mod` compile mod.py found on sys.path, with the run's pass pipeline (so its cache
    /// files carry the pipeline's tag, as CPython's -O does); reports of the passes are for the main file only.</summary>
    public static void InstallModuleCompiler(PassOptions? passes = null) => PythonRuntime.Current.Compiler = CompilerHostFor(passes);

    /// <summary>The runtime's compiler (Pytk.Hosting) with the modules' part of a run's pass options.</summary>
    public static CompilerHost CompilerHostFor(PassOptions? passes) => passes?.ModuleCompiler() ?? new CompilerHost();

    /// <summary>
    /// Settings of the `__pycache__` cache for a run: writing off with -B or PYTKDONTWRITEBYTECODE, `# ...`
    /// decisions on stderr with -v or PYTKVERBOSE, and the parser's build in the toolchain stamp (from the
    /// file's size and time: looking inside would load the very assembly a warm run avoids).
    /// </summary>
    public static void ConfigureCache(CliContext ctx, bool dontWrite, bool verbose)
    {
        var runtime = PythonRuntime.Current;
        runtime.CacheWriteEnabled = !dontWrite && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTKDONTWRITEBYTECODE"));
        runtime.CacheLog = verbose || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTKVERBOSE")) ? ctx.Err : null;
        runtime.Compiler ??= new CompilerHost();
    }
}
