using Pytk.Cli;
using Pytk.Tests.Support;

namespace Pytk.Tests;

/// <summary>
/// Issue 16, item 4: every command reads its options from the one grammar (cli/Options.cs, cli/CommandLine.cs), so
/// these walk the declarations and hold for every command and every option: `--flag=value` is `--flag value`,
/// unknown options, missing and bad values are one line with exit status 2, and a name means one thing everywhere.
/// </summary>
public class CommandLineGrammarTests
{
    /// <summary>Every (command, option) pair where the option takes a value, and a value it accepts.</summary>
    public static TheoryData<string, string, string> ValueOptions()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var s in CommandLine.Spec)
            foreach (var o in CommandLine.AllOptions(s).Where(o => o.Value is not null))
            {
                // `run -c CODE` and `-m MODULE` are the program, not options (what follows is its argv)
                if (s.Name == "run" && (o == Opt.Code || o == Opt.Module)) continue;
                data.Add(s.Name, o.Names[0], Sample(o));
            }
        return data;
    }

    static string Sample(OptionSpec o) => o.Choices is { } c ? c[^1] : o.Names[0] switch
    {
        "--pass-opt" => "constfold.optimize=0",
        "--pipeline" => "fast=O2 --pass-opt constfold.optimize=0",
        "--max-memory" => "512M",
        "--opt-bisect-limit" => "-1",
        _ => "30",
    };

    /// <summary>The arguments a command line gave, as the command sees them.</summary>
    static string Seen(CommandArgs a) =>
        string.Join(" | ", a.Given.Select(g => $"{g.Spec.Names[0]}={g.Text}:{g.Value}")) + " || " + string.Join(" ", a.Files) + " || " + string.Join(" ", a.Program);

    [Theory]
    [MemberData(nameof(ValueOptions))]
    public void EveryValueOptionTakesEqualsAndSpaceAlike(string command, string name, string value)
    {
        var o = CommandLine.AllOptions(CommandLine.SpecOf(command)).First(o => o.Names[0] == name);
        string[] program = command == "run" ? ["prog.py", "--arg"] : ["prog.py"];
        var spaced = CommandLine.Parse(command, [.. o.Names.Select(n => new[] { n, value }).SelectMany(x => x), .. program]);
        Assert.Equal(o.Names.Length, spaced.Count(o));
        Assert.Equal(CommandLine.Convert(o, value), spaced.Get<object?>(o, null));
        foreach (var n in o.Names.Where(n => n.StartsWith("--")))
            Assert.Equal(Seen(CommandLine.Parse(command, [n, value, .. program])), Seen(CommandLine.Parse(command, [$"{n}={value}", .. program])));
        // every name of the option is the same option
        foreach (var n in o.Names)
            Assert.Equal(Seen(CommandLine.Parse(command, [o.Names[0], value, .. program])).Replace(o.Names[0] + "=", "?="),
                Seen(CommandLine.Parse(command, [n, value, .. program])).Replace(o.Names[0] + "=", "?="));
    }

    [Theory]
    [MemberData(nameof(ValueOptions))]
    public void MissingValueIsOneLineWithStatus2(string command, string name, string _)
    {
        var o = CommandLine.AllOptions(CommandLine.SpecOf(command)).First(o => o.Names[0] == name);
        var r = CliRunner.Run(command, name);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal($"pytk: error: argument {o.Label}: expected one argument\n", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Theory]
    [MemberData(nameof(ValueOptions))]
    public void BadValueIsOneLineWithStatus2(string command, string name, string _)
    {
        var o = CommandLine.AllOptions(CommandLine.SpecOf(command)).First(o => o.Names[0] == name);
        if (o.Choices is null && o.Convert is null) return; // any text is a value (a file, a pass list): the command checks it
        var r = CliRunner.Run(command, name, "zz!", "x.py");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"pytk: error: argument {o.Label}: ", r.Stderr);
        Assert.Contains("'zz!'", r.Stderr);
        Assert.Equal(1, r.Stderr.Count(c => c == '\n'));
        Assert.Equal("", r.Stdout);
    }

    public static TheoryData<string> Commands() => [.. CommandLine.Spec.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Commands))]
    public void UnknownOptionIsOneLineWithStatus2AndNamesTheNearest(string command)
    {
        var r = CliRunner.Run(command, "--zzzzqqqq", "x.py");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("pytk: error: unrecognized arguments: --zzzzqqqq\n", r.Stderr);
        Assert.Equal("", r.Stdout);
        // a letter dropped from each of the command's own long options (or a global one): that option is named
        foreach (var o in CommandLine.AllOptions(CommandLine.SpecOf(command)).Where(o => !o.Hidden))
            foreach (var n in o.Names.Where(n => n.Length > 6 && n.StartsWith("--")))
            {
                string typo = n.Remove(n.Length / 2 + 1, 1);
                if (CommandLine.AllOptions(CommandLine.SpecOf(command)).Any(x => x.Names.Contains(typo))) continue;
                r = CliRunner.Run(command, typo, "x.py");
                Assert.Equal(2, r.ExitCode);
                // any name of the same option will do (--colur: --color or --colour)
                Assert.Contains(o.Names, name => r.Stderr == $"pytk: error: unrecognized arguments: {typo} (did you mean {name}?)\n");
            }
    }

    [Fact]
    public void OneNameOneMeaningAcrossCommands()
    {
        // every declaration of a name (the global and pass options included) is the same option: the same names,
        // help line, value and reading; a command may only add a note (its default) or narrow the choices
        var byName = new Dictionary<string, (string Command, OptionSpec Spec)>();
        var problems = new List<string>();
        foreach (var s in CommandLine.Spec)
            foreach (var o in CommandLine.AllOptions(s))
                foreach (var n in o.Names)
                {
                    if (!byName.TryGetValue(n, out var first)) { byName[n] = (s.Name, o); continue; }
                    var p = first.Spec;
                    if (!p.Names.SequenceEqual(o.Names) || p.Help != o.Help || (p.Value is null) != (o.Value is null) || p.Convert != o.Convert
                        || (p.Choices is null) != (o.Choices is null) || p.Hidden != o.Hidden)
                        problems.Add($"{n}: in {first.Command} {string.Join(", ", p.Names)} \"{p.Help}\", in {s.Name} {string.Join(", ", o.Names)} \"{o.Help}\"");
                }
        Assert.True(problems.Count == 0, "a name with two meanings:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Python3sLettersMeanWhatTheyMeanInPython3()
    {
        // python3's own letters: wherever pytk takes one, it is python3's meaning (run takes them in python3's place)
        var python3 = new Dictionary<string, OptionSpec>
        {
            ["-c"] = Opt.Code, ["-m"] = Opt.Module, ["-i"] = Opt.Interactive, ["-B"] = Opt.DontWriteBytecode, ["-v"] = Opt.CacheVerbose, ["-h"] = Opt.Help,
        };
        foreach (var s in CommandLine.Spec)
            foreach (var o in CommandLine.AllOptions(s))
                foreach (var n in o.Names.Where(python3.ContainsKey))
                    Assert.True(o.Names[0] == python3[n].Names[0], $"{s.Name} {n} is {o.Names[0]} \"{o.Help}\", not python3's {n}");
        var run = CommandLine.AllOptions(CommandLine.SpecOf("run")).Select(o => o.Names[0]).ToHashSet();
        Assert.Subset(run, python3.Values.Select(o => o.Names[0]).ToHashSet());
    }

    [Fact]
    public void RetiredSpellingsSayTheNewOne()
    {
        foreach (var old in CommandLine.Retired)
            foreach (var command in old.Commands)
            {
                var options = CommandLine.AllOptions(CommandLine.SpecOf(command)).SelectMany(o => o.Names).ToList();
                Assert.DoesNotContain(old.Name, options);
                Assert.Contains(old.Instead, options);
                var r = CliRunner.Run(command, old.Name, "1", "x.py");
                Assert.Equal(2, r.ExitCode);
                Assert.Equal($"pytk: error: {command} {old.Name} is now {old.Instead} ({old.Why})\n", r.Stderr);
            }
    }

    [Fact]
    public void RetiredSpellingsStillWorkWhereTheyMeanTheSame()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"pytk-retired-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "a.py"), "x = (1,\n  2)\n");
        try
        {
            var summary = CliRunner.Run("tokenize", "--summary", dir);
            Assert.Equal(0, summary.ExitCode);
            Assert.StartsWith("files: 1  tokens: ", summary.Stdout);
            Assert.Contains("  errors: 0  bytes: 13\n", summary.Stdout);
            // dump-ast's -m MODE and -i N live on as --mode and --indent, and `run -m ast` keeps python -m ast's letters
            string file = Path.Combine(dir, "a.py");
            var viaCommand = CliRunner.Run("dump-ast", "--mode=exec", "--indent", "1", file);
            var viaModule = CliRunner.Run("run", "-m", "ast", "-m", "exec", "-i", "1", file);
            Assert.Equal(0, viaCommand.ExitCode);
            Assert.Equal(viaModule.Stdout, viaCommand.Stdout);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void RepeatedFlagsCountAndBundle()
    {
        Assert.Equal(2, CommandLine.Parse("compile", ["-qq", "x"]).Count(Opt.Quiet));
        Assert.Equal(2, CommandLine.Parse("compile", ["-q", "--quiet", "x"]).Count(Opt.Quiet));
        // the last value of an option given twice counts; repeatable options keep all, in order
        Assert.Equal(4, CommandLine.Parse("parse", ["-j", "2", "--jobs=4", "x"]).Get(Opt.Jobs, 0));
        Assert.Equal(["a.dll", "b.py"], CommandLine.Parse("dis", ["--plugin=a.dll", "--plugin", "b.py", "x"]).All<string>(Opt.Plugin));
    }

    [Fact]
    public void CompareReadsPipelineOptionsWithTheSameGrammar()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pytk-pl-{Guid.NewGuid():N}.py");
        File.WriteAllText(file, "x = 1 + 2\nprint(x)\n");
        try
        {
            var spaced = CliRunner.Run("compare", file, "--pipeline", "a=O0", "--pipeline", "b=O1 --print-format source --print-after constfold");
            Assert.Equal(0, spaced.ExitCode);
            Assert.Contains("x = 3", spaced.Stderr);
            Assert.Equal(spaced, CliRunner.Run("compare", file, "--pipeline=a=O0", "--pipeline=b=O1 --print-format=source --print-after=constfold"));
            var typo = CliRunner.Run("compare", file, "--pipeline", "a=O0", "--pipeline", "b=O1 --print-formt source");
            Assert.Equal(2, typo.ExitCode);
            Assert.Equal("pytk: error: pipeline b: unrecognized arguments: --print-formt (did you mean --print-format?)\n", typo.Stderr);
            var bad = CliRunner.Run("compare", file, "--pipeline", "a=O0", "--pipeline", "b=O1 --print-format=xml");
            Assert.Equal(2, bad.ExitCode);
            Assert.Equal("pytk: error: pipeline b: argument --print-format: invalid choice: 'xml' (choose from 'ast', 'source')\n", bad.Stderr);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void DocsHoldTheFlagTable()
    {
        string docs = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "cli.md")).Replace("\r\n", "\n");
        string table = CommandLine.FlagTable();
        if (!docs.Contains(table))
        {
            string fresh = Path.Combine(Path.GetTempPath(), "pytk-cli-flag-table.md");
            File.WriteAllText(fresh, table);
            Assert.Fail($"docs/cli.md does not hold the table of the declared options; the current one is in {fresh}");
        }
    }
}
