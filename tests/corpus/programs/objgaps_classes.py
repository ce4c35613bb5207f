def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"P({self.x})"
    def __lt__(self, o): return self.x < o.x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
    def __hash__(self): return hash(self.x)
t(lambda: sorted([P(3), P(1)]))
t(lambda: P(1) > P(2))
t(lambda: P(1) >= P(2))
t(lambda: {P(1): 1}[P(1)])
t(lambda: P(1) != P(1))
t(lambda: P.__name__ + P.__qualname__ + P.__module__)
t(lambda: P(1).__class__.__name__)
t(lambda: type(P(1)) is P)
t(lambda: isinstance(P, type))
t(lambda: P.__mro__)
t(lambda: P.__bases__)
t(lambda: P(1).__dict__)
t(lambda: vars(P(2)))
t(lambda: P(1).y)
t(lambda: P.y)
t(lambda: P(1, 2))
t(lambda: P())
t(lambda: getattr(P(1), "x"))
class Q:
    count = 0
    def __init__(self): Q.count += 1
    @property
    def p(self): return 5
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(a): return a * 2
Q(); Q()
t(lambda: Q.count)
t(lambda: Q().p)
def f():
    q = Q(); q.p = 3
t(f)
def f():
    q = Q(); del q.p
t(f)
t(lambda: Q.c())
t(lambda: Q().c())
t(lambda: Q.s(4))
t(lambda: Q().s(4))
t(lambda: type(Q.__dict__["c"]).__name__)
t(lambda: type(Q.__dict__["p"]).__name__)
t(lambda: Q.p.__get__(Q()))
class Slots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
t(lambda: Slots().a)
t(lambda: Slots().b)
def f():
    s = Slots(); s.c = 1
t(f)
t(lambda: hasattr(Slots(), "__dict__"))
class Frozen:
    def __setattr__(self, k, v): raise AttributeError(f"frozen: {k}")
def f():
    Frozen().x = 1
t(f)
class Base:
    def hello(self): return "base"
class Mid(Base):
    def hello(self): return "mid+" + super().hello()
class Leaf(Mid):
    def hello(self): return "leaf+" + super().hello()
t(lambda: Leaf().hello())
t(lambda: [c.__name__ for c in Leaf.__mro__])
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
t(lambda: [c.__name__ for c in D.mro()])
def f():
    class X(A, B): pass
t(f)
t(lambda: issubclass(D, A))
t(lambda: A.__subclasses__())
class V:
    def __init__(self, *a): self.a = a
    def __add__(self, o): return V(*(x + y for x, y in zip(self.a, o.a)))
    def __mul__(self, k): return V(*(x * k for x in self.a))
    __rmul__ = __mul__
    def __neg__(self): return V(*(-x for x in self.a))
    def __abs__(self): return sum(x * x for x in self.a) ** 0.5
    def __bool__(self): return any(self.a)
    def __len__(self): return len(self.a)
    def __getitem__(self, i): return self.a[i]
    def __iter__(self): return iter(self.a)
    def __repr__(self): return f"V{self.a}"
    def __eq__(self, o): return self.a == o.a
t(lambda: V(1, 2) + V(3, 4))
t(lambda: 2 * V(1, 2))
t(lambda: V(1, 2) * 3)
t(lambda: -V(1, 2))
t(lambda: abs(V(3, 4)))
t(lambda: bool(V(0, 0)))
t(lambda: len(V(1, 2, 3)))
t(lambda: V(1, 2, 3)[1:])
t(lambda: list(V(5, 6)))
t(lambda: V(1) == V(1))
t(lambda: V(1) - V(1))
t(lambda: V(1) < V(2))
t(lambda: hash(V(1)))
t(lambda: V(1) + 1)
t(lambda: str(V(1)))
t(lambda: f"{V(1)}")
t(lambda: "%s" % V(1))
class E(Exception):
    def __init__(self, code): super().__init__(f"code {code}"); self.code = code
t(lambda: E(5).code)
t(lambda: str(E(5)))
t(lambda: repr(E(5)))
t(lambda: E(5).args)
def f():
    raise E(7)
t(f)
t(lambda: repr(ValueError("a", 1)))
t(lambda: str(ValueError("a", 1)))
t(lambda: str(KeyError("k")))
t(lambda: str(KeyError()))
t(lambda: repr(KeyError("k")))
t(lambda: ValueError().args)
t(lambda: isinstance(KeyError(), LookupError))
t(lambda: ZeroDivisionError.__mro__)
t(lambda: OSError(2, "No such file").errno)
t(lambda: str(OSError(2, "No such file")))
t(lambda: type(FileNotFoundError(2, "x")).__name__)
t(lambda: StopIteration(5).value)
t(lambda: repr(SystemExit(3)))
t(lambda: repr(Exception()))
t(lambda: str(Exception(None)))
t(lambda: NameError("x", name="y").name)
t(lambda: AttributeError("x", name="n", obj=5).obj)
