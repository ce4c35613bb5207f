import os, sys as system
from . import sibling
from ..pkg.mod import (a as b, c)
from __future__ import annotations
global g1, g2

def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:
    "doc"
    nonlocal_free = 1
    def inner():
        nonlocal nonlocal_free
    return a

async def af(x):
    await x
    async for i in x:
        pass
    else:
        continue
    async with x as y, z:
        break
    return

@decorator
@other(1)
class C(Base, metaclass=Meta):
    x: int
    y: list[int] = []
    (z): int = 0
    def m(self): del self.a, self[0]

for i, j in pairs:
    if i: pass
    elif j: break
    else: continue
else:
    pass

while True:
    x += 1
    x -= 1; x *= 2; x @= m; x /= 2; x %= 3; x **= 2; x <<= 1; x >>= 1; x |= 1; x ^= 1; x &= 1; x //= 2

try:
    raise ValueError("x") from None
except (TypeError, ValueError) as e:
    raise
except Exception:
    pass
else:
    pass
finally:
    pass

try:
    pass
except* OSError as eg:
    pass

with open("f") as fh, lock:
    assert fh, "message"
    assert fh
