using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Pytk.Grammar;
using Pytk.Hosting;
using Pytk.Passes;
using Pytk.Vm;

namespace Pytk.Cli.Explorer;

/// <summary>
/// Runs the page's program in a runtime of its own (docs/embedding.md): streams are strings, no cache files
/// are written, and the run is stopped (KeyboardInterrupt, as Ctrl-C) past its time limit, when the process's
/// managed heap has grown by more than its memory limit, or when the page's Stop button asks.
/// </summary>
public static class Runner
{
    static readonly ConcurrentDictionary<string, PythonRuntime> Running = new();

    /// <summary>Output past this many characters is dropped (the run goes on until it ends or is stopped).</summary>
    const int MaxOutput = 1 << 20;

    public sealed record Request(string Source, string Filename, string? Stdin, string[]? Argv, string? Spec,
        int TimeMs, int MemoryMb, string? RunId);

    public static bool Stop(string runId)
    {
        if (!Running.TryGetValue(runId, out var runtime)) return false;
        runtime.RequestStop();
        return true;
    }

    /// <summary><paramref name="mainPath"/>: where imports are found (the opened file's path), or null for none.</summary>
    public static string Run(Request request, string? mainPath)
    {
        var stdout = new CappedWriter(MaxOutput);
        var stderr = new CappedWriter(MaxOutput);
        var bytes = Encoding.UTF8.GetBytes(request.Source);
        string path = mainPath ?? request.Filename;
        PassOptions? passes = null;
        CodeObject code;
        using (new PythonRuntime().Enter())
        {
            try
            {
                if (!string.IsNullOrWhiteSpace(request.Spec)) passes = Analysis.ParseSpec(request.Spec);
                code = PythonPipeline.Compile(bytes, path, passes);
            }
            catch (PythonSyntaxError e)
            {
                e.Filename = path;
                return Result(SyntaxErrorFormatter.Format(e), 1, null, null, "", 0);
            }
            catch (Exception e) when (e is UsageException or CompileError or PassFailedException or PythonLimitError)
            {
                return Result(e.Message + "\n", 1, null, null, "", 0);
            }
        }
        var runtime = new PythonRuntime(PythonPipeline.CompilerHostFor(passes))
        {
            Stdout = stdout,
            Stderr = stderr,
            Stdin = new StringReader(request.Stdin ?? ""),
            CacheWriteEnabled = false,
        };
        string runId = request.RunId ?? Guid.NewGuid().ToString("N");
        Running[runId] = runtime;
        string? stopped = null;
        long heapBefore = GC.GetTotalMemory(false);
        long limitBytes = (long)Math.Max(1, request.MemoryMb) << 20;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var done = new CancellationTokenSource();
        var watchdog = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                try { await Task.Delay(20, done.Token); } catch (TaskCanceledException) { return; }
                if (clock.ElapsedMilliseconds > request.TimeMs) { stopped ??= $"time limit ({request.TimeMs} ms)"; runtime.RequestStop(); }
                else if (GC.GetTotalMemory(false) - heapBefore > limitBytes) { stopped ??= $"memory limit ({request.MemoryMb} MB)"; runtime.RequestStop(); }
            }
        });
        RunResult result;
        try
        {
            result = Host.Run(runtime, code, path, request.Argv ?? [], new HostOptions { Stats = true });
        }
        finally
        {
            done.Cancel();
            Running.TryRemove(runId, out _);
        }
        watchdog.Wait();
        clock.Stop();
        if (stopped is null && result.Status == 130) stopped = "Stop button";
        return Result(stdout.ToString(), result.Status, result.Stats, stopped, stderr.ToString(), clock.Elapsed.TotalMilliseconds, stdoutIsErr: false);
    }

    static string Result(string text, int status, RunStats? stats, string? stopped, string stderr, double ms, bool stdoutIsErr = true) =>
        JsonSerializer.Serialize(new
        {
            stdout = stdoutIsErr ? "" : text,
            stderr = stdoutIsErr ? text : stderr,
            status,
            stopped,
            time_ms = Math.Round(ms, 1),
            stats = stats is null ? null : new
            {
                instructions = stats.Instructions,
                by_opcode = stats.ByCount().Take(12).Select(p => new { op = OpTable.Info(p.Op).Name, count = p.Count }),
                call_instructions = stats.CallInstructions,
                frames = stats.Frames,
                allocated_bytes = stats.AllocatedBytes,
            },
        });

    /// <summary>A string writer that keeps the first <c>max</c> characters and then a note.</summary>
    sealed class CappedWriter(int max) : TextWriter
    {
        readonly StringBuilder text = new();
        bool cut;
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value)
        {
            lock (text)
            {
                if (text.Length < max) text.Append(value);
                else if (!cut) { cut = true; text.Append("\n[output cut at 1 MB]\n"); }
            }
        }
        public override void Write(string? value)
        {
            if (value is null) return;
            lock (text)
            {
                if (text.Length + value.Length <= max) text.Append(value);
                else foreach (var c in value) Write(c);
            }
        }
        public override string ToString() { lock (text) return text.ToString(); }
    }
}
