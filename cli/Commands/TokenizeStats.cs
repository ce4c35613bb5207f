using System.Diagnostics;
using Pytk.Grammar;

namespace Pytk.Cli;

/// <summary>`pytk tokenize --summary PATH...`: tokenize many files in one process, print counts and time.</summary>
public static class TokenizeStats
{
    public static int Run(CliContext ctx, IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
                files.AddRange(Directory.EnumerateFiles(p, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (File.Exists(p)) files.Add(p);
            else { ctx.Err.WriteLine($"error: [Errno 2] No such file or directory: {Pytk.Syntax.PyRepr.Str(p)}"); return 1; }
        }
        long tokens = 0, bytes = 0;
        int errors = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        using var bar = ProgressBar.Start(ctx, files.Count, "files");
        foreach (var f in files)
        {
            byte[] source = File.ReadAllBytes(f);
            bytes += source.Length;
            try
            {
                var (_, text) = SourceDecoder.Decode(source, f);
                tokens++; // ENCODING
                foreach (var _ in Tokenizer.Enumerate(text, f)) tokens++;
            }
            catch (PythonSyntaxError) { errors++; }
            bar?.Advance(f);
        }
        sw.Stop();
        bar?.Dispose();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        ctx.Out.WriteLine($"files: {files.Count}  tokens: {tokens}  errors: {errors}  bytes: {bytes}");
        ctx.Out.WriteLine($"elapsed: {sw.Elapsed.TotalSeconds:F3} s  cpu: {cpu.TotalSeconds:F3} s");
        return 0;
    }
}
