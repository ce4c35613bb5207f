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

    /// <summary>Every sixth program of tests/corpus/programs (a spread sample: each runs twice more here).</summary>
    public static TheoryData<string> Sample() =>
        Sources.Rows(Corpus.Programs.Files().Where((_, i) => i % 6 == 0));

    [Theory]
    [MemberData(nameof(Sample))]
    public void BothLoopsExecuteTheSameInstructions(string program)
    {
        if (Sources.CompileUnlessCPythonRejects(program) is null) return; // nothing runs, nothing to count
        var py = Sources.Absolute(program);
        var s = ProgramRun.Run("run", "--stats", "--dispatch", "switch", py).Value;
        var t = ProgramRun.Run("run", "--stats", "--dispatch", "threaded", py).Value;
        Assert.Contains("--- pytk run --stats", s.Stderr);
        Assert.Equal(Counts(s.Stderr), Counts(t.Stderr));
        Assert.Equal(s.Stdout, t.Stdout);
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

    /// <summary>Every traceback program (exception handlers) and a third of the programs (all of them take 14 s).</summary>
    public static TheoryData<string> DepthSample() => Sources.Rows(
        Corpus.Programs.Files().Where((_, i) => i % 3 == 0).Concat(Corpus.Tracebacks.Files()));

    /// <summary>
    /// The handlers do what Code/Opcodes.def declares: running a program of the corpora on the switch loop
    /// with stats on, every instruction starts at the value-stack depth the declared stack effects give
    /// (RunStats.DepthMismatches), exception handlers and generator resumptions included.
    /// </summary>
    [Theory]
    [MemberData(nameof(DepthSample))]
    public void ProgramRunsAtTheDeclaredStackDepths(string program)
    {
        if (Sources.CompileUnlessCPythonRejects(program) is not { } code) return; // nothing runs
        var py = Sources.Absolute(program);
        var ctx = new Pytk.Cli.CliContext(new StringWriter(), new StringWriter(), new MemoryStream());
        var stats = Pytk.Cli.RunCommand.RunCompiled(ctx, code, py, [], new HostOptions { Dispatch = DispatchKind.Switch, Stats = true }).Stats!;
        Assert.True(stats.DepthChecks > 0, $"{program}: no instruction was checked");
        Assert.True(stats.DepthMismatches.Count == 0,
            $"{program}: handlers disagree with their declared stack effects:\n" + string.Join("\n", stats.DepthMismatches.Take(40)));
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

    public static TheoryData<string> Programs() => Sources.Rows(Corpus.Programs.Files());

    [Theory]
    [MemberData(nameof(Programs))]
    public void EveryCodeObjectHasConsistentStackDepths(string program)
    {
        if (Sources.CompileUnlessCPythonRejects(program) is not { } module) return; // no code objects
        var inconsistent = new List<string>();
        foreach (var c in All(module))
        {
            var depths = StackDepths.Compute(c);
            if (depths is null || depths.Max() > c.StackSize) inconsistent.Add($"{c.QualName}: {(depths is null ? "no depths" : $"depth {depths.Max()} > stack size {c.StackSize}")}");
        }
        Assert.True(inconsistent.Count == 0, $"{program}: " + string.Join("\n", inconsistent));
    }
}
