using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Pytk.Grammar.Generated;
using Pytk.Grammar.Parsing;
using Pytk.Syntax;

namespace Pytk.Grammar;

/// <summary>
/// The parser's public face: Python source in, a Pytk.Syntax tree out (Module, Expression, Interactive or
/// FunctionType, as ast.parse returns), or a <see cref="PythonSyntaxError"/> with CPython's class, message
/// and location. Too-deep input throws <see cref="PythonLimitError"/> (CPython's MemoryError/RecursionError).
/// Nothing ANTLR leaks out. See docs/parser-api.md.
/// </summary>
public static class SourceParser
{
    /// <summary>Stack size of the thread parsing runs on: deep input recurses deeply (see PythonParser.Depth.cs).</summary>
    const int StackSize = 256 << 20;

    [ThreadStatic] static bool t_onBigStack;

    /// <summary>How many parses needed the LL stage (SLL failed): a measure of how SLL-friendly the grammar is.</summary>
    public static int LLFallbacks => s_llFallbacks;
    static int s_llFallbacks;

    /// <summary>Parses source bytes: the encoding comes from the BOM or coding cookie, as CPython does.</summary>
    public static ModNode Parse(byte[] source, string filename = "<unknown>", ParseMode mode = ParseMode.Exec, bool typeComments = false)
    {
        if (source.AsSpan().Contains((byte)0))
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "source code string cannot contain null bytes", filename, -1, 0);
        return Parse(DecodeSource(source, filename), filename, mode, typeComments);
    }

    /// <summary>
    /// Source bytes to text as compile(), exec() and import read them (<see cref="SourceDecoder.DecodeSource"/>),
    /// with encoding errors worded as compile() words them.
    /// </summary>
    public static string DecodeSource(byte[] source, string filename)
    {
        try { return SourceDecoder.DecodeSource(source, filename); }
        catch (PythonSyntaxError e) { throw CompilerEncodingError(e, source, filename); }
    }

    /// <summary>
    /// The decoder words its errors as the tokenize module does; compile() says them differently, on
    /// "line 0" of the file.
    /// </summary>
    static PythonSyntaxError CompilerEncodingError(PythonSyntaxError e, byte[] source, string filename)
    {
        string msg = e.Msg;
        if (msg.StartsWith("unknown encoding", StringComparison.Ordinal))
            msg = "unknown encoding: " + msg[(msg.LastIndexOf(": ", StringComparison.Ordinal) + 2)..];
        else if (msg.StartsWith("encoding problem", StringComparison.Ordinal))
        {
            int bom = source.Length >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF ? 3 : 0;
            var head = System.Text.Encoding.Latin1.GetString(source, bom, Math.Min(source.Length - bom, 400));
            var cookie = System.Text.RegularExpressions.Regex.Match(head, @"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)",
                System.Text.RegularExpressions.RegexOptions.Multiline);
            msg = "encoding problem: " + (cookie.Success ? cookie.Groups[1].Value : "utf-8") + " with BOM";
        }
        else return e;
        return new PythonSyntaxError(e.Kind, msg, filename, 0, 0);
    }

    /// <summary>Parses decoded source text (ast.parse(text, filename, mode, type_comments)).</summary>
    public static ModNode Parse(string source, string filename = "<unknown>", ParseMode mode = ParseMode.Exec, bool typeComments = false) =>
        OnBigStack(() => ParseHere(source, filename, mode, typeComments));

    /// <summary>Runs <paramref name="work"/> on a thread with a large stack (inline if already on one).</summary>
    public static T OnBigStack<T>(Func<T> work)
    {
        if (t_onBigStack) return work();
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            t_onBigStack = true;
            try { result = work(); }
            catch (Exception e) { error = e; }
        }, StackSize);
        thread.Start();
        thread.Join();
        if (error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        return result;
    }

    static ModNode ParseHere(string source, string filename, ParseMode mode, bool typeComments)
    {
        if (source.Contains('\r')) source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        var lexer = Tokenizer.CreateLexer(source, filename);
        lexer.TokenizeMode = false; // the compiler's tokenizer: stricter, with compile()'s messages
        var tokens = new FurthestTokenStream(new SoftKeywordTokenSource(lexer, filename));
        try { return ParseHere(source, filename, mode, typeComments, lexer, tokens); }
        catch (PythonSyntaxError e) when (!ReferenceEquals(e, lexer.LastError)) { throw PreferTokenizerError(e, lexer, tokens); }
    }

    /// <summary>
    /// CPython's _Pypegen_set_syntax_error: a syntax error the parser found (the tokenizer being fine so far)
    /// gives way to an error the tokenizer raises further on, so the rest of the source is tokenized. An EOF
    /// inside brackets counts only when the bracket opened before the parser's error line ("'(' was never
    /// closed"), and an error inside an f-string leaves the parser's error standing.
    /// </summary>
    static PythonSyntaxError PreferTokenizerError(PythonSyntaxError parserError, PythonLexer lexer, FurthestTokenStream tokens)
    {
        int errorLine = tokens.Furthest >= 0 && tokens.Furthest < tokens.Size ? tokens.Get(tokens.Furthest).Line : parserError.Lineno;
        // The error analysis may have read to the end already.
        if (lexer.LastError is null)
        {
            try { tokens.Fill(); }
            catch (PythonSyntaxError) { }
        }
        if (lexer.LastError is not { } lexError) return parserError;
        if (lexError.Msg.EndsWith("was never closed", StringComparison.Ordinal))
            return errorLine > lexError.Lineno ? lexError : parserError;
        // Only the errors the tokenizer raises itself; the ones CPython's parser words from the tokenizer's
        // state (a bad continuation, indentation, EOF) do not surface in this scan.
        return lexError.FromTokenizer && !lexer.InsideFString ? lexError : parserError;
    }

    static ModNode ParseHere(string source, string filename, ParseMode mode, bool typeComments, PythonLexer lexer, FurthestTokenStream tokens)
    {
        var text = new SourceText(source);
        var parser = new PythonParser(tokens);
        parser.RemoveErrorListeners();
        var builder = new AstBuilder(text, filename) { TypeComments = typeComments };
        builder.UseTokens(tokens);

        // Stage 1: SLL prediction, bail out at the first error. Almost every valid file ends here.
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        try
        {
            return Build(parser, builder, mode);
        }
        catch (ParseCanceledException)
        {
        }
        catch (PythonSyntaxError e) when (e.Msg == "unexpected EOF in multi-line statement")
        {
            throw new SyntaxErrorAnalyzer(text, filename, tokens).UnclosedBracket() ?? e;
        }
        // Stage 2: full LL, which is exact; an error here is a real syntax error.
        Interlocked.Increment(ref s_llFallbacks);
        tokens.Seek(0);
        parser.Reset();
        tokens.Furthest = -1;
        parser.Interpreter.PredictionMode = PredictionMode.LL;
        try
        {
            return Build(parser, builder, mode);
        }
        catch (ParseCanceledException e)
        {
            throw new SyntaxErrorAnalyzer(text, filename, tokens).Explain(e.InnerException as RecognitionException, tokens.Furthest);
        }
        catch (PythonSyntaxError e) when (e.Msg == "unexpected EOF in multi-line statement")
        {
            throw new SyntaxErrorAnalyzer(text, filename, tokens).UnclosedBracket() ?? e;
        }
    }

    static ModNode Build(PythonParser parser, AstBuilder builder, ParseMode mode) => mode switch
    {
        ParseMode.Exec => builder.ModuleByStatement(parser, (BufferedTokenStream)parser.TokenStream),
        ParseMode.Eval => builder.Expression(parser.eval_input()),
        ParseMode.Single => builder.Interactive(parser.interactive()),
        _ => builder.FunctionType(parser.func_type_input()),
    };
}

/// <summary>A token stream that remembers the furthest token the parser looked at, where CPython reports errors.</summary>
sealed class FurthestTokenStream(ITokenSource source) : CommonTokenStream(source)
{
    public int Furthest = -1;

    public override IToken LT(int k)
    {
        var t = base.LT(k);
        if (t is not null && t.TokenIndex > Furthest) Furthest = t.TokenIndex;
        return t!;
    }
}
