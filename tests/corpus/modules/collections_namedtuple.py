from collections import namedtuple, ChainMap

Point = namedtuple('Point', ['x', 'y'])
p = Point(3, y=4)
print(p, p.x + p.y, p[0], len(p), tuple(p), p == (3, 4))
print(p._replace(x=10), p._asdict(), Point._fields, Point._make([5, 6]))
x, y = p
print(x, y, isinstance(p, tuple), type(p).__name__)
Person = namedtuple('Person', 'name age city', defaults=['Oslo'])
print(Person('ann', 30), Person._field_defaults)
R = namedtuple('R', 'a, b, a', rename=True)
print(R._fields)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    namedtuple('Bad', ['1x'])
except ValueError as e:
    print('ValueError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vec(1, 2) + Vec(3, -7)
print(v, v.norm1, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps)
cm['c'] = 9
print(cm.maps[0], cm.new_child({'a': 0})['a'], cm.parents)
