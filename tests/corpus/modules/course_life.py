from collections import Counter
from itertools import product


def step(live):
    counts = Counter((x + dx, y + dy) for x, y in live for dx, dy in product((-1, 0, 1), repeat=2) if dx or dy)
    return {cell for cell, n in counts.items() if n == 3 or n == 2 and cell in live}


def show(live, w=8, h=6):
    return '\n'.join(''.join('#' if (x, y) in live else '.' for x in range(w)) for y in range(h))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for gen in range(4):
    g = step(g)
print(show(g))
print(sorted(g), len(step({(0, 0), (0, 1), (0, 2)})), sorted(step(step({(0, 0), (0, 1), (0, 2)}))))
