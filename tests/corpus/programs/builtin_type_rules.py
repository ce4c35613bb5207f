# Built-in type rules from test_str/test_bytes/test_set/test_int/test_float/test_format.
print("aa".replace("a", "b", count=1), "a\tb".expandtabs(tabsize=4), b"a\tb".expandtabs(tabsize=2))
print("aaa".count("", 10), "aaa".count("", 3), "".count("", 1, 1), b"aaa".count(b"", 10))

for spec in (",,", "__", ",_", "_,", "_n", ",x", ",s"):
    try:
        print(format(1234, spec))
    except ValueError as e:
        print(e)
try:
    format("abc", ",")
except ValueError as e:
    print(e)
print(format(1234567, "_x"), format(1234567.5, ",.1f"))

s = {frozenset([1])}
print(set([1]) in s)
s.discard(set([1]))
print(s)
try:
    s.remove({2})
except KeyError as e:
    print(repr(e))

class SS(set):
    pass

print(type(SS("ab").union("c")).__name__, type(SS("ab") - {"a"}).__name__, type(SS("ab").copy()).__name__)

print(hash("spam") == hash(b"spam"), repr(sum([-0.0])), repr(sum([-0.0], -0.0)))
print(round(1.5, 2 ** 100), round(1.5, -2 ** 100), round(15, 2 ** 100), round(15, -400), 0 << 2 ** 100)
for f in (lambda: int("0", 5000000000), lambda: bytes(2 ** 100), lambda: bytes([256]), lambda: bytes("x"),
          lambda: bytes(b"x", "ascii"), lambda: b"ab".hex("\xff"), lambda: b"ab".hex(None, 0),
          lambda: b"abc".startswith([b"a"])):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 3

print(bytes(Idx()), b"ab:".hex(":"), b"abc".__rmod__(1))

class BA(bytearray):
    __slots__ = ("x", "__dict__")

import copy
import pickle
ba = BA(b"abc")
ba.x = 1
ba.y = 2
c = copy.copy(ba)
print(c, c.x, c.y)

class FS(frozenset):
    __slots__ = ("x",)

fs = FS([1])
fs.x = 9
print(pickle.loads(pickle.dumps(fs)).x)
