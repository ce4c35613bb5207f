using System.Text;
using System.Text.RegularExpressions;
using Pytk.Tests.Support;

namespace Pytk.Tests.Modules;

/// <summary>
/// The debugger (bdb, pdb, breakpoint()) against CPython 3.13: tests/corpus/pdb holds programs, each with the
/// commands typed at its (Pdb) prompts (NAME.cmds, fed on stdin) and CPython's session (regen.sh there). A
/// program's first line says how it runs: `# run: -m pdb` (`pytk run -m pdb NAME.py`) or `# run: plain` (it calls
/// breakpoint() or pdb.set_trace() itself). Outputs are normalized as normalize.py does for CPython's: the corpus
/// folder's path dropped, addresses as 0x..., and bdb's own run() frame of `where` (an install path) dropped.
/// Every session runs under both dispatch loops.
/// </summary>
[Collection("vm")]
public class PdbCorpusTests
{
    static string Dir => Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "pdb");

    public static IEnumerable<object[]> Sessions() => Directory.GetFiles(Dir, "*.py")
        .Where(p => Path.GetFileName(p) != "normalize.py").Order(StringComparer.Ordinal)
        .Select(p => new object[] { Path.GetFileNameWithoutExtension(p) });

    [Theory]
    [MemberData(nameof(Sessions))]
    public void SessionMatchesCPython(string name) => Check(name);

    /// <summary>
    /// The same session while another runtime of the process traces (sys.settrace on its own thread): what frames of
    /// one runtime report must not depend on another's tracing. A frame that started watched because the other runtime
    /// traced lost its 'return' event after pdb set its f_trace (CI, session 6).
    /// </summary>
    [Fact]
    public void SessionIsTheSameWhileAnotherRuntimeTraces()
    {
        string flag = Path.Combine(Path.GetTempPath(), $"pytk-tracing-{Guid.NewGuid():N}");
        string program = Path.Combine(Path.GetTempPath(), $"pytk-tracer-{Guid.NewGuid():N}.py");
        File.WriteAllText(program, $$"""
            import os, sys, time
            sys.settrace(lambda *a: None)
            open({{PyStr(flag)}}, "w").close()
            while os.path.exists({{PyStr(flag)}}):
                time.sleep(0.01)
            """);
        CliRunner.Result? tracer = null;
        var other = new Thread(() => tracer = CliRunner.Run("run", program));
        other.Start();
        try
        {
            var until = DateTime.UtcNow.AddSeconds(60);
            while (!File.Exists(flag) && other.IsAlive && DateTime.UtcNow < until) Thread.Sleep(10);
            Assert.True(File.Exists(flag), "the tracing runtime did not start: " + (tracer?.Stderr ?? "timeout"));
            Check("breakpoint_frames");
        }
        finally
        {
            File.Delete(flag);
            other.Join(TimeSpan.FromSeconds(60));
            File.Delete(program);
        }
    }

    static string PyStr(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    static void Check(string name)
    {
        string py = Path.Combine(Dir, name + ".py");
        string how = File.ReadLines(py).First();
        string[] run = how switch
        {
            "# run: -m pdb" => ["-m", "pdb", py],
            "# run: plain" => [py],
            _ => throw new InvalidDataException($"{name}.py: first line must say how it runs"),
        };
        string commands = File.ReadAllText(Path.Combine(Dir, name + ".cmds"));
        string expected = File.ReadAllText(Path.Combine(Dir, name + ".stdout"));
        var status = File.ReadAllText(Path.Combine(Dir, name + ".status")).Split('\n');
        foreach (var dispatch in RunCorpus.Dispatches)
        {
            var r = RunWithin(TimeSpan.FromSeconds(60), commands, ["run", "--dispatch", dispatch, .. run]);
            Assert.True(r is not null, $"{name} (--dispatch {dispatch}) timed out");
            string stdout = Normalize(r!.Stdout);
            Assert.True(expected == stdout, $"{name} (--dispatch {dispatch}) differs from CPython at line {FirstDiff(stdout, expected)}\n--- pytk:\n{stdout}");
            string last = (r.Stderr.Split('\n').Where(l => l.Trim().Length > 0).LastOrDefault() ?? "").Replace(Dir + "/", "");
            Assert.Equal(status[0], r.ExitCode.ToString());
            Assert.Equal(status.Length > 1 ? status[1] : "", last);
        }
    }

    static CliRunner.Result? RunWithin(TimeSpan limit, string stdin, string[] args)
    {
        CliRunner.Result? r = null;
        var task = Task.Run(() => r = CliRunner.RunWithInput(stdin, args));
        return task.Wait(limit) ? r : null;
    }

    /// <summary>What normalize.py does to CPython's output.</summary>
    static string Normalize(string text)
    {
        text = Regex.Replace(text.Replace(Dir + "/", ""), "0x[0-9a-f]+", "0x...");
        var out_ = new StringBuilder();
        bool skipSource = false;
        foreach (var line in Regex.Split(text, "(?<=\n)"))
        {
            if (line.Length == 0) continue;
            if (skipSource && line.StartsWith("-> exec(cmd, globals, locals)")) { skipSource = false; continue; }
            skipSource = false;
            if (Regex.IsMatch(line.TrimEnd('\n'), @"bdb\.py\(\d+\)run\(\)$"))
            {
                if (line.StartsWith("(Pdb)")) out_.Append(line[..6]);
                skipSource = true;
                continue;
            }
            out_.Append(line);
        }
        return out_.ToString();
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
}
