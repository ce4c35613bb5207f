using A = Pytk.Syntax;

namespace Pytk.Semantics;

/// <summary>
/// `from __future__ import ...` at the top of a module, by CPython's future.c rules: only a docstring and other
/// future statements may come before one, and an unknown feature is a SyntaxError. future.c runs before the
/// symtable, so both the symbol table and the compiler read the features here, and its errors come first.
/// </summary>
public static class FutureImports
{
    static readonly HashSet<string> Known =
    [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ];

    /// <summary>The features turned on, and where the last valid future statement ends (line, end column;
    /// (-1, -1) when there is none): a future import after that point is an error.</summary>
    public static (HashSet<string> Features, (int Line, int EndCol) End) Scan(List<A.StmtNode> body)
    {
        var features = new HashSet<string>();
        var end = (-1, -1);
        bool docstring = body.Count > 0 && body[0] is A.Expr { value: A.Constant { value: string } };
        for (int i = docstring ? 1 : 0; i < body.Count; i++)
        {
            if (body[i] is not A.ImportFrom { module: "__future__" } im || (im.level ?? 0) != 0) break;
            foreach (var al in im.names)
            {
                // future.c reports these at the statement's start, with no end: one caret.
                if (al.name == "braces") throw OneCaret("not a chance", im);
                if (!Known.Contains(al.name)) throw OneCaret($"future feature {al.name} is not defined", im);
                features.Add(al.name);
            }
            end = (im.lineno, im.end_col_offset ?? im.col_offset);
        }
        return (features, end);
    }

    static CompileError OneCaret(string msg, A.LocatedNode at) =>
        new(msg, at.lineno, at.col_offset) { EndLine = at.lineno, EndCol = at.col_offset };
}
