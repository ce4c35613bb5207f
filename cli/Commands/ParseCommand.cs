using System.Diagnostics;
using Pytk.Grammar;

namespace Pytk.Cli;

/// <summary>
/// `pytk parse PATH...`: parses files and directories (recursively, *.py) into ASTs in one process and
/// prints only counts (files, lines, errors with their locations) and the elapsed time. For benchmarks
/// (bench/parse.sh) and for checking that a tree of code parses.
/// </summary>
public static class ParseCommand
{
    public static int Run(CliContext ctx, string[] args)
    {
        var paths = new List<string>();
        bool quiet = false;
        foreach (var a in args)
        {
            if (a is "-h" or "--help")
            {
                ctx.Out.WriteLine("usage: pytk parse [-q] PATH...");
                ctx.Out.WriteLine();
                ctx.Out.WriteLine("Parses every .py file under PATH (files or directories, recursively) and prints counts and time.");
                ctx.Out.WriteLine("  -q, --quiet   do not list the errors, only count them");
                return 0;
            }
            if (a is "-q" or "--quiet") quiet = true;
            else if (a.StartsWith('-')) throw new UsageException($"unrecognized arguments: {a}");
            else paths.Add(a);
        }
        if (paths.Count == 0) throw new UsageException("the following arguments are required: PATH");

        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p)) files.AddRange(PythonFiles(p));
            else if (File.Exists(p)) files.Add(p);
            else { ctx.Err.WriteLine($"pytk parse: {p}: No such file or directory"); return 1; }
        }

        var clock = Stopwatch.StartNew();
        long lines = 0;
        int errors = 0;
        SourceParser.OnBigStack(() =>
        {
            foreach (var file in files)
            {
                byte[] bytes;
                try { bytes = File.ReadAllBytes(file); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    errors++;
                    if (!quiet) ctx.Out.WriteLine($"{file}: OSError: {e.Message}");
                    continue;
                }
                lines += CountLines(bytes);
                try { SourceParser.Parse(bytes, file, ParseMode.Exec); }
                catch (PythonSyntaxError e)
                {
                    errors++;
                    if (!quiet) ctx.Out.WriteLine($"{file}:{e.Lineno}:{e.Offset}: {e.TypeName}: {e.Msg}");
                }
                catch (PythonLimitError e)
                {
                    errors++;
                    if (!quiet) ctx.Out.WriteLine($"{file}: {e.TypeName}: {e.Message}");
                }
            }
            return 0;
        });
        clock.Stop();
        ctx.Out.WriteLine($"{files.Count} files, {lines} lines, {errors} errors, {clock.Elapsed.TotalSeconds:F2} s"
            + (SourceParser.LLFallbacks > 0 ? $" ({SourceParser.LLFallbacks} parsed again with full LL)" : ""));
        return errors == 0 ? 0 : 1;
    }

    static IEnumerable<string> PythonFiles(string dir)
    {
        var result = new List<string>(Directory.EnumerateFiles(dir, "*.py", SearchOption.AllDirectories));
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    static int CountLines(byte[] bytes)
    {
        int n = 0;
        foreach (byte b in bytes) if (b == (byte)'\n') n++;
        if (bytes.Length > 0 && bytes[^1] != (byte)'\n') n++;
        return n;
    }
}
