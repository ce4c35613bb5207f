namespace Pytk.Tests.Passes;

/// <summary>`pytk unparse` against CPython 3.13's ast.unparse (run at test time) on tricky snippets.</summary>
public class UnparseTests
{
    const string Script = "import ast, sys; print(ast.unparse(ast.parse(sys.stdin.read())))";

    public static TheoryData<string> Snippets => new()
    {
        "x = (a + b) * c ** -d ** e; y = -(-x); z = not not a; w = (a, *b); v = a if b else (c if d else e)",
        "f(*a, **k, x=1); a[1:2, ::3]; a[()]; a[b,]; (yield); x = yield from y; lambda: (yield)",
        "s = 'it\\'s'; t = \"say \\\"hi\\\"\"; u = '''both ' and \"'''; v = '\\n\\t\\x00\\u200b'; w = b'\\xff\\''",
        "x = f'{a!r:>{w}} {{}} {b:%Y-%m}' f\"{'q'}\"; y = f'{ {1: 2}[1] }'; z = f'''{a}\n'''",
        "x = 1e309; y = -1e309j; z = 1e309 - 1e309; w = 3 .real; v = 1.0.real; u = 0x10",
        "async def f():\n    async with a as b, c:\n        await x\n    async for i in y:\n        pass\n    return [i async for i in z]",
        "class C(B, metaclass=M):\n    '''doc'''\n    @d\n    def f(self, a, /, b=1, *c, d, e=2, **f) -> int:\n        global g\n        del a, b[0]",
        "try:\n    pass\nexcept* E as e:\n    raise X from Y\nelse:\n    pass\nfinally:\n    pass",
        "match p:\n    case [1, *rest] | {'k': _, **kw} if rest:\n        pass\n    case Point(x=0, y=y) as pt:\n        pass\n    case None | True | -1 | 1+2j:\n        pass",
        "if a:\n    pass\nelif b:\n    pass\nelse:\n    if c:\n        pass\nwhile x:\n    break\nelse:\n    continue",
        "type A[T: int, *Ts, **P] = dict[T, P]\ndef g[T = int](): ...\nx: int = (y := 3)\n(a): int\nfrom .. import (b as c)",
        "print(x, end='', sep=\"\\t\"); {*()}; {}; {**a, 'b': 1}; (x for x in y if x if not x); [*a, *b]",
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void MatchesCPythonUnparse(string snippet)
    {
        string expected = CPython.Oracle(Script, snippet);
        var r = Support.CliRunner.RunWithInput(snippet, "unparse", "-");
        Assert.Equal("", r.Stderr);
        Assert.Equal(expected, r.Stdout);
    }
}
