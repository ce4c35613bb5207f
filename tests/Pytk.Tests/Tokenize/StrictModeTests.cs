using System.Text.Json;
using Pytk.Grammar;
using Pytk.Tests.Support;

namespace Pytk.Tests.Tokenize;

/// <summary>
/// The lexer in compiler mode (TokenizeMode = false) against what CPython 3.13's compile() reported for
/// the same sources (tests/corpus/tokenize/strict_mode.json, written by `conformance/regen.py tokenize`): the error's class,
/// message and position, or none, and the tokenizer's SyntaxWarnings.
/// </summary>
public class StrictModeTests
{
    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Load().Count; i++) data.Add(i);
        return data;
    }

    static List<JsonElement> Load()
    {
        string path = Path.Combine(CliRunner.RepoRoot, "tests", "corpus", "tokenize", "strict_mode.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray().ToList();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCompile(int index)
    {
        var c = Load()[index];
        string source = c.GetProperty("source").GetString()!;
        var warnings = new List<string>();
        var lexer = Tokenizer.CreateLexer(source, "f.py");
        lexer.TokenizeMode = false;
        lexer.Warning = (_, msg) => warnings.Add(msg);
        string? actual = null;
        try
        {
            while (lexer.NextToken().Type != Antlr4.Runtime.TokenConstants.EOF) { }
        }
        catch (PythonSyntaxError e)
        {
            actual = $"{e.TypeName}: {e.Msg} ({e.Lineno}, {e.Offset}, {e.EndLineno}, {e.EndOffset})";
        }
        var err = c.GetProperty("error");
        string? expected = err.ValueKind == JsonValueKind.Null ? null
            : $"{err.GetProperty("type").GetString()}: {err.GetProperty("msg").GetString()} ({err.GetProperty("lineno")}, {err.GetProperty("offset")}, {err.GetProperty("end_lineno")}, {err.GetProperty("end_offset")})";
        Assert.Equal(expected, actual);
        // Only the tokenizer's own warnings: the compiler adds others ("is" with a literal).
        var expectedWarnings = c.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).Where(w => w.StartsWith("invalid ")).ToList();
        Assert.Equal(expectedWarnings, warnings);
    }
}
