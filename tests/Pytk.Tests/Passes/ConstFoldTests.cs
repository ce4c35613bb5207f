namespace Pytk.Tests.Passes;

/// <summary>constfold against CPython 3.13's own optimizer on targeted snippets; the expected dump comes
/// from `ast.parse(src, optimize=1)` at test time (frozenset items sorted by repr, as pytk prints them).</summary>
public class ConstFoldTests
{
    const string Script = """
        import ast, sys
        t = ast.parse(sys.stdin.read(), optimize=1)
        class FS:
            def __init__(s, v): s.v = v
            def __repr__(s): return 'frozenset({' + ', '.join(sorted(map(repr, s.v))) + '})' if s.v else 'frozenset()'
        for n in ast.walk(t):
            if isinstance(n, ast.Constant) and isinstance(n.value, frozenset): n.value = FS(n.value)
        print(ast.dump(t, indent=3))
        """;

    public static TheoryData<string> Snippets => new()
    {
        "x = 1 + 2 * 3 - 4 // 3 % 5 ** 2",
        "x = 2 ** 200; y = 2 ** 100; z = 7 ** 45",
        "x = 1 << 127; y = 1 << 128; z = 3 << 126; w = 5 >> 100; v = 1 << -1",
        "x = 'ab' * 2048; y = 'ab' * 2049; z = b'x' * 4096; w = (1, 2) * 128; v = (1, 2) * 129; u = -1 * 'a'",
        "x = ((1, 2, 3, 4),) * 200; y = 3 * ((1,) * 100,)",
        "x = 1 / 0; y = 1 // 0; z = 1 % 0; w = 0 ** -1; v = 0.0 ** -1; u = 2.0 ** 10000",
        "x = 7.5 // 2; y = -7.5 // 2; z = 7.5 % -2; w = -0.0 % 3; v = 10 ** 30 / 7; u = 2 ** -2",
        "x = 1 + 2j; y = (1 + 2j) * (3 - 4j); z = 1j ** 2; w = (1 + 2j) / (3 - 4j); v = 2j ** 0.5",
        "x = -5; y = +True; z = ~True; w = not 0; v = not (); u = -(1 + 2j); t = ~1.5",
        "x = 'abc'[1]; y = b'abc'[-1]; z = (1, (2, 3))[1]; w = 'abc'[5]; v = 'abc'[1:2]; u = 'é😀x'[1]",
        "x = 'a' + 'b'; y = b'a' + b'b'; z = (1,) + (2,); w = 'a' + 1; v = None + 1",
        "if a in [1, 2, 3]: pass\nif a not in {1, 2, 'x', 1.0}: pass\nif a in [b, c]: pass\nif a in {b}: pass\nif a in [*b]: pass",
        "for x in [1, 2]: pass\nfor x in {3, 4}: pass\nfor x in [y, z]: pass\n[i for i in [1, 2] if i in {1}]\n{k: 1 for k in {'a', 'b'}}",
        "x = not a is b; y = not a in b; z = not a == b; w = not (a < b); v = not a is not b",
        "x = '%s' % (a,); y = '%s-%r-%a' % (a, b, c); z = '%5s|%-7r|%.3s' % (a, b, c); w = '%d' % (a,); v = '%s %s' % (a,); u = '100%% %s' % (a,); t = '%s' % (*a,)",
        "x = __debug__; y = (__debug__, not __debug__)",
        "'a' 'b'\ndef f():\n    'x' + 'y'\n    return 1\nclass C:\n    1 + 1\n    'doc'",
        "from __future__ import annotations\ndef f(a: 1 + 2) -> 3 * 4: pass\nx: 1 + 1 = 2 + 2",
        "def f(a: 1 + 2) -> 3 * 4: pass\nx: 1 + 1 = 2 + 2",
        "match x:\n    case -1: pass\n    case 1 + 2j: pass\n    case {'a': -2}: pass",
        "x = f'{1 + 2}{a!r:>{2 * 3}}'; y = (1, 2)[0] + (3,)[0]; z = ((1, 2), (3, 4))",
        "type T[X: 1 + 1] = list[2 * 3]\ndef g[T = 1 + 1](): pass",
        "x = True + True; y = True & False; z = True | 2; w = 3 ^ True; v = 1.5 & 1",
        "x = 10 ** 40 // 3 + 1; y = -(2 ** 127); z = 2 ** 64 * 2 ** 64; w = 2 ** 64 * 2 ** 65",
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void MatchesCPythonOptimizer(string snippet)
    {
        string expected = CPython.Oracle(Script, snippet);
        string path = Path.GetTempFileName();
        File.WriteAllText(path, snippet);
        var r = Support.CliRunner.Run("dump-ast", "--no-type-comments", "--passes", "constfold", path);
        File.Delete(path);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(expected, r.Stdout);
    }
}
