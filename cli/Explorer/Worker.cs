using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Pytk.Vm;

namespace Pytk.Cli.Explorer;

/// <summary>
/// A browser session's runtime process, `pytk explore --worker [--plugin FILE]...`: it reads one JSON request
/// a line on stdin ({"op": "run", ...} or {"op": "stop", "hard": bool}) and writes one JSON result a line on
/// stdout for each run (<see cref="Runner.RunHere"/>). The program's own streams are strings; nothing it does
/// reaches the channel.
/// </summary>
public static class Worker
{
    public static int Serve(IReadOnlyList<string> plugins)
    {
        var channel = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
        var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        Console.SetOut(TextWriter.Null);
        Console.SetIn(TextReader.Null);
        if (plugins.Count > 0) Analysis.UsePlugins(plugins);
        PythonRuntime? running = null;
        bool stopAsked = false;
        Task? run = null;
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            JsonElement body;
            try { body = JsonDocument.Parse(line).RootElement.Clone(); }
            catch (JsonException) { continue; }
            string op = body.TryGetProperty("op", out var o) ? o.GetString() ?? "" : "";
            if (op == "stop")
            {
                var r = Volatile.Read(ref running);
                if (r is null) continue;
                // Stop: KeyboardInterrupt, as Ctrl-C; asked again (or superseded by an edit): ended for good
                bool hard = body.TryGetProperty("hard", out var h) && h.ValueKind == JsonValueKind.True;
                if (hard || stopAsked) r.Stop(hard ? "superseded by a newer run" : "Stop button");
                else r.RequestStop();
                stopAsked = true;
                continue;
            }
            if (op != "run") continue;
            run?.Wait();
            var request = ExplorerServer.RunRequest(body, body.TryGetProperty("filename", out var f) ? f.GetString() ?? "<explorer>" : "<explorer>");
            stopAsked = false;
            run = Task.Run(() =>
            {
                string result;
                try { result = Runner.RunHere(request, r => Volatile.Write(ref running, r)); }
                catch (OutOfMemoryException) { result = Runner.Result("MemoryError: the program's memory limit was reached while it was being compiled or its results read\n", 1, null, "memory limit", "", 0); }
                lock (channel) channel.WriteLine(result);
            });
        }
        run?.Wait();
        return 0;
    }
}

/// <summary>
/// The server's side of the workers: one process per browser session (the page's random session id), started
/// at its first run, runs queued one at a time, ended when idle for 10 minutes, past 8 sessions (the least
/// recently used), or with the server. A worker that dies (a program overflowed the .NET stack) or that does not
/// answer in its time limit plus a grace period is ended and its run reported; the next run starts a new one.
/// </summary>
public sealed class Sessions : IAsyncDisposable
{
    readonly ConcurrentDictionary<string, Session> sessions = new();
    readonly IReadOnlyList<string> plugins;
    readonly Timer reaper;
    const int MaxSessions = 8;
    static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    /// <summary>A started and warmed-up worker for the next new session (a process start and the first run's JIT
    /// take a second or more; a new tab should not wait for them). Made when the page is first served.</summary>
    Session? spare;
    int prepared;

    public Sessions(IReadOnlyList<string> plugins)
    {
        this.plugins = plugins;
        reaper = new Timer(_ =>
        {
            foreach (var (id, s) in sessions)
                if (DateTime.UtcNow - s.LastUse > Idle && s.Idle && sessions.TryRemove(id, out Session? gone)) gone.Dispose();
        }, null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    /// <summary>How pytk starts itself: the `pytk` apphost beside this assembly, else `dotnet pytk.dll`; null
    /// when neither is there (pytk hosted by another program).</summary>
    public static ProcessStartInfo? SelfStartInfo()
    {
        var dll = typeof(Worker).Assembly.Location;
        if (dll.Length == 0) return null;
        var dir = Path.GetDirectoryName(dll)!;
        var apphost = Path.Combine(dir, OperatingSystem.IsWindows() ? "pytk.exe" : "pytk");
        var psi = File.Exists(apphost) ? new ProcessStartInfo(apphost) : new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
        if (!File.Exists(apphost)) psi.ArgumentList.Add(dll);
        return psi;
    }

    /// <summary>How a worker is started (<see cref="SelfStartInfo"/>), with .NET's defaults for a short-lived process.</summary>
    ProcessStartInfo StartInfo()
    {
        var psi = SelfStartInfo() ?? throw new InvalidOperationException("pytk's own assembly was not found");
        psi.ArgumentList.Add("explore");
        psi.ArgumentList.Add("--worker");
        foreach (var p in plugins) { psi.ArgumentList.Add("--plugin"); psi.ArgumentList.Add(p); }
        psi.RedirectStandardInput = psi.RedirectStandardOutput = psi.RedirectStandardError = true;
        psi.UseShellExecute = false;
        psi.StandardOutputEncoding = psi.StandardErrorEncoding = Encoding.UTF8;
        psi.Environment["DOTNET_TieredPGO"] = "0"; // a short-lived process: no profiling pass
        // the server's own setting (ExplorerCommand.ServeElsewhere) is not for programs: tiering starts them faster
        if (psi.Environment.Remove("PYTK_EXPLORE_SERVER")) psi.Environment.Remove("DOTNET_TieredCompilation");
        return psi;
    }

    /// <summary>The page was served: a tab will run programs soon.</summary>
    public void Prepare()
    {
        if (Interlocked.Exchange(ref prepared, 1) == 0) Interlocked.CompareExchange(ref spare, Warmed(), null);
    }

    Session Warmed()
    {
        var s = new Session(StartInfo);
        const string warmup = "{\"op\":\"run\",\"source\":\"print(sum(i * i for i in range(100)))\",\"filename\":\"<warm-up>\",\"time_ms\":10000,\"memory_mb\":256,\"recursion_limit\":1000}";
        _ = s.RunAsync(warmup, 10000, supersede: false);
        return s;
    }

    Session For(string id)
    {
        if (sessions.TryGetValue(id, out var s)) return s;
        s = sessions.GetOrAdd(id, _ =>
        {
            var ready = Interlocked.Exchange(ref spare, null) ?? new Session(StartInfo);
            spare = Warmed();
            return ready;
        });
        while (sessions.Count > MaxSessions)
        {
            var oldest = sessions.Where(p => p.Key != id).MinBy(p => p.Value.LastUse);
            if (oldest.Value is null || !sessions.TryRemove(oldest.Key, out var old)) break;
            old.Dispose();
        }
        return s;
    }

    /// <summary>Runs a program in the session's worker; <paramref name="supersede"/> (a run started by an edit)
    /// ends the session's running program first.</summary>
    public Task<string> RunAsync(string session, string requestJson, int timeMs, bool supersede) =>
        For(session).RunAsync(requestJson, timeMs, supersede);

    public bool Stop(string session) => sessions.TryGetValue(session, out var s) && s.Stop(hard: false);

    public async ValueTask DisposeAsync()
    {
        await reaper.DisposeAsync();
        Interlocked.Exchange(ref spare, null)?.Dispose();
        foreach (var s in sessions.Values) s.Dispose();
        sessions.Clear();
    }

    sealed class Session(Func<ProcessStartInfo> start) : IDisposable
    {
        readonly SemaphoreSlim gate = new(1, 1);
        readonly object writeLock = new();
        Process? process;
        readonly StringBuilder errTail = new();
        volatile bool busy;
        public DateTime LastUse = DateTime.UtcNow;
        public bool Idle => !busy;

        Process Started()
        {
            if (process is { HasExited: false }) return process;
            process?.Dispose();
            lock (errTail) errTail.Clear();
            var p = Process.Start(start())!;
            p.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null) return;
                lock (errTail)
                {
                    errTail.Append(e.Data).Append('\n');
                    if (errTail.Length > 8192) errTail.Remove(0, errTail.Length - 8192);
                }
            };
            p.BeginErrorReadLine();
            return process = p;
        }

        public bool Stop(bool hard)
        {
            if (!busy || process is not { HasExited: false } p) return false;
            try { lock (writeLock) p.StandardInput.WriteLine(hard ? "{\"op\":\"stop\",\"hard\":true}" : "{\"op\":\"stop\"}"); }
            catch (IOException) { return false; }
            return true;
        }

        public async Task<string> RunAsync(string requestJson, int timeMs, bool supersede)
        {
            if (supersede) Stop(hard: true);
            await gate.WaitAsync();
            busy = true;
            LastUse = DateTime.UtcNow;
            var clock = Stopwatch.StartNew();
            try
            {
                Process p;
                try
                {
                    p = Started();
                    lock (writeLock) p.StandardInput.WriteLine(requestJson);
                }
                catch (Exception e) when (e is IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    return Runner.Result($"pytk explore: could not start the runtime process: {e.Message}\n", 1, null, "no runtime", "", 0);
                }
                // the program's own limit is enforced in the worker; this one is for a worker that stopped answering
                using var grace = new CancellationTokenSource(TimeSpan.FromMilliseconds(timeMs + 30000));
                string? line;
                try { line = await p.StandardOutput.ReadLineAsync(grace.Token); }
                catch (OperationCanceledException)
                {
                    Kill(p);
                    return Runner.Result("", 124, null, $"time limit ({timeMs} ms): the runtime did not stop, so its process was ended", "pytk: error: the runtime process did not answer and was ended\n", clock.Elapsed.TotalMilliseconds, stdoutIsErr: false);
                }
                if (line is null)
                {
                    p.WaitForExit(2000);
                    string tail;
                    lock (errTail) tail = errTail.ToString();
                    // .NET prints "Stack overflow." then the whole stack: the first lines say enough
                    var lines = tail.Split('\n');
                    string why = lines.Length > 12 ? string.Join('\n', lines.Take(6)) + "\n…\n" : tail;
                    int code = p.HasExited ? p.ExitCode : -1;
                    return Runner.Result("", code, null, $"the runtime process ended (exit status {code})",
                        $"pytk explore: the program crashed its runtime process (exit status {code}); the next run starts a new one.\n{why}", clock.Elapsed.TotalMilliseconds, stdoutIsErr: false);
                }
                return line;
            }
            finally
            {
                busy = false;
                LastUse = DateTime.UtcNow;
                gate.Release();
            }
        }

        static void Kill(Process p)
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        }

        public void Dispose()
        {
            if (process is { } p)
            {
                try { p.StandardInput.Close(); } catch (IOException) { }
                if (!p.WaitForExit(500)) Kill(p);
                p.Dispose();
            }
        }
    }
}
