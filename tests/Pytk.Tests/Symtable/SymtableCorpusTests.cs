using Pytk.Tests.Support;
using PyRepr = Pytk.Syntax.PyRepr;

namespace Pytk.Tests.Symtable;

/// <summary>
/// `pytk symtable NAME.py` against tests/corpus/symtable/NAME.expected, which conformance/regen.py symtable makes with
/// CPython 3.13's `python -m symtable` (stdout, or the SyntaxError, then the exit status).
/// </summary>
public class SymtableCorpusTests
{
    static readonly string Dir = Corpus.Symtable.Dir;

    public static TheoryData<string> Programs() => Corpus.Symtable.Cases();

    /// <summary>The programs CPython rejects (their expected output is a SyntaxError).</summary>
    public static TheoryData<string> ErrorPrograms() =>
        Corpus.Rows(Corpus.Symtable.Files().Select(Corpus.Relative).Where(c => Corpus.Expected(c, "expected").StartsWith("---- stderr\n")));

    [Theory]
    [MemberData(nameof(Programs))]
    public void TablesAreCPythons(string program)
    {
        var path = Corpus.PathOf(program);
        string name = Path.GetFileName(path);
        var r = ProgramRun.Run("symtable", path).Value;
        // The file name as CPython was given it (regen runs in the corpus directory).
        string Local(string s) => s.Replace(PyRepr.Str(path), PyRepr.Str(name)).Replace($"\"{path}\"", $"\"{name}\"");
        var actual = r.ExitCode == 0 ? Local(r.Stdout) + "---- exit 0\n" : "---- stderr\n" + Local(r.Stderr) + "---- exit 1\n";
        Corpus.Symtable.Verdict(program, Corpus.Compare("symtable", Corpus.Expected(program, "expected"), actual));
    }

    /// <summary>The symtable's errors are also what `pytk run` reports (CPython's `python NAME.py` prints the same lines).</summary>
    [Theory]
    [MemberData(nameof(ErrorPrograms))]
    public void RunReportsTheSameErrors(string program)
    {
        var expected = Corpus.Expected(program, "expected");
        var path = Corpus.PathOf(program);
        var r = ProgramRun.Run("run", path).Value;
        Assert.Equal(1, r.ExitCode);
        var diff = Corpus.Compare("stderr", expected["---- stderr\n".Length..^"---- exit 1\n".Length],
            r.Stderr.Replace($"\"{path}\"", $"\"{Path.GetFileName(path)}\""));
        Corpus.Symtable.Verdict(program, diff, "run");
    }

    [Fact]
    public void CorpusCoversErrorsAndTables()
    {
        var names = Corpus.Symtable.Files().Select(f => Path.GetFileNameWithoutExtension(f)).ToList();
        Assert.Contains(names, n => n.StartsWith("error_"));
        Assert.True(names.Count(n => n.StartsWith("scopes_")) >= 8);
    }

    [Fact]
    public void MissingFileIsOneLineAndFails()
    {
        var r = CliRunner.Run("symtable", "no/such/file.py");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("FileNotFoundError: [Errno 2] No such file or directory: 'no/such/file.py'\n", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void ReadsStdinAsCPythonDoes()
    {
        var r = CliRunner.RunWithInput(File.ReadAllText(Path.Combine(Dir, "scopes_basic.py")), "symtable");
        Assert.Equal(0, r.ExitCode);
        var expected = File.ReadAllText(Path.Combine(Dir, "scopes_basic.expected")).Replace("'scopes_basic.py'", "'<stdin>'");
        Assert.Equal(expected, r.Stdout + "---- exit 0\n");
    }
}
