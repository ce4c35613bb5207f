# type() and class creation checks (test_builtin.TestType, test_descr).
import types

cases = [
    ("A", [], {}),
    ("A", (None,), {}),
    ("A", (bool,), {}),
    ("A", (int, str), {}),
    ("A", (list, dict), {}),
    ("A", (), {"__slots__": b"x"}),
    ("A", (int,), {"__slots__": "x"}),
    ("A", (), {"__slots__": ""}),
    ("A", (), {"__slots__": "42"}),
    ("A", (), {"__slots__": "x", "x": 0}),
    ("A", (), {"__slots__": ("__dict__", "__dict__")}),
    ("A\x00B", (), {}),
]
for name, bases, ns in cases:
    try:
        type(name, bases, ns)
        print("created", repr(name))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Base:
    pass

try:
    type("A", (), {}, x=1)
except TypeError as e:
    print(e)

class E1(ValueError, KeyError):
    pass

class C(Base, int):
    pass

print(C.__base__.__name__, E1.__mro__[1].__name__)

# keywords reach a subclass's own __init__
class T(tuple):
    def __init__(self, arg, extra=None):
        self.extra = extra

class F(float):
    def __init__(self, arg, extra=None):
        self.extra = extra

print(T([1, 2], extra=3).extra, F(2.5, extra=4).extra)
try:
    tuple(iterable=())
except TypeError as e:
    print(e)

# singletons' types
print(type(None)(), type(...)(), type(NotImplemented)())
try:
    type(None)(1)
except TypeError as e:
    print(e)

# subscripting types
print(list[int], set[int], frozenset[str], type[int])
for t in (int, Exception):
    try:
        t[str]
    except TypeError as e:
        print(e)
