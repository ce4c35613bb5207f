using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Pytk.Grammar;
using Pytk.Hosting;
using Pytk.Passes;
using Pytk.Vm;

namespace Pytk.Cli.Explorer;

/// <summary>
/// Runs the page's programs. Each browser session gets a runtime process of its own (`pytk explore --worker`,
/// <see cref="Worker"/>), so a program cannot take the server down with it: its heap is capped (the .NET heap's
/// hard limit, as `pytk run --max-memory`: past it the program gets MemoryError), it is stopped at its time
/// limit (for good: no `except` sees it), its recursion is limited (sys.setrecursionlimit cannot go past the
/// page's limit), and if it still crashes its process (a .NET stack overflow) only that session's process ends:
/// the page shows why and the next run starts a new one.
/// </summary>
public static class Runner
{
    public sealed record Request(string Source, string Filename, string? Stdin, string[]? Argv, string? Spec,
        int TimeMs, int MemoryMb, int RecursionLimit);

    /// <summary>Output past this many characters is dropped (the run goes on until it ends or is stopped).</summary>
    const int MaxOutput = 1 << 20;

    /// <summary>The recursion limit's ceiling: deeper Python recursion than this overflows the interpreter
    /// thread's stack (512 MB) in a debug build, which .NET cannot recover from.</summary>
    public const int MaxRecursionLimit = 20000;

    /// <summary>Runs one program in this process (a worker's): compile with the request's passes, run in a new
    /// runtime with string streams and no cache files, under its limits. <paramref name="current"/> receives the
    /// runtime while it runs (for Stop).</summary>
    public static string RunHere(Request request, Action<PythonRuntime?> current)
    {
        var stdout = new CappedWriter(MaxOutput);
        var stderr = new CappedWriter(MaxOutput);
        string path = request.Filename;
        PassOptions? passes = null;
        CodeObject code;
        using (new PythonRuntime().Enter())
        {
            try
            {
                if (!string.IsNullOrWhiteSpace(request.Spec)) passes = Analysis.ParseSpec(request.Spec);
                code = Analysis.Compile(request.Source, path, request.Spec ?? "");
            }
            catch (PythonSyntaxError e)
            {
                e.Filename = path;
                return Result(SyntaxErrorFormatter.Format(e), 1, null, null, "", 0);
            }
            catch (CompileError e)
            {
                var error = new PythonSyntaxError(e.Kind == "IndentationError" ? SyntaxErrorKind.IndentationError : SyntaxErrorKind.SyntaxError,
                    e.Message, path, e.Line, e.Col + 1, e.SyntaxErrorEnd.Line, e.SyntaxErrorEnd.Offset);
                return Result(SyntaxErrorFormatter.Format(error), 1, null, null, "", 0);
            }
            catch (Exception e) when (e is UsageException or PipelineException or PassFailedException or PassScriptException or PythonLimitError)
            {
                return Result(e.Message + "\n", 1, null, null, "", 0);
            }
        }
        // the heap cap of this process (a worker serves one session, one run at a time)
        long limitBytes = (long)Math.Clamp(request.MemoryMb, 32, 1 << 16) << 20;
        AppContext.SetData("GCHeapHardLimit", (ulong)limitBytes);
        GC.RefreshMemoryLimit();
        var runtime = new PythonRuntime(PythonPipeline.CompilerHostFor(passes))
        {
            Stdout = stdout,
            Stderr = stderr,
            Stdin = new StringReader(request.Stdin ?? ""),
            CacheWriteEnabled = false,
        };
        // the program starts at CPython's 1000 and may raise it (sys.setrecursionlimit), not past the page's limit:
        // the runtime itself holds the limit under its ceiling
        runtime.RecursionCeiling = Math.Clamp(request.RecursionLimit, 50, MaxRecursionLimit);
        string? stopped = null;
        var clock = Stopwatch.StartNew();
        current(runtime);
        string timeLimit = $"time limit ({request.TimeMs} ms)";
        var watchdog = new Timer(_ =>
        {
            Interlocked.CompareExchange(ref stopped, timeLimit, null);
            runtime.Stop(Volatile.Read(ref stopped)!);
        }, null, request.TimeMs, Timeout.Infinite);
        RunResult? result = null;
        int status;
        try
        {
            result = Host.Run(runtime, code, path, request.Argv ?? [], new HostOptions { Stats = true });
            status = result.Status;
        }
        catch (RunStoppedException e)
        {
            stopped ??= e.Message;
            status = 124; // as timeout(1) and `pytk run --timeout`
        }
        finally
        {
            using (var ended = new ManualResetEvent(false))
                if (watchdog.Dispose(ended)) ended.WaitOne(); // a time limit being reached now is done before the result
            current(null);
        }
        clock.Stop();
        if (stopped is null && status == 130) stopped = "Stop button";
        if (stopped is not null && status == 124) stderr.Write($"pytk: error: the run was stopped: {stopped}\n");
        return Result(stdout.ToString(), status, result?.Stats, stopped, stderr.ToString(), clock.Elapsed.TotalMilliseconds, stdoutIsErr: false);
    }

    public static string Result(string text, int status, RunStats? stats, string? stopped, string stderr, double ms, bool stdoutIsErr = true) =>
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
