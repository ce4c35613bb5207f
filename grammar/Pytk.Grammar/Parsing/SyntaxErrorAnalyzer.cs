using Antlr4.Runtime;
using static Pytk.Grammar.Generated.PythonParser;

namespace Pytk.Grammar.Parsing;

/// <summary>
/// Turns the parser's first error into the SyntaxError CPython 3.13 would raise. CPython finds its
/// specific messages with a second pass of `invalid_*` grammar rules; this class looks at the tokens
/// around the failure for the same situations, and falls back to "invalid syntax" at the token where
/// parsing stopped.
/// </summary>
sealed class SyntaxErrorAnalyzer(SourceText source, string filename, CommonTokenStream tokens)
{
    List<IToken> _toks = [];
    int _k; // index in _toks of the offending token

    public PythonSyntaxError Explain(RecognitionException? e, int furthest)
    {
        var offending = e?.OffendingToken ?? tokens.LT(1);
        // CPython reports a plain syntax error at the furthest token the parser looked at.
        int index = Math.Max(offending.TokenIndex, furthest);
        // The checks look a little past the error, as CPython's invalid_* rules do; running into the end of
        // the file inside brackets is then what CPython reports, as its tokenizer does.
        bool eofInBrackets = false;
        try { tokens.Fill(); }
        catch (PythonSyntaxError x) when (x.Msg == "unexpected EOF in multi-line statement") { eofInBrackets = true; }
        catch (PythonSyntaxError) { }
        _toks = tokens.GetTokens().Where(t => t.Channel == 0).ToList();
        _k = _toks.FindIndex(t => t.TokenIndex >= index);
        if (_k < 0) _k = _toks.Count - 1;
        var t = _toks[_k];
        if (Brackets(t) is { } mismatch) return mismatch;
        if (eofInBrackets && UnclosedBracket() is { } unclosed) return unclosed;
        return UnexpectedIndent(t) ?? ExpectedIndent(t) ?? Brackets(t) ?? FString(t) ?? MissingColon(t) ?? ImportNames(t)
            ?? TrailingComma(t) ?? Legacy(t) ?? ForgotComma(t) ?? MaybeEquals(t) ?? ExpectedElse(t) ?? DictValue(t)
            ?? TypeParams(t) ?? TryWithoutExcept(t) ?? At("invalid syntax", t);
    }

    PythonSyntaxError? UnexpectedIndent(IToken t)
    {
        if (t.Type != INDENT) return null;
        var next = _k + 1 < _toks.Count ? _toks[_k + 1] : t;
        // CPython points at the indentation itself, so no caret is drawn.
        return new PythonSyntaxError(SyntaxErrorKind.IndentationError, "unexpected indent", filename, next.Line,
            next.Column, next.Line, -1, source.Line(next.Line));
    }

    PythonSyntaxError? Brackets(IToken t)
    {
        if (t.Type is not (RPAR or RSQB or RBRACE)) return null;
        var opener = EnclosingOpener(_k);
        if (opener is null) return At($"unmatched '{t.Text}'", t);
        char expected = opener.Type switch { LPAR => ')', LSQB => ']', _ => '}' };
        if (t.Text[0] == expected) return null;
        string where = opener.Line == t.Line ? "" : $" on line {opener.Line}";
        return At($"closing parenthesis '{t.Text}' does not match opening parenthesis '{opener.Text}'{where}", t);
    }

    PythonSyntaxError? TrailingComma(IToken t) =>
        t.Type == NEWLINE && Prev().Type == COMMA && _toks[LineStart(_k)].Type == FROM && Depth(_k) == 0
            ? At("trailing comma not allowed without surrounding parentheses", t) : null;

    PythonSyntaxError? TryWithoutExcept(IToken t)
    {
        if (Prev().Type is not (DEDENT or NEWLINE)) return null;
        // The compound statement whose block just ended, at the indentation of t.
        for (int i = _k - 1; i > 0; i--)
        {
            var u = _toks[i];
            if (_toks[i - 1].Type is NEWLINE or INDENT or DEDENT && u.Type is not (NEWLINE or INDENT or DEDENT) && u.Column <= t.Column)
                return u.Column == t.Column && u.Type == TRY ? At("expected 'except' or 'finally' block", t) : null;
        }
        return _toks[0].Type == TRY && _toks[0].Column == t.Column ? At("expected 'except' or 'finally' block", t) : null;
    }

    /// <summary>The lexer's "unexpected EOF" inside brackets: CPython's parser names the unclosed bracket.</summary>
    public PythonSyntaxError? UnclosedBracket()
    {
        var stack = new Stack<IToken>();
        foreach (var t in tokens.GetTokens())
        {
            if (t.Channel != 0) continue;
            if (t.Type is LPAR or LSQB or LBRACE) stack.Push(t);
            else if (t.Type is RPAR or RSQB or RBRACE && stack.Count > 0) stack.Pop();
        }
        return stack.Count == 0 ? null : At($"'{stack.Peek().Text}' was never closed", stack.Peek());
    }

    IToken Prev(int back = 1) => _k - back >= 0 ? _toks[_k - back] : _toks[0];

    /// <summary>The first token of the logical line holding token index <paramref name="k"/>.</summary>
    int LineStart(int k)
    {
        int depth = 0;
        for (int i = k - 1; i >= 0; i--)
        {
            int type = _toks[i].Type;
            if (type is RPAR or RSQB or RBRACE) depth++;
            else if (type is LPAR or LSQB or LBRACE) { if (depth == 0) continue; depth--; }
            else if (depth == 0 && type is NEWLINE or INDENT or DEDENT) return i + 1;
        }
        return 0;
    }

    int Depth(int k)
    {
        int depth = 0;
        for (int i = LineStart(k); i < k; i++)
        {
            if (_toks[i].Type is LPAR or LSQB or LBRACE) depth++;
            else if (_toks[i].Type is RPAR or RSQB or RBRACE) depth--;
        }
        return depth;
    }

    static readonly Dictionary<int, string> BlockNames = new()
    {
        [IF] = "'if' statement", [ELIF] = "'elif' statement", [ELSE] = "'else' statement",
        [WHILE] = "'while' statement", [FOR] = "'for' statement", [WITH] = "'with' statement",
        [TRY] = "'try' statement", [FINALLY] = "'finally' statement", [DEF] = "function definition",
        [CLASS] = "class definition", [MATCH] = "'match' statement",
    };

    PythonSyntaxError? ExpectedIndent(IToken t)
    {
        if (_k < 2 || Prev().Type != NEWLINE || Prev(2).Type != COLON || t.Type == INDENT) return null;
        var start = _toks[LineStart(_k - 1)];
        int i = LineStart(_k - 1);
        if (start.Type == ASYNC) start = _toks[i + 1];
        string? what = start.Type switch
        {
            EXCEPT => _toks[i + 1].Type == STAR ? "'except*' statement" : "'except' statement",
            NAME when start.Text == "case" => "'case' statement",
            _ => BlockNames.GetValueOrDefault(start.Type),
        };
        if (what is null) return null;
        var (el, ec) = source.End(t);
        return source.Error($"expected an indented block after {what} on line {start.Line}", t.Line, source.Col(t),
            el, ec, filename, SyntaxErrorKind.IndentationError);
    }

    PythonSyntaxError? FString(IToken t)
    {
        if (t.Type == RBRACE && Prev().Type == LBRACE) return At("f-string: valid expression required before '}'", t);
        if (t.Type is RBRACE or COLON && Prev().Type == EXCLAMATION) return At("f-string: missing conversion character", t);
        return null;
    }

    PythonSyntaxError? MissingColon(IToken t)
    {
        if (t.Type != NEWLINE) return null;
        var first = _toks[LineStart(_k)];
        if (first.Type == ASYNC && LineStart(_k) + 1 < _toks.Count) first = _toks[LineStart(_k) + 1];
        bool header = first.Type is IF or ELIF or ELSE or WHILE or FOR or WITH or TRY or EXCEPT or FINALLY or DEF or CLASS or MATCH
            || (first.Type == NAME && first.Text == "case");
        return header && Prev().Type != COLON ? At("expected ':'", t) : null;
    }

    PythonSyntaxError? ImportNames(IToken t) =>
        t.Type == NEWLINE && Prev().Type == IMPORT && _toks[LineStart(_k)].Type == FROM
            ? At("Expected one or more names after 'import'", t) : null;

    /// <summary>`print x` / `exec x`: Python 2 statements.</summary>
    PythonSyntaxError? Legacy(IToken t)
    {
        int s = LineStart(_k);
        var first = _toks[s];
        if (first.Type != NAME || first.Text is not ("print" or "exec") || _k != s + 1 || t.Type == LPAR) return null;
        if (!StartsExpression(t)) return null;
        int end = ExpressionEnd(_k, stopAtComma: false);
        return At($"Missing parentheses in call to '{first.Text}'. Did you mean {first.Text}(...)?", first, _toks[end]);
    }

    PythonSyntaxError? ForgotComma(IToken t)
    {
        if (!StartsExpression(t) || !EndsExpression(Prev()) || Depth(_k) == 0) return null;
        int aStart = PrimaryStart(_k - 1);
        int bEnd = ExpressionEnd(_k, stopAtComma: true);
        return At("invalid syntax. Perhaps you forgot a comma?", _toks[aStart], _toks[bEnd]);
    }

    PythonSyntaxError? MaybeEquals(IToken t)
    {
        if (t.Type != EQUAL || Prev().Type != NAME) return null;
        int s = LineStart(_k);
        bool condition = _toks[s].Type is IF or ELIF or WHILE || Depth(_k) > 0;
        if (!condition) return null;
        int bEnd = ExpressionEnd(_k + 1 < _toks.Count ? _k + 1 : _k, stopAtComma: true);
        if (bEnd + 1 < _toks.Count && _toks[bEnd + 1].Type is EQUAL or COLONEQUAL) return null;
        if (_k + 1 >= _toks.Count) bEnd = _k;
        return At("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", Prev(), _toks[bEnd]);
    }

    PythonSyntaxError? ExpectedElse(IToken t)
    {
        if (t.Type is ELSE or COLON) return null;
        // Find the `if` of a conditional expression on this line at the current depth.
        int depth = 0, ifAt = -1, s = LineStart(_k);
        for (int i = _k - 1; i > s; i--)
        {
            int type = _toks[i].Type;
            if (type is RPAR or RSQB or RBRACE) depth++;
            else if (type is LPAR or LSQB or LBRACE) { if (depth == 0) break; depth--; }
            else if (depth == 0 && type == IF) { ifAt = i; break; }
            else if (depth == 0 && type is ELSE or COMMA or EQUAL or COLON or FOR) break;
        }
        if (ifAt <= s || !EndsExpression(_toks[ifAt - 1])) return null;
        int aStart = PrimaryStart(ifAt - 1);
        return At("expected 'else' after 'if' expression", _toks[aStart], Prev());
    }

    PythonSyntaxError? DictValue(IToken t) =>
        t.Type is RBRACE or COMMA && Prev().Type == COLON && Depth(_k) > 0 && EnclosingOpener(_k) is { Type: LBRACE }
            ? At("expression expected after dictionary key and ':'", Prev()) : null;

    PythonSyntaxError? TypeParams(IToken t) =>
        t.Type == RSQB && Prev().Type == LSQB && _k >= 2 && Prev(2).Type == NAME && Prev(3).Type is DEF or CLASS
            ? At("Type parameter list cannot be empty", t) : null;

    IToken? EnclosingOpener(int k)
    {
        int depth = 0;
        for (int i = k - 1; i >= 0; i--)
        {
            int type = _toks[i].Type;
            if (type is RPAR or RSQB or RBRACE) depth++;
            else if (type is LPAR or LSQB or LBRACE) { if (depth == 0) return _toks[i]; depth--; }
        }
        return null;
    }

    static bool StartsExpression(IToken t) => t.Type is NAME or NUMBER or STRING or FSTRING_START or LPAR or LSQB
        or LBRACE or TRUE or FALSE or NONE or ELLIPSIS or MINUS or PLUS or TILDE or LAMBDA or NOT or AWAIT;

    static bool EndsExpression(IToken t) => t.Type is NAME or NUMBER or STRING or FSTRING_END or RPAR or RSQB
        or RBRACE or TRUE or FALSE or NONE or ELLIPSIS;

    /// <summary>Start of the primary (atom and trailers) that ends at token index k.</summary>
    int PrimaryStart(int k)
    {
        int i = k;
        while (i > 0)
        {
            int type = _toks[i].Type;
            if (type is RPAR or RSQB or RBRACE)
            {
                int depth = 0;
                for (; i >= 0; i--)
                {
                    if (_toks[i].Type is RPAR or RSQB or RBRACE) depth++;
                    else if (_toks[i].Type is LPAR or LSQB or LBRACE && --depth == 0) break;
                }
                if (i > 0 && EndsExpression(_toks[i - 1]) && _toks[i].Type is not LBRACE) { i--; continue; }
                return Math.Max(i, 0);
            }
            if (type == FSTRING_END)
            {
                while (i > 0 && _toks[i].Type != FSTRING_START) i--;
            }
            if (i > 1 && _toks[i - 1].Type == DOT) { i -= 2; continue; }
            if (i > 0 && _toks[i].Type is STRING or FSTRING_START && _toks[i - 1].Type is STRING or FSTRING_END) { i--; continue; }
            return i;
        }
        return 0;
    }

    /// <summary>Last token of the expression starting at k (stops at depth 0 at a delimiter or keyword).</summary>
    int ExpressionEnd(int k, bool stopAtComma)
    {
        int depth = 0, i = k;
        for (; i < _toks.Count; i++)
        {
            int type = _toks[i].Type;
            if (type is LPAR or LSQB or LBRACE or FSTRING_START) depth++;
            else if (type is RPAR or RSQB or RBRACE or FSTRING_END)
            {
                if (depth == 0) return i - 1;
                depth--;
            }
            else if (depth == 0 && (type is NEWLINE or COLON or EQUAL or COLONEQUAL or SEMI or IF or ELSE or FOR
                         or AND or OR or NOT or IN or IS or LESS or GREATER or EQEQUAL or NOTEQUAL or LESSEQUAL or GREATEREQUAL
                         || (stopAtComma && type == COMMA)))
                return i - 1;
            else if (depth == 0 && i > k && StartsExpression(_toks[i]) && EndsExpression(_toks[i - 1]))
                return i - 1;
        }
        return _toks.Count - 1;
    }

    PythonSyntaxError At(string message, IToken t, IToken? end = null)
    {
        end ??= t;
        if (t.Type == TokenConstants.EOF || end.Type == TokenConstants.EOF)
            return source.Error(message, t.Line, source.Col(t), t.Line, source.Col(t), filename);
        var (el, ec) = source.End(end);
        return source.Error(message, t.Line, source.Col(t), el, ec, filename);
    }
}
