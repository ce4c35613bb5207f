using System.Text;
using Pytk.Grammar;
using Pytk.Syntax;

namespace Pytk.Cli;

/// <summary>
/// `pytk dump-ast [-m MODE] [-a] [-i N] [--no-type-comments] [--format text|json|dot] [FILE|-]`: what
/// `python3.13 -m ast` prints, byte for byte (Lib/ast.py main(): indent 3, type comments on, stdin by default).
/// The hidden `--batch-out DIR FILE...` (for conformance/checks/dump-ast.sh) dumps many files in one process.
/// </summary>
public static class DumpAstCommand
{
    sealed record Options(ParseMode Mode, bool Attributes, int Indent, bool TypeComments, string Format, PassOptions Passes, bool IndentGiven = false);

    public static int Run(CliContext ctx, string[] args)
    {
        var mode = ParseMode.Exec;
        bool attributes = false, typeComments = true;
        int indent = 3;
        bool indentGiven = false;
        string format = "text";
        string? batchOut = null;
        var paths = new List<string>();
        var passes = new PassOptions();
        for (int i = 0; i < args.Length; i++)
        {
            if (passes.TryParse(args, ref i)) continue;
            string a = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"argument {a}: expected one argument");
            switch (a)
            {
                case "-m" or "--mode":
                    mode = Value() switch
                    {
                        "exec" => ParseMode.Exec,
                        "eval" => ParseMode.Eval,
                        "single" => ParseMode.Single,
                        "func_type" => ParseMode.FuncType,
                        var v => throw new UsageException($"argument -m/--mode: invalid choice: '{v}' (choose from 'exec', 'single', 'eval', 'func_type')"),
                    };
                    break;
                case "-a" or "--include-attributes": attributes = true; break;
                case "--no-type-comments": typeComments = false; break;
                case "-i" or "--indent":
                    string n = Value();
                    if (!int.TryParse(n, out indent)) throw new UsageException($"argument -i/--indent: invalid int value: '{n}'");
                    indentGiven = true;
                    break;
                case "--format":
                    format = Value();
                    if (format is not ("text" or "json" or "dot"))
                        throw new UsageException($"argument --format: invalid choice: '{format}' (choose from 'text', 'json', 'dot')");
                    break;
                case "--batch-out": batchOut = Value(); break;
                default:
                    if (a.StartsWith('-') && a != "-") throw new UsageException($"unrecognized arguments: {a}");
                    paths.Add(a);
                    break;
            }
        }
        passes.Validate();
        var options = new Options(mode, attributes, indent, typeComments, format, passes, indentGiven);
        if (batchOut is not null) return SourceFiles.Batch(ctx, batchOut, paths, (path, output, error) => DumpFile(path, null, options, output, error));
        if (paths.Count > 1) throw new UsageException($"unrecognized arguments: {string.Join(' ', paths.Skip(1))}");
        return SourceFiles.Single(ctx, paths.Count == 0 ? "-" : paths[0], (path, stdin, output, error) => DumpFile(path, stdin, options, output, error));
    }

    /// <summary>The whole output of `python -m ast` for one file: stdout into `output`, stderr into `error`.</summary>
    static int DumpFile(string path, byte[]? stdin, Options o, StringBuilder output, StringBuilder error)
    {
        if (SourceFiles.Load(path, stdin, o.Passes, error, o.Mode, o.TypeComments) is not { } tree) return 1;
        output.Append(o.Format switch
        {
            // JSON always has the positions (the schema's attributes, docs/ast-json.md); -i N is json.dumps's indent=N
            "json" => AstJson.Write(tree, o.IndentGiven ? o.Indent : 1),
            "dot" => AstExport.Dot(tree, o.Attributes),
            _ => AstDump.Dump(tree, o.Indent, o.Attributes),
        }).Append('\n');
        return 0;
    }
}
