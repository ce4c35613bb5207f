using Pytk.Vm;

namespace Pytk.Tests.Support;

/// <summary>Compiling corpus sources for the tests that look at code objects rather than run programs.</summary>
public static class Sources
{
    /// <summary>The code of a source file, or null when pytk rejects it as CPython would (a SyntaxError or a
    /// limit error: the corpora keep programs that test those). Any other exception is a bug and propagates.</summary>
    public static CodeObject? CompileOrNull(string path)
    {
        try { return Pytk.Hosting.CompilerHost.Compile(File.ReadAllBytes(path), path); }
        catch (Exception e) when (e is Pytk.Grammar.PythonSyntaxError or Pytk.Grammar.PythonLimitError or Pytk.Semantics.CompileError) { return null; }
    }

    /// <summary>Theory rows: source files as paths relative to the repository root.</summary>
    public static TheoryData<string> Rows(IEnumerable<string> files) =>
        Corpus.Rows(files.Select(f => Path.GetRelativePath(CliRunner.RepoRoot, f).Replace('\\', '/')));

    /// <summary>
    /// The code of a source file (relative to the repository root), or null for a corpus program that CPython
    /// rejects at compile time too (its NAME.status or NAME.stderr ends in a SyntaxError, IndentationError or
    /// TabError, or the parser's MemoryError for source too deep to parse). Any other file must compile.
    /// </summary>
    public static CodeObject? CompileUnlessCPythonRejects(string relative)
    {
        string path = Absolute(relative);
        if (CompileOrNull(path) is { } code) return code;
        string? expected = new[] { ".status", ".stderr" }.Select(e => Path.ChangeExtension(path, e)).FirstOrDefault(File.Exists);
        Assert.True(expected is not null, $"{relative}: pytk does not compile it");
        string last = RunCorpus.LastLine(File.ReadAllText(expected!));
        Assert.Matches(@"^(\w+\.)*(SyntaxError|IndentationError|TabError)\b|^MemoryError: Parser stack overflowed", last);
        return null;
    }

    public static string Absolute(string relative) => Path.Combine(CliRunner.RepoRoot, relative);
}
