using System.Text;
using Pytk.Grammar;
using Pytk.Syntax;

namespace Pytk.Cli;

/// <summary>
/// `pytk unparse [pass options] [FILE|-]`: Python source for the file's AST after the passes, as CPython
/// 3.13's `ast.unparse` writes it. The hidden `--batch-out DIR FILE...` (conformance/checks/unparse.sh)
/// does many files in one process: DIR/N.out holds the output then `---- exit N`.
/// </summary>
public static class UnparseCommand
{
    public static int Run(CliContext ctx, CommandArgs args)
    {
        var passes = PassOptions.From(args);
        passes.Validate();
        if (args.Text(Opt.BatchOut) is { } batchOut) return SourceFiles.Batch(ctx, batchOut, args.Files, (path, output, error) => UnparseFile(path, null, passes, output, error));
        return SourceFiles.Single(ctx, args.OneFile()!, (path, stdin, output, error) => UnparseFile(path, stdin, passes, output, error));
    }

    /// <summary>Reads, parses, runs the passes and unparses one file.</summary>
    internal static int UnparseFile(string path, byte[]? stdin, PassOptions passes, StringBuilder output, StringBuilder error)
    {
        if (SourceFiles.Load(path, stdin, passes, error) is not { } tree) return 1;
        output.Append(Unparser.Unparse(tree)).Append('\n');
        return 0;
    }
}
