"""Annotations without the future import: evaluated eagerly, in CPython's order, stored in __annotations__."""
import sys

log = []


def note(tag, value=None):
    log.append(tag)
    return value if value is not None else tag


def deco(f):
    log.append("deco")
    return f


@deco
def f(a: note("a", int), b: note("b") = note("default b"), *args: note("args"), c: note("c") = note("kwdefault c"),
      **kw: note("kw")) -> note("return"):
    pass

print(log)
print(f.__annotations__)
log.clear()

x: note("module x", int)
y: note("module y") = note("value y")
(z): note("parenthesized z") = 3
print(log, z)
print(__annotations__)
print("x" in globals(), "y" in globals())
try:
    x
except NameError as e:
    print("NameError:", e)


class Obj:
    pass

o = Obj()
log.clear()
o.attr: note("attribute annotation")
print(log, hasattr(o, "attr"))
d = {}
d[note("key")]: note("subscript annotation")
print(log, d)
log.clear()
d[note("k1"):note("k2"), note("k3")]: note("slice annotation")
print(log)


class C:
    log.append("class body start")
    a: note("class a", int)
    b: note("class b", str) = "bee"
    c = 1
    log.append("class body end")

print(log)
print(C.__annotations__, C.b, hasattr(C, "a"))
try:
    C.a
except AttributeError as e:
    print("AttributeError:", e)


class D(C):
    pass

print(D.__annotations__, C.__annotations__ is D.__annotations__)


class E:
    pass

print(E.__annotations__)
E.__annotations__["q"] = int
print(E.__annotations__)


def local_annotations():
    q: undefined_name_is_fine
    r: also_undefined = 5
    s.attr: never_evaluated_either
    return r

try:
    print(local_annotations())
except NameError as e:
    print("NameError:", e)


def unbound():
    v: int
    return v

try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def plain(a, b=2):
    pass

print(plain.__annotations__, type(plain.__annotations__).__name__)
plain.__annotations__ = {"a": float}
print(plain.__annotations__)
lam = lambda q: q
print(lam.__annotations__)


def outer():
    kind = int

    def inner():
        value: kind = 3
        return value
    return inner

print(outer()(), outer().__code__.co_freevars)


def generic_annotations(x: list[int], y: dict[str, "C"] | None = None) -> tuple[int, ...]:
    pass

print(generic_annotations.__annotations__)


class __Private:
    __slot: int
    def m(self, __p: float) -> None: pass

print(__Private.__annotations__, __Private.m.__annotations__)
print(sys.modules[__name__].__annotations__ is __annotations__)

try:
    bad: undefined_at_module_level
except NameError as e:
    print("NameError:", e)
for i in range(2):
    loop_var: note(f"loop {i}")
print(__annotations__["loop_var"])
