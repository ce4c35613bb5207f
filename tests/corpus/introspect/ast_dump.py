# ast.parse and ast.dump: every option, all modes, positions.
import ast

src = '''
import os.path as p
from . import x
@dec(1)
async def f(a, /, b: int = 2, *args, c, d=None, **kw) -> "r":
    """Doc."""
    global g
    async with a as (b, c):
        await x
    async for i in y: pass
    return [i async for i in z if i] or {k: v for k, v in w} or {*s} or (yield)
class C(B, metaclass=M):
    x: int = 1
    def m(self): del self.a[1:2, ::3]
try:
    raise E from None
except* (A, B) as e:
    pass
else:
    pass
finally:
    assert x, "m"
while not -a < b <= c is not d in e:
    break
else:
    continue
match p:
    case [1, *rest] | {"k": 2, **kw} if rest: pass
    case Point(x=0, y=_) | None | "s": pass
    case _: pass
type T[X: int, *Ts, **P] = list[X]
lambda x, *y, z=1: x if y else f"{z!r:>{w}}"
x += 1; y @= 2; z = w = ...
'''
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree, indent=2))
print(ast.dump(tree.body[3], include_attributes=True, indent='\t'))
print(ast.dump(ast.parse('a.b(c, *d, e=f, **g)', mode='eval'), annotate_fields=False))
print(ast.dump(ast.parse('x = 1', mode='single'), indent=1))
print(ast.dump(ast.parse('(int, str) -> bool', mode='func_type')))
print(ast.dump(ast.parse('def f(): pass'), show_empty=True))
print(ast.dump(ast.parse('x: int'), annotate_fields=False, include_attributes=True))
print(ast.dump(ast.parse(b'x = "\\xe9"\n')))
t = ast.parse('def f(a):  # type: (int) -> str\n    pass\n', type_comments=True)
print(ast.dump(t))
for bad in ('f(**)', 'x = 1 +', 'a b'):
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
