for v in [0, 7, -7, 255, 2 ** 40]:
    print(str(v), repr(v), f"{v:>12,}", format(v, "08x") if v >= 0 else format(v, "x"))
print(int("0o17", 0), int("17", 8), int("z", 36), int("-1_000"), float("1_000.5"))
print(str(1 / 3), str(2 / 3), str(10 / 3), repr(1e-7), repr(123e20), str(float(10 ** 15)), str(float(10 ** 16)))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 2) == 0.3, 1.0.hex() if hasattr(1.0, "hex") else "")
print(f"{3.0:g} {3.5:g} {1e6:g} {1e16:g} {1.23456789e-5:g} {0.0001:g}")
print("%g %g %g %G" % (1e-5, 123456789, 0.5, 1e20))
