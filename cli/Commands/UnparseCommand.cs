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
    public static int Run(CliContext ctx, string[] args)
    {
        var passes = new PassOptions();
        var paths = new List<string>();
        string? batchOut = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (passes.TryParse(args, ref i)) continue;
            string a = args[i];
            switch (a)
            {
                case "--batch-out":
                    batchOut = i + 1 < args.Length ? args[++i] : throw new UsageException("argument --batch-out: expected one argument");
                    break;
                default:
                    if (a.StartsWith('-') && a != "-") throw new UsageException($"unrecognized arguments: {a}");
                    paths.Add(a);
                    break;
            }
        }
        passes.Validate();
        if (batchOut is not null) return SourceFiles.Batch(ctx, batchOut, paths, (path, output, error) => UnparseFile(path, null, passes, output, error));
        if (paths.Count > 1) throw new UsageException($"unrecognized arguments: {string.Join(' ', paths.Skip(1))}");
        return SourceFiles.Single(ctx, paths.Count == 0 ? "-" : paths[0], (path, stdin, output, error) => UnparseFile(path, stdin, passes, output, error));
    }

    /// <summary>Reads, parses, runs the passes and unparses one file.</summary>
    internal static int UnparseFile(string path, byte[]? stdin, PassOptions passes, StringBuilder output, StringBuilder error)
    {
        if (SourceFiles.Load(path, stdin, passes, error) is not { } tree) return 1;
        output.Append(Unparser.Unparse(tree)).Append('\n');
        return 0;
    }
}
