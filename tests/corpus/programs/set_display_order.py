# Constant set displays iterate in CPython's order (filled from a frozenset constant, as CPython 3.13 does)
print({10, 2, 33, 8, 100, 64, 1024, 7})
print({17, 1, 9, 25, 33})
s = {3, 11, 19, 27}
s.add(35)
print(s, {1.5, 2, 3}, {(1, 2), (3, 4), (5, 6)}, {None, 0, 8})
print({1, 2} | {9, 17, 25})
print(set({40, 8, 24, 16}), frozenset({40, 8, 24, 16}))
