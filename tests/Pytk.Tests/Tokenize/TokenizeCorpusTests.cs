using System.Text;
using Pytk.Tests.Support;

namespace Pytk.Tests.Tokenize;

/// <summary>
/// Every file of tests/corpus/tokenize through `pytk tokenize`, `pytk tokenize -e` and (where regen.py
/// made one) `pytk tokenize` on stdin, compared byte for byte with what CPython 3.13 printed
/// (NAME.out, NAME.e.out, NAME.stdin.out; regenerate with tests/corpus/tokenize/regen.py).
/// </summary>
public class TokenizeCorpusTests
{
    static string CorpusDir => Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "tokenize");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(CorpusDir, "*.py").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(file);
            if (name == "regen.py") continue;
            data.Add(name, "plain");
            data.Add(name, "exact");
            if (File.Exists(Path.ChangeExtension(file, ".stdin.out"))) data.Add(name, "stdin");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string name, string mode)
    {
        string path = Path.Combine(CorpusDir, name);
        string stem = Path.Combine(CorpusDir, Path.GetFileNameWithoutExtension(name));
        string expectedFile = mode switch { "exact" => stem + ".e.out", "stdin" => stem + ".stdin.out", _ => stem + ".out" };
        Assert.True(File.Exists(expectedFile), $"{expectedFile} is missing: run tests/corpus/tokenize/regen.py");
        var r = mode switch
        {
            "exact" => CliRunner.Run("tokenize", "-e", path),
            "stdin" => CliRunner.RunWithInput(File.ReadAllText(path, new UTF8Encoding(false)), "tokenize"),
            _ => CliRunner.Run("tokenize", path),
        };
        // CPython was run as `python -m tokenize NAME.py` in the corpus directory: errors name the file so.
        string actual = r.Stdout + "---- stderr\n" + r.Stderr.Replace(path, name) + $"---- exit {r.ExitCode}\n";
        string expected = File.ReadAllText(expectedFile, new UTF8Encoding(false));
        if (expected != actual)
            Assert.Fail($"{name} ({mode}) differs from CPython:\n{TextDiff.Unified(expected, actual)}");
    }

    [Fact]
    public void CorpusCoversErrorsAndEveryMode()
    {
        var names = Directory.EnumerateFiles(CorpusDir, "*.py").Select(Path.GetFileName).ToList();
        Assert.True(names.Count(n => n!.StartsWith("error_")) >= 10, "the corpus should keep its error cases");
        Assert.Contains(Cases(), c => (string)c[1] == "stdin");
    }

    [Fact]
    public void MissingFileIsOneLineAndStatus1()
    {
        var r = CliRunner.Run("tokenize", "no_such_file.py");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("error: [Errno 2] No such file or directory: 'no_such_file.py'\n", r.Stderr);
        Assert.Equal("", r.Stdout);
    }
}
