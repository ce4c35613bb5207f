# A class body that assigns a name a method also reads: the method sees the function's cell.
def f():
    k = 10
    class C:
        k = 20
        def m(self):
            return k
        j = k + 1
    return C().m(), C.k, C.j

print(f())

def g():
    x = "outer"
    class D:
        y = x          # free in the class body: read from the enclosing function's cell
        def get(self):
            return x
    return D.y, D().get()

print(g())

# Starred bases and **kwargs in class definitions
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = sorted(kw.items())
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A: pass
class B: pass
bases = (A, B)
opts = {"metaclass": Meta, "color": "red"}
class C(*bases, **opts): pass
print([k.__name__ for k in C.__mro__], C.kw)
class E(A, *[B], metaclass=Meta, **{"size": 3}): pass
print([k.__name__ for k in E.__mro__], E.kw)
class F(*()): pass
print(F.__bases__)
try:
    class G(*bases, **{"metaclass": Meta, "bad": 1}, bad=2): pass
except TypeError as e:
    print("TypeError", e)
