"""Methods called with too few or too many arguments raise CPython's TypeError (never an internal error)."""
import random

calls = [lambda: {}.setdefault(), lambda: {}.setdefault(1, 2, 3), lambda: {}.setdefault(k=1), lambda: bytes.fromhex(),
         lambda: bytearray.fromhex("a", "b"), lambda: random.getrandbits(), lambda: random.Random().getrandbits(1, 2)]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
d = {}
print(d.setdefault("a"), d.setdefault("b", 2), d)
