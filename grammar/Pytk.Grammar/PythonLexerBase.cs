using Antlr4.Runtime;
using Pytk.Grammar.Generated;

namespace Pytk.Grammar;

/// <summary>
/// The context-dependent half of the Python lexer, as CPython's tokenizer (Parser/lexer/lexer.c) does it:
/// NEWLINE vs NL, INDENT/DEDENT from an indentation stack (tabs to multiples of 8, checked against a
/// second stack with tabs as 1 column for TabError), bracket depth for implicit line joining, and the
/// f-string mode stack (body, replacement field, format spec). PythonLexer.g4 only says what tokens
/// look like. The input must end with a line break (<see cref="Tokenizer"/> appends one when missing,
/// as CPython does).
/// </summary>
public abstract partial class PythonLexerBase : Lexer
{
    const int TabSize = 8;
    // CPython's fixed limits (MAXINDENT, MAXLEVEL in Parser/lexer).
    const int MaxIndent = 100;
    const int MaxLevel = 200;
    const int MaxFieldNesting = 3;

    /// <summary>Source name used in errors.</summary>
    public string Filename { get; set; } = "<string>";

    /// <summary>SyntaxWarnings the tokenizer itself issues (line, message), e.g. "invalid escape sequence '\{'".</summary>
    public Action<int, string>? Warning { get; set; }

    /// <summary>A tokenizer SyntaxWarning: to <see cref="Warning"/>, and when compiling (not tokenizing) also to the
    /// compile's collection (<see cref="Pytk.Syntax.SyntaxWarnings"/>) at (line, col), 0-based col.</summary>
    void Warn(int line, int col, string message)
    {
        Warning?.Invoke(line, message);
        if (!TokenizeMode) Pytk.Syntax.SyntaxWarnings.Report(message, line, col, line, col, fromTokenizer: true);
    }

    /// <summary>The first line holding a NUL character (CPython refuses it when it reads that line).</summary>
    public int NulLine { get; set; } = int.MaxValue;

    readonly Queue<IToken> pending = new();
    readonly List<int> indents = [0];
    readonly List<int> altIndents = [0];
    readonly Stack<FString> fstrings = new();
    int parenDepth;
    bool atLineStart = true;
    bool lineHasTokens;
    bool commentLine;
    int lastType = -1;
    int lastRawType = -1;
    int prevRawType = -1;
    bool measuringIndentation;

    protected PythonLexerBase(ICharStream input) : base(input) { }
    protected PythonLexerBase(ICharStream input, TextWriter output, TextWriter errorOutput) : base(input, output, errorOutput) { }

    sealed class FString(int mode, bool raw, char quote, int quoteLength, int baseDepth)
    {
        /// <summary>Bracket depth outside the f-string: a '}' that would close below it is a lone '}'.</summary>
        public readonly int BaseDepth = baseDepth;
        public readonly char Quote = quote;
        public readonly int Mode = mode;
        public readonly bool Raw = raw;
        public readonly int QuoteLength = quoteLength;
        public readonly Stack<Field> Fields = new();
    }

    /// <summary>An open replacement field: the bracket depth just inside its '{', and whether ':' was seen.</summary>
    sealed class Field(int depth)
    {
        public readonly int Depth = depth;
        public bool InFormatSpec;
    }

    /// <summary>The error the lexer stopped at, if it did (CPython: the tokenizer is not done/ok).</summary>
    public PythonSyntaxError? LastError { get; private set; }

    /// <summary>Inside an f-string (CPython's tok_mode_stack_index > 0).</summary>
    public bool InsideFString => fstrings.Count > 0;

    public override IToken NextToken()
    {
        try
        {
            while (pending.Count == 0)
                Fill();
        }
        catch (PythonSyntaxError e)
        {
            LastError = e;
            throw;
        }
        var t = pending.Dequeue();
        if (t.Channel == DefaultTokenChannel || t.Type == PythonLexer.NL)
            lastType = t.Type;
        return t;
    }

    public override void Reset()
    {
        base.Reset();
        pending.Clear();
        indents.Clear(); indents.Add(0);
        altIndents.Clear(); altIndents.Add(0);
        fstrings.Clear();
        parenDepth = 0;
        atLineStart = true;
        lineHasTokens = commentLine = false;
        lastType = lastRawType = prevRawType = -1;
        deferredError = null;
        LastError = null;
        spanEndLine = spanStartLine = 0;
        joinInIndentation = false;
        fstringStarts.Clear();
        brackets.Clear();
    }

    void Fill()
    {
        if (InFStringMode && InFormatSpec)
        {
            // A line break ends the format spec of a single-quoted f-string: CPython goes back to the
            // field's expression (where the break is an NL), after a possibly empty FSTRING_MIDDLE.
            bool lineBreak = fstrings.Peek().QuoteLength == 1 && InputStream.LA(1) is '\n' or '\r';
            if (lastType != PythonLexer.FSTRING_MIDDLE && (lineBreak || StartsEmptySpecPart()))
            {
                // CPython's format-spec scanner returns an empty FSTRING_MIDDLE when it starts on '}' or '{{'.
                pending.Enqueue(Synthesize(PythonLexer.FSTRING_MIDDLE, "", InputStream.Index, Line, Column));
                lastType = PythonLexer.FSTRING_MIDDLE;
                return;
            }
            if (lineBreak)
            {
                fstrings.Peek().Fields.Peek().InFormatSpec = false;
                PopMode();
                lastType = -1;
                return;
            }
        }
        int mode = CurrentMode;
        measuringIndentation = mode == DefaultModeIndex && atLineStart;
        var t = RawToken();
        measuringIndentation = false;
        if (mode == DefaultModeIndex && atLineStart)
        {
            atLineStart = false;
            t = LineStart(t);
        }
        if (mode == DefaultModeIndex) OnDefaultModeToken(t);
        else OnFStringModeToken(t);
    }

    const int DefaultModeIndex = 0;

    bool InFStringMode => CurrentMode != DefaultModeIndex;

    /// <summary>True inside a format spec (a field's ':' has been seen and its '}' not yet).</summary>
    protected bool InFormatSpec => fstrings.Count > 0 && fstrings.Peek().Fields.Count > 0 && fstrings.Peek().Fields.Peek().InFormatSpec;

    protected bool FStringRaw => fstrings.Count > 0 && fstrings.Peek().Raw;

    /// <summary>At the bracket level of an open replacement field, where ':' starts its format spec.</summary>
    protected bool AtReplacementFieldTop =>
        CurrentMode == DefaultModeIndex && fstrings.Count > 0 && fstrings.Peek().Fields.Count > 0
        && fstrings.Peek().Fields.Peek().Depth == parenDepth && !fstrings.Peek().Fields.Peek().InFormatSpec;

    /// <summary>Called right after a quote inside a triple-quoted f-string: do the next two close it?</summary>
    protected bool ClosesTripleQuote(char q) => InputStream.LA(1) == q && InputStream.LA(2) == q;

    bool StartsEmptySpecPart() => InputStream.LA(1) == '}' || (InputStream.LA(1) == '{' && InputStream.LA(2) == '{');

    IToken RawToken()
    {
        var t = AtLoneCarriageReturn ? LoneCarriageReturnToken() : base.NextToken();
        if (t.Type == PythonLexer.COLONEQUAL && AtReplacementFieldTop) SplitColonEqual((CommonToken)t);
        if (t.Line >= NulLine || (t.Line + LineBreaks(t) >= NulLine && t.Type != PythonLexer.NEWLINE))
            throw TokenError("source code cannot contain null bytes", NulLine, 0);
        prevRawType = lastRawType;
        lastRawType = t.Type;
        // A backslash in the indentation is read before any token starts: CPython's buffer does not grow.
        if ((t.Type == PythonLexer.LINE_JOIN && !measuringIndentation) || t.Type is PythonLexer.STRING or PythonLexer.FSTRING_MIDDLE)
            TrackBuffer(t);
        return t;
    }

    /// <summary>':=' at the top of a replacement field is ':' (starting the format spec) then '=...'.</summary>
    void SplitColonEqual(CommonToken t)
    {
        t.Type = PythonLexer.COLON;
        t.StopIndex = t.StartIndex;
        InputStream.Seek(t.StartIndex + 1);
        Interpreter.Column = t.Column + 1;
    }

    /// <summary>
    /// The start of a physical line outside brackets' continuation: measure the indentation and, unless
    /// the line is blank or comment-only, compare it with the stack (CPython's tok_get_normal_mode atbol).
    /// Returns the first token after the leading whitespace; earlier tokens are queued.
    /// </summary>
    IToken LineStart(IToken t)
    {
        int col = 0, alt = 0, contCol = -1;
        var lead = new List<IToken>();
        while (t.Type is PythonLexer.WS or PythonLexer.LINE_JOIN)
        {
            if (t.Type == PythonLexer.WS)
            {
                foreach (char c in t.Text)
                {
                    if (c == ' ') { col++; alt++; }
                    else if (c == '\t') { col = (col / TabSize + 1) * TabSize; alt++; }
                    else { col = 0; alt = 0; }
                }
            }
            else if (contCol < 0) contCol = col;
            lead.Add(t);
            measuringIndentation = true;
            t = RawToken();
            measuringIndentation = false;
        }
        joinInIndentation = lead.Count > 0 && lead[^1].Type == PythonLexer.LINE_JOIN;
        foreach (var w in lead) pending.Enqueue(w);
        bool blank = t.Type is PythonLexer.NEWLINE or PythonLexer.COMMENT || StartsWithLoneCr(t);
        // CPython's comment_newline: the line of a comment on a blank line ends in NL, whatever a lone
        // '\r' lets follow the comment.
        commentLine = t.Type == PythonLexer.COMMENT;
        if (blank || parenDepth > 0) return t;
        // CPython tests the column of the first backslash for truth: one in column 0 changes nothing.
        if (contCol > 0) { col = contCol; alt = contCol; }
        int top = indents[^1];
        if (col == top)
        {
            if (alt != altIndents[^1]) throw TabError(t.Line);
        }
        else if (col > top)
        {
            if (indents.Count >= MaxIndent) throw TooDeep(t.Line);
            if (alt <= altIndents[^1]) throw TabError(t.Line);
            indents.Add(col);
            altIndents.Add(alt);
            // After a backslash-continued indentation CPython's INDENT holds the last line's whitespace only.
            var own = lead.Where(w => w.Type == PythonLexer.WS && w.Line == t.Line).ToList();
            string text = own.Count == 1 ? own[0].Text : string.Concat(own.Select(w => w.Text));
            int startIndex = own.Count > 0 ? own[0].StartIndex : t.StartIndex;
            pending.Enqueue(Synthesize(PythonLexer.INDENT, text, startIndex, t.Line, 0));
        }
        else
        {
            int dedents = 0;
            while (indents.Count > 1 && col < indents[^1])
            {
                indents.RemoveAt(indents.Count - 1);
                altIndents.RemoveAt(altIndents.Count - 1);
                dedents++;
            }
            if (col != indents[^1]) throw LineError(SyntaxErrorKind.IndentationError, "unindent does not match any outer indentation level", t.Line);
            if (alt != altIndents[^1]) throw TabError(t.Line);
            for (int i = 0; i < dedents; i++)
                pending.Enqueue(Synthesize(PythonLexer.DEDENT, "", t.StartIndex, t.Line, t.Column));
        }
        return t;
    }

    void OnDefaultModeToken(IToken t)
    {
        if (deferredError is not null) throw deferredError;
        switch (t.Type)
        {
            case PythonLexer.NEWLINE:
                if (parenDepth > 0 || !lineHasTokens || commentLine)
                    t = Retype(t, PythonLexer.NL, Hidden);
                commentLine = false;
                atLineStart = true;
                if (parenDepth == 0) lineHasTokens = false;
                pending.Enqueue(t);
                return;
            case PythonLexer.Eof:
                OnEof(t);
                return;
            case PythonLexer.LPAR or PythonLexer.LSQB or PythonLexer.LBRACE:
                CheckNesting(t);
                parenDepth++;
                OpenBracket(t, field: false);
                break;
            case PythonLexer.RPAR or PythonLexer.RSQB:
                if (fstrings.Count > 0 && parenDepth == fstrings.Peek().BaseDepth)
                    throw TokenError($"f-string: unmatched '{t.Text}'", t.Line, t.Column + 1);
                CloseBracket(t);
                if (parenDepth > 0) parenDepth--;
                break;
            case PythonLexer.RBRACE:
                if (fstrings.Count > 0 && parenDepth == fstrings.Peek().BaseDepth)
                    throw TokenError("f-string: single '}' is not allowed", t.Line, t.Column + 1);
                CloseBracket(t);
                if (fstrings.Count > 0 && fstrings.Peek().Fields.Count > 0 && fstrings.Peek().Fields.Peek().Depth == parenDepth)
                {
                    fstrings.Peek().Fields.Pop();
                    PopMode();
                }
                if (parenDepth > 0) parenDepth--;
                break;
            case PythonLexer.COLON:
                if (fstrings.Count > 0 && fstrings.Peek().Fields.Count > 0 && fstrings.Peek().Fields.Peek().Depth == parenDepth)
                {
                    fstrings.Peek().Fields.Peek().InFormatSpec = true;
                    PushMode(fstrings.Peek().Mode);
                }
                break;
            case PythonLexer.FSTRING_START:
                StartFString(t);
                break;
            case PythonLexer.NUMBER:
                CheckNumberEnd(t);
                if (!TokenizeMode) CheckNumberStrict(t);
                break;
            case PythonLexer.NAME:
                if (!TokenizeMode) CheckIdentifier(t);
                break;
            case PythonLexer.ERRORTOKEN:
                int c = char.ConvertToUtf32(t.Text, StartsWithLoneCr(t) ? 1 : 0);
                if (!Pytk.Syntax.PyRepr.IsPrintable(c))
                    throw TokenError($"invalid non-printable character U+{c:X4}", t.Line, t.Column + 1);
                break;
        }
        if (t.Channel == DefaultTokenChannel && t.Type != PythonLexer.NEWLINE)
            lineHasTokens = true;
        pending.Enqueue(t);
    }

    void OnFStringModeToken(IToken t)
    {
        var fs = fstrings.Peek();
        switch (t.Type)
        {
            case PythonLexer.FSTRING_MIDDLE:
                // CPython raises before returning the text when the body runs into a line end or EOF.
                int next = InputStream.LA(1);
                if (next == IntStreamConstants.EOF) throw UnterminatedFStringAtEof(fs);
                if (fs.QuoteLength == 1 && next is '\n' or '\r' && !InFormatSpec) { UnterminatedFString(Line); return; }
                SplitMiddle(t, fs.Raw);
                return;
            case PythonLexer.LBRACE:
                if (fs.Fields.Count >= MaxFieldNesting)
                    throw TokenError("f-string: expressions nested too deeply", t.Line, t.Column);
                CheckNesting(t);
                parenDepth++;
                OpenBracket(t, field: true);
                fs.Fields.Push(new Field(parenDepth));
                PushMode(DefaultModeIndex);
                break;
            case PythonLexer.RBRACE:
                if (fs.Fields.Count == 0 || !fs.Fields.Peek().InFormatSpec)
                    throw TokenError("f-string: single '}' is not allowed", t.Line, t.Column + 1);
                fs.Fields.Pop();
                CloseBracket(t);
                if (parenDepth > 0) parenDepth--;
                PopMode();
                PopMode();
                break;
            case PythonLexer.FSTRING_END:
                // A quote in a format spec ends the f-string; the fields' brackets stay open, as in CPython
                // (what follows is inside brackets, up to "unexpected EOF in multi-line statement").
                foreach (var field in fs.Fields)
                {
                    PopMode();
                    if (field.InFormatSpec) PopMode();
                }
                fstrings.Pop();
                fstringStarts.Pop();
                PopMode();
                break;
            case PythonLexer.Eof:
                throw UnterminatedFStringAtEof(fs);
        }
        lineHasTokens = true;
        pending.Enqueue(t);
    }

    void StartFString(IToken t)
    {
        string text = t.Text;
        int quoteLength = text.EndsWith("'''") || text.EndsWith("\"\"\"") ? 3 : 1;
        char q = text[^1];
        int mode = (q, quoteLength) switch
        {
            ('\'', 1) => PythonLexer.FSTRING_SQ,
            ('"', 1) => PythonLexer.FSTRING_DQ,
            ('\'', _) => PythonLexer.FSTRING_TSQ,
            _ => PythonLexer.FSTRING_TDQ,
        };
        bool raw = text.Contains('r') || text.Contains('R');
        fstrings.Push(new FString(mode, raw, q, quoteLength, parenDepth));
        fstringStarts.Push((t.Line, t.Column));
        PushMode(mode);
    }

    void OnEof(IToken t)
    {
        if (prevRawType == PythonLexer.LINE_JOIN)
            throw EofInStatement(t, afterContinuation: true);
        if (parenDepth > 0)
            throw !TokenizeMode && brackets.Count > 0 ? NeverClosed() : EofInStatement(t, afterContinuation: false);
        // Dedent to column 0 at the end of the file, positioned at ENDMARKER.
        for (int i = indents.Count - 1; i > 0; i--)
            pending.Enqueue(Synthesize(PythonLexer.DEDENT, "", t.StartIndex, t.Line, t.Column));
        indents.RemoveRange(1, indents.Count - 1);
        altIndents.RemoveRange(1, altIndents.Count - 1);
        pending.Enqueue(t);
    }

    IToken Synthesize(int type, string text, int startIndex, int line, int column, int channel = DefaultTokenChannel)
    {
        var tok = new CommonToken(new Tuple<ITokenSource, ICharStream>(this, (ICharStream)InputStream), type, channel, startIndex, startIndex + text.Length - 1)
        {
            Line = line,
            Column = column,
            Text = text,
        };
        return tok;
    }

    void CheckNesting(IToken t)
    {
        if (parenDepth >= MaxLevel) throw TokenError("too many nested parentheses", t.Line, t.Column + 1);
    }

    static int LineBreaks(IToken t)
    {
        if (t.Type is not (PythonLexer.STRING or PythonLexer.FSTRING_MIDDLE)) return 0;
        int n = 0;
        foreach (char ch in t.Text) if (ch == '\n') n++;
        return n;
    }

    static IToken Retype(IToken t, int type, int channel)
    {
        var c = new CommonToken(t) { Type = type, Channel = channel };
        return c;
    }
}
