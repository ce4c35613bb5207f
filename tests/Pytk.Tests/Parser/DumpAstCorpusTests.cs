using Pytk.Tests.Support;

namespace Pytk.Tests.Parser;

/// <summary>
/// tests/corpus/dump-ast/*.py cover every node kind; NAME.dump and NAME.dump-a are CPython 3.13's `python -m ast`
/// output (`conformance/regen.py dump-ast`). `pytk dump-ast` must print the same bytes.
/// </summary>
public class DumpAstCorpusTests
{
    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var c in Corpus.DumpAst.Files().Select(Corpus.Relative))
        {
            data.Add(c, false);
            data.Add(c, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DumpMatchesCPython(string program, bool attributes)
    {
        var path = Corpus.PathOf(program);
        var r = ProgramRun.Run(attributes ? ["dump-ast", "-a", path] : ["dump-ast", path]).Value;
        Assert.Equal("", r.Stderr);
        Assert.Equal(0, r.ExitCode);
        string view = attributes ? "dump-a" : "dump";
        Corpus.DumpAst.Verdict(program, Corpus.Compare(view, Corpus.Expected(program, view), r.Stdout), view);
    }
}

/// <summary>
/// tests/corpus/syntax-errors/*.py are snippets, nearly all invalid; NAME.expected is CPython 3.13's verdict on
/// each (`conformance/regen.py syntax-errors`): what the traceback module prints for the exception raised by
/// `ast.parse` (the message, the line shown and the caret columns), or "OK". pytk's parser must give exactly
/// the same verdict.
/// </summary>
public class SyntaxErrorCorpusTests
{
    public static TheoryData<string> Snippets() => Corpus.SyntaxErrors.Cases();

    [Theory]
    [MemberData(nameof(Snippets))]
    public void VerdictIsCPythons(string snippet)
    {
        string actual = Verdict(Corpus.PathOf(snippet));
        Corpus.SyntaxErrors.Verdict(snippet, Corpus.Compare("verdict", Corpus.Expected(snippet, "expected"), actual));
    }

    static string Verdict(string path)
    {
        string name = Path.GetFileName(path);
        var source = File.ReadAllBytes(path);
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
