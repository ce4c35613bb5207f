using Antlr4.Runtime;

namespace Pytk.Grammar.Parsing;

/// <summary>
/// A token that keeps its text once asked: CommonToken cuts a new substring from the input on every read,
/// and a NAME's text is read by the identifier check, the soft-keyword filter and the AST builder.
/// </summary>
sealed class TextCachingToken(Tuple<ITokenSource, ICharStream> source, int type, int channel, int start, int stop)
    : CommonToken(source, type, channel, start, stop)
{
    string? cached;

    public override string Text
    {
        get => cached ??= base.Text;
        set { base.Text = value; cached = value; }
    }
}

/// <summary>Makes the lexer's tokens <see cref="TextCachingToken"/>s.</summary>
sealed class TextCachingTokenFactory : ITokenFactory
{
    public static readonly TextCachingTokenFactory Instance = new();

    public IToken Create(Tuple<ITokenSource, ICharStream> source, int type, string text, int channel, int start, int stop, int line, int charPositionInLine)
    {
        var t = new TextCachingToken(source, type, channel, start, stop) { Line = line, Column = charPositionInLine };
        if (text is not null) t.Text = text;
        return t;
    }

    public IToken Create(int type, string text) => new CommonToken(type, text);
}
