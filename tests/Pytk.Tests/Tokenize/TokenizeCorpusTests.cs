using System.Text;
using Pytk.Tests.Support;

namespace Pytk.Tests.Tokenize;

/// <summary>
/// Every file of tests/corpus/tokenize through `pytk tokenize`, `pytk tokenize -e` and (where regen
/// made one) `pytk tokenize` on stdin, compared byte for byte with what CPython 3.13 printed
/// (NAME.out, NAME.e.out, NAME.stdin.out; regenerate with `conformance/regen.py tokenize`).
/// </summary>
public class TokenizeCorpusTests
{
    static string CorpusDir => Corpus.Tokenize.Dir;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Corpus.Tokenize.Files())
        {
            string program = Corpus.Relative(file);
            data.Add(program, "plain");
            data.Add(program, "exact");
            if (File.Exists(Path.ChangeExtension(file, ".stdin.out"))) data.Add(program, "stdin");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string program, string mode)
    {
        string path = Corpus.PathOf(program);
        string name = Path.GetFileName(path);
        string view = mode switch { "exact" => "e.out", "stdin" => "stdin.out", _ => "out" };
        var r = (mode switch
        {
            "exact" => ProgramRun.Run("tokenize", "-e", path),
            "stdin" => ProgramRun.RunWithInput(ProgramRun.Limit, File.ReadAllText(path, new UTF8Encoding(false)), "tokenize"),
            _ => ProgramRun.Run("tokenize", path),
        }).Value;
        // CPython was run as `python -m tokenize NAME.py` in the corpus directory: errors name the file so.
        string actual = r.Stdout + "---- stderr\n" + r.Stderr.Replace(path, name) + $"---- exit {r.ExitCode}\n";
        Corpus.Tokenize.Verdict(program, Corpus.Compare(view, Corpus.Expected(program, view), actual), mode);
    }

    [Fact]
    public void CorpusCoversErrorsAndEveryMode()
    {
        var names = Corpus.Tokenize.Files().Select(Path.GetFileName).ToList();
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
