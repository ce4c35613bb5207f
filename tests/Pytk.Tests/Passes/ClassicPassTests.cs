using Pytk.Passes;
using Pytk.Tests.Support;
using Assert = Xunit.Assert;

namespace Pytk.Tests.Passes;

/// <summary>strength and cse: what they rewrite, and the Python rules that stop the textbook versions.</summary>
public class ClassicPassTests
{
    static string Run(string passes, string src) => PassHarness.Unparsed(passes, src);

    [Fact]
    public void StrengthReducesIntLocals()
    {
        string r = Run("strength", "def f(n):\n    i = 0\n    k = 5\n    while k:\n        k = k - 1\n        i = i + k * 2 + k ** 2 + (k + 1) * 8 + k // 4 + k % 16\n    i *= 2\n    i //= 2\n    return i\n");
        Assert.Contains("k + k", r);
        Assert.Contains("k * k", r);
        Assert.Contains("k + 1 << 3", r);
        Assert.Contains("k >> 2", r);
        Assert.Contains("k & 15", r);
        Assert.Contains("i += i", r);
        Assert.Contains("i >>= 1", r);
    }

    [Fact]
    public void StrengthCountsRangeLoopsOnlyWhileRangeIsTheBuiltin()
    {
        Assert.Contains("i + i", Run("strength", "def f():\n    for i in range(3):\n        print(i * 2)\n"));
        Assert.Contains("i * 2", Run("strength", "range = lambda n: 'ab'\ndef f():\n    for i in range(3):\n        print(i * 2)\n"));
        Assert.Contains("i * 2", Run("strength", "from m import *\ndef f():\n    for i in range(3):\n        print(i * 2)\n"));
    }

    [Fact]
    public void StrengthLeavesWhatMayNotBeAnInt()
    {
        // a parameter, a float, a str, a name bound by unpacking, a module global, a closure variable
        Assert.Contains("x * 2", Run("strength", "def f(x):\n    return x * 2\n"));
        Assert.Contains("y * 2", Run("strength", "def f():\n    y = 1.5\n    return y * 2\n"));
        Assert.Contains("s * 4", Run("strength", "def f():\n    s = 'a'\n    return s * 4\n"));
        Assert.Contains("a * 2", Run("strength", "def f():\n    a, b = 1, 2\n    return a * 2\n"));
        Assert.Contains("g * 2", Run("strength", "g = 3\nprint(g * 2)\n"));
        Assert.Contains("c * 2", Run("strength", "def f():\n    c = 1\n    def h():\n        nonlocal c\n        c = 'x'\n    h()\n    return c * 2\n"));
        // float division by a power of two is not a shift; neither is a negative or bool constant
        Assert.Contains("k / 2", Run("strength", "def f():\n    k = 4\n    return (k / 2, k * -2, k * True)\n"));
        Assert.Contains("k * -2", Run("strength", "def f():\n    k = 4\n    return k * -2\n"));
    }

    [Fact]
    public void StrengthUsesTheEnclosingFactsForDefaults()
    {
        // the default is evaluated in the module, where x is a str; inside g, x is an int
        Assert.Contains("x * 2", Run("strength", "x = 'ab'\ndef g(a=x * 2):\n    x = 1\n    return x\n"));
    }

    [Fact]
    public void CseReusesAvailableExpressions()
    {
        string r = Run("cse", "def f(n):\n    x = 3\n    y = 4\n    a = x * y\n    b = x * y + 1\n    c = x * y + 1\n    print(x * y)\n    return a, b, c\n");
        Assert.Contains("b = a + 1", r);
        Assert.Contains("c = b", r);
        Assert.Contains("print(a)", r);
    }

    [Fact]
    public void CseKillsOnAssignmentAndStopsAtCompoundStatements()
    {
        Assert.Contains("b = x * y", Run("cse", "def f():\n    x = 1\n    y = 2\n    a = x * y\n    x = 5\n    b = x * y\n    return a, b\n"));
        Assert.Contains("b = x * y", Run("cse", "def f():\n    x = 1\n    y = 2\n    a = x * y\n    a += 1\n    b = x * y\n    return a, b\n"));
        Assert.Contains("b = x * y", Run("cse", "def f():\n    x = 1\n    y = 2\n    a = x * y\n    if a:\n        x = 3\n    b = x * y\n    return a, b\n"));
        // x = x + 1 does not make x + 1 available (x changed)
        Assert.Contains("b = x + 1", Run("cse", "def f():\n    x = 1\n    x = x + 1\n    b = x + 1\n    return b\n"));
        // a generator expression runs later, with whatever x is then
        Assert.Contains("(x * y for _ in", Run("cse", "def f():\n    x = 1\n    y = 2\n    a = x * y\n    g = (x * y for _ in range(2))\n    x = 7\n    return list(g)\n"));
    }

    [Fact]
    public void CseLeavesExpressionsThatMayCallUserCode()
    {
        Assert.Contains("b = p * q", Run("cse", "def f(p, q):\n    a = p * q\n    b = p * q\n    return a, b\n"));
        Assert.Contains("b = len(s)", Run("cse", "def f(s):\n    a = len(s)\n    b = len(s)\n    return a, b\n"));
        Assert.Contains("b = x * y", Run("cse", "x = 1\ny = 2\na = x * y\nb = x * y\n"));
    }

    [Fact]
    public void PrintFormatSourceShowsUnparsedCode()
    {
        string path = Path.Combine(Path.GetTempPath(), $"pytk-pf-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, "def f():\n    k = 3\n    return k * 2\n");
        var r = CliRunner.Run("unparse", "--passes", "strength", "--print-changed", "--print-format", "source", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("-    return k * 2", r.Stderr);
        Assert.Contains("+    return k + k", r.Stderr);
        var bad = CliRunner.Run("unparse", "--print-format", "xml", path);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("invalid choice: 'xml'", bad.Stderr);
    }

    [Fact]
    public void PrintOptionsWorkOnEveryCommand()
    {
        string path = Path.Combine(Path.GetTempPath(), $"pytk-pa-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, "def f():\n    k = 3\n    return k * 2\nprint(f())\n");
        foreach (var command in new[] { "dump-ast", "unparse", "dis", "run" })
        {
            var r = CliRunner.Run(command, "-O2", "--print-after-all", "--print-format", "source", "--stats", "--time-passes", "--opt-bisect-limit", "3", path);
            Assert.True(r.ExitCode == 0, command + ": " + r.Stderr);
            Assert.Contains("*** IR Dump After constfold (3) ***", r.Stderr);
            Assert.Contains("BISECT: NOT running pass (4)", r.Stderr);
            Assert.Contains("Statistics (AST nodes)", r.Stderr);
            Assert.Contains("Pass execution timing report", r.Stderr);
            Assert.Contains("    return 3 * 2", r.Stderr);
        }
        var c = CliRunner.Run("compare", path, "-O2", "--print-changed", "--against", "O0");
        Assert.Contains("*** IR Dump After constprop (2) changed ***", c.Stderr);
    }

    [Fact]
    public void CompareShowsBytecodeCountsAndDisDiff()
    {
        string path = Path.Combine(Path.GetTempPath(), $"pytk-cb-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, "def f():\n    k = 3\n    for i in range(k):\n        print(i * 8)\n");
        var r = CliRunner.Run("compare", path, "--passes", "strength", "--view", "dis");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("-              BINARY_OP                5 (*)", r.Stdout);
        Assert.Contains("+              BINARY_OP                3 (<<)", r.Stdout);
        Assert.Matches(@"BINARY_OP \(\*\) +1 +0 +-1", r.Stdout);
        Assert.Matches(@"BINARY_OP \(<<\) +0 +1 +\+1", r.Stdout);
        Assert.DoesNotContain("at 0x7", r.Stdout);
        var d = CliRunner.Run("compare", path, "--passes", "constprop,strength", "--dynamic");
        Assert.Equal(0, d.ExitCode);
        Assert.Contains("  A: same output and exit status as B", d.Stdout);
        Assert.Matches(@"executed +B +A", d.Stdout);
        Assert.Matches(@"LOAD_FAST +\d+ +\d+ +-\d+", d.Stdout);
    }
}
