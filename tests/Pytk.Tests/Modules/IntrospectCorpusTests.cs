using System.Text;
using System.Text.RegularExpressions;
using Pytk.Tests.Support;

namespace Pytk.Tests.Modules;

/// <summary>
/// The modules through which a program sees pytk's pipeline (tokenize, token, ast, dis, code objects, sys.settrace,
/// py_compile): tests/corpus/introspect holds programs per module, tests/corpus/seeds the seeds' lesson cells
/// (extract.py there). Expected results come from CPython 3.13 (tests/corpus/introspect/regen.sh), normalized
/// as here: object addresses become 0x..., the corpus folder's path is dropped, and a NAME.filter regex drops the
/// disassembly listing (CPython's bytecode there, pytk's here) from both, a listing pytk must have printed.
/// Every program runs under both dispatch loops.
/// </summary>
[Collection("vm")]
public class IntrospectCorpusTests
{
    static string Introspect => Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "introspect");
    static string Seeds => Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "seeds");

    static IEnumerable<string> Programs(string dir) => Directory.GetFiles(dir, "*.py")
        .Where(p => Path.GetFileName(p) != "extract.py").Order(StringComparer.Ordinal);

    /// <summary>Runs one program and says why it differs from CPython's normalized results ("" when it does not).</summary>
    static string Check(string py, string dispatch)
    {
        string dir = Path.GetDirectoryName(py)! + "/";
        string expected = File.ReadAllText(Path.ChangeExtension(py, ".stdout"));
        var status = File.ReadAllText(Path.ChangeExtension(py, ".status")).Split('\n');
        CliRunner.Result? r = null;
        var task = Task.Run(() => r = CliRunner.Run("run", "--dispatch", dispatch, py));
        if (!task.Wait(TimeSpan.FromSeconds(60))) return "timed out";
        if (task.IsFaulted) return "crashed: " + task.Exception!.InnerException!.Message;
        string stdout = Regex.Replace(r!.Stdout.Replace(dir, ""), "0x[0-9a-f]+", "0x...");
        var filterPath = Path.ChangeExtension(py, ".filter");
        if (File.Exists(filterPath))
        {
            var filter = new Regex(File.ReadAllText(filterPath).Trim());
            var kept = new StringBuilder();
            int dropped = 0;
            foreach (var line in stdout.Split('\n'))
                if (filter.IsMatch(line)) { if (line.Trim().Length > 0) dropped++; }
                else kept.Append(line).Append('\n');
            stdout = kept.ToString();
            if (stdout.EndsWith('\n') && !r.Stdout.EndsWith('\n')) stdout = stdout[..^1];
            if (dropped == 0) return "printed no disassembly listing";
        }
        string last = (r.Stderr.Split('\n').Where(l => l.Trim().Length > 0).LastOrDefault() ?? "").Replace(dir, "");
        var why = new StringBuilder();
        if (r.ExitCode.ToString() != status[0]) why.Append($"exit {r.ExitCode} != {status[0]}; ");
        if (last != (status.Length > 1 ? status[1] : "")) why.Append($"stderr last line '{last}' != '{status[1]}'; ");
        if (stdout.TrimEnd('\n') != expected.TrimEnd('\n'))
            why.Append("stdout differs at line " + FirstDiff(stdout, expected) + "; ");
        return why.ToString();
    }

    static string FirstDiff(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (int i = 0; i < Math.Max(la.Length, lb.Length); i++)
        {
            string x = i < la.Length ? la[i] : "<eof>", y = i < lb.Length ? lb[i] : "<eof>";
            if (x != y) return $"{i + 1}: got '{x}' expected '{y}'";
        }
        return "?";
    }

    static void AssertAllPass(string dir)
    {
        var failures = new List<string>();
        int total = 0;
        foreach (var py in Programs(dir))
        {
            total++;
            foreach (var d in RunCorpus.Dispatches)
                if (Check(py, d) is { Length: > 0 } why) failures.Add($"{Path.GetFileName(py)} (--dispatch {d}): {why}");
        }
        Assert.True(total > 0, $"no programs in {dir}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {total * 2} runs differ from CPython:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void IntrospectionProgramsGiveCPythonsResults() => AssertAllPass(Introspect);

    [Fact]
    public void SeedLessonCellsGiveCPythonsResults() => AssertAllPass(Seeds);

    /// <summary>`run -m tokenize` and `run -m ast` print what `pytk tokenize` and `pytk dump-ast` print (which match
    /// `python3.13 -m tokenize` and `-m ast` byte for byte): the same tokenizer and parser underneath.</summary>
    [Theory]
    [InlineData("tokenize", "tokenize")]
    [InlineData("tokenize -e", "tokenize -e")]
    [InlineData("ast", "dump-ast")]
    [InlineData("ast -a", "dump-ast -a")]
    [InlineData("dis", "dis")]
    [InlineData("symtable", "symtable")]
    public void RunDashMMatchesTheCommand(string module, string command)
    {
        var file = Path.Combine(Introspect, "tokenize_stream.py");
        var viaModule = CliRunner.Run(["run", "-m", .. module.Split(' '), file]);
        var viaCommand = CliRunner.Run([.. command.Split(' '), file]);
        Assert.Equal(0, viaModule.ExitCode);
        Assert.Equal(Addresses(viaCommand.Stdout), Addresses(viaModule.Stdout));
    }

    static string Addresses(string s) => Regex.Replace(s, "0x[0-9a-f]+", "0x...");
}
