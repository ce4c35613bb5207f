using System.Text;
using Pytk.Grammar;
using Pytk.Syntax;

namespace Pytk.Cli;

/// <summary>
/// Reading and parsing source files the way every pass-aware command does (dump-ast, unparse, compare),
/// errors in CPython's words, and the hidden `--batch-out DIR FILE...` mode the conformance checks use.
/// </summary>
static class SourceFiles
{
    /// <summary>All of a stream (stdin as `-`).</summary>
    public static byte[] ReadAll(Stream s)
    {
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>The file's bytes (or stdin's), or null with what Python prints for an unreadable file (the
    /// last line of its traceback) in <paramref name="error"/>.</summary>
    public static byte[]? Read(string path, byte[]? stdin, StringBuilder error)
    {
        if (stdin is not null) return stdin;
        try { return File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string quoted = PyRepr.Str(path);
            error.Append(Directory.Exists(path) ? $"IsADirectoryError: [Errno 21] Is a directory: {quoted}"
                : e is UnauthorizedAccessException ? $"PermissionError: [Errno 13] Permission denied: {quoted}"
                : $"FileNotFoundError: [Errno 2] No such file or directory: {quoted}").Append('\n');
            return null;
        }
    }

    /// <summary>The file's AST after the passes, or null with the error in <paramref name="error"/>.
    /// Pass reports go to <paramref name="error"/> too.</summary>
    public static ModNode? Load(string path, byte[]? stdin, PassOptions passes, StringBuilder error,
        ParseMode mode = ParseMode.Exec, bool typeComments = false)
    {
        if (Read(path, stdin, error) is not { } source) return null;
        try
        {
            var tree = SourceParser.Parse(source, stdin is null ? path : "<stdin>", mode, typeComments);
            return passes.Apply(tree, new StringWriter(error) { NewLine = "\n" }, stdin is null ? path : "<stdin>");
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

    /// <summary>One process for many files: DIR/N.out holds the stdout of file N (its stderr instead when it
    /// failed, after `---- stderr`), then `---- exit 0|1`. An internal error is reported, not thrown.</summary>
    public static int Batch(CliContext ctx, string dir, IReadOnlyList<string> paths, Func<string, StringBuilder, StringBuilder, int> one)
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
                try { code = one(paths[i], output, error); }
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

    /// <summary>One file to stdout/stderr, on the big parser stack (a single-file command's whole run).</summary>
    public static int Single(CliContext ctx, string path, Func<string, byte[]?, StringBuilder, StringBuilder, int> one)
    {
        var output = new StringBuilder();
        var error = new StringBuilder();
        byte[]? stdin = path == "-" ? ReadAll(ctx.In) : null;
        int code = SourceParser.OnBigStack(() => one(path, stdin, output, error));
        ctx.Out.Write(output.ToString());
        ctx.Err.Write(error.ToString());
        return code;
    }
}
