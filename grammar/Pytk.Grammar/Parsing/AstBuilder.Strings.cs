using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Pytk.Syntax;
using static Pytk.Grammar.Generated.PythonParser;

namespace Pytk.Grammar.Parsing;

sealed partial class AstBuilder
{
    /// <summary>
    /// Adjacent literals: one Constant when none is an f-string, else one JoinedStr whose literal parts are
    /// merged across literal boundaries and whose empty parts are dropped, as CPython 3.13 builds it.
    /// </summary>
    ExprNode Strings(StringsContext c)
    {
        var children = c.children;
        bool anyF = false, anyBytes = false, anyStr = false;
        foreach (var child in children)
        {
            if (child is FstringContext) { anyF = true; anyStr = true; continue; }
            var p = StringPrefix.Of(((ITerminalNode)child).Symbol.Text);
            if (p.Bytes) anyBytes = true; else anyStr = true;
        }
        if (anyBytes && anyStr) throw Error("cannot mix bytes and nonbytes literals", After(c.Stop));

        if (!anyF)
        {
            if (children.Count == 1)
            {
                var tok = ((ITerminalNode)children[0]).Symbol;
                var prefix = StringPrefix.Of(tok.Text);
                return Loc(new Constant(DecodeLiteral(tok, prefix), prefix.Unicode ? "u" : null), tok, tok);
            }
            string? kind = StringPrefix.Of(c.Start.Text).Unicode ? "u" : null;
            if (anyBytes)
            {
                var bytes = new List<byte>();
                foreach (var child in children)
                {
                    var tok = ((ITerminalNode)child).Symbol;
                    bytes.AddRange((byte[])DecodeLiteral(tok, StringPrefix.Of(tok.Text)));
                }
                return Loc(new Constant(bytes.ToArray(), kind), c);
            }
            var sb = new StringBuilder();
            List<int>? cps = null;
            foreach (var child in children)
            {
                var tok = ((ITerminalNode)child).Symbol;
                var part = DecodeLiteral(tok, StringPrefix.Of(tok.Text));
                if (part is SurrogateStr ss && cps is null)
                {
                    cps = [];
                    foreach (var r in sb.ToString().EnumerateRunes()) cps.Add(r.Value);
                }
                if (cps is not null)
                {
                    if (part is SurrogateStr s2) cps.AddRange(s2.CodePoints);
                    else foreach (var r in ((string)part).EnumerateRunes()) cps.Add(r.Value);
                }
                else sb.Append((string)part);
            }
            return Loc(new Constant(cps is null ? sb.ToString() : SurrogateStr.FromCodePoints(cps), kind), c);
        }

        var parts = new JoinedParts(this);
        foreach (var child in children)
        {
            if (child is FstringContext f) FStringParts(f, parts);
            else
            {
                var tok = ((ITerminalNode)child).Symbol;
                parts.Text(DecodeLiteral(tok, StringPrefix.Of(tok.Text)).ToString()!, tok, tok);
            }
        }
        return Loc(new JoinedStr(parts.Finish()), c);
    }

    object DecodeLiteral(IToken tok, StringPrefix prefix)
    {
        string text = tok.Text;
        string body = text.Substring(prefix.PrefixLength + prefix.QuoteLength,
            text.Length - prefix.PrefixLength - 2 * prefix.QuoteLength);
        if (!prefix.Bytes && StringLiteral.UndecodablePiece(body, prefix.Raw) is { } undecodable)
            throw Error("(unicode error) " + SourceDecoder.Utf8Error(undecodable), tok);
        object value;
        try
        {
            value = prefix.Bytes ? StringLiteral.DecodeBytes(body, prefix.Raw) : StringLiteral.DecodeStrValue(body, prefix.Raw);
        }
        catch (LiteralException e)
        {
            throw Error(e.Message, tok);
        }
        if (!prefix.Raw) WarnEscapes(body, prefix.Bytes, fstring: false, tok);
        return value;
    }

    /// <summary>The literal decoder's SyntaxWarning for one string token (CPython's warn_invalid_escape_sequence:
    /// at the token, its first offending escape only).</summary>
    void WarnEscapes(string body, bool bytes, bool fstring, IToken tok)
    {
        if (!Pytk.Syntax.SyntaxWarnings.Collecting || body.IndexOf('\\') < 0) return;
        if (StringLiteral.FirstInvalidEscape(body, bytes, fstring) is not { } message) return;
        var (endLine, endCol) = _source.End(tok);
        Pytk.Syntax.SyntaxWarnings.Report(message, tok.Line, _source.Col(tok), endLine, endCol);
    }

    void FStringParts(FstringContext f, JoinedParts parts)
    {
        bool raw = StringPrefix.Of(f.FSTRING_START().Symbol.Text).Raw;
        foreach (var child in f.children)
        {
            if (child is Replacement_fieldContext rf) parts.Value(FormattedValue(rf, raw, parts));
            else if (child is ITerminalNode { Symbol.Type: FSTRING_MIDDLE } m)
                parts.Text(Middle(m.Symbol, raw), m.Symbol, m.Symbol);
        }
    }

    string Middle(IToken t, bool raw)
    {
        // CPython 3.13 lets the decoder's UnicodeDecodeError itself out of an f-string's literal part.
        if (StringLiteral.UndecodablePiece(t.Text, raw) is { } undecodable)
            throw new PythonLimitError("UnicodeDecodeError", SourceDecoder.Utf8Error(undecodable)!)
                { DecodeError = SourceDecoder.Utf8ErrorArgs(undecodable) };
        string text;
        try { text = StringLiteral.DecodeStr(t.Text, raw); }
        catch (LiteralException e) { throw Error(e.Message, t); }
        if (!raw) WarnEscapes(t.Text, bytes: false, fstring: true, t);
        return text;
    }

    ExprNode FormattedValue(Replacement_fieldContext c, bool raw, JoinedParts outer)
    {
        var value = c.yield_expr() is { } y ? YieldExpr(y) : StarExpressions(c.star_expressions());
        int conversion = -1;
        if (c.EXCLAMATION() is { } bang)
        {
            var conv = c.NAME();
            string name = conv.Symbol.Text;
            if (name is not ("s" or "r" or "a"))
                throw Error($"f-string: invalid conversion character '{name}': expected 's', 'r', or 'a'", conv.Symbol);
            if (conv.Symbol.Column != bang.Symbol.Column + 1 || conv.Symbol.Line != bang.Symbol.Line)
                throw Error("f-string: conversion type must come right after the exclamanation mark", conv.Symbol);
            conversion = name[0];
        }
        ExprNode? spec = null;
        if (c.COLON() is { } colon)
        {
            var specParts = new JoinedParts(this);
            var formatSpec = c.format_spec();
            foreach (var child in formatSpec.children ?? [])
            {
                if (child is Replacement_fieldContext inner) specParts.Value(FormattedValue(inner, raw, specParts));
                else if (child is ITerminalNode { Symbol.Type: FSTRING_MIDDLE } m)
                    specParts.Text(Middle(m.Symbol, raw), m.Symbol, m.Symbol);
            }
            var values = specParts.Finish();
            var stop = formatSpec.Stop is { } s && s.TokenIndex >= colon.Symbol.TokenIndex ? s : colon.Symbol;
            spec = Loc(new JoinedStr(values), colon.Symbol, stop);
        }
        if (c.EQUAL() is { } equal)
        {
            // The text of the expression and the `=`, with its spaces, as it stands in the source.
            var lbrace = c.LBRACE().Symbol;
            var next = ((ITerminalNode)c.GetChild(IndexOf(c, equal) + 1)).Symbol;
            int from = lbrace.StopIndex + 1, to = next.StartIndex - 1;
            string debug = lbrace.InputStream.GetText(new Antlr4.Runtime.Misc.Interval(from, to));
            // Comments inside the field are not part of the text CPython shows.
            if (_tokens is not null && debug.Contains('#'))
                for (int i = next.TokenIndex - 1; i > lbrace.TokenIndex; i--)
                    if (_tokens.Get(i) is { Type: COMMENT } comment)
                        debug = debug.Remove(comment.StartIndex - from, comment.StopIndex - comment.StartIndex + 1);
            var (el, ec) = (next.Line, _source.Col(next));
            var node = new Constant(debug, null);
            node.At(lbrace.Line, _source.Col(lbrace) + 1, el, ec);
            outer.Text(debug, node);
            if (conversion == -1 && spec is null) conversion = 'r';
        }
        return Loc(new FormattedValue(value, conversion, spec), c);
    }

    static int IndexOf(ParserRuleContext parent, IParseTree child)
    {
        for (int i = 0; i < parent.ChildCount; i++) if (parent.GetChild(i) == child) return i;
        return -1;
    }

    /// <summary>Collects the values of a JoinedStr, merging consecutive literal text into one Constant.</summary>
    sealed class JoinedParts(AstBuilder owner)
    {
        readonly List<ExprNode> _values = [];
        StringBuilder? _text;
        LocatedNode? _textStart, _textEnd;

        public void Text(string s, IToken start, IToken stop)
        {
            var at = owner.Loc(new Constant(null, null), start, stop);
            // A middle cut at a doubled brace keeps one brace; CPython's position covers both.
            if (stop.Type == FSTRING_MIDDLE && stop.Text is { Length: > 0 } t && t[^1] is '{' or '}' && IsDoubled(stop, t[^1]))
                at.end_col_offset++;
            Text(s, at);
        }

        // The source has the brace twice right there (not the `}` closing a \N{...} escape).
        static bool IsDoubled(IToken middle, char brace)
        {
            var input = middle.InputStream;
            int i = middle.StopIndex + 1;
            return input is not null && i < input.Size && input.GetText(new Antlr4.Runtime.Misc.Interval(i, i)) == brace.ToString();
        }

        public void Text(string s, LocatedNode at)
        {
            if (_text is null) { _text = new StringBuilder(); _textStart = at; }
            _text.Append(s);
            _textEnd = at;
        }

        public void Value(ExprNode value)
        {
            Flush();
            _values.Add(value);
        }

        void Flush()
        {
            if (_text is null) return;
            if (_text.Length > 0)
                _values.Add(owner.Loc(new Constant(_text.ToString(), null), _textStart!, _textEnd!));
            _text = null;
        }

        public List<ExprNode> Finish()
        {
            Flush();
            return _values;
        }
    }
}
