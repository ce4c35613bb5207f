class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("Rex")
print(d, d.speak(), d.kind, Animal.kind, isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__)
print(Dog.__mro__, Dog.__bases__, Dog.__name__, Dog.__qualname__)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
Counter(); Counter.make(); print(Counter.instances, Counter.helper(4), Counter().helper(5))
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 10
p = P(); p.x = 3; print(p.x)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(hasattr(d, "name"), getattr(d, "missing", "dflt"), vars(d))
setattr(d, "age", 3); print(d.age); delattr(d, "age"); print(hasattr(d, "age"))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted(); s.b = 2; print(s.a, s.b)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
