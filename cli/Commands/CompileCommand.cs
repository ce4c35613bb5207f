using System.Diagnostics;
using Pytk.Grammar;
using Pytk.Compiler.Pyc;
using Pytk.Compiler.CodeGen;

namespace Pytk.Cli;

/// <summary>
/// `pytk compile PATH...`: writes the `__pycache__` file of every .py file under PATH, as `python -m compileall`
/// does: recursive, on N threads, skipping files whose cache is up to date unless -f; errors as file:line: message.
/// </summary>
public static class CompileCommand
{
    sealed record Result(bool Compiled, string? Error);

    public static int Run(CliContext ctx, CommandArgs args)
    {
        var paths = args.Paths();
        int quiet = args.Count(Opt.Quiet), jobs = args.Get(Opt.Jobs, 1);
        if (jobs == 0) jobs = Environment.ProcessorCount;
        bool force = args.Has(Opt.Force), verify = args.Has(Opt.Verify);
        var mode = args.Get(Opt.InvalidationMode,
            Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is { Length: > 0 } ? InvalidationMode.CheckedHash : InvalidationMode.Timestamp);
        var passes = PassOptions.From(args);
        passes.Validate();
        PythonPipeline.ConfigureCache(ctx, dontWrite: false, verbose: false);

        var files = new List<string>();
        int missing = 0;
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                var found = Directory.EnumerateFiles(p, "*.py", SearchOption.AllDirectories).ToList();
                found.Sort(StringComparer.Ordinal);
                files.AddRange(found);
            }
            else if (File.Exists(p)) files.Add(p);
            else { ctx.Out.WriteLine($"Can't list '{p}'"); missing++; }
        }

        string? tag = passes.CacheTag();
        ulong toolchain = CodeCache.Toolchain(passes.CacheStamp());
        var results = new Result[files.Count];
        int next = -1;
        var clock = Stopwatch.StartNew();
        // on a terminal, a bar instead of the list of files compiled (the errors are listed after it)
        using var bar = quiet == 0 ? ProgressBar.Start(ctx, files.Count, "files") : null;
        void Work() => SourceParser.OnBigStack(() =>
        {
            for (int i; (i = Interlocked.Increment(ref next)) < files.Count;)
            {
                results[i] = CompileOne(files[i], tag, mode, toolchain, force, verify, passes);
                bar?.Advance(files[i]);
            }
            return 0;
        });
        var runtime = PythonRuntime.Current;
        var threads = Enumerable.Range(0, Math.Max(1, Math.Min(jobs, files.Count)))
            .Select(_ => new Thread(() => { using var bound = runtime.Enter(); Work(); })).ToList();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        clock.Stop();
        bar?.Dispose();

        int compiled = 0, errors = 0;
        for (int i = 0; i < files.Count; i++)
        {
            var r = results[i];
            if (r.Compiled) compiled++;
            if (quiet == 0 && bar is null && (r.Compiled || r.Error is not null)) ctx.Out.WriteLine($"Compiling '{files[i]}'...");
            if (r.Error is null) continue;
            errors++;
            if (quiet < 2) ctx.Out.WriteLine(r.Error);
        }
        if (quiet < 2)
            ctx.Out.WriteLine($"{files.Count} files: {compiled} compiled, {files.Count - compiled - errors} up to date, {errors} errors, {clock.Elapsed.TotalSeconds:F2} s");
        return errors == 0 && missing == 0 ? 0 : 1;
    }

    static Result CompileOne(string file, string? tag, InvalidationMode mode, ulong toolchain, bool force, bool verify, PassOptions passes)
    {
        string pyc = CodeCache.CachePath(file, tag);
        try
        {
            if (!force && CodeCache.UpToDate(file, pyc, mode, toolchain)) return new(false, null);
            var info = new FileInfo(file);
            ulong mtime = (ulong)info.LastWriteTimeUtc.Ticks;
            byte[] src = File.ReadAllBytes(file);
            var code = PythonPipeline.Compile(src, file, passes.HasPipeline ? passes : null, TextWriter.Null);
            if (!CodeCache.Write(pyc, code, mode, src, mtime, toolchain)) return new(false, $"{file}: could not write {pyc}");
            if (verify && !CodeWriter.Serialize(CodeCache.LoadFile(pyc)).AsSpan().SequenceEqual(CodeWriter.Serialize(code)))
                return new(false, $"{file}: internal error: {pyc} does not read back as the code written");
            return new(true, null);
        }
        catch (PythonSyntaxError e) { return new(false, $"{file}:{e.Lineno}: {e.TypeName}: {e.Msg}"); }
        catch (CompileError e) { return new(false, $"{file}:{e.Line}: {e.Kind}: {e.Message}"); }
        catch (PythonLimitError e) { return new(false, $"{file}: {e.TypeName}: {e.Message}"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return new(false, $"{file}: OSError: {e.Message}"); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // a compiler bug must not stop the other files: it is one error line, with the .NET type for the report
            return new(false, $"{file}: internal error: {e.GetType().Name}: {e.Message}");
        }
    }
}
