z = complex(3, 4)
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w, abs(z), z.conjugate(), -z, z == 3 + 4j)
print(z.real, z.imag, (1j) ** 2, 2 * 1j, 1j + 1, complex("1-1j"), complex(0, 0), 0j == 0)
print(repr(1j), repr(-1j), repr(1 + 0j), repr(-0.5 + 2.5j), f"{z}", str(2j))
roots = [(-1 + (1 - 4) ** 0.5) / 2]
print(type(roots[0]).__name__)
