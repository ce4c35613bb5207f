using A = Pytk.Syntax;

namespace Pytk.Vm.Compiler;

/// <summary>
/// `from __future__ import ...`: CPython's future.c rules. Only a docstring and other future statements may
/// come before one; a later one (anywhere, at any depth) is a SyntaxError. The import itself still runs,
/// binding the feature objects of the `__future__` module, as CPython's does.
/// </summary>
public sealed partial class Compiler
{
    static readonly HashSet<string> FutureFeatures =
    [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ];

    /// <summary>Where the last valid future statement ends (line, end column); (-1, -1) when there is none.</summary>
    (int Line, int EndCol) futureEnd = (-1, -1);

    /// <summary>`from __future__ import annotations` (PEP 563): annotations are stored as their source text.</summary>
    bool futureAnnotations;

    static ((int, int) End, bool Annotations) ScanFuture(List<A.StmtNode> body) => ScanFuture(body, null);

    /// <summary>The features a module's future statements turn on (future.c runs before the symtable, so its errors come first).</summary>
    public static HashSet<string> FutureFeaturesOf(A.Module module)
    {
        var features = new HashSet<string>();
        ScanFuture(module.body, features);
        return features;
    }

    static ((int, int) End, bool Annotations) ScanFuture(List<A.StmtNode> body, HashSet<string>? features)
    {
        var end = (-1, -1);
        bool annotations = false;
        for (int i = DocString(body) is null ? 0 : 1; i < body.Count; i++)
        {
            if (body[i] is not A.ImportFrom { module: "__future__" } im || (im.level ?? 0) != 0) break;
            foreach (var al in im.names)
            {
                // future.c reports these at the statement's start, with no end: one caret.
                if (al.name == "braces") throw OneCaret("not a chance", im);
                if (!FutureFeatures.Contains(al.name)) throw OneCaret($"future feature {al.name} is not defined", im);
                annotations |= al.name == "annotations";
                features?.Add(al.name);
            }
            end = (im.lineno, im.end_col_offset ?? im.col_offset);
        }
        return (end, annotations);
    }

    static CompileError OneCaret(string msg, A.LocatedNode at) =>
        new(msg, at.lineno, at.col_offset) { EndLine = at.lineno, EndCol = at.col_offset };

    void CheckLateFuture(A.ImportFrom im)
    {
        if (im.module != "__future__" || (im.level ?? 0) != 0) return;
        if (im.lineno > futureEnd.Line || (im.lineno == futureEnd.Line && im.col_offset > futureEnd.EndCol))
            throw Error("from __future__ imports must occur at the beginning of the file", im);
    }
}
