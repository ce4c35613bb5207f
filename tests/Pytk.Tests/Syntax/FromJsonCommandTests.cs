using Pytk.Tests.Support;
using Assert = Xunit.Assert;

namespace Pytk.Tests.Syntax;

public class FromJsonCommandTests
{
    private static string JsonPath(string name) => Path.Combine(AstCorpus.Dir, name + ".json");

    [Fact]
    public void Prints_the_dump_like_python_m_ast()
    {
        var r = CliRunner.Run("from-json", JsonPath("match"));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(AstCorpus.Expected("match", "dump") + "\n", r.Stdout.Replace("\r\n", "\n"));
        r = CliRunner.Run("from-json", "-a", JsonPath("match"));
        Assert.Equal(AstCorpus.Expected("match", "dump-a") + "\n", r.Stdout.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Lines_mode_reads_stdin_and_separates_records()
    {
        string input = AstCorpus.Json("mode-eval") + "\n" + AstCorpus.Json("mode-single") + "\n";
        var r = CliRunner.RunWithInput(input, "from-json", "--lines", "--format", "json", "-");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(input.Replace("\n", "\n\u001e\n"), r.Stdout.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Bad_input_and_flags_are_one_line_errors()
    {
        var r = CliRunner.RunWithInput("{\"_type\": \"Nope\"}", "from-json", "-");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("pytk: error: root: unknown node type 'Nope'", r.Stderr.Trim());
        r = CliRunner.Run("from-json", "--format", "xml", "x");
        Assert.Equal(2, r.ExitCode);
        r = CliRunner.Run("from-json", "/nonexistent/file.json");
        Assert.Equal(1, r.ExitCode);
        Assert.DoesNotContain("   at ", r.Stderr);
    }
}
