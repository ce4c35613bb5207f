# More node kinds and corners: positions of nested f-strings, async comprehensions, decorators, global.
@decorator(arg)
@other.attr
class K[T = int, *Ts = *tuple[int], **P = [int]](Base, **kw):
    x: "T"
    (y): int = 1
    a.b: list[int]

async def agen():
    r = [x async for x in aiter() if await x]
    s = {k: await v for k, v in pairs}
    yield from ()
    nonlocal_thing = lambda *args, **kwargs: (args, kwargs)
    return (yield)

def f(a, b, /, c, *, d=1, **e):
    global G
    if a: pass
    elif b: return
    elif c: ...
    else: raise
    for x, *y in z: continue
    else: pass
    while 1:
        break
    with a, b as (c, d):
        pass
    try:
        pass
    except E:
        pass
    except (A, B) as e:
        pass
    else:
        pass
    finally:
        pass
    del x[0], y.z
    assert not a and b or c, f"{a!a} {b:{c}.{d}} {'nested' + f'{x}'}"
    print(*a, **b, sep='')
    x = a if b else c
    x = -a ** -b, ~a, +a, a @ b, a // b, a % b, a << b >> c, a & b | c ^ d
    x = a < b <= c != d is e is not f in g not in h
    x = {**a, 'b': 1}, {1, 2}, [], (), {}
    x = a[1:2:3], a[::], a[:, 1], a[x := 1]
    x = b"\x00\xff" b'abc', 1e100, 1.5j, 0o17, 0b101, 10**20, 1_000_000
    x = "\N{BULLET} \u00e9 \U0001F600 \t\n\\'\""
    x = r'\d+' u'unicode', rb'\x00'
    x: int
    x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= 1

match command.split():
    case [action]:
        pass
    case [action, obj, *_]:
        pass
    case Point(x, y=0) | (1 | 2) as z if z:
        pass
    case {"key": value, **rest}:
        pass
    case {1: _, -1.5: _, 2+3j: _, a.b.c: _}:
        pass
    case (a, b, *rest):
        pass
    case "str" "ing" | b"bytes" | True | False | None:
        pass
    case _:
        pass

type Alias = int | str
import a.b.c as d, e
from ..pkg import (x as y, z,)
from . import *
x = f"""multi
{line!r:>{width}} {x=} {x = !s:^10}"""
