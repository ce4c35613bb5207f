# Folding limits: these stay as expressions (too big), results must still match.
print(len("ab" * 3000), len((1, 2) * 200), (2 ** 200) % 1000, (1 << 150) % 997, len(b"x" * 5000))
print(2 ** 127 * 2 ** 3, -(2 ** 128) // 3)
