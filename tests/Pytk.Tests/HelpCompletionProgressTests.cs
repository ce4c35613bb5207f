using System.Diagnostics;
using System.Text;
using Pytk.Cli;
using Pytk.Tests.Support;

namespace Pytk.Tests;

/// <summary>
/// Issue 16, item 4: help generated from the option declarations (cli/CommandLine.cs), shell completion scripts
/// generated from the same declarations, and progress bars on a terminal only.
/// </summary>
public class HelpCompletionProgressTests
{
    public static TheoryData<string> Commands() => [.. Program.Commands.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Commands))]
    public void HelpShowsEveryDeclaredOptionAndEndsWithANewline(string command)
    {
        var r = CliRunner.Run("help", command);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stderr);
        Assert.StartsWith($"usage: pytk {command} ", r.Stdout);
        Assert.EndsWith("\n", r.Stdout);
        Assert.DoesNotContain("\n\n\n", r.Stdout);
        var spec = CommandLine.SpecOf(command);
        var lines = r.Stdout.Split('\n');
        foreach (var o in CommandLine.AllOptions(spec).Where(o => !o.Hidden))
        {
            // the option's row: its names and value, then its help text (wrapped, so its first word)
            string left = HelpText.Left(o);
            var row = lines.FirstOrDefault(l => l.StartsWith("  " + left + " ") || l == "  " + left);
            Assert.True(row is not null, $"pytk help {command} has no row for {left}:\n{r.Stdout}");
            Assert.Contains(o.Help.Split(' ')[0], r.Stdout);
        }
        foreach (var o in CommandLine.AllOptions(spec).Where(o => o.Hidden))
            Assert.DoesNotContain(o.Names[0], r.Stdout);
        Assert.All(lines, l => Assert.True(l.Length <= 100, $"line longer than 100 columns: {l}"));
        // --help anywhere among the options, and -h, are the same text
        Assert.Equal(r, CliRunner.Run(command, "--verbose", "-h"));
    }

    [Fact]
    public void EveryCommandIsDeclaredAndEveryOptionHasHelp()
    {
        Assert.Equal(Program.Commands.Select(c => c.Name), CommandLine.Spec.Select(s => s.Name));
        foreach (var s in CommandLine.Spec)
            foreach (var o in CommandLine.AllOptions(s).Where(o => !o.Hidden))
                Assert.False(string.IsNullOrWhiteSpace(o.Help), $"{s.Name} {o.Names[0]} has no help text");
    }

    [Fact]
    public void HelpOfAnUnknownCommandIsAnError()
    {
        var r = CliRunner.Run("help", "dsi");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.EndsWith("did you mean 'dis'?\n", r.Stderr);
    }

    [Fact]
    public void HelpAfterTheProgramBelongsToTheProgram()
    {
        var r = CliRunner.Run("run", "-c", "import sys; print(sys.argv)", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("['-c', '--help']\n", r.Stdout);
    }

    [Fact]
    public void ColorIsCheckedForEveryCommand()
    {
        var r = CliRunner.Run("tokenize", "--color=sometimes", "-c", "x");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("pytk: error: argument --color/--colour: invalid choice: 'sometimes' (choose from 'auto', 'always', 'never')\n", r.Stderr);
    }

    [Fact]
    public void CompareReadsTheProgramFromStdinOrDashC()
    {
        const string code = "x = 1 + 2\nprint(x)\n";
        var fromStdin = CliRunner.RunWithInput(code, "compare", "-", "--pipeline", "a=O0", "--pipeline", "b=O1", "--view=source", "--dynamic");
        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Contains("-x = 1 + 2\n+x = 3\n", fromStdin.Stdout);
        Assert.Contains("b: same output and exit status as a", fromStdin.Stdout);
        Assert.Equal(fromStdin, CliRunner.Run("compare", "-c", code, "--pipeline", "a=O0", "--pipeline", "b=O1", "--view=source", "--dynamic"));
        var both = CliRunner.RunWithInput(code, "compare", "-", "-O1", "--stdin", "-", "--dynamic");
        Assert.Equal(2, both.ExitCode);
    }

    [Fact]
    public void DumpAstJsonTakesTheIndent()
    {
        var one = CliRunner.Run("dump-ast", "--format=json", "-c", "def f(a):\n    return a + 1\n");
        Assert.Equal(0, one.ExitCode);
        Assert.Contains("\n \"_type\": \"Module\"", one.Stdout);
        foreach (var n in new[] { "0", "4" })
        {
            // from-json writes json.dumps(tree, indent=N) of the same tree
            var expected = CliRunner.RunWithInput(one.Stdout, "from-json", "--format", "json", "--indent", n);
            Assert.Equal(0, expected.ExitCode);
            Assert.Equal(expected.Stdout, CliRunner.Run("dump-ast", "--format=json", "--indent", n, "-c", "def f(a):\n    return a + 1\n").Stdout);
        }
    }

    [Fact]
    public async Task ExploreStartsFromAProgramGivenAsText()
    {
        await using var server = await global::Pytk.Cli.Explorer.ExplorerServer.StartAsync(null, 0, "print(6 * 7)\n");
        using var http = new HttpClient();
        var f = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(server.Url + "api/file")).RootElement;
        Assert.Equal("print(6 * 7)\n", f.GetProperty("text").GetString());
        Assert.Equal("<stdin>", f.GetProperty("name").GetString());
        // no program: the page keeps its own example
        await using var empty = await global::Pytk.Cli.Explorer.ExplorerServer.StartAsync(null, 0);
        var g = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(empty.Url + "api/file")).RootElement;
        Assert.Equal(System.Text.Json.JsonValueKind.Null, g.GetProperty("text").ValueKind);
    }

    [Fact]
    public void BisectUnitChangeMakesOnlyTheFirstNChanges()
    {
        const string code = "def f(n):\n    k = 2\n    return n * k + (3 + 4)\nx = 1 + 2\nif False:\n    print('never')\nprint(f(x), not (x is None))\n";
        var plain = CliRunner.Run("unparse", "-c", code);
        var full = CliRunner.Run("unparse", "-O2", "-c", code);
        var all = CliRunner.Run("unparse", "-O2", "--opt-bisect-limit=-1", "--bisect-unit=change", "-c", code);
        Assert.Equal(full.Stdout, all.Stdout);
        int changes = all.Stderr.Split('\n').Count(l => l.StartsWith("BISECT: running change ("));
        Assert.True(changes >= 5, all.Stderr);
        Assert.DoesNotContain("NOT running", all.Stderr);
        var outputs = new List<string>();
        for (int k = 0; k <= changes; k++)
        {
            var r = CliRunner.Run("unparse", "-O2", $"--opt-bisect-limit={k}", "--bisect-unit=change", "-c", code);
            Assert.Equal(0, r.ExitCode);
            Assert.Equal(k, r.Stderr.Split('\n').Count(l => l.StartsWith("BISECT: running change (")));
            outputs.Add(r.Stdout);
            // every step is a program that behaves as the original
            var run = CliRunner.Run("run", "-B", "-O2", $"--opt-bisect-limit={k}", "--bisect-unit=change", "-c", code);
            Assert.Equal("13 True\n", run.Stdout);
        }
        Assert.Equal(plain.Stdout, outputs[0]);
        Assert.Equal(full.Stdout, outputs[^1]);
        Assert.True(outputs.Distinct().Count() >= 4, string.Join("\n----\n", outputs));
        // in JSON the report says which unit it counted
        var json = CliRunner.Run("unparse", "-O2", "--opt-bisect-limit=2", "--bisect-unit=change", "--report-format=json", "-c", code);
        Assert.Contains("\"bisect_unit\":\"change\"", json.Stderr);
        Assert.Equal(2, CliRunner.Run("unparse", "--bisect-unit=line", "-c", code).ExitCode);
    }

    // ---- completion

    static string Bash(string script, params string[][] lines)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"pytk-compl-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "pytk.bash"), script);
            var driver = new StringBuilder("source ./pytk.bash\n");
            driver.Append("t() { COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMPREPLY=(); _pytk; echo \"${COMPREPLY[*]}\"; }\n");
            foreach (var words in lines) driver.Append("t ").Append(string.Join(' ', words.Select(w => $"'{w}'"))).Append('\n');
            File.WriteAllText(Path.Combine(dir, "driver.sh"), driver.ToString());
            var psi = new ProcessStartInfo("bash") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add("driver.sh");
            using var p = Process.Start(psi)!;
            var (o, e) = (p.StandardOutput.ReadToEndAsync(), p.StandardError.ReadToEndAsync());
            Assert.True(p.WaitForExit(30_000), "bash did not finish");
            Assert.Equal("", e.Result);
            return o.Result;
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void BashCompletionCompletesCommandsOptionsAndValues()
    {
        var r = CliRunner.Run("completion", "bash");
        Assert.Equal(0, r.ExitCode);
        var replies = Bash(r.Stdout,
            ["pytk", "d"],
            ["pytk", "dis", "--for"],
            ["pytk", "dis", "--format", ""],
            ["pytk", "dump-ast", "--format", "="],
            ["pytk", "dump-ast", "--format", "=", "d"],
            ["pytk", "run", "--passes", "const"],
            ["pytk", "run", "--passes", "constfold,ds"],
            ["pytk", "run", "--dispatch=s"],
            ["pytk", "help", "com"],
            ["pytk", "completion", ""],
            ["pytk", "compare", "--exp"],
            ["pytk", "compile", "-q"]).Split('\n');
        Assert.Equal(
        [
            "dump-ast dis", "--format", "text json", "text json dot", "dot", "constfold constprop", "constfold,dse",
            "--dispatch=switch", "compile compare completion", "bash zsh fish", "--expect-same", "-q", "",
        ], replies);
    }

    [Fact]
    public void EveryScriptNamesEveryCommandAndOption()
    {
        foreach (var shell in Completion.Shells)
        {
            var r = CliRunner.Run("completion", shell);
            Assert.Equal(0, r.ExitCode);
            foreach (var s in CommandLine.Spec)
            {
                Assert.Contains(s.Name, r.Stdout);
                foreach (var o in CommandLine.AllOptions(s).Where(o => !o.Hidden))
                    foreach (var n in o.Names)
                        Assert.Contains(shell == "fish" ? n.TrimStart('-') : n, r.Stdout);
            }
            // the shell itself checks the syntax where it is installed (bash always; zsh and fish when present)
            if (FindOnPath(shell) is { } exe)
            {
                var file = Path.Combine(Path.GetTempPath(), $"pytk-compl-{Guid.NewGuid():N}.{shell}");
                File.WriteAllText(file, r.Stdout);
                try
                {
                    var psi = new ProcessStartInfo(exe) { RedirectStandardError = true, RedirectStandardOutput = true };
                    psi.ArgumentList.Add("-n");
                    psi.ArgumentList.Add(file);
                    using var p = Process.Start(psi)!;
                    var err = p.StandardError.ReadToEnd();
                    p.WaitForExit();
                    Assert.True(p.ExitCode == 0, $"{shell} -n: {err}");
                }
                finally { File.Delete(file); }
            }
        }
        // fish answers a completion query itself (`complete -C`): the script's values and passes
        if (FindOnPath("fish") is { } fish)
        {
            var file = Path.Combine(Path.GetTempPath(), $"pytk-compl-{Guid.NewGuid():N}.fish");
            File.WriteAllText(file, CliRunner.Run("completion", "fish").Stdout);
            try
            {
                var psi = new ProcessStartInfo(fish) { RedirectStandardOutput = true };
                psi.ArgumentList.Add("-c");
                psi.ArgumentList.Add($"source {file}; complete -C'pytk dump-ast --format '; complete -C'pytk run --passes const'; complete -C'pytk dis --ada'");
                using var p = Process.Start(psi)!;
                var words = p.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0]);
                p.WaitForExit();
                Assert.Equal(["dot", "json", "text", "constfold", "constprop", "--adaptive"], words);
            }
            finally { File.Delete(file); }
        }
        Assert.Equal(2, CliRunner.Run("completion", "tcsh").ExitCode);
        Assert.Equal(2, CliRunner.Run("completion").ExitCode);
    }

    static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    // ---- progress bars

    static (int Status, string Stdout, string Stderr) OnFakeTerminal(bool terminal, params string[] args)
    {
        var o = new StringWriter { NewLine = "\n" };
        var e = new StringWriter { NewLine = "\n" };
        int status = Program.Run(new CliContext(o, e, new MemoryStream()) { StderrIsTerminal = terminal }, args);
        return (status, o.ToString(), e.ToString());
    }

    static string Tree(int files)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"pytk-bar-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        for (int i = 0; i < files; i++) File.WriteAllText(Path.Combine(dir, $"m{i:D3}.py"), $"x{i} = {i}\n");
        return dir;
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("compile")]
    [InlineData("tokenize")]
    public void ProgressBarOnlyOnATerminalAndErasedAtTheEnd(string command)
    {
        var dir = Tree(ProgressBar.MinimumItems + 10);
        try
        {
            string[] args = command == "tokenize" ? ["tokenize", "--summary", dir] : [command, dir];
            var piped = OnFakeTerminal(false, args);
            Assert.Equal(0, piped.Status);
            Assert.Equal("", piped.Stderr);
            if (command == "compile") Directory.Delete(Path.Combine(dir, "__pycache__"), true);
            var terminal = OnFakeTerminal(true, [.. args, "--color=never"]);
            Assert.Equal(0, terminal.Status);
            int n = ProgressBar.MinimumItems + 10;
            // the last drawing shows every file done; the bar is then blanked out, the cursor at the line's start
            Assert.StartsWith("\r[", terminal.Stderr);
            Assert.Contains($"] {n}/{n} files 100%", terminal.Stderr);
            Assert.Matches(@"\r +\r$", terminal.Stderr);
            Assert.DoesNotContain('\u001b', terminal.Stderr);
            Assert.DoesNotContain('\n', terminal.Stderr);
            // the report itself is the same either way (compile lists the files only without a bar)
            if (command != "compile") Assert.Equal(Mask(piped.Stdout), Mask(terminal.Stdout));
            var coloured = OnFakeTerminal(true, [.. args, "--color=always", .. command == "compile" ? ["-f"] : Array.Empty<string>()]);
            Assert.Contains("\u001b[32m[", coloured.Stderr);
        }
        finally { Directory.Delete(dir, true); }

        static string Mask(string s) => System.Text.RegularExpressions.Regex.Replace(s, @"[0-9.]+ s\b|cpu: [0-9.]+", "T");
    }

    [Fact]
    public void NoProgressBarForAFewFiles()
    {
        var dir = Tree(3);
        try { Assert.Equal("", OnFakeTerminal(true, "parse", dir).Stderr); }
        finally { Directory.Delete(dir, true); }
    }

    /// <summary>The real pytk under `script` (stdin, stdout and stderr on a pseudo-terminal).</summary>
    static string OnTerminal(string shellCommand, Dictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardInput = true };
        foreach (var a in new[] { "-qc", shellCommand, "/dev/null" }) psi.ArgumentList.Add(a);
        psi.Environment["TERM"] = "xterm";
        psi.Environment.Remove("NO_COLOR");
        foreach (var (k, v) in env ?? []) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(60_000)) { p.Kill(true); Assert.Fail($"script -c {shellCommand} did not finish"); }
        return output.Result;
    }

    [Fact]
    public void RealTerminalGetsTheBarAndColourUnlessNoColor()
    {
        var dir = Tree(ProgressBar.MinimumItems + 5);
        try
        {
            string parse = $"dotnet {Path.Combine(AppContext.BaseDirectory, "pytk.dll")} parse {dir}";
            var coloured = OnTerminal(parse);
            Assert.Contains("\u001b[32m[", coloured);
            var plain = OnTerminal(parse, new() { ["NO_COLOR"] = "1" });
            Assert.Contains("\r[", plain);
            Assert.DoesNotContain('\u001b', plain);
            Assert.DoesNotContain("\r[", OnTerminal(parse + " 2>/dev/null"));
            Assert.DoesNotContain("\r[", OnTerminal(parse, new() { ["TERM"] = "dumb" }));
        }
        finally { Directory.Delete(dir, true); }
    }
}
