namespace Pytk.Cli.Explorer;

/// <summary>
/// `pytk explore [FILE] [--port N] [--open]`: serves the explorer page on 127.0.0.1 (port 0: any free port),
/// prints its URL, and runs until Ctrl-C. With FILE the page starts from the file and follows its saves.
/// </summary>
public static class ExplorerCommand
{
    public static int Run(CliContext ctx, CommandArgs args)
    {
        string? file = args.OneFile(null);
        int port = args.Get(Opt.Port, 0);
        bool open = args.Has(Opt.Open), worker = args.Has(Opt.Worker); // --worker: a session's runtime process (Worker.cs), started by the server
        var plugins = args.All<string>(Opt.Plugin).ToList();
        if (plugins.FirstOrDefault(p => !File.Exists(p)) is { } missing) { ctx.Err.WriteLine($"pytk explore: plugin not found: {missing}"); return 2; }
        if (worker) return Worker.Serve(plugins);
        // `-` (or -c CODE): the page starts from that program; there is no file to follow
        string? text = null;
        if (file == "-")
        {
            text = new StreamReader(ctx.In).ReadToEnd();
            file = null;
        }
        if (file is not null && !File.Exists(file))
        {
            ctx.Err.WriteLine($"pytk: can't open file {Pytk.Syntax.PyRepr.Str(Path.GetFullPath(file))}: [Errno 2] No such file or directory");
            return 2;
        }
        ExplorerServer server;
        try { server = ExplorerServer.StartAsync(file, port, text, plugins).GetAwaiter().GetResult(); }
        catch (IOException e)
        {
            ctx.Err.WriteLine($"pytk explore: cannot listen on 127.0.0.1:{port}: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is Pytk.Passes.PipelineException or Pytk.Passes.PassScriptException)
        {
            ctx.Err.WriteLine($"pytk explore: {e.Message}");
            return 1;
        }
        ctx.Out.WriteLine($"pytk explore: {server.Url}  (Ctrl-C to stop)");
        ctx.Out.Flush();
        if (open) OpenBrowser(server.Url, ctx.Err);
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        try { server.WaitAsync(stop.Token).GetAwaiter().GetResult(); }
        catch (OperationCanceledException) { }
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }

    static void OpenBrowser(string url, TextWriter err)
    {
        string opener = OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        try { System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(opener, url) { UseShellExecute = false }); }
        catch (System.ComponentModel.Win32Exception) { err.WriteLine($"pytk explore: could not start {opener}; open {url} yourself"); }
    }
}
