from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List, Optional


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    @property
    def total(self):
        return self.price * self.qty


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default='', compare=False)


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def dist2(self):
        return self.x ** 2 + self.y ** 2


@dataclass
class Cart:
    owner: str
    items: List[Item] = field(default_factory=list)
    note: Optional[str] = None
    _cache: dict = field(default_factory=dict, repr=False)

    def add(self, item):
        self.items.append(item)
        return self

    def total(self):
        return sum(i.total for i in self.items)


c = Cart('ann').add(Item('pen', 1.5, 4)).add(Item('book', 12.0))
print(c, c.total())
print(asdict(c), astuple(Item('x', 1.0)))
print(sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9, label='beta'), Version(1, 2, label='rc')]))
print(Version(1, 2, label='a') == Version(1, 2, label='b'), Version(2) > Version(1, 9, 9))
p = Point(3, 4)
print(p, p.dist2(), hash(p) == hash(Point(3, 4)), {p, Point(3, 4)} == {p})
try:
    p.x = 10
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(replace(p, y=0), [f.name for f in fields(Cart)], Cart('bo') == Cart('bo'), Cart('bo') == Cart('al'))
try:
    Item('a')
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print('ValueError', e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

    def __post_init__(self):
        self.value = abs(self.value)


root = Node(-1, [Node(2), Node(-3, [Node(4)])])
print(root, asdict(root))
