"""PEP 563: annotations are the compiler's text of the expression, never evaluated."""
from __future__ import annotations

cases = []


def show(f):
    for k, v in f.__annotations__.items():
        print(f"{f.__name__}.{k}: {v!r}")


def f1(a: int, b: "str", *c: undefined, d: list[Missing] = 3, **e: dict[str, int]) -> None: pass
def f2(a: lambda *, k: k, b: lambda *a: a, c: lambda a, /, b=1, **k: 1, d: lambda: 0) -> x if y else z: pass
def f3(a: f'{x["a"]}', b: f'{x}\n', c: '\x00\u1234é', d: "'", e: f'{3.0:{"a"}}', f: f'{x:{y}.{z}}') -> f'{ {1:2}[1] }': pass
def f4(a: x[(1, 2)], b: x[()], c: x[1:2, ::3], d: x[a, b:c], e: f'{x!s:}', f: (a, b)[0], g: (-1).real) -> (not a)[0]: pass
def f5(a: [a] + b, b: a.b(c)[d], c: {1, 2}, d: {}, e: 1 + (2 + 3), f: (1 + 2) + 3, g: a - (b - c)) -> a or b and c: pass
def f6(a: (a or b) and c, b: -(a + b), c: not (a and b), d: (a if b else c) if d else e, e: x if (lambda: y) else z) -> ...: pass
def f7(a: [x for x in (lambda: y)], b: [x for x in a if (b if c else d)], c: f(a=lambda: 1), d: (*a,), e: [*(a, b)]) -> {**(a or b)}: pass
def f8(a: f(*(a or b)), b: 2.5, c: 1e-10, d: 1.0e20, e: 1e16, f: 3j, g: (1+2j), h: 1e400, i: 1j*1e400) -> b'\x00\'': pass
def f9(a: '\\', b: rb'\d', c: 'a' f'b{c}', d: f'{x!r}' f'{y}', e: f'', f: f'{x}' '', g: a[b][c], h: a[-1]) -> ~-x: pass
def f10(a: +x, b: f'{x:%Y-%m}', c: f'{"a" if x else "b"}', d: f'''{x}
''', e: -(-1), f: 2 ** -1, g: (-2) ** 2, h: f(x for x in y), i: 1 .real) -> '''a
b''': pass
def f11(a: x[*a], b: {**a, 'b': 1}, c: (1,), d: (), e: a < b < c, f: f(*a, k=1, **kw), g: -x ** 2, h: not not x) -> (a, *b): pass
def f12(a: f'{x=}', b: f'{ {1} }', c: 1 if 2 else 3 if 4 else 5, d: (lambda: 1)(), e: 0x10, f: 1_000, g: u'x', h: True.real) -> 'a"b\'': pass
def f13(a: {x: y for x, y in z if x}, b: {x async for x in y}, c: (x for x in y for z in w if a if b), d: a @ b // c % d << e >> f | g ^ h & i) -> None: pass
def f14(*args: *Ts, **kw: int) -> tuple[*Ts]: pass
def f15(a: x is not y, b: x not in y, c: a[b:c:d], d: a[::], e: a[:], f: f'{x!a:>10}', g: f'{{}}{x}') -> f'{a}{b!r}': pass

for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15]:
    show(f)


class __Mangled:
    __x: __y
    def m(self, __a: __b) -> __c: pass

print(__Mangled.__annotations__, __Mangled.m.__annotations__)


class C:
    x: undefined_name
    y: int = 3
    (z): not_evaluated = 4
    int.attr: nothing
    def m(self, a: C) -> list[C]: pass

print(C.__annotations__, C.m.__annotations__, C.y, C.z)

a: lambda *a: a
b: "quoted" = 2
(c): never = 3
print(__annotations__)
print(f1.__annotations__ is f1.__annotations__, type(f1.__annotations__).__name__)


def local_annotations():
    q: Unknown = 5
    r: AlsoUnknown
    return q

print(local_annotations(), local_annotations.__annotations__)
