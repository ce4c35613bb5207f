using Pytk.Compiler.Code;
using System.Text;
using Pytk.Grammar;
using Pytk.Syntax;
using Pytk.Vm;
using VmCompiler = Pytk.Compiler.CodeGen.CodeGenerator;

namespace Pytk.Hosting;

/// <summary>
/// A runtime's compiler (<see cref="ICompilerHost"/>): pytk's parser, an optional AST pass pipeline for
/// imported modules, and the bytecode compiler. Errors come back as Python SyntaxErrors with CPython's details.
/// </summary>
public sealed class CompilerHost : ICompilerHost, ISyntaxHost
{
    /// <summary>No passes: modules are compiled as written.</summary>
    public CompilerHost() { }

    /// <summary>Imported modules go through <paramref name="passes"/>; their cache files carry
    /// <paramref name="optTag"/> (`NAME.pytk-313.opt-TAG.pyc`) and <paramref name="optStamp"/>.</summary>
    public CompilerHost(Func<Module, Module>? passes, string? optTag = null, ulong optStamp = 0)
        : this(passes is null ? null : (m, _) => passes(m), optTag, optStamp) { }

    /// <summary>As above, with the path of the module being compiled given to <paramref name="passes"/> (so a
    /// failing pass can name the file).</summary>
    public CompilerHost(Func<Module, string, Module>? passes, string? optTag = null, ulong optStamp = 0)
    {
        this.passes = passes;
        OptTag = optTag;
        OptStamp = optStamp;
    }

    readonly Func<Module, string, Module>? passes;

    public string? OptTag { get; }
    public ulong OptStamp { get; }
    public ulong ToolchainStamp => GrammarStamp;

    public CodeObject CompileModule(byte[] source, string path) => CompileModuleOrRaise(source, path, passes);

    public CodeObject CompileModuleText(string text, string path) => CompileModuleOrRaise(Encoding.UTF8.GetBytes(text), path, null);

    /// <summary>compile()/exec()/eval() of source text: mode exec, eval or single.</summary>
    public CodeObject CompileSource(string text, string filename, string mode)
    {
        try
        {
            Pytk.Grammar.Parsing.NumberLiteral.MaxStrDigits = PyInt.MaxStrDigits;
            var parseMode = mode switch { "eval" => ParseMode.Eval, "single" => ParseMode.Single, _ => ParseMode.Exec };
            var warnings = new List<SyntaxWarningInfo>();
            var tree = SyntaxWarnings.Collect(warnings, () => SourceParser.Parse(text, filename, parseMode));
            int parserWarnings = warnings.Count;
            return Attach(SyntaxWarnings.Collect(warnings, () => SourceParser.OnBigStack(() => tree switch
            {
                Expression e => VmCompiler.CompileExpression(e, filename, text),
                Interactive i => VmCompiler.CompileInteractive(i, filename, text),
                _ => VmCompiler.CompileModule((Module)tree, filename, text),
            })), warnings, parserWarnings);
        }
        // File input (exec, single) ends in a newline the tokenizer adds; eval input does not.
        catch (PythonSyntaxError e) { throw SyntaxErrorOf(e, filename, mode == "eval" ? text : text + "\n", fileInput: mode == "exec"); }
        catch (Pytk.Semantics.CompileError e) { throw SyntaxErrorOf(e, filename, ProgramText.Line(filename, e.Line)); }
        catch (PythonLimitError e) { throw LimitErrorOf(e); }
    }

    /// <summary>
    /// A too-deep program met while compiling (not while building Python `ast` objects, as ast.parse does):
    /// CPython finds the deep expression in its compiler, "during compilation".
    /// </summary>
    public static string CompileLimitMessage(PythonLimitError e) =>
        e.Message.Replace("during ast construction", "during compilation", StringComparison.Ordinal);

    /// <summary>A too-deep program given to compile()/exec()/eval() or imported: CPython's catchable exception.</summary>
    static PyException LimitErrorOf(PythonLimitError e) =>
        e.DecodeError is var (bytes, start, end, reason) ? Pytk.Vm.BuiltinTypes.Str.Codecs.DecodeError("utf-8", bytes, start, end, reason)
            : Err.New(ExcTypes.All[e.TypeName], CompileLimitMessage(e));

    /// <summary>Source bytes given to compile()/exec()/eval() as text: BOM, coding cookie, undecodable bytes kept.</summary>
    public string DecodeSource(byte[] source, string filename)
    {
        try { return SourceParser.DecodeSource(source, filename); }
        catch (PythonSyntaxError e) { throw SyntaxErrorOf(e, filename); }
    }

    /// <summary>The `_tokenize` module's rows: the tokens `pytk tokenize` prints, from the same tokenizer.</summary>
    public void Tokenize(string text, string filename, Action<string, string, string, int, int, int, int> emit)
    {
        try
        {
            foreach (var t in Tokenizer.Enumerate(text, filename))
                emit(t.TypeName, t.ExactTypeName, t.String, t.StartLine, t.StartCol, t.EndLine, t.EndCol);
        }
        catch (PythonSyntaxError e) { throw SyntaxErrorOf(e, filename, text + "\n"); }
        catch (PythonLimitError e) { throw LimitErrorOf(e); }
    }

    /// <summary>ast.parse: the tree of `pytk dump-ast`; feature_version is accepted and not enforced.</summary>
    public ModNode Parse(string text, string filename, string mode, bool typeComments, int featureVersion)
    {
        var parseMode = mode switch { "eval" => ParseMode.Eval, "single" => ParseMode.Single, "func_type" => ParseMode.FuncType, _ => ParseMode.Exec };
        try { return SourceParser.Parse(text, filename, parseMode, typeComments); }
        catch (PythonSyntaxError e) { throw SyntaxErrorOf(e, filename, mode == "eval" ? text : text + "\n", fileInput: mode == "exec"); }
        catch (PythonLimitError e) { throw e.DecodeError is null ? Err.New(ExcTypes.All[e.TypeName], e.Message) : LimitErrorOf(e); }
    }

    /// <summary>symtable.symtable: the compiler's table in its CPython view (the one `pytk symtable` prints).</summary>
    public Pytk.Semantics.SymbolBlock Symtable(string text, string filename, string mode)
    {
        var tree = Parse(text, filename, mode, false, -1);
        var module = tree switch
        {
            Expression e => new Module([new Expr(e.body) { lineno = e.body.lineno, col_offset = e.body.col_offset,
                end_lineno = e.body.end_lineno, end_col_offset = e.body.end_col_offset }], []),
            Interactive i => new Module(i.body, []),
            _ => (Module)tree,
        };
        try { return Pytk.Semantics.Symtable.Build(module, cpythonView: true).Top; }
        catch (Pytk.Semantics.CompileError e) { throw SyntaxErrorOf(e, filename, ProgramText.Line(filename, e.Line)); }
    }

    public Module? ParseSnippet(string text)
    {
        try { return SourceParser.Parse(text, "<traceback>") as Module; }
        catch (Exception) { return null; }
    }

    /// <summary>The `File ..., line N` block (source line and carets) CPython prints above an uncaught SyntaxError.</summary>
    public string? SyntaxErrorBlock(string msg, string? filename, int line, int offset, string? text, int endLine, int endOffset)
    {
        var error = new PythonSyntaxError(SyntaxErrorKind.SyntaxError, msg, filename ?? "<string>", line, offset, endLine, endOffset, text);
        var block = SyntaxErrorFormatter.Format(error);
        int last = block.TrimEnd('\n').LastIndexOf('\n');
        return last < 0 ? "" : block[..(last + 1)];
    }

    /// <summary>
    /// Source bytes → code: decode (BOM, coding cookie), parse, apply <paramref name="passes"/>, compile.
    /// Parser and compiler errors propagate as <see cref="PythonSyntaxError"/> / CompileError.
    /// </summary>
    public static CodeObject Compile(byte[] bytes, string path, Func<Module, Module>? passes = null) =>
        Compile(bytes, path, passes is null ? null : (m, _) => passes(m));

    /// <summary>As above; <paramref name="passes"/> also gets the path. The SyntaxWarnings of the program as written
    /// ride on the module's code (<see cref="CodeObject.Warnings"/>) for the runtime to issue.</summary>
    public static CodeObject Compile(byte[] bytes, string path, Func<Module, string, Module>? passes)
    {
        var text = SourceParser.DecodeSource(bytes, path);
        return WithWarnings(text, path, passes is null ? null : module => (Module)SourceParser.OnBigStack(() => passes(module, path)));
    }

    /// <summary>
    /// Parses and compiles <paramref name="text"/> collecting its SyntaxWarnings. With <paramref name="transform"/>
    /// (the passes) the source is compiled once as written first, then the transformed tree without collecting:
    /// CPython reports the compile-time errors and warnings of the program as written, also in code an optimizer
    /// would drop (e.g. a `yield` in a comprehension under `if False`).
    /// </summary>
    public static CodeObject WithWarnings(string text, string path, Func<Module, Module>? transform)
    {
        var warnings = new List<SyntaxWarningInfo>();
        var module = SyntaxWarnings.Collect(warnings, () => (Module)SourceParser.Parse(text, path));
        int parserWarnings = warnings.Count;
        var code = SyntaxWarnings.Collect(warnings, () => SourceParser.OnBigStack(() => VmCompiler.CompileModule(module, path, text)));
        if (transform is not null && transform(module) is var optimized)
            code = SyntaxWarnings.Suppressed(() => SourceParser.OnBigStack(() => VmCompiler.CompileModule(optimized, path, text)));
        return Attach(code, warnings, parserWarnings);
    }

    static CodeObject Attach(CodeObject code, List<SyntaxWarningInfo> warnings, int parserWarnings)
    {
        if (warnings.Count > 0) { code.Warnings = [.. warnings]; code.ParserWarnings = parserWarnings; }
        return code;
    }

    static CodeObject CompileModuleOrRaise(byte[] bytes, string path, Func<Module, string, Module>? passes)
    {
        Pytk.Grammar.Parsing.NumberLiteral.MaxStrDigits = PyInt.MaxStrDigits;
        // An imported module is compiled from its bytes, as compile() compiles them.
        if (bytes.AsSpan().Contains((byte)0)) throw Err.New(ExcTypes.SyntaxError, "source code string cannot contain null bytes");
        try { return Compile(bytes, path, passes); }
        catch (PythonSyntaxError e) { throw SyntaxErrorOf(ProgramText.ParserError(WithLine(e, Encoding.UTF8.GetString(bytes) + "\n"), bytes), path); }
        catch (Pytk.Semantics.CompileError e) { throw SyntaxErrorOf(e, path, ProgramText.Line(bytes, e.Line)); }
        catch (PythonLimitError e) { throw LimitErrorOf(e); }
    }

    /// <summary>A Python SyntaxError (or IndentationError/TabError) carrying CPython's details tuple.</summary>
    /// <remarks>
    /// The text is the source's line, as CPython's parser keeps it, or for a file-input program whose name is a
    /// readable file the line read back from that file (<see cref="ProgramText"/>); the tokenizer's own
    /// errors keep their line without its break.
    /// </remarks>
    static PyException SyntaxErrorOf(PythonSyntaxError e, string filename, string source, bool fileInput = false)
    {
        e = WithLine(e, source);
        if (fileInput) e = ProgramText.ParserError(e, filename);
        return SyntaxErrorOf(e, filename);
    }

    static PyException SyntaxErrorOf(PythonSyntaxError e, string filename) =>
        e.HasLocation ? SyntaxErrorOf(e.TypeName, e.Msg, filename, e.Lineno, e.Offset, e.Text, e.EndLineno, e.EndOffset)
            // An error about the source as a whole (its encoding): CPython's "line 0", offset -1, no end.
            : new PyException(Err.NewValue(ExcTypes.All[e.TypeName], new PyStr(e.Msg),
                PyTuple.Of(new PyStr(filename), PyInt.From(0), PyInt.From(-1), Py.None, Py.None, Py.None)));

    // (A line holding undecodable bytes the error already shows, its offsets counted as CPython counts them.)
    static PythonSyntaxError WithLine(PythonSyntaxError e, string source) =>
        e.FromTokenizer || LineOf(source.Contains('\r') ? source.Replace("\r\n", "\n").Replace('\r', '\n') : source, e.Lineno) is not { } line
            || e.Text is not null && e.Text != line && e.Text == SourceDecoder.Displayed(line) ? e
            : new PythonSyntaxError(e.Kind, e.Msg, e.Filename, e.Lineno, e.Offset, e.EndLineno, e.EndOffset, line);

    static PyException SyntaxErrorOf(Pytk.Semantics.CompileError e, string filename, string? text)
    {
        var end = e.SyntaxErrorEnd;
        return SyntaxErrorOf(e.Kind, e.Message, filename, e.Line, e.Col + 1, text, end.Line, end.Offset);
    }

    static PyException SyntaxErrorOf(string kind, string msg, string filename, int line, int offset, string? text, int endLine, int endOffset)
    {
        var details = PyTuple.Of(new PyStr(filename), PyInt.From(line), PyInt.From(offset),
            text is null ? Py.None : new PyStr(text), PyInt.From(endLine), PyInt.From(endOffset));
        return new PyException(Err.NewValue(ExcTypes.All[kind], new PyStr(msg), details));
    }

    /// <summary>Line n of the source with its newline if it has one (SyntaxError.text, as CPython sets it).</summary>
    public static string? LineOf(string source, int n)
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

    /// <summary>The parser's build in the toolchain stamp (from the file's size and time: looking inside would
    /// load the very assembly a warm run avoids).</summary>
    static ulong GrammarStamp => grammarStamp ??= StampOf(new FileInfo(Path.Combine(AppContext.BaseDirectory, "Pytk.Grammar.dll")));
    static ulong? grammarStamp;
    static ulong StampOf(FileInfo grammar) => grammar.Exists ? (ulong)(grammar.Length * 1000003 ^ grammar.LastWriteTimeUtc.Ticks) : 0;
}

/// <summary>Creating runtimes with pytk's compiler.</summary>
public static class Python
{
    /// <summary>A runtime with pytk's compiler (no passes) and these streams (null: the console's).</summary>
    public static PythonRuntime CreateRuntime(TextWriter? stdout = null, TextWriter? stderr = null, TextReader? stdin = null) =>
        new(new CompilerHost())
        {
            Stdout = stdout ?? Console.Out,
            Stderr = stderr ?? Console.Error,
            Stdin = stdin ?? Console.In,
        };
}
