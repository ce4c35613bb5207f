from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(asdict(p), astuple(p), [f.name for f in fields(p)], is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(replace(p, y=10), Point.__match_args__, Point.__hash__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False, repr=False)

vs = [Version(1, 2), Version(1, 0, "x"), Version(0, 9)]
print(sorted(vs), max(vs), Version(1, 0) < Version(1, 1), Version(1, 0, "a") == Version(1, 0, "b"))
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1, 2), Version(1, 2, "z")}))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))

@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    count: int = field(default=0, init=False)

    def __post_init__(self):
        self.count = len(self.items)

a = Inventory("ann"); b = Inventory("bob", ["x", "y"])
a.items.append("z")
print(a, b, a.items is not Inventory("c").items)

@dataclass
class Base:
    id: int
    name: str = "base"

@dataclass
class Child(Base):
    extra: float = 1.5

print(Child(7), Child(1, "c", 2.0), [f.name for f in fields(Child)])

@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)

t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(asdict(t))

match Point(0, 5):
    case Point(0, y):
        print("on y axis at", y)

for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
Version(1).minor = 3
