def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    def __eq__(self, o): return NotImplemented
class B:
    def __eq__(self, o): return "B.eq"
t(lambda: A() == B())
t(lambda: B() == A())
t(lambda: A() != B())
t(lambda: A() == A())
a = A()
t(lambda: a == a)
t(lambda: a != a)
class H:
    __hash__ = None
t(lambda: hash(H()))
class E:
    def __eq__(self, o): return True
t(lambda: hash(E()))
t(lambda: E.__hash__)
class N:
    def __ne__(self, o): return "ne"
t(lambda: N() != 1)
t(lambda: N() == 1)
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
t(lambda: Base() + Sub())
t(lambda: Sub() + Base())
t(lambda: 1 + Base())
class I:
    def __index__(self): return 3
t(lambda: [1, 2, 3, 4][I()])
t(lambda: "abcd"[I():])
t(lambda: hex(I()))
t(lambda: range(I()))
t(lambda: [1] * I())
t(lambda: int(I()))
t(lambda: float(I()))
t(lambda: bin(I()))
t(lambda: operator_index())
class L:
    def __len__(self): return 0
class Bo:
    def __bool__(self): return 1
class LN:
    def __len__(self): return -1
class LB:
    def __len__(self): return 2**100
t(lambda: bool(L()))
t(lambda: bool(Bo()))
t(lambda: bool(LN()))
t(lambda: len(LB()))
t(lambda: not L())
class It:
    def __iter__(self): return iter([1, 2, 3])
t(lambda: 2 in It())
t(lambda: 5 in It())
class GI:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
t(lambda: list(GI()))
t(lambda: 20 in GI())
t(lambda: 25 in GI())
t(lambda: list(reversed(GI())))
class GIL(GI):
    def __len__(self): return 3
t(lambda: list(reversed(GIL())))
class NoIt:
    __iter__ = None
t(lambda: iter(NoIt()))
t(lambda: 1 in NoIt())
class M(dict):
    def __missing__(self, k): return -1
t(lambda: M(a=1)["b"])
class Meta(type):
    def __getitem__(cls, k): return ("meta", k)
class CG:
    def __class_getitem__(cls, k): return ("cg", k)
t(lambda: CG[int])
class WithMeta(metaclass=Meta): pass
t(lambda: WithMeta[1])
class SN:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class UsesSN:
    x = SN()
    y = SN()
class IS:
    def __init_subclass__(cls, **kw): print("init_subclass", cls.__name__, kw)
class IS2(IS, k=1): pass
class F:
    def __format__(self, spec): return "F(" + spec + ")"
t(lambda: format(F(), "abc"))
t(lambda: f"{F():xyz}")
t(lambda: "{:q}".format(F()))
class BadF:
    def __format__(self, spec): return 5
t(lambda: format(BadF()))
class R:
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
import math
t(lambda: round(R()))
t(lambda: round(R(), 2))
t(lambda: math.trunc(R()))
t(lambda: math.floor(R()))
t(lambda: math.ceil(R()))
t(lambda: round(object()))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
t(lambda: sorted([Cmp(3), Cmp(1), Cmp(2)]))
t(lambda: max([Cmp(3), Cmp(1), Cmp(2)]))
t(lambda: Cmp(1) > Cmp(2))
t(lambda: Cmp(1) <= Cmp(2))
class Rep:
    def __repr__(self): return "REP"
t(lambda: str(Rep()))
t(lambda: [Rep()])
t(lambda: f"{Rep()!s} {Rep()!r}")
class BadRepr:
    def __repr__(self): return 5
t(lambda: repr(BadRepr()))
class BadStr:
    def __str__(self): return 5
t(lambda: str(BadStr()))
class BadLen:
    def __len__(self): return "x"
t(lambda: len(BadLen()))
class BadBool:
    def __bool__(self): return 1
t(lambda: bool(BadBool()))
class BadHash:
    def __hash__(self): return "x"
t(lambda: hash(BadHash()))
class BigHash:
    def __hash__(self): return 2**100
t(lambda: hash(BigHash()))
class BadIndex:
    def __index__(self): return 1.5
t(lambda: [1][BadIndex()])
class Call:
    def __call__(self, *a, **k): return (a, k)
t(lambda: Call()(1, x=2))
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return True
def f():
    with Ctx() as c:
        raise ValueError("x")
    return "after"
t(f)
class GA:
    def __getattr__(self, n): return n.upper()
t(lambda: GA().foo)
class GAt:
    def __getattribute__(self, n):
        if n == "x": return 1
        return object.__getattribute__(self, n)
    y = 5
t(lambda: (GAt().x, GAt().y))
class Sl:
    __slots__ = ("a",)
def f():
    s = Sl(); s.a = 1; s.b = 2
t(f)
t(lambda: Sl().a)
class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
t(lambda: (-Neg(), +Neg(), ~Neg(), abs(Neg())))
class IAdd:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
def f():
    x = IAdd(); x += 1; x += 2; return x.v
t(f)
class Cont:
    def __contains__(self, x): return x == 1
t(lambda: (1 in Cont(), 2 in Cont(), 2 not in Cont()))
class DM:
    def __divmod__(self, o): return "dm"
    def __rdivmod__(self, o): return "rdm"
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return "rpow"
t(lambda: (divmod(DM(), 1), divmod(1, DM()), pow(DM(), 2), pow(DM(), 2, 3), 2 ** DM()))
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
    def __hash__(self): return hash(self.v)
t(lambda: Eq(1) in [Eq(2), Eq(1)])
t(lambda: [Eq(1)].index(Eq(1)))
t(lambda: [Eq(1)].count(Eq(1)))
t(lambda: len({Eq(1), Eq(1)}))
t(lambda: object.__eq__(1, 1))
t(lambda: object.__ne__(1, 2))
t(lambda: object().__eq__(5))
t(lambda: (1).__eq__(1.0))
t(lambda: (1).__eq__("a"))
t(lambda: "a".__eq__(1))
t(lambda: [].__eq__(()))
t(lambda: int.__eq__(1, 1))
t(lambda: NotImplemented)
t(lambda: Ellipsis)
t(lambda: ...)
t(lambda: type(NotImplemented))
t(lambda: type(...))
t(lambda: type(None))
t(lambda: type(None)())
