using System.Text;
using Pytk.Grammar;
using Pytk.Syntax;

namespace Pytk.Cli;

/// <summary>
/// `pytk dump-ast [--mode MODE] [-a] [--indent N] [--no-type-comments] [--format text|json|dot] [FILE|-]`: what
/// `python3.13 -m ast` prints, byte for byte (Lib/ast.py main(): indent 3, type comments on, stdin by default).
/// The hidden `--batch-out DIR FILE...` (for conformance/checks/dump-ast.sh) dumps many files in one process.
/// </summary>
public static class DumpAstCommand
{
    sealed record Options(ParseMode Mode, bool Attributes, int Indent, bool TypeComments, string Format, PassOptions Passes, bool IndentGiven = false);

    public static int Run(CliContext ctx, CommandArgs args)
    {
        var passes = PassOptions.From(args);
        passes.Validate();
        var mode = args.Get(Opt.Mode, "exec") switch
        {
            "eval" => ParseMode.Eval,
            "single" => ParseMode.Single,
            "func_type" => ParseMode.FuncType,
            _ => ParseMode.Exec,
        };
        var options = new Options(mode, args.Has(Opt.IncludeAttributes), args.Get(Opt.Indent, 3), !args.Has(Opt.NoTypeComments),
            args.Get(Opt.Format, "text"), passes, args.Has(Opt.Indent));
        if (args.Text(Opt.BatchOut) is { } batchOut) return SourceFiles.Batch(ctx, batchOut, args.Files, (path, output, error) => DumpFile(path, null, options, output, error));
        return SourceFiles.Single(ctx, args.OneFile()!, (path, stdin, output, error) => DumpFile(path, stdin, options, output, error));
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
