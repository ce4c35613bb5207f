using Pytk.Compiler.Code;
using Pytk.Syntax;
using Pytk.Vm.Import;

namespace Pytk.Vm.Builtin;

/// <summary>
/// Issues the SyntaxWarnings a compile met (<see cref="CodeObject.Warnings"/>) as CPython's compiler does: each
/// through `warnings.warn_explicit(message, SyntaxWarning, filename, lineno)`, so filters, `catch_warnings` and
/// the usual "FILE:LINE: SyntaxWarning: ..." display apply; a warning a filter turns into an error becomes a
/// SyntaxError at the warning's place (_PyErr_EmitSyntaxWarning), and the warnings after it are not issued.
/// </summary>
public static class CompileWarnings
{
    public static void Issue(CodeObject code)
    {
        if (code.Warnings is not { } warnings) return;
        code.Warnings = null;
        var module = Modules.Import("warnings", Py.None, 0, null);
        var warnExplicit = Ops.GetAttr(module, "warn_explicit");
        var category = ExcTypes.All["SyntaxWarning"];
        for (int i = 0; i < warnings.Length; i++)
        {
            var w = warnings[i];
            try
            {
                Ops.Call(warnExplicit, new PyStr(w.Message), category, new PyStr(code.Filename), PyInt.From(w.Line));
            }
            catch (PyException e) when (Err.Matches(e.Value, category))
            {
                throw SyntaxErrorAt(w, code, parser: i < code.ParserWarnings);
            }
        }
    }

    /// <summary>The SyntaxError in place of a warning: the parser's carry their source line; the compiler's the line
    /// read from the file (none for a string: CPython's PyErr_ProgramTextObject).</summary>
    static PyException SyntaxErrorAt(SyntaxWarningInfo w, CodeObject code, bool parser)
    {
        string? text = null;
        if (parser || File.Exists(code.Filename))
            text = code.SourceLines is { } lines && w.Line >= 1 && w.Line <= lines.Length
                // the line as the parser holds it: with its break, unless the token runs on (a multi-line string)
                ? lines[w.Line - 1] + (w.FromTokenizer || w.EndLine != w.Line ? "" : "\n") : null;
        var details = PyTuple.Of(new PyStr(code.Filename), PyInt.From(w.Line), PyInt.From(w.Col + 1),
            text is null ? Py.None : new PyStr(text), PyInt.From(w.EndLine), PyInt.From(w.EndCol + 1));
        return new PyException(Err.NewValue(ExcTypes.SyntaxError, new PyStr(w.Message), details));
    }
}
