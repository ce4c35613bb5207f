using Pytk.Tests.Support;
using PyRepr = Pytk.Syntax.PyRepr;

namespace Pytk.Tests.Symtable;

/// <summary>
/// `pytk symtable NAME.py` against tests/corpus/symtable/NAME.expected, which regen.sh there makes with
/// CPython 3.13's `python -m symtable` (stdout, or the SyntaxError, then the exit status).
/// </summary>
public class SymtableCorpusTests
{
    static readonly string Dir = Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "symtable");

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Dir, "*.py").Order(StringComparer.Ordinal)) data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TablesAreCPythons(string name)
    {
        var path = Path.Combine(Dir, name + ".py");
        var r = CliRunner.Run("symtable", path);
        // The file name as CPython was given it (regen.sh runs in the corpus directory).
        string Local(string s) => s.Replace(PyRepr.Str(path), PyRepr.Str(name + ".py")).Replace($"\"{path}\"", $"\"{name}.py\"");
        var actual = r.ExitCode == 0 ? Local(r.Stdout) + "---- exit 0\n" : "---- stderr\n" + Local(r.Stderr) + "---- exit 1\n";
        Assert.Equal(File.ReadAllText(Path.Combine(Dir, name + ".expected")), actual);
    }

    /// <summary>The symtable's errors are also what `pytk run` reports (CPython's `python NAME.py` prints the same lines).</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void RunReportsTheSameErrors(string name)
    {
        var expected = File.ReadAllText(Path.Combine(Dir, name + ".expected"));
        if (!expected.StartsWith("---- stderr\n")) return;
        var path = Path.Combine(Dir, name + ".py");
        var r = CliRunner.Run("run", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(expected["---- stderr\n".Length..^"---- exit 1\n".Length], r.Stderr.Replace($"\"{path}\"", $"\"{name}.py\""));
    }

    [Fact]
    public void CorpusCoversErrorsAndTables()
    {
        var names = Names().Cast<object[]>().Select(d => (string)d[0]).ToList();
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
