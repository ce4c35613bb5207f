using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Pytk.Syntax;
using Attribute = Pytk.Syntax.Attribute;
using Tuple = Pytk.Syntax.Tuple;
using Pytk.Grammar.Generated;
using static Pytk.Grammar.Generated.PythonParser;

namespace Pytk.Grammar.Parsing;

/// <summary>
/// Turns a PythonParser parse tree into Pytk.Syntax nodes, as CPython's action helpers (Parser/action_helpers.c)
/// do: expression contexts, decoded literals, f-string structure, positions with UTF-8 byte columns, and the
/// checks the grammar leaves out on purpose (see the header of PythonParser.g4), with CPython's messages.
/// Typed methods per rule instead of the generated visitor: no boxing, and the call graph reads like the grammar.
/// </summary>
sealed partial class AstBuilder
{
    readonly SourceText _source;
    readonly string _filename;

    public AstBuilder(SourceText source, string filename)
    {
        _source = source;
        _filename = filename;
    }

    // ---- entry points ----

    public Module Module(File_inputContext c)
    {
        var body = new List<StmtNode>();
        foreach (var s in c.statement()) Statement(s, body);
        return new Module(body, TypeIgnores());
    }

    /// <summary>
    /// file_input driven one statement at a time: each statement's parse tree is turned into AST and dropped
    /// before the next is parsed, so parse trees die young instead of surviving into older GC generations
    /// (building the whole file's tree first spent about a sixth of the time in the garbage collector).
    /// </summary>
    public Module ModuleByStatement(PythonParser parser, BufferedTokenStream tokens)
    {
        var body = new List<StmtNode>();
        while (true)
        {
            int la = tokens.LA(1);
            if (la == TokenConstants.EOF) break;
            if (la == NEWLINE) { tokens.Consume(); continue; }
            Statement(parser.statement(), body);
        }
        return new Module(body, TypeIgnores());
    }

    public Interactive Interactive(InteractiveContext c)
    {
        var body = new List<StmtNode>();
        if (c.compound_stmt() is { } compound) body.Add(CompoundStmt(compound));
        else if (c.simple_stmts() is { } simple) SimpleStmts(simple, body);
        return new Interactive(body);
    }

    public Expression Expression(Eval_inputContext c) => new(StarExpressions(c.star_expressions()));

    public FunctionType FunctionType(Func_type_inputContext c)
    {
        var argtypes = new List<ExprNode>();
        if (c.type_expressions() is { } types)
            foreach (var t in types.type_expression())
                argtypes.Add(Expression(t.expression())); // CPython keeps `*a` and `**k` as plain `a`, `k`
        return new FunctionType(argtypes, Expression(c.expression()));
    }

    // ---- positions ----

    T Loc<T>(T node, IToken start, IToken stop) where T : LocatedNode
    {
        var (el, ec) = _source.End(stop);
        node.At(start.Line, _source.Col(start), el, ec);
        return node;
    }

    T Loc<T>(T node, ParserRuleContext c) where T : LocatedNode => Loc(node, c.Start, c.Stop);

    T Loc<T>(T node, IToken start, LocatedNode end) where T : LocatedNode
    {
        node.At(start.Line, _source.Col(start), end.end_lineno, end.end_col_offset);
        return node;
    }

    T Loc<T>(T node, LocatedNode start, IToken stop) where T : LocatedNode
    {
        var (el, ec) = _source.End(stop);
        node.At(start.lineno, start.col_offset, el, ec);
        return node;
    }

    T Loc<T>(T node, LocatedNode start, LocatedNode end) where T : LocatedNode
    {
        node.At(start.lineno, start.col_offset, end.end_lineno, end.end_col_offset);
        return node;
    }

    /// <summary>
    /// The last token of a compound statement that is not NEWLINE/INDENT/DEDENT: CPython ends a compound
    /// statement there, so a trailing `;` of its last line counts.
    /// </summary>
    IToken LastSignificant(ParserRuleContext c)
    {
        var stop = c.Stop;
        if (_tokens is null) return stop;
        for (int i = stop.TokenIndex; i >= 0; i--)
        {
            var t = _tokens.Get(i);
            if (t.Channel == 0 && t.Type is not (NEWLINE or INDENT or DEDENT)) return WithTypeComment(t);
        }
        return stop;
    }

    /// <summary>
    /// A type comment after <paramref name="t"/> is a token to CPython (TYPE_COMMENT), so a statement that
    /// ends with one ends where the comment ends.
    /// </summary>
    IToken WithTypeComment(IToken t)
    {
        if (!TypeComments || _tokens is null) return t;
        var hidden = _tokens.GetHiddenTokensToRight(t.TokenIndex);
        if (hidden is null) return t;
        foreach (var h in hidden)
            if (h.Type == COMMENT)
                return TypeCommentText(h, out bool ignore) is not null && !ignore ? h : t;
        return t;
    }

    /// <summary>The default-channel token after <paramref name="t"/>: where CPython's location-less errors point.</summary>
    IToken After(IToken t)
    {
        if (_tokens is null) return t;
        for (int i = t.TokenIndex + 1; i < _tokens.Size; i++)
            if (_tokens.Get(i) is { Channel: 0 } next) return next;
        return t;
    }

    // ---- errors ----

    PythonSyntaxError Error(string message, IToken start, IToken? stop = null)
    {
        stop ??= start;
        var (el, ec) = _source.End(stop);
        return _source.Error(message, start.Line, _source.Col(start), el, ec, _filename);
    }

    PythonSyntaxError Error(string message, LocatedNode node) =>
        _source.Error(message, node.lineno, node.col_offset, node.end_lineno ?? node.lineno,
            node.end_col_offset ?? node.col_offset, _filename);

    PythonSyntaxError Error(string message, ParserRuleContext c) => Error(message, c.Start, c.Stop);

    static string Text(ITerminalNode t) => t.Symbol.Text;

    /// <summary>Identifiers are NFKC-normalized, as PEP 3131 says.</summary>
    static string Identifier(IToken t)
    {
        string s = t.Text;
        foreach (char ch in s)
            if (ch > 0x7F) return IdentifierNormalizer.Normalize(s);
        return s;
    }

    static string Identifier(ITerminalNode t) => Identifier(t.Symbol);
}
