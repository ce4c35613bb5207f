using A = Pytk.Syntax;

namespace Pytk.Compiler.CodeGen;

/// <summary>
/// `from __future__ import ...` after the module's leading future statements (anywhere, at any depth) is a
/// SyntaxError (<see cref="FutureImports"/> reads the leading ones). The import itself still runs, binding the
/// feature objects of the `__future__` module, as CPython's does.
/// </summary>
public sealed partial class CodeGenerator
{
    /// <summary>Where the last valid future statement ends (line, end column); (-1, -1) when there is none.</summary>
    (int Line, int EndCol) futureEnd = (-1, -1);

    /// <summary>`from __future__ import annotations` (PEP 563): annotations are stored as their source text.</summary>
    bool futureAnnotations;

    void CheckLateFuture(A.ImportFrom im)
    {
        if (im.module != "__future__" || (im.level ?? 0) != 0) return;
        if (im.lineno > futureEnd.Line || (im.lineno == futureEnd.Line && im.col_offset > futureEnd.EndCol))
            throw Error("from __future__ imports must occur at the beginning of the file", im);
    }
}
