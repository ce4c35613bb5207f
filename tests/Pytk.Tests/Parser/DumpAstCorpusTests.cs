using Pytk.Tests.Support;
using Xunit.Abstractions;

namespace Pytk.Tests.Parser;

/// <summary>
/// tests/corpus/dump-ast/*.py cover every node kind; NAME.dump and NAME.dump-a are CPython 3.13's `python -m ast`
/// output, written by tests/corpus/dump-ast/generate.py. `pytk dump-ast` must print the same bytes.
/// </summary>
public class DumpAstCorpusTests
{
    static string Dir => Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "dump-ast");

    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(Dir, "*.py").Where(p => Path.GetFileName(p) != "generate.py").Order()
            .SelectMany(p => new[] { new object[] { Path.GetFileName(p), false }, [Path.GetFileName(p), true] });

    [Theory]
    [MemberData(nameof(Cases))]
    public void DumpMatchesCPython(string name, bool attributes)
    {
        string expected = File.ReadAllText(Path.Combine(Dir, Path.ChangeExtension(name, attributes ? ".dump-a" : ".dump")));
        var args = attributes ? new[] { "dump-ast", "-a", Path.Combine(Dir, name) } : ["dump-ast", Path.Combine(Dir, name)];
        var result = CliRunner.Run(args);
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Stdout);
    }
}

/// <summary>
/// tests/corpus/syntax-errors/*.py are invalid snippets; expected.txt holds what CPython 3.13 prints for
/// each (tests/corpus/syntax-errors/generate.py). Reports how many pytk matches exactly and fails when
/// that falls below what has landed.
/// </summary>
public class SyntaxErrorCorpusTests(ITestOutputHelper output)
{
    /// <summary>Exact matches that have landed (of 113): all.</summary>
    const int MinMatching = 113;

    static string Dir => Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "syntax-errors");

    [Fact]
    public void MatchesCPythonVerdicts()
    {
        var expected = new Dictionary<string, string>();
        string? current = null;
        foreach (var line in File.ReadAllText(Path.Combine(Dir, "expected.txt")).Split('\n'))
        {
            if (line.StartsWith("==== ", StringComparison.Ordinal)) { current = line[5..]; expected[current] = ""; }
            else if (current is not null) expected[current] += line + "\n";
        }
        // Split leaves one extra "\n" after the last block.
        if (current is not null) expected[current] = expected[current][..^1];

        int matching = 0;
        var mismatches = new List<string>();
        foreach (var (name, verdict) in expected.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            string actual = Verdict(name);
            if (actual == verdict) matching++;
            else mismatches.Add($"{name}:\n--- CPython\n{verdict}--- pytk\n{actual}");
        }
        output.WriteLine($"{matching}/{expected.Count} invalid snippets match CPython exactly");
        foreach (var m in mismatches) output.WriteLine(m);
        Assert.True(expected.Count >= 60, "the corpus has at least 60 snippets");
        Assert.True(matching >= MinMatching, $"{matching}/{expected.Count} match, below the recorded {MinMatching}");
    }

    static string Verdict(string name)
    {
        var source = File.ReadAllBytes(Path.Combine(Dir, name));
        try
        {
            Pytk.Grammar.SourceParser.Parse(source, name, Pytk.Grammar.ParseMode.Exec, typeComments: true);
            return "OK\n";
        }
        catch (Pytk.Grammar.PythonSyntaxError e)
        {
            return Pytk.Grammar.SyntaxErrorFormatter.Format(e);
        }
        catch (Pytk.Grammar.PythonLimitError e)
        {
            return $"{e.TypeName}: {e.Message}\n";
        }
    }
}
