"""List/set/dict comprehensions (inlined into their block since 3.12), generator expressions, walrus."""
data = [1, 2, 3]
squares = [x * x for x in data if x > 1]
evens = {x for x in data if x % 2 == 0}
index = {k: v for k, v in enumerate(data)}
lazy = (y + 1 for y in data)
nested = [[i * j for j in data] for i in data]
last = [(w := z) for z in data]


def func(seq):
    captured = [lambda: item for item in seq]
    total = sum(n for n in seq)
    found = [m for m in seq if (hit := m) > 1]
    return captured, total, found, hit


class Table:
    rows = [r for r in range(3)]
    cols = [c + len(rows) for c in range(2)]

    def gen(self):
        return (self for _ in range(2))


async def agen(src):
    return [x async for x in src] + [await x for x in src]
