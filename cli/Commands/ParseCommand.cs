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
    public static int Run(CliContext ctx, CommandArgs args)
    {
        var paths = args.Paths();
        bool quiet = args.Has(Opt.Quiet), gcStats = args.Has(Opt.GcStats);
        int jobs = args.Get(Opt.Jobs, 0);
        if (jobs == 0) jobs = Environment.ProcessorCount;

        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p)) files.AddRange(PythonFiles(p));
            else if (File.Exists(p)) files.Add(p);
            else { ctx.Err.WriteLine($"pytk parse: {p}: No such file or directory"); return 1; }
        }

        // sampled allocations by type (the runtime's allocation ticks), only when tuning
        using var probe = gcStats ? new AllocationSampler() : null;
        var clock = Stopwatch.StartNew();
        // Files are independent, so they are parsed on `jobs` threads (ANTLR's prediction cache is shared
        // and thread-safe); results are reported in file order.
        var results = new (int Lines, string? Error)[files.Count];
        int next = -1;
        using var bar = ProgressBar.Start(ctx, files.Count, "files");
        void Work()
        {
            SourceParser.OnBigStack(() =>
            {
                for (int i; (i = Interlocked.Increment(ref next)) < files.Count;)
                {
                    results[i] = ParseOne(files[i]);
                    bar?.Advance(files[i]);
                }
                return 0;
            });
        }
        var threads = Enumerable.Range(0, Math.Max(1, Math.Min(jobs, files.Count))).Select(_ => new Thread(Work)).ToList();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        clock.Stop();
        bar?.Dispose();

        long lines = 0;
        int errors = 0;
        foreach (var (n, error) in results)
        {
            lines += n;
            if (error is null) continue;
            errors++;
            if (!quiet) ctx.Out.WriteLine(error);
        }
        ctx.Out.WriteLine($"{files.Count} files, {lines} lines, {errors} errors, {clock.Elapsed.TotalSeconds:F2} s"
            + (SourceParser.LLFallbacks > 0 ? $" ({SourceParser.LLFallbacks} parsed again with full LL)" : ""));
        probe?.Print(ctx.Out, 12);
        if (gcStats)
            ctx.Out.WriteLine($"allocated {GC.GetTotalAllocatedBytes() >> 20} MB; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, " +
                $"gen2 {GC.CollectionCount(2)}; GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F2} s; JIT {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F2} s");
        return errors == 0 ? 0 : 1;
    }

    static (int Lines, string? Error) ParseOne(string file)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (0, $"{file}: OSError: {e.Message}");
        }
        int lines = CountLines(bytes);
        try
        {
            SourceParser.Parse(bytes, file, ParseMode.Exec);
            return (lines, null);
        }
        catch (PythonSyntaxError e) { return (lines, $"{file}:{e.Lineno}:{e.Offset}: {e.TypeName}: {e.Msg}"); }
        catch (PythonLimitError e) { return (lines, $"{file}: {e.TypeName}: {e.Message}"); }
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
