using System.Text;
using Pytk.Compiler.Code;
using Pytk.Compiler.CodeGen;
using Pytk.Compiler.Pyc;
using Pytk.Grammar;
using Pytk.Passes;
using Pytk.Syntax;

namespace Pytk.Hosting;

/// <summary>
/// An AST pass pipeline as a program is compiled with it: the passes in order (names, presets such as `O2`),
/// the plugin assemblies they come from, and the run options (pass options, reports, bisect limit). The CLI's
/// pass flags fill one in (cli/PassOptions.cs); tests and embedders build one directly. Empty, it changes nothing.
/// </summary>
public class PassPipeline
{
    readonly List<string> pipelineParts = [];
    readonly List<string> plugins = [];
    PassRegistry? registry;

    public RunOptions Run { get; } = new();
    /// <summary>True once a pass or preset was added.</summary>
    public bool HasPipeline => pipelineParts.Count > 0;
    /// <summary>Plugin assemblies given so far.</summary>
    public IReadOnlyList<string> Plugins => plugins;

    /// <summary>Adds passes: a comma-separated list of pass names and presets (`constfold,dce`, `O2`, `default`).</summary>
    public PassPipeline Add(string passes) { pipelineParts.Add(passes); registry = null; return this; }

    /// <summary>Loads passes from a plugin assembly (by path) when the registry is first needed.</summary>
    public PassPipeline AddPlugin(string path) { plugins.Add(path); registry = null; return this; }

    /// <summary>The built-in passes plus the plugins given with --plugin (loaded once).</summary>
    public PassRegistry Registry()
    {
        if (registry is not null) return registry;
        var r = PassRegistry.CreateDefault();
        foreach (var p in plugins)
            if (PythonPasses.IsPythonPlugin(p)) PythonPasses.Load(r, p); else PluginLoader.Load(r, p);
        foreach (var name in Run.PrintAfter)
            if (r.Find(name) is null)
                throw new PipelineException($"--print-after: unknown pass '{name}'{Suggest.DidYouMean(name, r.Entries.Select(e => e.Name))} (known passes: {string.Join(", ", r.Entries.Select(e => e.Name))})");
        r.ValidateOptions(Run.PassOptions);
        return registry = r;
    }

    public IReadOnlyList<PassEntry> Pipeline() => Registry().ParsePipeline(string.Join(",", pipelineParts));

    /// <summary>Validates the pipeline before any file is read, so a typo fails fast.</summary>
    public void Validate()
    {
        if (HasPipeline || plugins.Count > 0 || Run.PrintAfter.Count > 0 || Run.PassOptions.Count > 0) Pipeline();
    }

    /// <summary>True when a report (print-*, time, stats) was asked for: it needs the passes to run, so no cached code.</summary>
    public bool Reports => Run.PrintAfterAll || Run.PrintAfter.Count > 0 || Run.PrintChanged || Run.TimePasses || Run.Stats || Run.Remarks;

    /// <summary>
    /// The `.opt-TAG` of cache files compiled with this pipeline (null for the default, empty one): 8 hex digits
    /// of a hash of the resolved pass names, pass options, bisect limit and plugins, so equal pipelines share files.
    /// </summary>
    public string? CacheTag()
    {
        if (!HasPipeline && plugins.Count == 0) return null;
        var text = string.Join(",", Pipeline().Select(e => e.Name + "@" + e.Origin))
            + "|" + string.Join(",", Run.PassOptions.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))
            + "|" + Run.BisectLimit + (Run.BisectChanges ? "c" : "") + "|" + string.Join(",", plugins.Select(Path.GetFullPath));
        return Hash64.Of(Encoding.UTF8.GetBytes(text), 7).ToString("x16")[..8];
    }

    /// <summary>Identifies the passes' implementation (Pytk.Passes and the plugin files) for the cache header.</summary>
    public ulong CacheStamp()
    {
        if (!HasPipeline && plugins.Count == 0) return 0;
        var parts = new List<byte>(typeof(PassRegistry).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var p in plugins)
        {
            var f = new FileInfo(p);
            parts.AddRange(BitConverter.GetBytes(f.Exists ? f.Length ^ f.LastWriteTimeUtc.Ticks : 0));
        }
        return Hash64.Of(parts.ToArray(), 11);
    }

    /// <summary>Runs the pipeline on <paramref name="tree"/>; reports (print-*, time, stats) go to <paramref name="log"/>.</summary>
    public ModNode Apply(ModNode tree, TextWriter log, string? file = null)
    {
        if (!HasPipeline) return tree;
        if (file is not null) Run.File = file;
        return PassRunner.Run(tree, Pipeline(), Run, log);
    }

    /// <summary>
    /// Source bytes → code with this pipeline: decode, parse, run the passes (reports to <paramref name="log"/>),
    /// compile. The program as written is compiled first, so its own compile-time errors are CPython's; when only
    /// the passes' output fails to compile, the pass that broke it is named (<see cref="PassFailedException"/>).
    /// </summary>
    public CodeObject Compile(byte[] bytes, string path, TextWriter? log = null)
    {
        if (!HasPipeline) return CompilerHost.Compile(bytes, path);
        var text = SourceParser.DecodeSource(bytes, path);
        Module? written = null;
        try
        {
            return CompilerHost.WithWarnings(text, path, tree =>
                (Module)SourceParser.OnBigStack(() => Apply(written = tree, log ?? TextWriter.Null, path)));
        }
        catch (Pytk.Semantics.CompileError) when (written is not null && Blame(written, path, text) is { } culprit) { throw culprit; }
    }

    PassFailedException? Blame(Module written, string path, string text) =>
        SourceParser.OnBigStack(() => PassRunner.Blame(written, Pipeline(), Run, tree =>
        {
            try { CodeGenerator.CompileModule((Module)tree, path, text); return null; }
            catch (Pytk.Semantics.CompileError e) { return $"line {e.Line}: {e.Kind}: {e.Message}"; }
        }));

    /// <summary>The compiler a runtime uses for the modules a program imports: the same passes (without reports),
    /// and cache files tagged with this pipeline (`NAME.pytk-313.opt-TAG.pyc`).</summary>
    public CompilerHost ModuleCompiler() =>
        new(HasPipeline ? (m, path) => (Module)Apply(m, TextWriter.Null, path) : null, CacheTag(), CacheStamp());
}
