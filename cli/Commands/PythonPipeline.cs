using System.Text;
using Pytk.Grammar;
using Pytk.Syntax;
using Pytk.Vm;
using Pytk.Vm.Compiler;

namespace Pytk.Cli;

/// <summary>source → parse → compile, shared by run and dis. Errors are printed as CPython prints them.</summary>
public static class PythonPipeline
{
    public sealed class Failed(int status) : Exception { public readonly int Status = status; }

    /// <summary>Reads FILE (a .py file, or a .json AST export beside its .py for tests before the parser lands).</summary>
    public static CodeObject CompileFile(CliContext ctx, string path, PassOptions? passes = null)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CantOpen(ctx, path);
        }
        return CompileOrFail(ctx, bytes, path, passes);
    }

    static Failed CantOpen(CliContext ctx, string path)
    {
        ctx.Err.WriteLine($"pytk: can't open file {StrMethods.Repr(Path.GetFullPath(path))}: [Errno 2] No such file or directory");
        return new Failed(2);
    }

    /// <summary>
    /// The main program's code: a cache file run directly, or the source through the `__pycache__` cache
    /// (bypassed when a pass report is asked for, since cached code runs no passes). Kept free of parser types,
    /// so a warm run never loads the parser assembly: parsing happens only inside <see cref="CompileOrFail"/>.
    /// </summary>
    public static CodeObject MainCode(CliContext ctx, string path, PassOptions passes)
    {
        if (path.EndsWith(".pyc", StringComparison.Ordinal) || Pytk.Vm.Cache.CodeCache.LooksLikePyc(path)) return LoadPyc(ctx, path);
        if (passes.Reports || !File.Exists(path)) return CompileFile(ctx, path, passes);
        try
        {
            return Pytk.Vm.Cache.CodeCache.GetCode(path, passes.CacheTag(), bytes => CompileOrFail(ctx, bytes, path, passes), passes.CacheStamp());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CantOpen(ctx, path);
        }
    }

    /// <summary>A cache file given as the program (`pytk run/dis FILE.pyc`); CPython's words when it is not one.</summary>
    public static CodeObject LoadPyc(CliContext ctx, string path)
    {
        try { return Pytk.Vm.Cache.CodeCache.LoadFile(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw CantOpen(ctx, path); }
        catch (Pytk.Vm.Cache.BadPycException e)
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
            return Compile(bytes, path, passes, ctx.Err);
        }
        catch (PythonSyntaxError e)
        {
            e.Filename = path;
            ctx.Err.Write(SyntaxErrorFormatter.Format(e));
            throw new Failed(1);
        }
        catch (CompileError e)
        {
            var text = SourceLine(bytes, e.Line);
            var kind = e.Kind switch { "IndentationError" => SyntaxErrorKind.IndentationError, _ => SyntaxErrorKind.SyntaxError };
            var error = new PythonSyntaxError(kind, e.Message, path, e.Line, e.Col + 1, e.SyntaxErrorEnd.Line, e.SyntaxErrorEnd.Offset, text: text);
            ctx.Err.Write(SyntaxErrorFormatter.Format(error));
            throw new Failed(1);
        }
        catch (PythonLimitError e)
        {
            ctx.Err.WriteLine(e.Message);
            throw new Failed(1);
        }
    }

    public static CodeObject Compile(byte[] bytes, string path, PassOptions? passes = null, TextWriter? passLog = null)
    {
        var (_, text) = SourceDecoder.Decode(bytes, path);
        var module = (Module)SourceParser.Parse(text, path);
        // CPython reports the compile-time errors of the program as written (also in code an optimizer would
        // drop, e.g. a `yield` in a comprehension under `if False`), so the source is compiled once unoptimized.
        if (passes is { HasPipeline: true }) SourceParser.OnBigStack(() => Compiler.CompileModule(module, path, text));
        if (passes is not null) module = (Module)SourceParser.OnBigStack(() => passes.Apply(module, passLog ?? TextWriter.Null));
        return SourceParser.OnBigStack(() => Compiler.CompileModule(module, path, text));
    }

    static string? SourceLine(byte[] bytes, int line)
    {
        var lines = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n").Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1] + "\n" : null;
    }

    /// <summary>Lets `import mod` compile mod.py found on sys.path, with the run's pass pipeline (so its cache
    /// files carry the pipeline's tag, as CPython's -O does); reports of the passes are for the main file only.</summary>
    public static void InstallModuleCompiler(PassOptions? passes = null)
    {
        var modulePasses = passes is { HasPipeline: true } ? passes : null;
        TracebackLines.ParseSnippet = ParseSnippet;
        Modules.CompileFile = (text, path) => CompileModule(Encoding.UTF8.GetBytes(text), path, null);
        EvalExec.CompileSource = CompileSourceText;
        Pytk.Vm.Traceback.SyntaxErrorBlock = SyntaxErrorBlock;
        Modules.CompileBytes = (bytes, path) => CompileModule(bytes, path, modulePasses);
        Modules.OptTag = passes?.CacheTag();
        Modules.OptStamp = passes?.CacheStamp() ?? 0;
        SyntaxHost.Tokenize = TokenizeForPython;
        SyntaxHost.Parse = ParseForPython;
    }

    /// <summary>The `_tokenize` module's rows: the tokens `pytk tokenize` prints, from the same tokenizer.</summary>
    static void TokenizeForPython(string text, string filename, Action<string, string, string, int, int, int, int> emit)
    {
        try
        {
            foreach (var t in Tokenizer.Enumerate(text, filename))
                emit(t.TypeName, t.ExactTypeName, t.String, t.StartLine, t.StartCol, t.EndLine, t.EndCol);
        }
        catch (PythonSyntaxError e) { throw SyntaxErrorOf(e, filename, text + "\n"); }
    }

    /// <summary>ast.parse: the tree of `pytk dump-ast`; feature_version is accepted and not enforced.</summary>
    static ModNode ParseForPython(string text, string filename, string mode, bool typeComments, int featureVersion)
    {
        var parseMode = mode switch { "eval" => ParseMode.Eval, "single" => ParseMode.Single, "func_type" => ParseMode.FuncType, _ => ParseMode.Exec };
        try { return SourceParser.Parse(text, filename, parseMode, typeComments); }
        catch (PythonSyntaxError e) { throw SyntaxErrorOf(e, filename, mode == "eval" ? text : text + "\n"); }
    }

    static Module? ParseSnippet(string text)
    {
        try { return SourceParser.Parse(text, "<traceback>") as Module; }
        catch (Exception) { return null; }
    }

    static CodeObject CompileModule(byte[] bytes, string path, PassOptions? passes)
    {
        try { return Compile(bytes, path, passes, TextWriter.Null); }
        catch (PythonSyntaxError e) { throw SyntaxErrorOf(e, path, Encoding.UTF8.GetString(bytes) + "\n"); }
        catch (CompileError e) { throw SyntaxErrorOf(e, path, LineOf(Encoding.UTF8.GetString(bytes) + "\n", e.Line)); }
    }

    /// <summary>compile()/exec()/eval() of source text: mode exec, eval or single.</summary>
    static CodeObject CompileSourceText(string text, string filename, string mode)
    {
        try
        {
            var parseMode = mode switch { "eval" => ParseMode.Eval, "single" => ParseMode.Single, _ => ParseMode.Exec };
            var tree = SourceParser.Parse(text, filename, parseMode);
            return SourceParser.OnBigStack(() => tree switch
            {
                Expression e => Compiler.CompileExpression(e, filename, text),
                Interactive i => Compiler.CompileInteractive(i, filename, text),
                _ => Compiler.CompileModule((Module)tree, filename, text),
            });
        }
        // File input (exec, single) ends in a newline the tokenizer adds; eval input does not.
        catch (PythonSyntaxError e) { throw SyntaxErrorOf(e, filename, mode == "eval" ? text : text + "\n"); }
        catch (CompileError e) { throw SyntaxErrorOf(e, filename, LineOf(mode == "eval" ? text : text + "\n", e.Line)); }
    }

    /// <summary>A Python SyntaxError (or IndentationError/TabError) carrying CPython's details tuple.</summary>
    static PyException SyntaxErrorOf(PythonSyntaxError e, string filename, string source) =>
        SyntaxErrorOf(e.TypeName, e.Msg, filename, e.Lineno, e.Offset, LineOf(source, e.Lineno) ?? e.Text, e.EndLineno, e.EndOffset);

    /// <summary>Line n of the source with its newline if it has one (SyntaxError.text, as CPython sets it).</summary>
    static string? LineOf(string source, int n)
    {
        int start = 0;
        for (int i = 1; i < n; i++)
        {
            int nl = source.IndexOf('\n', start);
            if (nl < 0) return null;
            start = nl + 1;
        }
        if (start > source.Length || n < 1) return null;
        int end = source.IndexOf('\n', start);
        return end < 0 ? (start < source.Length ? source[start..] : null) : source[start..(end + 1)];
    }

    static PyException SyntaxErrorOf(CompileError e, string filename, string? text)
    {
        var end = e.SyntaxErrorEnd;
        return SyntaxErrorOf(e.Kind, e.Message, filename, e.Line, e.Col + 1, text, end.Line, end.Offset);
    }

    static PyException SyntaxErrorOf(string kind, string msg, string filename, int line, int offset, string? text, int endLine, int endOffset)
    {
        var details = Pytk.Vm.PyTuple.Of(new PyStr(filename), PyInt.From(line), PyInt.From(offset),
            text is null ? Py.None : new PyStr(text), PyInt.From(endLine), PyInt.From(endOffset));
        return new PyException(Err.NewValue(ExcTypes.All[kind], new PyStr(msg), details));
    }

    /// <summary>The `File ..., line N` block (source line and carets) CPython prints above an uncaught SyntaxError.</summary>
    static string? SyntaxErrorBlock(string msg, string? filename, int line, int offset, string? text, int endLine, int endOffset)
    {
        var error = new PythonSyntaxError(SyntaxErrorKind.SyntaxError, msg, filename ?? "<string>", line, offset, endLine, endOffset, text);
        var block = SyntaxErrorFormatter.Format(error);
        int last = block.TrimEnd('\n').LastIndexOf('\n');
        return last < 0 ? "" : block[..(last + 1)];
    }

    /// <summary>
    /// Settings of the `__pycache__` cache for a run: writing off with -B or PYTKDONTWRITEBYTECODE, `# ...`
    /// decisions on stderr with -v or PYTKVERBOSE, and the parser's build in the toolchain stamp (from the
    /// file's size and time: looking inside would load the very assembly a warm run avoids).
    /// </summary>
    public static void ConfigureCache(CliContext ctx, bool dontWrite, bool verbose)
    {
        Pytk.Vm.Cache.CodeCache.WriteEnabled = !dontWrite && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTKDONTWRITEBYTECODE"));
        Pytk.Vm.Cache.CodeCache.Log = verbose || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTKVERBOSE")) ? ctx.Err : null;
        var grammar = new FileInfo(Path.Combine(AppContext.BaseDirectory, "Pytk.Grammar.dll"));
        Pytk.Vm.Cache.CodeCache.HostStamp = grammar.Exists ? (ulong)(grammar.Length * 1000003 ^ grammar.LastWriteTimeUtc.Ticks) : 0;
    }
}
