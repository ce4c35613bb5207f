# unparse gives back source that parses to the same tree.
import ast

samples = [
    'x = 1 + 2 * 3 ** -4',
    'f(a, *b, c=1, **d)',
    'lambda x, /, y=1, *a, k, **kw: (x, y)',
    'a if b else c',
    '[x async for x in y if x]',
    'print(f"{a!r:{w}.{p}} {b=}")',
    'del a[1:2:3], b.c',
    'with a as b, c: pass',
    'class C(B, metaclass=M):\n    @d\n    def f(self) -> int:\n        return (yield from g())',
    'try:\n    pass\nexcept* E as e:\n    raise\nfinally:\n    pass',
    'match x:\n    case {"a": 1, **r} | [1, *_]:\n        pass\n    case C(a, b=2) as z if z:\n        pass',
    'type A[T: (int, str), *V, **P] = dict[T, V]',
    "s = 'it''s' + \"q\" + '''m\nl'''",
    'assert not (a and b or c), "m"',
    'global g; nonlocal_ = -(-1)',
]
for s in samples:
    tree = ast.parse(s)
    text = ast.unparse(tree)
    print(text)
    print(ast.dump(ast.parse(text)) == ast.dump(tree))
print(ast.unparse(ast.BinOp(ast.Name('a'), ast.Mult(), ast.BinOp(ast.Name('b'), ast.Add(), ast.Name('c')))))
