using Pytk.Grammar;
using Pytk.Syntax;
using Assert = Xunit.Assert;

namespace Pytk.Tests.Parser;

/// <summary>Deep or huge input parses or gets CPython's error; it never takes the process down.</summary>
public class RobustnessTests
{
    static string Outcome(string source)
    {
        try
        {
            SourceParser.Parse(source, "<test>");
            return "ok";
        }
        catch (PythonSyntaxError e) { return $"{e.TypeName}: {e.Msg}"; }
        catch (PythonLimitError e) { return $"{e.TypeName}: {e.Message}"; }
    }

    [Fact]
    public void TooManyNestedParentheses() =>
        Assert.Equal("SyntaxError: too many nested parentheses", Outcome("x = " + new string('(', 250) + "1" + new string(')', 250)));

    [Fact]
    public void NestedParenthesesUnderTheLimitParse() =>
        Assert.Equal("ok", Outcome("x = " + new string('(', 199) + "1" + new string(')', 199)));

    [Fact]
    public void LongSumParsesOrIsARecursionError()
    {
        // CPython: fine at 5,000 terms, RecursionError during AST construction at 100,000.
        Assert.Equal("ok", Outcome(string.Join("+", Enumerable.Repeat("1", 5000))));
        Assert.Equal("RecursionError: maximum recursion depth exceeded during ast construction",
            Outcome(string.Join("+", Enumerable.Repeat("1", 100_000))));
    }

    [Fact]
    public void DeepUnaryIsCPythonsMemoryError() =>
        Assert.Equal("MemoryError: Parser stack overflowed - Python source too complex to parse", Outcome(new string('-', 100_000) + "x"));

    [Fact]
    public void LongAttributeChainAndCalls()
    {
        Assert.Equal("ok", Outcome("x" + string.Concat(Enumerable.Repeat(".a", 5000))));
        Assert.Equal("RecursionError: maximum recursion depth exceeded during ast construction",
            Outcome("f" + string.Concat(Enumerable.Repeat("()", 100_000))));
    }

    [Fact]
    public void FiveMegabyteFileParses()
    {
        var line = "value = compute(alpha, beta[1:2], {'k': [1, 2, 3]}, *rest, **options) + 12345\n";
        var text = string.Concat(Enumerable.Repeat(line, 5_000_000 / line.Length));
        var module = (Module)SourceParser.Parse(text, "<big>");
        Assert.Equal(5_000_000 / line.Length, module.body.Count);
    }

    [Fact]
    public void ModesReturnTheirRoots()
    {
        Assert.IsType<Expression>(SourceParser.Parse("a + 1", mode: ParseMode.Eval));
        Assert.IsType<Interactive>(SourceParser.Parse("x = 1\n", mode: ParseMode.Single));
        Assert.IsType<FunctionType>(SourceParser.Parse("(int, str) -> bool", mode: ParseMode.FuncType));
    }
}
