using Pytk.Vm;

namespace Pytk.Tests.Support;

/// <summary>Compiling corpus sources for the tests that look at code objects rather than run programs.</summary>
public static class Sources
{
    /// <summary>The code of a source file, or null when pytk rejects it as CPython would (a SyntaxError or a
    /// limit error: the corpora keep programs that test those). Any other exception is a bug and propagates.</summary>
    public static CodeObject? CompileOrNull(string path)
    {
        try { return Pytk.Cli.PythonPipeline.Compile(File.ReadAllBytes(path), path); }
        catch (Exception e) when (e is Pytk.Grammar.PythonSyntaxError or Pytk.Grammar.PythonLimitError or global::Pytk.Vm.Compiler.CompileError) { return null; }
    }

    /// <summary>Theory rows: the files under tests/corpus (or the repository) that pytk compiles, as paths
    /// relative to the repository root.</summary>
    public static TheoryData<string> Compilable(IEnumerable<string> files) =>
        Corpus.Rows(files.Where(f => CompileOrNull(f) is not null)
            .Select(f => Path.GetRelativePath(CliRunner.RepoRoot, f).Replace('\\', '/')));

    public static string Absolute(string relative) => Path.Combine(CliRunner.RepoRoot, relative);
}
