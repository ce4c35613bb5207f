using System.Text;
using Pytk.Grammar;
using Pytk.Syntax;

namespace Pytk.Cli;

/// <summary>
/// `pytk tokenize [-e] [FILE|-]`: what `python3.13 -m tokenize [-e] FILE` prints, byte for byte.
/// `--summary PATH...` tokenizes files and directories in one process and prints counts and time;
/// `--batch-out DIR FILE...` (for conformance/checks/tokenize.sh) writes each file's output to DIR.
/// </summary>
public static class TokenizeCommand
{
    public static int Run(CliContext ctx, CommandArgs args)
    {
        bool exact = args.Has(Opt.Exact);
        if (args.Has(Opt.Summary)) return TokenizeStats.Run(ctx, args.Paths());
        if (args.Text(Opt.BatchOut) is { } batchOut) return Batch(ctx, batchOut, args.Files, exact);
        string path = args.OneFile()!;

        var output = new StringBuilder();
        var error = new StringBuilder();
        int code = path == "-"
            ? TokenizeText(ReadStdin(ctx.In), "<stdin>", exact, output, error)
            : TokenizeFile(path, exact, output, error);
        // CPython's stderr is unbuffered and its stdout, when redirected, is flushed at exit: errors come first.
        ctx.Err.Write(error.ToString());
        ctx.Out.Write(output.ToString());
        return code;
    }

    /// <summary>The whole output of `python -m tokenize` for one file: stdout into `output`, stderr into `error`.</summary>
    public static int TokenizeFile(string path, bool exact, StringBuilder output, StringBuilder error)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.Append("error: ").Append(OsErrorText(e, path)).Append('\n');
            return 1;
        }
        try
        {
            var (encoding, tokens) = Tokenizer.Tokenize(bytes, path, (line, msg) => AppendWarning(error, line, msg));
            TokenizeFormatter.AppendEncoding(output, encoding);
            foreach (var t in tokens) TokenizeFormatter.AppendToken(output, t, exact);
            return 0;
        }
        catch (PythonSyntaxError e)
        {
            error.Append(TokenizeFormatter.ErrorLine(e, path)).Append('\n');
            return 1;
        }
        catch (PythonLimitError e)
        {
            // Not a SyntaxError: tokenize's main() lets it through, and Python prints its traceback's last line.
            error.Append(e.TypeName).Append(": ").Append(e.Message).Append('\n');
            return 1;
        }
    }

    /// <summary>
    /// How CPython's warnings module shows a SyntaxWarning from the tokenize module's C tokenizer, which
    /// always believes its source is "&lt;string&gt;".
    /// </summary>
    static void AppendWarning(StringBuilder error, int line, string msg) =>
        error.Append("<string>:").Append(line).Append(": SyntaxWarning: ").Append(msg).Append('\n');

    /// <summary>Stdin: tokenize prints each token as it comes (no list first), so an error follows the tokens before it.</summary>
    public static int TokenizeText(string text, string filename, bool exact, StringBuilder output, StringBuilder error)
    {
        try
        {
            foreach (var t in Tokenizer.Enumerate(text, filename, (line, msg) => AppendWarning(error, line, msg)))
                TokenizeFormatter.AppendToken(output, t, exact);
            return 0;
        }
        catch (PythonSyntaxError e)
        {
            error.Append(TokenizeFormatter.ErrorLine(e, filename)).Append('\n');
            return 1;
        }
        catch (PythonLimitError e)
        {
            error.Append(e.TypeName).Append(": ").Append(e.Message).Append('\n');
            return 1;
        }
    }

    static string ReadStdin(Stream input)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false, false));
        return reader.ReadToEnd();
    }

    /// <summary>str(OSError) as Python words it: "[Errno 2] No such file or directory: 'x.py'".</summary>
    static string OsErrorText(Exception e, string path)
    {
        string quoted = PyRepr.Str(path);
        if (Directory.Exists(path)) return $"[Errno 21] Is a directory: {quoted}";
        if (e is UnauthorizedAccessException) return $"[Errno 13] Permission denied: {quoted}";
        if (e is FileNotFoundException or DirectoryNotFoundException) return $"[Errno 2] No such file or directory: {quoted}";
        return $"[Errno 5] Input/output error: {quoted}";
    }

    /// <summary>One process for many files: DIR/N.out holds stdout, stderr and exit status of file N.</summary>
    static int Batch(CliContext ctx, string dir, IReadOnlyList<string> paths, bool exact)
    {
        Directory.CreateDirectory(dir);
        var output = new StringBuilder();
        var error = new StringBuilder();
        var utf8 = new UTF8Encoding(false);
        for (int i = 0; i < paths.Count; i++)
        {
            output.Clear();
            error.Clear();
            int code;
            try { code = TokenizeFile(paths[i], exact, output, error); }
            catch (Exception e) { error.Append("pytk: internal error: ").Append(e.GetType().Name).Append(": ").Append(e.Message).Append('\n'); code = 70; }
            output.Append("---- stderr\n").Append(error).Append("---- exit ").Append(code).Append('\n');
            File.WriteAllText(Path.Combine(dir, i + ".out"), output.ToString(), utf8);
        }
        ctx.Out.WriteLine($"{paths.Count} files written to {dir}");
        return 0;
    }
}
