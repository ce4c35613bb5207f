using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pytk.Cli.Explorer;

/// <summary>
/// The explorer's web server: Kestrel on the loopback address only, one page (embedded in this assembly) and a
/// small JSON API. Requests whose Host or Origin is not this server's own are refused (a web page elsewhere, or
/// a DNS-rebinding name, cannot drive it). The only file it reads is the one it was opened with, and it writes none.
/// </summary>
public sealed class ExplorerServer : IAsyncDisposable
{
    readonly WebApplication app;
    readonly string? file;
    readonly Sessions sessions;
    readonly string? given;
    long fileVersion;
    FileSystemWatcher? watcher;

    public string Url { get; private set; } = "";

    ExplorerServer(WebApplication app, string? file, string? text, IReadOnlyList<string> plugins)
    {
        this.app = app;
        this.file = file;
        given = text;
        sessions = new Sessions(plugins);
    }

    /// <summary>Serves the page on 127.0.0.1:PORT (0: any free port), starting from FILE (followed as it is saved)
    /// or from TEXT (a program given as `-` or `-c CODE`), or from the page's own example. <paramref name="plugins"/>:
    /// pass plugins (.dll or .py) loaded once, whose passes the page can put in a pipeline.</summary>
    public static async Task<ExplorerServer> StartAsync(string? file, int port, string? text = null, IReadOnlyList<string>? plugins = null)
    {
        plugins = (plugins ?? []).Select(Path.GetFullPath).ToList();
        Analysis.UsePlugins(plugins);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new ExplorerServer(app, file is null ? null : Path.GetFullPath(file), text, plugins);
        server.Routes();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = address.Replace("http://127.0.0.1", "http://127.0.0.1") + "/";
        server.Watch();
        // the first edit should not wait for the JIT (it runs while the page loads)
        new Thread(() => { try { Analysis.WarmUp(); } catch (Exception) { /* only a warm-up: a request says what fails */ } })
            { IsBackground = true, Name = "explore warm-up" }.Start();
        return server;
    }

    void Watch()
    {
        if (file is null) return;
        watcher = new FileSystemWatcher(Path.GetDirectoryName(file)!, Path.GetFileName(file))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName,
            EnableRaisingEvents = true,
        };
        FileSystemEventHandler bump = (_, _) => Interlocked.Increment(ref fileVersion);
        watcher.Changed += bump;
        watcher.Created += bump;
        watcher.Renamed += (_, _) => Interlocked.Increment(ref fileVersion);
    }

    bool OwnHost(HttpContext ctx)
    {
        int port = ctx.Connection.LocalPort;
        string host = ctx.Request.Host.Value ?? "";
        bool hostOk = host == $"127.0.0.1:{port}" || host == $"localhost:{port}";
        string? origin = ctx.Request.Headers.Origin;
        bool originOk = string.IsNullOrEmpty(origin) || origin == $"http://127.0.0.1:{port}" || origin == $"http://localhost:{port}";
        return hostOk && originOk;
    }

    void Routes()
    {
        app.Use(async (ctx, next) =>
        {
            if (!OwnHost(ctx))
            {
                ctx.Response.StatusCode = 403;
                await ctx.Response.WriteAsync("pytk explore: refused (Host or Origin is not this server)\n");
                return;
            }
            ctx.Response.Headers["X-Content-Type-Options"] = "nosniff";
            ctx.Response.Headers["Cache-Control"] = "no-store";
            await next();
        });
        app.MapGet("/", () =>
        {
            sessions.Prepare();
            return Results.Content(Page(), "text/html; charset=utf-8");
        });
        app.MapGet("/api/file", () =>
        {
            if (file is null) return Results.Json(new { name = given is null ? null : "<stdin>", version = 0L, text = given });
            string? text = null;
            for (int tries = 0; tries < 5 && text is null; tries++)
            {
                try { text = File.ReadAllText(file); }
                catch (IOException) { Thread.Sleep(20); } // an editor still writing
            }
            return Results.Json(new { name = Path.GetFileName(file), version = Interlocked.Read(ref fileVersion), text });
        });
        app.MapPost("/api/stages", async (HttpContext ctx) =>
        {
            var body = await Body(ctx);
            return Json(Analysis.Stages(Str(body, "source"), FileName(body)));
        });
        app.MapPost("/api/pipelines", async (HttpContext ctx) =>
        {
            var body = await Body(ctx);
            var list = body.GetProperty("pipelines").EnumerateArray()
                .Select(p => (Str(p, "name"), Str(p, "spec"))).ToList();
            string? view = Str(body, "view") is { Length: > 0 } v ? v : null;
            return Json(await Task.Run(() => Analysis.Pipelines(Str(body, "source"), FileName(body), list, Str(body, "func"), view, Int(body, "select", 0))));
        });
        app.MapGet("/api/passdiff", (string id, int index, string view, string? func) => Json(Analysis.PassDiff(id, index, view, func)));
        app.MapGet("/api/rows", (string id, int index, string view, string? func, int from, int count) => Json(Analysis.RowSlice(id, index, view, func, from, count)));
        app.MapGet("/api/passes", () => Json(Analysis.PassList()));
        app.MapPost("/api/dis", async (HttpContext ctx) =>
        {
            var body = await Body(ctx);
            return Json(await Task.Run(() => Analysis.FunctionDis(Str(body, "source"), FileName(body), Str(body, "func"))));
        });
        app.MapPost("/api/run", async (HttpContext ctx) =>
        {
            var body = await Body(ctx);
            var r = RunRequest(body, FileName(body));
            // the worker gets the request as the server read it (limits clamped, the file name its own)
            string json = JsonSerializer.Serialize(new
            {
                op = "run", source = r.Source, filename = r.Filename, stdin = r.Stdin, argv = r.Argv, spec = r.Spec,
                time_ms = r.TimeMs, memory_mb = r.MemoryMb, recursion_limit = r.RecursionLimit,
            });
            string session = Str(body, "session") is { Length: > 0 } s ? s : "default";
            bool supersede = body.TryGetProperty("supersede", out var sup) && sup.ValueKind == JsonValueKind.True;
            return Json(await sessions.RunAsync(session, json, r.TimeMs, supersede));
        });
        app.MapPost("/api/stop", async (HttpContext ctx) =>
        {
            var body = await Body(ctx);
            return Results.Json(new { stopped = sessions.Stop(Str(body, "session")) });
        });
    }

    /// <summary>The name code is compiled under: the opened file's path (as `pytk run FILE` compiles it), else "&lt;explorer&gt;".</summary>
    string FileName(JsonElement body) => file ?? "<explorer>";

    static IResult Json(string json) => Results.Content(json, "application/json; charset=utf-8");

    /// <summary>A run request from the page's JSON, its limits clamped to what the explorer allows.</summary>
    public static Runner.Request RunRequest(JsonElement body, string filename) =>
        new(Str(body, "source"), filename, Str(body, "stdin"),
            body.TryGetProperty("argv", out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [],
            Str(body, "spec"), Math.Clamp(Int(body, "time_ms", 5000), 10, 60000), Math.Clamp(Int(body, "memory_mb", 256), 32, 4096),
            Math.Clamp(Int(body, "recursion_limit", 1000), 50, Runner.MaxRecursionLimit));

    static async Task<JsonElement> Body(HttpContext ctx)
    {
        using var doc = await JsonDocument.ParseAsync(ctx.Request.Body);
        return doc.RootElement.Clone();
    }

    static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    static int Int(JsonElement e, string name, int fallback) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int n) ? n : fallback;

    static string? page;

    /// <summary>The page: one HTML file with its script and styles, embedded in this assembly (no CDN).</summary>
    public static string Page()
    {
        if (page is not null) return page;
        using var s = typeof(ExplorerServer).Assembly.GetManifestResourceStream("Pytk.Cli.Explorer.page.html")!;
        using var r = new StreamReader(s);
        return page = r.ReadToEnd();
    }

    public async Task WaitAsync(CancellationToken token) => await app.WaitForShutdownAsync(token);

    public async ValueTask DisposeAsync()
    {
        watcher?.Dispose();
        await sessions.DisposeAsync();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
