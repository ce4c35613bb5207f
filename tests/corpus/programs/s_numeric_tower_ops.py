vals = [3, 2.5, True, 1 + 1j]
for a in vals:
    print([type(a + b).__name__ for b in vals], [type(a * b).__name__ for b in vals])
print(3 == 3.0 == (3 + 0j), True == 1, 1.0 + True, 7 / True)
print(round(2.675 * 100), 10 ** -2, 2 ** 3 ** 2, (-8) ** (1 / 3) if False else "skip", 4 ** 0.5)
