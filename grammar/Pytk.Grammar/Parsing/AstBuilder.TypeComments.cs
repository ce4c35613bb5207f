using Antlr4.Runtime;
using Pytk.Syntax;
using static Pytk.Grammar.Generated.PythonParser;

namespace Pytk.Grammar.Parsing;

/// <summary>
/// `# type: ...` comments, which `python -m ast` parses by default (ast.parse(type_comments=True)). The lexer
/// keeps comments on the hidden channel; CPython's tokenizer turns these into TYPE_COMMENT tokens, and its
/// grammar accepts them after an assignment, after the `:` of def/for/with, on the first line of a def's
/// body and after a parameter. `# type: ignore...` anywhere becomes a Module.type_ignores entry.
/// </summary>
sealed partial class AstBuilder
{
    BufferedTokenStream? _tokens;
    public bool TypeComments { get; init; } = true;

    public void UseTokens(BufferedTokenStream tokens) => _tokens = tokens;

    /// <summary>The text after `# type:` of a comment, or null; `ignore` comments are not type comments.</summary>
    static string? TypeCommentText(IToken comment, out bool ignore)
    {
        ignore = false;
        string t = comment.Text;
        int i = 1;
        while (i < t.Length && t[i] is ' ' or '\t' or '\f') i++;
        if (string.CompareOrdinal(t, i, "type:", 0, 5) != 0) return null;
        i += 5;
        while (i < t.Length && t[i] is ' ' or '\t' or '\f') i++;
        string rest = t[i..];
        if (rest.StartsWith("ignore", StringComparison.Ordinal) && (rest.Length == 6 || !char.IsAsciiLetterOrDigit(rest[6])))
        {
            ignore = true;
            return rest[6..];
        }
        return rest;
    }

    /// <summary>A type comment in the hidden tokens right after <paramref name="after"/>, on its line.</summary>
    string? TypeComment(IToken after)
    {
        if (!TypeComments || _tokens is null) return null;
        var hidden = _tokens.GetHiddenTokensToRight(after.TokenIndex);
        if (hidden is null) return null;
        foreach (var h in hidden)
            if (h.Type == COMMENT)
            {
                var text = TypeCommentText(h, out bool ignore);
                return ignore ? null : text;
            }
        return null;
    }

    string? BlockTypeComment(IToken colon) => TypeComment(colon);

    string? FunctionTypeComment(Function_defContext c)
    {
        var colon = c.COLON().Symbol;
        if (TypeComment(colon) is { } sameLine) return sameLine;
        if (!TypeComments || _tokens is null) return null;
        // `def f(...):` NEWLINE then `# type: (...) -> R` alone on the first line of the body.
        var block = c.block();
        if (block.INDENT() is null) return null;
        var hidden = _tokens.GetHiddenTokensToLeft(block.INDENT().Symbol.TokenIndex) ?? _tokens.GetHiddenTokensToRight(block.NEWLINE().Symbol.TokenIndex);
        if (hidden is null) return null;
        foreach (var h in hidden)
            if (h.Type == COMMENT && h.Line == colon.Line + 1)
                return TypeCommentText(h, out bool ignore) is { } text && !ignore ? text : null;
        return null;
    }

    List<TypeIgnoreNode> TypeIgnores()
    {
        var result = new List<TypeIgnoreNode>();
        if (!TypeComments || _tokens is null) return result;
        foreach (var t in _tokens.GetTokens())
            if (t.Type == COMMENT && TypeCommentText(t, out bool ignore) is { } tag && ignore)
                result.Add(new TypeIgnore(t.Line, tag));
        return result;
    }
}
