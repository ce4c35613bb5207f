namespace Pytk.Cli.Explorer;

/// <summary>
/// `pytk explore [FILE] [--port N] [--open]`: serves the explorer page on 127.0.0.1 (port 0: any free port),
/// prints its URL, and runs until Ctrl-C. With FILE the page starts from the file and follows its saves.
/// </summary>
public static partial class ExplorerCommand
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
        if (file == "-") text = new StreamReader(ctx.In).ReadToEnd();
        if (file is not null && file != "-" && !File.Exists(file))
        {
            ctx.Err.WriteLine($"pytk: can't open file {Pytk.Syntax.PyRepr.Str(Path.GetFullPath(file))}: [Errno 2] No such file or directory");
            return 2;
        }
        if (ServeElsewhere(file, port, open, plugins, text) is int status) return status;
        StayWithParent();
        if (file == "-") file = null;
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

    /// <summary>Set in the server process that <see cref="ServeElsewhere"/> starts: the pid of the `pytk explore` that started it.</summary>
    const string ServerMark = "PYTK_EXPLORE_SERVER";

    /// <summary>
    /// The server runs in a process of its own with .NET's tiered compilation off (DOTNET_TieredCompilation=0):
    /// every method is compiled once, fully optimized, when first called. With tiering on, a server that parses,
    /// runs passes and compiles a big file once per edit kept the JIT busy for minutes (methods reach their
    /// optimized tier only after 30 calls and a profiling stage): on argparse.py at -O2 about half of the CPU time
    /// of each edit went to the JIT, and an edit cost 0.35-0.5 s of CPU instead of 0.1-0.15 s (docs/explore.md,
    /// "Speed"). Only a process's start can choose this, so `pytk explore` starts itself again with it and waits,
    /// its standard streams handed on (a program given as `-` or `-c CODE` through a pipe). Null: this process
    /// serves (it is that process, the variable was set by the user, or no way to start pytk was found).
    /// </summary>
    static int? ServeElsewhere(string? file, int port, bool open, IReadOnlyList<string> plugins, string? text)
    {
        if (Environment.GetEnvironmentVariable(ServerMark) is not null
            || Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") is not null
            || Sessions.SelfStartInfo() is not { } psi) return null;
        psi.ArgumentList.Add("explore");
        if (file is not null) psi.ArgumentList.Add(file); // `-` when the program comes as text (stdin or -c CODE)
        psi.ArgumentList.Add("--port");
        psi.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (open) psi.ArgumentList.Add("--open");
        foreach (var p in plugins) { psi.ArgumentList.Add("--plugin"); psi.ArgumentList.Add(p); }
        psi.UseShellExecute = false;
        psi.RedirectStandardInput = text is not null;
        psi.Environment["DOTNET_TieredCompilation"] = "0";
        psi.Environment[ServerMark] = Environment.ProcessId.ToString();
        System.Diagnostics.Process server;
        try { server = System.Diagnostics.Process.Start(psi)!; }
        catch (System.ComponentModel.Win32Exception) { return null; }
        using (server)
        {
            // the server ends with this process: Ctrl-C reaches both (this one waits), a kill reaches it through
            // PR_SET_PDEATHSIG (StayWithParent), an ordinary exit (SIGTERM) through this handler
            EventHandler end = (_, _) => { try { server.Kill(); } catch (InvalidOperationException) { } };
            AppDomain.CurrentDomain.ProcessExit += end;
            Console.CancelKeyPress += (_, e) => e.Cancel = true;
            if (text is not null)
            {
                try { server.StandardInput.Write(text); server.StandardInput.Close(); }
                catch (IOException) { } // it ended at once (it says why on stderr)
            }
            server.WaitForExit();
            AppDomain.CurrentDomain.ProcessExit -= end;
            return server.ExitCode;
        }
    }

    /// <summary>In the server process: ends with the `pytk explore` that started it, even when that one is killed (Linux).</summary>
    static void StayWithParent()
    {
        if (!OperatingSystem.IsLinux() || !int.TryParse(Environment.GetEnvironmentVariable(ServerMark), out int parent)) return;
        const int PR_SET_PDEATHSIG = 1, SIGTERM = 15;
        prctl(PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0);
        if (getppid() != parent) Environment.Exit(1); // it ended before the line above
    }

    [System.Runtime.InteropServices.LibraryImport("libc")]
    private static partial int prctl(int option, nint arg2, nint arg3, nint arg4, nint arg5);

    [System.Runtime.InteropServices.LibraryImport("libc")]
    private static partial int getppid();
}
