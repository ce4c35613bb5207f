using Pytk.Tests.Support;
using Pytk.Vm;

namespace Pytk.Tests.Vm;

/// <summary>
/// Quickening (Dispatch/Specialize.cs): adaptive instructions rewrite themselves into specialized forms and back.
/// tests/corpus/programs/vm_specialize_deopt.py checks the results against CPython under both loops (the program
/// corpus); these tests check that the forms it is meant to exercise really were specialized, missed and
/// de-specialized there, so that corpus case cannot pass by never specializing.
/// </summary>
public class SpecializationTests
{
    static readonly string DeoptProgram = Sources.Absolute(Path.Combine("tests", "corpus", "programs", "vm_specialize_deopt.py"));

    /// <summary>The `--stats` rows of the specialized forms: name → (hits, misses, rewrites, deopts).</summary>
    static Dictionary<string, long[]> SpecRows(string stderr)
    {
        var rows = new Dictionary<string, long[]>();
        bool inTable = false;
        foreach (var line in stderr.Split('\n'))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length > 0 && f[0] == "specialized") { inTable = true; continue; }
            if (!inTable || f.Length != 5 || !Enum.TryParse<Op>(f[0], out _)) continue;
            rows[f[0]] = f[1..].Select(x => long.Parse(x.Replace(",", ""))).ToArray();
        }
        return rows;
    }

    [Theory]
    [InlineData("switch")]
    [InlineData("threaded")]
    public void DeoptProgramSpecializesMissesAndDespecializes(string loop)
    {
        var r = CliRunner.Run("run", "--stats", "--dispatch", loop, DeoptProgram);
        Assert.Equal(0, r.ExitCode);
        var rows = SpecRows(r.Stderr);
        // Every form is reached, and the type changes, rebinding and class changes of the program de-specialize these.
        foreach (var op in Enum.GetValues<Op>().Where(o => OpTable.BaseOps[(int)o] != o))
            Assert.True(rows.TryGetValue(op.ToString(), out var row) && row[0] > 0 && row[2] > 0, $"{op} never specialized and hit:\n{r.Stderr}");
        foreach (var op in new[] { "BINARY_OP_INT", "BINARY_OP_FLOAT", "COMPARE_OP_INT", "LOAD_ATTR_METHOD", "LOAD_ATTR_INSTANCE_VALUE", "CALL_PY_EXACT_ARGS" })
        {
            Assert.True(rows[op][1] > 0, $"{op}: no guard miss");
            Assert.True(rows[op][3] > 0, $"{op}: never de-specialized");
        }
    }

    [Fact]
    public void BothLoopsCountTheSameHitsAndMisses()
    {
        var s = SpecRows(CliRunner.Run("run", "--stats", "--dispatch", "switch", DeoptProgram).Stderr);
        var t = SpecRows(CliRunner.Run("run", "--stats", "--dispatch", "threaded", DeoptProgram).Stderr);
        Assert.NotEmpty(s);
        Assert.Equal(s.OrderBy(p => p.Key).Select(p => $"{p.Key} {string.Join(" ", p.Value)}"),
                     t.OrderBy(p => p.Key).Select(p => $"{p.Key} {string.Join(" ", p.Value)}"));
    }

    [Fact]
    public void DisAdaptiveShowsTheSpecializedForms()
    {
        var tmp = Path.Combine(Path.GetTempPath(), $"pytk-adaptive-{Guid.NewGuid():N}.py");
        File.WriteAllText(tmp, "class P:\n    def __init__(self, x): self.x = x\n    def m(self): return self.x\n"
            + "def f(n):\n    s = 0.0\n    for i in range(n):\n        if i < n:\n            s = s + 1.5 * P(i).m()\n    return s\nprint(f(100))\n");
        try
        {
            var plain = CliRunner.Run("dis", tmp);
            var adaptive = CliRunner.Run("dis", "--adaptive", tmp);
            Assert.Equal(0, adaptive.ExitCode);
            Assert.Contains("7425.0", adaptive.Stderr);  // the program ran, its output on stderr
            foreach (var form in new[] { "FOR_ITER_RANGE", "COMPARE_OP_INT", "BINARY_OP_FLOAT", "LOAD_ATTR_METHOD", "LOAD_ATTR_INSTANCE_VALUE", "CALL_PY_EXACT_ARGS", "LOAD_GLOBAL_MODULE" })
            {
                Assert.Contains(form, adaptive.Stdout);
                Assert.DoesNotContain(form, plain.Stdout);
            }
        }
        finally { File.Delete(tmp); }
    }

    [Fact]
    public void QuickenedCodeShowsItsAdaptiveOpcodesToPython()
    {
        // co_code and dis.get_instructions show the instruction, not its quickened form (CPython without adaptive=True).
        var tmp = Path.Combine(Path.GetTempPath(), $"pytk-cocode-{Guid.NewGuid():N}.py");
        File.WriteAllText(tmp, "import dis\ndef f(n):\n    s = 0\n    for i in range(n): s = s + i\n    return s\nf(100)\n"
            + "print(sorted({i.opname for i in dis.get_instructions(f)} & {'BINARY_OP', 'FOR_ITER', 'BINARY_OP_INT', 'FOR_ITER_RANGE'}))\n"
            + "print(max(f.__code__.co_code[::2]) < 106)\n");
        try
        {
            foreach (var loop in new[] { "switch", "threaded" })
            {
                var r = CliRunner.Run("run", "--dispatch", loop, tmp);
                Assert.Equal("['BINARY_OP', 'FOR_ITER']\nTrue\n", r.Stdout);
            }
        }
        finally { File.Delete(tmp); }
    }
}
