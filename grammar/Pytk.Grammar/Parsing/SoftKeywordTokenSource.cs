using Antlr4.Runtime;
using Pytk.Grammar.Generated;

namespace Pytk.Grammar.Parsing;

/// <summary>
/// Sits between the lexer and the parser and turns the soft keyword `match` into a MATCH token when it
/// starts a statement whose logical line ends with `:` (a valid simple statement never ends with a colon).
/// Deciding this in the grammar would need a lookahead to the end of every statement that starts with a
/// name, which is what SLL prediction is slow at; here it costs a scan only for lines starting with `match`.
/// </summary>
sealed class SoftKeywordTokenSource(ITokenSource inner, string filename) : ITokenSource
{
    readonly Queue<IToken> _pending = new();
    int _previousType = PythonParser.NEWLINE; // type of the last default-channel token handed out
    int _depth;

    /// <summary>CPython's tokenizer allows 200 levels of open brackets (MAXLEVEL).</summary>
    const int MaxDepth = 200;

    static string LineText(IToken t)
    {
        var input = t.InputStream;
        int start = t.StartIndex, end = t.StartIndex;
        while (start > 0 && input.GetText(new Antlr4.Runtime.Misc.Interval(start - 1, start - 1)) != "\n") start--;
        while (end < input.Size && input.GetText(new Antlr4.Runtime.Misc.Interval(end, end)) != "\n") end++;
        return input.GetText(new Antlr4.Runtime.Misc.Interval(start, end));
    }

    public IToken NextToken()
    {
        var token = _pending.Count > 0 ? _pending.Dequeue() : inner.NextToken();
        if (token.Channel != TokenConstants.DefaultChannel) return token;
        if (token.Type is PythonParser.LPAR or PythonParser.LSQB or PythonParser.LBRACE && ++_depth > MaxDepth)
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "too many nested parentheses", filename,
                token.Line, token.Column + 1, token.Line, token.Column + 1, LineText(token));
        if (token.Type is PythonParser.RPAR or PythonParser.RSQB or PythonParser.RBRACE && _depth > 0) _depth--;
        if (token.Type == PythonParser.NAME && token.StopIndex - token.StartIndex == 4 && token.Text == "match" && _previousType is PythonParser.NEWLINE
                or PythonParser.INDENT or PythonParser.DEDENT && EndsWithColon())
            ((CommonToken)token).Type = PythonParser.MATCH;
        _previousType = token.Type;
        return token;
    }

    /// <summary>Reads the rest of the logical line into the queue; true if its last token is a `:`.</summary>
    bool EndsWithColon()
    {
        int depth = 0, lastType = 0;
        foreach (var queued in _pending)
            if (Step(queued, ref depth, ref lastType)) return lastType == PythonParser.COLON;
        while (true)
        {
            var next = inner.NextToken();
            _pending.Enqueue(next);
            if (Step(next, ref depth, ref lastType)) return lastType == PythonParser.COLON;
        }
    }

    static bool Step(IToken t, ref int depth, ref int lastType)
    {
        if (t.Channel != TokenConstants.DefaultChannel) return false;
        switch (t.Type)
        {
            case TokenConstants.EOF: return true;
            case PythonParser.NEWLINE when depth <= 0: return true;
            case PythonParser.LPAR or PythonParser.LSQB or PythonParser.LBRACE: depth++; break;
            case PythonParser.RPAR or PythonParser.RSQB or PythonParser.RBRACE: depth--; break;
        }
        lastType = t.Type;
        return false;
    }

    public int Line => inner.Line;
    public int Column => inner.Column;
    public ICharStream InputStream => inner.InputStream;
    public string SourceName => inner.SourceName;
    public ITokenFactory TokenFactory { get => inner.TokenFactory; set => inner.TokenFactory = value; }
}
