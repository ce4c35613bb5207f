using Pytk.Passes;
using Pytk.Syntax;
using Assert = Xunit.Assert;

namespace Pytk.Tests.Passes;

/// <summary>What each built-in pass must do and, above all, must not do under Python's rules.</summary>
public class BuiltinPassTests
{
    static string Run(string passes, string src) => PassHarness.Unparsed(passes, src);

    [Fact]
    public void DceRemovesUnreachableAndConstantBranches()
    {
        string r = Run("dce", "def f():\n    return 1\n    print(2)\nif True:\n    a()\nelse:\n    b()\nwhile False:\n    c()\n5\n");
        Assert.DoesNotContain("print(2)", r);
        Assert.DoesNotContain("b()", r);
        Assert.DoesNotContain("c()", r);
        Assert.DoesNotContain("if", r);
        Assert.Contains("a()", r);
    }

    [Fact]
    public void DceKeepsWhatDecidesScopes()
    {
        // the dead assignment makes x local; the dead yield makes a generator; the dead global holds
        string r = Run("dce", "def f():\n    print(x)\n    return\n    x = 1\ndef g():\n    return\n    yield\ndef h():\n    if False:\n        global y\n    y = 1\n");
        Assert.Contains("x = 1", r);
        Assert.Contains("yield", r);
        Assert.Contains("global y", r);
    }

    [Fact]
    public void DceLeavesPassInAnEmptiedFunctionAndKeepsDocstrings()
    {
        Assert.Equal("def f():\n    \"\"\"doc\"\"\"\n\ndef g():\n    pass", Run("dce", "def f():\n    'doc'\n    1\ndef g():\n    if False:\n        h()\n"));
    }

    [Fact]
    public void ConstPropReplacesOnlySafeLocals()
    {
        string r = Run("constprop", "def f():\n    k = 3\n    print(k)\n    n = 1\n    n = 2\n    print(n)\n    c = 5\n    def g():\n        return c\n    return k\n");
        Assert.Contains("print(3)", r);
        Assert.Contains("return 3", r);
        Assert.Contains("print(n)", r);
        Assert.Contains("return c", r);
    }

    [Fact]
    public void ConstPropLeavesReadsBeforeTheAssignmentAndIntrospection()
    {
        Assert.Contains("print(k)", Run("constprop", "def f():\n    print(k)\n    k = 3\n"));
        Assert.Contains("return k", Run("constprop", "def f():\n    k = 3\n    locals()\n    return k\n"));
        Assert.Contains("return k", Run("constprop", "def f():\n    global k\n    k = 3\n    return k\n"));
        Assert.Contains("op is put", Run("constprop", "def f(op):\n    put = 'PUT'\n    return op is put\n"));
    }

    [Fact]
    public void CmpFoldFoldsOnlyBuiltinComparisonsThatCannotRaise()
    {
        Assert.Equal("x = (True, False, True, 1 < 'a', a < 1)", Run("cmpfold", "x = (3 > 2, 1 == 2 == 2, 'a' < 'b', 1 < 'a', a < 1)"));
        Assert.Equal("x = (b, 0, 1, c)", Run("cmpfold", "x = (1 and b, 0 and b, 1 or b, 0 or c)"));
        Assert.Equal("y = b", Run("cmpfold", "y = b if 1 else c"));
    }

    [Fact]
    public void DseRemovesOnlyUnreadConstantStores()
    {
        string r = Run("dse", "def f():\n    a = 1\n    b = 2\n    c = g()\n    return b\n");
        Assert.DoesNotContain("a = 1", r);
        Assert.Contains("b = 2", r);
        Assert.Contains("c = g()", r);
        Assert.Contains("a = 1", Run("dse", "def f():\n    a = 1\n    def h():\n        return a\n"));
    }
}
