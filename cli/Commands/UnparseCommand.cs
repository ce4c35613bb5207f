using System.Text;
using Pytk.Grammar;
using Pytk.Passes.Unparse;
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
                case "-h" or "--help":
                    ctx.Out.WriteLine("usage: pytk unparse [pass options] [FILE|-]");
                    ctx.Out.WriteLine();
                    ctx.Out.WriteLine("Prints the file as Python source from its AST (after the passes), as ast.unparse does.");
                    ctx.Out.Write(PassOptions.Help);
                    return 0;
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
        if (batchOut is not null) return Batch(ctx, batchOut, paths, passes);
        if (paths.Count > 1) throw new UsageException($"unrecognized arguments: {string.Join(' ', paths.Skip(1))}");
        string path = paths.Count == 0 ? "-" : paths[0];
        var output = new StringBuilder();
        var error = new StringBuilder();
        int code = SourceParser.OnBigStack(() => UnparseFile(path, path == "-" ? ReadAll(ctx.In) : null, passes, output, error));
        ctx.Out.Write(output.ToString());
        ctx.Err.Write(error.ToString());
        return code;
    }

    static byte[] ReadAll(Stream s)
    {
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>Reads, parses, runs the passes and unparses one file.</summary>
    internal static int UnparseFile(string path, byte[]? stdin, PassOptions passes, StringBuilder output, StringBuilder error)
    {
        if (SourceFiles.Load(path, stdin, passes, error) is not { } tree) return 1;
        output.Append(Unparser.Unparse(tree)).Append('\n');
        return 0;
    }

    static int Batch(CliContext ctx, string dir, List<string> paths, PassOptions passes)
    {
        Directory.CreateDirectory(dir);
        var utf8 = new UTF8Encoding(false);
        SourceParser.OnBigStack(() =>
        {
            var output = new StringBuilder();
            var error = new StringBuilder();
            for (int i = 0; i < paths.Count; i++)
            {
                output.Clear();
                error.Clear();
                int code;
                try { code = UnparseFile(paths[i], null, passes, output, error); }
                catch (Exception e) { error.Append("pytk: internal error: ").Append(e.GetType().Name).Append(": ").Append(e.Message).Append('\n'); code = 70; }
                if (code != 0) output.Clear().Append("---- stderr\n").Append(error);
                output.Append("---- exit ").Append(code == 0 ? 0 : 1).Append('\n');
                File.WriteAllText(Path.Combine(dir, i + ".out"), output.ToString(), utf8);
            }
            return 0;
        });
        ctx.Out.WriteLine($"{paths.Count} files written to {dir}");
        return 0;
    }
}

/// <summary>Reading and parsing a source file the way every pass-aware command does, errors in CPython's words.</summary>
static class SourceFiles
{
    /// <summary>The file's AST after the passes, or null with the error (CPython's last traceback line) in
    /// <paramref name="error"/>. Pass reports go to <paramref name="error"/> too.</summary>
    public static ModNode? Load(string path, byte[]? stdin, PassOptions passes, StringBuilder error)
    {
        string name = stdin is null ? path : "<stdin>";
        byte[] source;
        if (stdin is not null) source = stdin;
        else
        {
            try { source = File.ReadAllBytes(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                string quoted = PyRepr.Str(path);
                error.Append(Directory.Exists(path) ? $"IsADirectoryError: [Errno 21] Is a directory: {quoted}"
                    : e is UnauthorizedAccessException ? $"PermissionError: [Errno 13] Permission denied: {quoted}"
                    : $"FileNotFoundError: [Errno 2] No such file or directory: {quoted}").Append('\n');
                return null;
            }
        }
        try
        {
            var tree = SourceParser.Parse(source, name);
            return passes.Apply(tree, new StringWriter(error) { NewLine = "\n" });
        }
        catch (PythonSyntaxError e)
        {
            error.Append(SyntaxErrorFormatter.Format(e));
            return null;
        }
        catch (PythonLimitError e)
        {
            error.Append(e.TypeName).Append(": ").Append(e.Message).Append('\n');
            return null;
        }
    }
}
