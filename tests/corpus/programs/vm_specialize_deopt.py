# Quickening: every adaptive instruction below warms up on one kind of operand (and rewrites itself into a
# specialized form), then meets another: a type change, a rebound global or builtin, a class attribute or method
# changed, a property or __getattr__ added, __class__ reassigned, a function's __code__ replaced. Each phase runs
# long enough (hundreds of executions) to specialize, miss, de-specialize and specialize again; the results must be
# CPython's whichever form stands at the site.
import math

N = 300


def add(a, b):
    return a + b


def sub_mul(a, b):
    return a - b, a * b, a // b if b else None, a % b if b else None


class MyInt(int):
    def __add__(self, other):
        return "MyInt+" + str(int(self) + int(other))


print("add ints", sum(add(i, i) for i in range(N)))
print("add floats", sum(add(i * 0.5, 0.25) for i in range(N)))
print("add strs", "".join(add(str(i % 10), "") for i in range(N))[:30])
print("add lists", len(add([1, 2], [3])))
print("add overflow", [add(2**62, 2**62) for _ in range(20)][-1], add(-(2**63), -1))
print("add bool", add(True, True), add(True, 1.5))
print("add subclass", [add(MyInt(i), 1) for i in range(20)][-1])
print("sub_mul", [sub_mul(i, 7) for i in range(N)][-1], sub_mul(7.5, 2.0), sub_mul(2**70, 3))
print("mixed int/float", [add(i, 0.5) if i % 2 else add(i, 1) for i in range(N)][-3:])


def lt(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


print("cmp ints", [lt(i, 150) for i in range(N)][140:160:9])
print("cmp floats", [lt(i * 1.0, 150.0) for i in range(N)][149:152])
print("cmp nan", [lt(float("nan"), 1.0) for _ in range(30)][-1])
print("cmp big", [lt(2**64 + i, 2**64) for i in range(30)][-1], lt(-(2**80), 5))
print("cmp strs", [lt(str(i), "5") for i in range(N)][:12:5], lt("é", "e"))
print("cmp mixed", [lt(i, 3.5) for i in range(N)][:5], lt(1, True))


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return "Loud<"


print("cmp rich", [lt(i, 2)[0] for i in range(20)][-1], Loud(1) < 2)


def at(seq, i):
    return seq[i]


lst = list(range(100))
print("subscr list", sum(at(lst, i) for i in range(100)), at(lst, -1))
print("subscr dict", at({"a": 1}, "a"), at((1, 2, 3), 1), at("xyz", 2), at(lst, True))
try:
    for i in range(200):
        at(lst, i)
except IndexError as e:
    print("subscr IndexError", i, e)
print("subscr big index", [at(lst, 5) for _ in range(20)][-1])


def total(it):
    s = 0
    for x in it:
        s = s + x
    return s


print("iter range", [total(range(i)) for i in range(N)][-1])
print("iter list", [total([i, i, i]) for i in range(N)][-1])
print("iter tuple/gen", total((1, 2, 3)), total(x for x in range(5)), total({1: 0, 2: 0}))
grow = [1, 2, 3]
for x in grow:
    if len(grow) < 50:
        grow.append(x + 1)
print("iter list growing", len(grow), sum(grow))
print("iter big range", total(range(2**63 - 3, 2**63 + 2)))


class A:
    kind = "class-attr"

    def __init__(self, x):
        self.x = x

    def who(self):
        return "A.who"


class B(A):
    def who(self):
        return "B.who"


def getx(o):
    return o.x


def getkind(o):
    return o.kind


def call_who(o):
    return o.who()


objs = [A(i) for i in range(N)]
print("attr instance", sum(getx(o) for o in objs))
print("attr class", getkind(objs[0]), call_who(objs[0]))
print("attr subclass", [call_who(B(i)) for i in range(20)][-1], [call_who(o) for o in objs][-1])
# The instance dict shadows the class's method / attribute after the site specialized.
objs[5].who = lambda: "instance.who"
objs[6].kind = "instance-kind"
print("attr shadowed", [call_who(o) for o in objs][4:7], [getkind(o) for o in objs][5:8])
# The class's method is replaced: the cached function must not be used.
A.who = lambda self: "new A.who"
print("attr method replaced", [call_who(o) for o in objs][:2], call_who(objs[5]))
# A data descriptor now decides `x` for every A.
A.x = property(lambda self: "property-x")
print("attr property", [getx(o) for o in objs][:3])
del A.x
print("attr property removed", [getx(o) for o in objs][:3])
# The attribute leaves the instance: the class attribute, then __getattr__.
del objs[1].x
A.x = "class-x"
print("attr deleted", [getx(o) for o in objs][:3])
del A.x
A.__getattr__ = lambda self, name: "getattr:" + name
print("attr __getattr__", [getx(o) for o in objs][:3])
del A.__getattr__
try:
    getx(objs[1])
except AttributeError as e:
    print("attr missing", e)
# __class__ reassignment: same object, another type.
objs[0].__class__ = B
print("attr __class__", call_who(objs[0]), [call_who(o) for o in objs][:3])
# One site, several classes: a few stay specialized (one cache entry per class), more than the site keeps entries
# for (a megamorphic site, seven classes in turns) miss until it de-specializes.
poly = [type("P%d" % k, (), {"who": (lambda k: lambda self: "P%d.who" % k)(k), "__init__": lambda self, k=k: setattr(self, "x", k)})
        for k in range(7)]
few = [poly[i % 3]() for i in range(N)]
print("attr polymorphic", [call_who(o) for o in few][-3:], sum(getx(o) for o in few))
many = [poly[i % 7]() for i in range(N)]
print("attr megamorphic", [call_who(o) for o in many][-7:], sum(getx(o) for o in many))


class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def geta(o):
    return o.a


ss = [S(i) for i in range(N)]
print("attr slots", sum(geta(s) for s in ss))
del ss[3].a
try:
    geta(ss[3])
except AttributeError as e:
    print("attr slot unset", e)
print("attr slot then dict", geta(A(7)) if hasattr(A(7), "a") else "no a", [geta(s) for s in ss[4:6]])


def sq(v):
    return math.sqrt(v)


print("module attr", sum(sq(i) for i in range(N)) > 0)
real = math.sqrt
math.sqrt = lambda v: -1.0
print("module attr rebound", [sq(4.0) for _ in range(20)][-1])
math.sqrt = real
print("module attr restored", sq(16.0))

counter = 0


def helper(v):
    return v + 1


def use_globals(v):
    return helper(v), len([v]), abs(-v)


print("globals", [use_globals(i) for i in range(N)][-1])
helper = lambda v: v * 100
print("global rebound", [use_globals(i) for i in range(20)][-1])
len = lambda x: "shadowed len"
print("builtin shadowed", [use_globals(i) for i in range(20)][-1])
del len
print("builtin restored", use_globals(3))
import builtins
builtins.abs = lambda v: "patched abs"
print("builtin patched", [use_globals(i) for i in range(20)][-1])
del builtins.abs
try:
    use_globals(1)
except NameError as e:
    print("builtin deleted", e)
builtins.abs = math.fabs
print("builtin back", use_globals(2))


def two(a, b):
    return ("two", a, b)


def three(a, b, c=3):
    return ("three", a, b, c)


def call2(fn, x):
    return fn(x, x)


print("call exact", [call2(two, i) for i in range(N)][-1])
print("call other function", [call2(three, i) for i in range(20)][-1])
print("call builtin", call2(max, 3), call2(pow, 2))
def other(a, b):
    return ("other", b, a)


def one(a):
    return ("one", a)


two.__code__ = other.__code__
print("call __code__ replaced", call2(two, 5), [call2(two, i) for i in range(20)][-1])
two.__code__ = one.__code__
try:
    call2(two, 5)
except TypeError as e:
    print("call arity changed", e)


class K:
    def m(self, a, b):
        return ("K.m", a, b)


print("call bound method", [call2(K().m, i) for i in range(N)][-1])
print("call class", call2(complex, 2), call2(lambda *a: a, 1))


def gen(a, b):
    yield a
    yield b


print("call generator", [list(call2(gen, i)) for i in range(20)][-1])


def alternate(i):
    # One site, values of two types in turns of 40: specialize, miss past the limit, de-specialize, again.
    v = i if (i // 40) % 2 == 0 else float(i)
    return v * 2 + v < 100


print("alternating", sum(alternate(i) for i in range(2000)))


def recurse(n):
    return n if n < 2 else recurse(n - 1) + recurse(n - 2)


print("recurse", recurse(18))
