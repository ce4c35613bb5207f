"""A change to a class is seen by every cached attribute lookup on its instances and its subclasses' instances,
however warm the lookup site is (per-class version tags); an unrelated class's change leaves it alone."""


class Base:
    greeting = "hello"

    def speak(self):
        return "base"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self):
        self.own = 1


def read(objs):
    return [(o.greeting, o.speak(), o.own) for o in objs]


objs = [Leaf() for _ in range(40)]
print(read(objs)[:1])
Base.greeting = "changed"
print(read(objs)[:1])
Mid.speak = lambda self: "mid"
print(read(objs)[:1])
del Mid.speak
print(read(objs)[:1])
Base.speak = lambda self: "base again"
print(read(objs)[:1])


class Unrelated:
    pass


for i in range(50):
    Unrelated.x = i
print(read(objs)[:1], Unrelated.x)


class Desc:
    def __get__(self, obj, owner):
        return "from descriptor"


Leaf.own = Desc()
print(read(objs)[:1])


class DataDesc:
    def __get__(self, obj, owner):
        return "data descriptor"

    def __set__(self, obj, value):
        pass


Mid.own = DataDesc()
print(read(objs)[:1])
del Leaf.own
print(read(objs)[:1])
del Mid.own
print(read(objs)[:1])
setattr(Base, "greeting", "via setattr")
print(read(objs)[:1])
Base.__qualname__ = "Renamed"
print(Leaf.__mro__[2].__qualname__, objs[0].__class__.__mro__[2].__name__)
