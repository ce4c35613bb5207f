print(3 > 2 > 1, 1 < 2 < 0, "a" < "b", None is None, 1 == 1.0, 2 != 2, True + True, ~True, -True)
print(0 and 1/0, 1 or 1/0, "" or "default", None if 0 else "else", 1 if "s" else 2)
