using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Pytk.Grammar;
using Pytk.Passes;
using Pytk.Syntax;
using Pytk.Tests.Support;
using Assert = Xunit.Assert;

namespace Pytk.Tests.Passes;

/// <summary>The reports of issue 16: a real diff, JSON documents that validate against the published schema
/// (docs/schema/pytk-report.schema.json), N-way compare, steady-state timing, remarks, bisect -1.</summary>
[Collection("vm")]
public class ReportTests
{
    static string Temp(string text, string ext = ".py")
    {
        string path = Path.Combine(Path.GetTempPath(), $"pytk-report-{Guid.NewGuid():N}{ext}");
        File.WriteAllText(path, text);
        return path;
    }

    const string Program = "import sys\ndef f():\n    k = 2\n    return k * 3\nprint(f(), sys.argv[1:], sys.stdin.read().strip())\nif __debug__:\n    print('debug')\n";

    static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "schema", "pytk-report.schema.json"))));

    /// <summary>Fails with the validator's errors unless <paramref name="json"/> is one valid document.</summary>
    static JsonNode Valid(string json)
    {
        var node = JsonNode.Parse(json)!;
        var result = Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
            Assert.Fail("not valid against pytk-report.schema.json:\n" + string.Join("\n", errors.Take(20)) + "\n" + json[..Math.Min(json.Length, 2000)]);
        }
        Assert.Equal("pytk-report/1", (string?)node["schema"]);
        return node;
    }

    static string CPythonLib(string file)
    {
        var r = CPython.Run(["-c", "import os, argparse; print(os.path.dirname(argparse.__file__))"], "");
        Assert.True(r.ExitCode == 0, "CPython 3.13 is required as the oracle: " + r.Stderr);
        return Path.Combine(r.Stdout.Trim(), file);
    }

    static (int Hunks, int Changed) GnuDiff(string a, string b)
    {
        string fa = Temp(a, ".txt"), fb = Temp(b, ".txt");
        var psi = new ProcessStartInfo("diff", ["-u", fa, fb]) { RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode is 0 or 1, "GNU diff failed");
        var lines = output.Split('\n');
        return (lines.Count(l => l.StartsWith("@@ ")), lines.Count(l => l.Length > 0 && l[0] is '+' or '-' && !l.StartsWith("+++") && !l.StartsWith("---")));
    }

    [Fact]
    public void DiffOfArgparseAfterO2HasAboutAsManyHunksAsGnuDiff()
    {
        string path = CPythonLib("argparse.py");
        // the two texts compare shows (AST dumps, indent 3), diffed by GNU diff -u
        var tree = SourceParser.Parse(File.ReadAllText(path), path);
        var registry = PassRegistry.CreateDefault();
        var optimized = PassRunner.Run(AstCopy.Deep(tree), registry.ParsePipeline("O2"), new RunOptions(), TextWriter.Null);
        string before = AstDump.Dump(tree, 3) + "\n", after = AstDump.Dump(optimized, 3) + "\n";
        var (gnuHunks, gnuChanged) = GnuDiff(before, after);
        Assert.True(gnuHunks >= 10, $"argparse -O2 should change many places (GNU diff: {gnuHunks} hunks)");

        var r = CliRunner.Run("compare", path, "-O2", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var diff = Valid(r.Stdout)["diffs"]![0]!;
        int hunks = (int)diff["hunks"]!;
        var unified = ((string)diff["unified"]!).Split('\n');
        int changed = unified.Count(l => l.Length > 0 && l[0] is '+' or '-' && !l.StartsWith("+++") && !l.StartsWith("---"));
        // "about as many": a minimal edit script may pair lines differently from GNU's heuristics
        Assert.True(Math.Abs(hunks - gnuHunks) <= Math.Max(2, gnuHunks / 5), $"pytk {hunks} hunks, GNU diff {gnuHunks}");
        Assert.True(Math.Abs(changed - gnuChanged) <= Math.Max(10, gnuChanged / 5), $"pytk {changed} changed lines, GNU diff {gnuChanged}");
        // the text form is the same diff
        var text = CliRunner.Run("compare", path, "-O2");
        Assert.Equal(hunks, text.Stdout.Split('\n').Count(l => l.StartsWith("@@ ")));
    }

    [Fact]
    public void ThreeWayCompareAsJsonValidatesAndShowsEachPipeline()
    {
        string path = Temp(Program), stdin = Temp("hello\n", ".txt");
        var r = CliRunner.Run("compare", path, "--pipeline", "base=O0", "--pipeline", "opt=O2 --time-passes --remarks",
            "--pipeline", "nodebug=O1 --pass-opt constfold.optimize=false", "--dynamic", "--stdin", stdin, "--format", "json", "--", "a", "b");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var doc = Valid(r.Stdout);
        var pipelines = doc["pipelines"]!.AsArray();
        Assert.Equal(["base", "opt", "nodebug"], pipelines.Select(p => (string)p!["name"]!));
        Assert.Equal("6 ['a', 'b'] hello\ndebug\n", (string)pipelines[0]!["run"]!["stdout"]!);
        Assert.Equal("6 ['a', 'b'] hello\n", (string)pipelines[1]!["run"]!["stdout"]!);
        Assert.False((bool)pipelines[1]!["run"]!["same_as_base"]!);
        Assert.True((bool)pipelines[2]!["run"]!["same_as_base"]!); // optimize=false folds __debug__ to True
        Assert.Equal("min-of-repeats", (string)pipelines[1]!["report"]!["timing"]!["method"]!);
        Assert.Contains(pipelines[1]!["report"]!["passes"]!.AsArray(), p => p!["remarks"]!.AsArray().Count > 0);
        Assert.Equal(2, doc["diffs"]!.AsArray().Count);
        Assert.False((bool)doc["dynamic"]!["all_same"]!);
    }

    [Fact]
    public void DynamicCompareShowsTheOutputDiffAndExpectSameFails()
    {
        string path = Temp(Program);
        var r = CliRunner.Run("compare", path, "--pipeline", "base=O0", "--pipeline", "opt=O2", "--dynamic");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("opt: DIFFERENT from base: stdout differs", r.Stdout);
        Assert.Contains("--- stdout of base\n+++ stdout of opt\n", r.Stdout);
        Assert.Contains("-debug\n", r.Stdout);

        var strict = CliRunner.Run("compare", path, "--pipeline", "base=O0", "--pipeline", "opt=O2", "--expect-same");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("--expect-same: opt (stdout differs) behave differently from base", strict.Stderr);
        var same = CliRunner.Run("compare", path, "--pipeline", "base=O0", "--pipeline", "fold=O1 --pass-opt constfold.optimize=no", "--expect-same");
        Assert.True(same.ExitCode == 0, same.Stderr);
    }

    [Fact]
    public void DisSymtableRunStatsAndPassReportsValidate()
    {
        string path = Temp(Program + "class C:\n    def m(self, y):\n        return [y for _ in range(2)]\n");
        var dis = CliRunner.Run("dis", "--format", "json", "-O2", path);
        Assert.True(dis.ExitCode == 0, dis.Stderr);
        var code = Valid(dis.Stdout)["code"]!;
        Assert.Equal("<module>", (string)code["name"]!);
        Assert.Contains(code["children"]!.AsArray(), c => (string)c!["name"]! == "f");

        var st = CliRunner.Run("symtable", "--format=json", path);
        Assert.True(st.ExitCode == 0, st.Stderr);
        Assert.Equal("module", (string)Valid(st.Stdout)["table"]!["type"]!);

        var run = CliRunner.RunWithInput("x\n", "run", "-B", "--stats", "--report-format", "json", "-O2", "--time-passes", "--remarks", path);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var docs = run.Stderr.Trim().Split('\n').Select(Valid).ToList();
        Assert.Equal(["passes", "run-stats"], docs.Select(d => (string)d["kind"]!));
        Assert.True((long)docs[1]["instructions"]! > 0);

        var unparse = CliRunner.Run("unparse", "-O2", "--stats", "--report-format", "json", "--opt-bisect-limit", "3", path);
        var report = Valid(unparse.Stderr.Trim());
        Assert.Equal(3, report["passes"]!.AsArray().Count(p => (bool)p!["ran"]!));
        Assert.Equal(3, (int)report["bisect_limit"]!);
    }

    [Fact]
    public void TheSchemaRejectsADocumentMissingAField()
    {
        // the validator is real: a compare document without "diffs" fails
        string path = Temp("x = 1 + 2\n");
        var r = CliRunner.Run("compare", path, "-O1", "--format", "json");
        var node = JsonNode.Parse(r.Stdout)!.AsObject();
        node.Remove("diffs");
        Assert.False(Schema.Value.Evaluate(JsonDocument.Parse(node.ToJsonString()).RootElement).IsValid);
    }

    [Fact]
    public void TimePassesReportsSteadyStateAndSaysSo()
    {
        var r = CliRunner.Run("unparse", "-O2", "--time-passes", Temp(Program));
        Assert.Contains("Steady state: each pass ran 5 more times on the same input; Wall Time is the minimum of those runs.", r.Stderr);
        Assert.Contains("First (ms)", r.Stderr);
        var single = CliRunner.Run("unparse", "-O2", "--time-passes", "--time-repeats", "0", Temp(Program));
        Assert.Contains("Single run: times include JIT compilation", single.Stderr);
    }

    [Fact]
    public void BisectLimitMinusOneRunsEveryPass()
    {
        var r = CliRunner.Run("unparse", "-O2", "--opt-bisect-limit", "-1", Temp(Program));
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stderr.Split('\n').Where(l => l.StartsWith("BISECT:")).ToList();
        Assert.Equal(Presets.O2.Passes.Count, lines.Count);
        Assert.All(lines, l => Assert.StartsWith("BISECT: running pass", l));
        Assert.Equal(2, CliRunner.Run("unparse", "--opt-bisect-limit", "-2", Temp(Program)).ExitCode);
    }

    [Fact]
    public void RemarksShowWhatEachPassChanged()
    {
        string path = Temp(Program);
        var r = CliRunner.Run("unparse", "-O2", "--remarks", path);
        Assert.Contains($"{path}:4: remark: k -> 2 [constprop:propagated]", r.Stderr);
        Assert.Contains($"{path}:3: remark: removed dead store to k [dse:removed-stores]", r.Stderr);
    }

    [Fact]
    public void PassOptionsAreTypedAndCheckedWithDidYouMean()
    {
        string path = Temp("x = 1\n");
        var typo = CliRunner.Run("unparse", "-O1", "--pass-opt", "constfold.optimise=0", path);
        Assert.Equal(1, typo.ExitCode);
        Assert.Equal("pytk: error: --pass-opt constfold.optimise=0: pass 'constfold' has no option 'optimise'; did you mean 'optimize'? (its options: optimize)\n", typo.Stderr);
        var pass = CliRunner.Run("unparse", "-O1", "--pass-opt", "constfodl.optimize=0", path);
        Assert.Contains("unknown pass 'constfodl'; did you mean 'constfold'?", pass.Stderr);
        var none = CliRunner.Run("unparse", "-O1", "--pass-opt", "nosuch.x=1", path);
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("unknown pass 'nosuch'", none.Stderr);
        var value = CliRunner.Run("unparse", "-O1", "--pass-opt", "constfold.optimize=maybe", path);
        Assert.Contains("expected a bool (true/false, 1/0, yes/no, on/off), got 'maybe'", value.Stderr);
        var listed = CliRunner.Run("passes");
        Assert.Contains("--pass-opt constfold.optimize=bool (default true)", listed.Stdout);
        var unknownPass = CliRunner.Run("unparse", "--passes", "constfodl", path);
        Assert.Contains("unknown pass 'constfodl'; did you mean 'constfold'?", unknownPass.Stderr);
    }
}
