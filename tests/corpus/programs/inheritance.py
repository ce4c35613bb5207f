class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return f"{self.__class__.__name__} x={self.x} extra={self.extra()}"
    def extra(self):
        return "base"
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def extra(self):
        return f"mid y={self.y}"
class Leaf(Mid):
    def extra(self):
        return "leaf+" + super().extra()
print(Leaf(1, 2).describe(), Mid(3, 4).describe(), Base(5).describe())
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3]); ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list), type(ml).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return f"<{key}>"
md = MyDict(a=1); print(md["a"], md["zz"])
class Str2(str):
    def shout(self):
        return self.upper() + "!"
print(Str2("hey").shout(), Str2("a") + "b")
class Num(int):
    def double(self):
        return self * 2
print(Num(21).double(), Num(5) + 1)
class X: pass
class Y(X): pass
class Z(Y, X): pass
print([c.__name__ for c in Z.mro()])
try:
    class Bad(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.added, type(WithMeta).__name__)
class Registry:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.subclasses.append(cls.__name__)
class R1(Registry): pass
class R2(Registry): pass
print(Registry.subclasses)
