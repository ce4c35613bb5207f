using Pytk.Hosting;
using Pytk.Tests.Support;
using Pytk.Vm;

namespace Pytk.Tests.Vm;

/// <summary>
/// Runtimes side by side in one process: each sees only its own output, argv, modules (sys.modules edits and
/// the module found on its own sys.path), recursion limit and exit status.
/// </summary>
public class RuntimeIsolationTests
{
    // Checks its own view many times while the other runtimes run, then reports it.
    const string Program = """
        import sys
        tag, limit = sys.argv[1], int(sys.argv[2])
        sys.setrecursionlimit(limit)
        sys.set_int_max_str_digits(limit)
        sys.modules['marker'] = tag
        import probe
        leaks = set()
        for i in range(3000):
            if sys.modules.get('marker') != tag: leaks.add('sys.modules')
            if sys.argv[1] != tag: leaks.add('argv')
            if sys.getrecursionlimit() != limit: leaks.add('recursion limit')
            if sys.get_int_max_str_digits() != limit: leaks.add('int digits')
            if i % 500 == 0: print(tag, i)
        def deep(n):
            return 0 if n == 0 else 1 + deep(n - 1)
        try:
            deep(limit + 50)
            print('no RecursionError')
        except RecursionError:
            print('RecursionError', tag)
        print(tag, probe.VALUE, sorted(leaks))
        sys.exit(int(sys.argv[3]))
        """;

    static string Expected(string tag) =>
        string.Concat(Enumerable.Range(0, 6).Select(i => $"{tag} {i * 500}\n")) + $"RecursionError {tag}\n{tag} {tag} []\n";

    [Theory]
    [InlineData(DispatchKind.Switch)]
    [InlineData(DispatchKind.Threaded)]
    public void ConcurrentRuntimesSeeOnlyTheirOwnState(DispatchKind dispatch)
    {
        const int Runtimes = 4, Rounds = 3;
        var root = Path.Combine(Path.GetTempPath(), $"pytk-iso-{Guid.NewGuid():N}");
        try
        {
            for (int round = 0; round < Rounds; round++)
            {
                var outs = new StringWriter[Runtimes];
                var errs = new StringWriter[Runtimes];
                var status = new int[Runtimes];
                var failures = new Exception?[Runtimes];
                var threads = new Thread[Runtimes];
                for (int k = 0; k < Runtimes; k++)
                {
                    int i = k;
                    string tag = $"r{round}x{i}", dir = Path.Combine(root, tag);
                    Directory.CreateDirectory(dir);
                    File.WriteAllText(Path.Combine(dir, "main.py"), Program);
                    File.WriteAllText(Path.Combine(dir, "probe.py"), $"VALUE = '{tag}'\n");
                    outs[i] = new StringWriter { NewLine = "\n" };
                    errs[i] = new StringWriter { NewLine = "\n" };
                    var runtime = new PythonRuntime(new CompilerHost())
                    {
                        Stdout = outs[i], Stderr = errs[i], Stdin = new StringReader(""), CacheWriteEnabled = false,
                    };
                    string[] argv = [tag, (700 + 37 * i).ToString(), (10 + i).ToString()];
                    threads[i] = new Thread(() =>
                    {
                        try { status[i] = runtime.RunFile(Path.Combine(dir, "main.py"), argv, new HostOptions { Dispatch = dispatch }); }
                        catch (Exception e) { failures[i] = e; }
                    });
                }
                foreach (var t in threads) t.Start();
                foreach (var t in threads) Assert.True(t.Join(TimeSpan.FromMinutes(2)), "a runtime did not finish");
                for (int i = 0; i < Runtimes; i++)
                {
                    string tag = $"r{round}x{i}";
                    Assert.Null(failures[i]);
                    Assert.Equal("", errs[i].ToString());
                    Assert.Equal(Expected(tag), outs[i].ToString());
                    Assert.Equal(10 + i, status[i]);
                }
            }
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void RunStringUsesTheRuntimesStreamsAndReportsTheStatus()
    {
        var o = new StringWriter { NewLine = "\n" };
        var e = new StringWriter { NewLine = "\n" };
        var runtime = new PythonRuntime(new CompilerHost()) { Stdout = o, Stderr = e, Stdin = new StringReader("line\n") };
        int status = runtime.RunString("import sys\nprint(input(), sys.argv)\nraise ValueError('bad')\n", ["a", "b"]);
        Assert.Equal(1, status);
        Assert.Equal("line ['<string>', 'a', 'b']\n", o.ToString());
        Assert.EndsWith("ValueError: bad\n", e.ToString());
        Assert.Equal(1, runtime.RunString("x = (\n"));
        Assert.Contains("SyntaxError", e.ToString());
    }

    /// <summary>
    /// Class changes are seen per class (version tags), not process-wide: a runtime that keeps creating and
    /// changing classes does not make another runtime's specialized attribute loads miss (once each class's
    /// version was one global number, so the other runtime's counts under --stats depended on the timing).
    /// </summary>
    [Fact]
    public void ClassChangesInOneRuntimeLeaveAnothersAttributeCachesValid()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"pytk-tags-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var reader = Path.Combine(dir, "reader.py");
            File.WriteAllText(reader, """
                class P:
                    def __init__(self): self.x = 1
                def total(ps):
                    s = 0
                    for p in ps:
                        s += p.x
                    return s
                ps = [P() for _ in range(2000)]
                print(sum(total(ps) for _ in range(20)))
                """);
            var writer = Path.Combine(dir, "writer.py");
            File.WriteAllText(writer, """
                for n in range(5000):
                    class C: pass
                    C.y = n
                """);
            using var stop = new CancellationTokenSource();
            var churn = new Thread(() =>
            {
                while (!stop.IsCancellationRequested)
                    CliRunner.RunIn(new PythonRuntime(), "", "run", writer);
            }) { IsBackground = true };
            churn.Start();
            CliRunner.Result r;
            try { r = CliRunner.RunIn(new PythonRuntime(), "", "run", "--stats", "--dispatch", "switch", reader); }
            finally { stop.Cancel(); churn.Join(TimeSpan.FromMinutes(1)); }
            Assert.Equal("40000\n", r.Stdout);
            var line = r.Stderr.Split('\n').First(l => l.StartsWith("LOAD_ATTR_INSTANCE_VALUE "));
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("0", fields[2]);  // columns: name, hits, misses, rewrites, deopts
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
