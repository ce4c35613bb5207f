using System.Text;
using Pytk.Grammar;
using Pytk.Syntax;
using Pytk.Compiler.CodeGen;

namespace Pytk.Cli;

/// <summary>
/// `pytk symtable [FILE|-]...`: the symbol tables of each file as `python3.13 -m symtable` prints them
/// (Lib/symtable.py main()), from the compiler's own symtable in its CPython view (<see cref="Symtable.Build(Module, bool)"/>).
/// The hidden `--batch-out DIR FILE...` (for conformance/checks/symtable.sh) handles many files in one process.
/// </summary>
public static class SymtableCommand
{
    public static int Run(CliContext ctx, CommandArgs args)
    {
        string? batchOut = args.Text(Opt.BatchOut);
        bool json = args.Get(Opt.Format, "text") == "json";
        var paths = args.Files.ToList();
        if (batchOut is not null) return SourceFiles.Batch(ctx, batchOut, paths, (path, output, error) => One(path, null, output, error, json));
        if (paths.Count == 0) paths.Add("-");
        foreach (var path in paths)
        {
            // Like CPython's loop: the first file that fails ends the run.
            int code = SourceFiles.Single(ctx, path, (p, stdin, output, error) => One(p, stdin, output, error, json));
            if (code != 0) return code;
        }
        return 0;
    }

    static int One(string path, byte[]? stdin, StringBuilder output, StringBuilder error, bool json)
    {
        if (SourceFiles.Read(path, stdin, error) is not { } bytes) return 1;
        string filename = stdin is null ? path : "<stdin>";
        Symtable st;
        try
        {
            var module = (Module)SourceParser.Parse(bytes, filename, ParseMode.Exec, false);
            st = Symtable.Build(module, cpythonView: true);
        }
        catch (PythonSyntaxError e)
        {
            error.Append(SyntaxErrorFormatter.Format(e));
            return 1;
        }
        catch (PythonLimitError e)
        {
            error.Append(e.TypeName).Append(": ").Append(e.Message).Append('\n');
            return 1;
        }
        catch (CompileError e)
        {
            error.Append(SyntaxErrorFormatter.Format(ToSyntaxError(e, bytes, filename)));
            return 1;
        }
        if (json) output.Append(Json(st.Top, filename)).Append('\n');
        else Print(st.Top, 0, filename, output);
        return 0;
    }

    static PythonSyntaxError ToSyntaxError(CompileError e, byte[] bytes, string filename)
    {
        var lines = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n").Split('\n');
        string? text = e.Line >= 1 && e.Line <= lines.Length ? lines[e.Line - 1] + "\n" : null;
        var kind = e.Kind == "IndentationError" ? SyntaxErrorKind.IndentationError : SyntaxErrorKind.SyntaxError;
        return new PythonSyntaxError(kind, e.Message, filename, e.Line, e.Col + 1, e.SyntaxErrorEnd.Line, e.SyntaxErrorEnd.Offset, text: text);
    }

    static string TypeName(SymbolBlock b) => b.Kind switch
    {
        BlockKind.Module => "module",
        BlockKind.Class => "class",
        BlockKind.TypeParams => "type parameters",
        BlockKind.TypeAlias => "type alias",
        BlockKind.TypeVariable => "type variable",
        _ => "function",
    };

    /// <summary>The flags symtable.py lists, in its order (USE, then the DEF_* constants; DEF_BOUND only when all three are set).</summary>
    static readonly (string Name, SymFlags Value)[] Shown =
    [
        ("use", SymFlags.Used), ("def_global", SymFlags.Global), ("def_nonlocal", SymFlags.Nonlocal), ("def_local", SymFlags.Assigned),
        ("def_param", SymFlags.Param), ("def_import", SymFlags.Import), ("def_bound", SymFlags.Bound), ("def_annot", SymFlags.Annotated),
    ];

    internal static void Print(SymbolBlock b, int level, string filename, StringBuilder o)
    {
        string indent = new(' ', 4 * level);
        string what = b.Kind == BlockKind.Module ? "from file " + PyRepr.Str(filename) : PyRepr.Str(b.Name);
        o.Append(indent).Append("symbol table for ").Append(b.IsNested ? "nested " : "").Append(TypeName(b)).Append(' ').Append(what).Append(":\n");
        foreach (var name in b.Order)
        {
            var f = b.Flags[name];
            string flags = string.Join(", ", Shown.Where(s => (f & s.Value) == s.Value).Select(s => s.Name));
            o.Append("    ").Append(indent).Append(ScopeName(b, name)).Append(" symbol ").Append(PyRepr.Str(name)).Append(": ").Append(flags).Append('\n');
        }
        o.Append('\n');
        foreach (var c in b.Children) Print(c, level + 1, filename, o);
    }

    static string ScopeName(SymbolBlock b, string name) => b.ScopeOf(name).ToString() switch
    {
        "GlobalExplicit" => "global_explicit",
        "GlobalImplicit" => "global_implicit",
        var s when char.IsDigit(s[0]) => "unknown",
        var s => s.ToLowerInvariant(),
    };

    /// <summary>kind "symtable": the same tables as the text, as nested objects.</summary>
    static string Json(SymbolBlock top, string filename) =>
        Pytk.Passes.ReportJson.Document("symtable", w =>
        {
            w.WriteString("file", filename);
            w.WritePropertyName("table");
            Block(w, top);
        });

    static void Block(System.Text.Json.Utf8JsonWriter w, SymbolBlock b)
    {
        w.WriteStartObject();
        w.WriteString("name", b.Kind == BlockKind.Module ? "top" : b.Name);
        w.WriteString("type", TypeName(b));
        w.WriteNumber("lineno", b.Line);
        w.WriteBoolean("nested", b.IsNested);
        w.WriteStartArray("symbols");
        foreach (var name in b.Order)
        {
            var f = b.Flags[name];
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteString("scope", ScopeName(b, name));
            w.WriteStartArray("flags");
            foreach (var s in Shown.Where(s => (f & s.Value) == s.Value)) w.WriteStringValue(s.Name);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("children");
        foreach (var c in b.Children) Block(w, c);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
