"""PEP 695 annotation scopes in a class body see the class namespace (CPython's __classdict__ cell)."""


class C:
    A = int
    type X = A
    type Y = B
    type Z = len
    type L = [A for _ in range(1)]

    def f[T: A](self): ...

    def g[T](self, x: T) -> T:
        return T

    def h[U](self, x: A, y: U) -> list[U]: ...


C.A = float
C.B = str
print(C.X.__value__, C.Y.__value__, C.Z.__value__)
print(C.f.__type_params__[0].__bound__)
print(C.g.__annotations__, C.g(None, 0).__name__)
print(C.h.__annotations__)
print("__classdict__" in C.__dict__, "__classdictcell__" in C.__dict__)
try:
    print(C.L.__value__)
except NameError as e:
    print("NameError:", e)


def outer():
    Z = "outer Z"
    W = "outer W"
    V = "outer V"

    class D:
        Z = "class Z"
        type A = Z
        type B = W
        type E = len
        type F = V
        W = "class W late"
    return D


D = outer()
print(D.A.__value__, D.B.__value__, D.E.__value__, D.F.__value__)


class G[T]:
    K = bytes
    type P = (T, K)

    def m[S: K](self, s: S, t: T) -> K: ...


print(G.P.__value__, G.m.__type_params__[0].__bound__, G.m.__annotations__)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"FROM_PREPARE": complex}


class H(metaclass=Meta):
    type Q = FROM_PREPARE
    R = FROM_PREPARE


print(H.Q.__value__, H.R)

GLOBAL_NAME = "global"


class I:
    GLOBAL_NAME = "class level"
    type Q = GLOBAL_NAME

    def method(self):
        return GLOBAL_NAME


print(I.Q.__value__, I().method())


class J:
    global REBOUND
    REBOUND = "assigned through global"
    type Q = REBOUND


print(J.Q.__value__)


def enclosing():
    x = "enclosing x"

    class K:
        y = x
        type Q = x
        print("class body sees", y)
    return K


print(enclosing().Q.__value__)


class Outer:
    N = 1

    class Inner:
        type Q = N


try:
    Outer.Inner.Q.__value__
except NameError as e:
    print("NameError:", e)
