using Pytk.Tests.Support;
using Pytk.Vm;

namespace Pytk.Tests.Vm;

/// <summary>`pytk run --dispatch` and `--stats`: the two loops execute the same instructions.</summary>
public class DispatchTests
{
    static readonly string[] Volatile = ["dispatch:", "allocated bytes", "GC collections", "time ", "JIT ", "threaded compilations"];

    /// <summary>The stats report without the lines that depend on the loop or the machine (time, allocation).</summary>
    static string Counts(string stderr) =>
        string.Join("\n", stderr.Split('\n').Where(l => !Volatile.Any(v => l.Contains(v))));

    [Fact]
    public void BothLoopsExecuteTheSameInstructions()
    {
        var dir = Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "programs");
        int withStats = 0;
        foreach (var py in Directory.GetFiles(dir, "*.py").Order(StringComparer.Ordinal).Take(40))
        {
            var s = CliRunner.Run("run", "--stats", "--dispatch", "switch", py);
            var t = CliRunner.Run("run", "--stats", "--dispatch", "threaded", py);
            if (s.Stderr.Contains("--- pytk run --stats")) withStats++;  // not for programs that fail to compile
            Assert.Equal(Counts(s.Stderr), Counts(t.Stderr));
            Assert.Equal(s.Stdout, t.Stdout);
        }
        Assert.True(withStats >= 30, $"only {withStats} programs ran");
    }

    [Fact]
    public void StatsReportCountsPerOpcodeAndTotals()
    {
        var tmp = Path.Combine(Path.GetTempPath(), $"pytk-stats-{Guid.NewGuid():N}.py");
        File.WriteAllText(tmp, "def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\nprint(f(100))\n");
        try
        {
            var r = CliRunner.Run("run", "--stats", tmp);
            Assert.Equal(0, r.ExitCode);
            Assert.Equal("4950\n", r.Stdout);
            var lines = r.Stderr.Split('\n');
            string[] Fields(string key) => lines.First(l => l.StartsWith(key + " ")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long Last(string key) => long.Parse(Fields(key)[^1].Replace(",", ""));
            // the loop body runs 100 times: FOR_ITER 101 times (the last one ends the loop)
            Assert.Equal("101", Fields("FOR_ITER")[1]);
            Assert.Equal(2, Last("frames run"));
            long sum = lines.TakeWhile(l => !l.StartsWith("instructions")).Skip(2)
                .Sum(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1].Replace(",", "")));
            Assert.Equal(sum, Last("instructions"));
            var quiet = CliRunner.Run("run", tmp);
            Assert.Equal("", quiet.Stderr);
        }
        finally { File.Delete(tmp); }
    }

    /// <summary>
    /// The handlers do what Code/Opcodes.def declares: running programs of the corpora on the switch loop
    /// with stats on, every instruction starts at the value-stack depth the declared stack effects give
    /// (RunStats.DepthMismatches), exception handlers and generator resumptions included.
    /// </summary>
    [Fact]
    public void ProgramsRunAtTheDeclaredStackDepths()
    {
        var corpus = Path.Combine(CliRunner.RepoRoot, "tests", "corpus");
        var problems = new List<string>();
        long checkedInstructions = 0;
        // Every traceback program (exception handlers) and a third of the programs (all of them take 14 s).
        var programs = Directory.GetFiles(Path.Combine(corpus, "programs"), "*.py").Order(StringComparer.Ordinal).Where((_, i) => i % 3 == 0);
        foreach (var py in programs.Concat(Directory.GetFiles(Path.Combine(corpus, "tracebacks"), "*.py").Order(StringComparer.Ordinal)))
        {
            CodeObject code;
            try { code = Pytk.Cli.PythonPipeline.Compile(File.ReadAllBytes(py), py); }
            catch (Exception) { continue; } // programs that test compile errors
            var ctx = new Pytk.Cli.CliContext(new StringWriter(), new StringWriter(), new MemoryStream());
            var stats = Pytk.Cli.RunCommand.RunCompiled(ctx, code, py, [], new HostOptions { Dispatch = DispatchKind.Switch, Stats = true }).Stats!;
            checkedInstructions += stats.DepthChecks;
            problems.AddRange(stats.DepthMismatches.Select(m => $"{Path.GetFileName(py)}: {m}"));
        }
        Assert.True(checkedInstructions > 300_000, $"only {checkedInstructions} instructions checked");
        Assert.True(problems.Count == 0, "handlers disagree with their declared stack effects:\n" + string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void RunStatsApiGivesTheSameCountsForBothLoops()
    {
        var code = Pytk.Hosting.CompilerHost.Compile("x = 0\nwhile x < 50:\n    x += 1\nprint(x)\n"u8.ToArray(), "<stats>");
        RunStats Collect(DispatchKind d)
        {
            var o = new StringWriter();
            var result = Host.Run(code, "<stats>", [], o, new StringWriter(), new StringReader(""), new HostOptions { Dispatch = d, Stats = true });
            Assert.Equal("50\n", o.ToString());
            return result.Stats!;
        }
        var s = Collect(DispatchKind.Switch);
        var t = Collect(DispatchKind.Threaded);
        Assert.Equal(DispatchKind.Switch, s.Dispatch);
        Assert.Equal(s.OpCounts, t.OpCounts);
        Assert.Equal(51, s.Count(Op.POP_JUMP_IF_FALSE) + s.Count(Op.POP_JUMP_IF_TRUE));
        Assert.Equal(s.Instructions, s.ByCount().Sum(p => p.Count));
        Assert.True(s.AllocatedBytes > 0);
    }

    /// <summary>A stop request (what Ctrl-C and a test harness's timeout do) becomes KeyboardInterrupt at a
    /// backward jump, in both loops, and only in the runtime it was asked of.</summary>
    [Theory]
    [InlineData(DispatchKind.Switch)]
    [InlineData(DispatchKind.Threaded)]
    public void InterruptStopsALoopWithKeyboardInterrupt(DispatchKind dispatch)
    {
        var code = Pytk.Hosting.CompilerHost.Compile("print('start', flush=True)\nwhile True:\n    pass\n"u8.ToArray(), "<loop>");
        var err = new StringWriter();
        var runtime = new PythonRuntime { Stdout = new StringWriter(), Stderr = err, Stdin = new StringReader("") };
        var bystander = new PythonRuntime { Stdout = new StringWriter(), Stderr = new StringWriter(), Stdin = new StringReader("") };
        var counting = Pytk.Hosting.CompilerHost.Compile("n = 0\nfor i in range(300000):\n    n += 1\nprint(n)\n"u8.ToArray(), "<count>");
        RunResult? result = null, other = null;
        var run = new Thread(() => result = Host.Run(runtime, code, "<loop>", [], new HostOptions { Dispatch = dispatch }));
        var count = new Thread(() => other = Host.Run(bystander, counting, "<count>", [], new HostOptions { Dispatch = dispatch }));
        run.Start();
        count.Start();
        Thread.Sleep(300);
        runtime.RequestStop();
        Assert.True(count.Join(TimeSpan.FromSeconds(60)), "the other runtime did not finish");
        Assert.Equal(0, other!.Status);
        Assert.Equal("300000\n", bystander.Stdout.ToString());
        Assert.True(run.Join(TimeSpan.FromSeconds(20)), "the loop did not stop");
        Assert.Equal(130, result!.Status);
        Assert.EndsWith("KeyboardInterrupt\n", err.ToString());
    }

    [Fact]
    public void DispatchFlagIsChecked()
    {
        var r = CliRunner.Run("run", "--dispatch", "computed-goto", "any.py");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("invalid choice: 'computed-goto'", r.Stderr);
        var help = CliRunner.Run("run", "--help");
        Assert.Contains("--dispatch switch|threaded", help.Stdout);
    }

    [Fact]
    public void TraceRunsOnTheSwitchLoop()
    {
        var tmp = Path.Combine(Path.GetTempPath(), $"pytk-trace-{Guid.NewGuid():N}.py");
        File.WriteAllText(tmp, "print(1 + 2)\n");
        try
        {
            var r = CliRunner.Run("run", "--trace", "--dispatch", "threaded", "--stats", tmp);
            Assert.Equal("3\n", r.Stdout);
            Assert.Contains("RESUME", r.Stderr);
            Assert.Contains("dispatch: switch", r.Stderr);
        }
        finally { File.Delete(tmp); }
    }
}

/// <summary>The threaded emitter's templates need one stack depth per instruction; the compiler must provide it.</summary>
public class StackDepthTests
{
    static IEnumerable<CodeObject> All(CodeObject c) => c.Consts.OfType<CodeObject>().SelectMany(All).Prepend(c);

    [Fact]
    public void EveryCorpusCodeObjectHasConsistentStackDepths()
    {
        var dir = Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "programs");
        var inconsistent = new List<string>();
        int codes = 0;
        foreach (var py in Directory.GetFiles(dir, "*.py").Order(StringComparer.Ordinal))
        {
            CodeObject module;
            try { module = Pytk.Hosting.CompilerHost.Compile(File.ReadAllBytes(py), py); }
            catch (Exception) { continue; }  // programs that test compile errors
            foreach (var c in All(module))
            {
                codes++;
                var depths = StackDepths.Compute(c);
                if (depths is null || depths.Max() > c.StackSize) inconsistent.Add($"{Path.GetFileName(py)}: {c.QualName}");
            }
        }
        Assert.True(codes > 500, $"only {codes} code objects");
        Assert.True(inconsistent.Count == 0, string.Join("\n", inconsistent));
    }
}
