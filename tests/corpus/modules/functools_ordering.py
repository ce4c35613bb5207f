from functools import total_ordering, cmp_to_key, singledispatch, cached_property, partialmethod


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))


a, b = Version('1.2'), Version('1.10')
print(a < b, a <= b, a > b, a >= b, a == Version('1.2'), a != b)
print(sorted([Version('2.0'), a, b, Version('0.9')]), max(a, b))
print(Version.__gt__.__name__)
try:
    a < 3
except TypeError as e:
    print('TypeError', e)


@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __ge__(self, o):
        return self.v >= o.v


print(Desc(1) < Desc(2), Desc(3) <= Desc(3), Desc(4) > Desc(1))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


def by_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))
K = cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))


@singledispatch
def describe(x):
    return f'object {x!r}'


@describe.register(int)
def _(x):
    return f'int {x}'


@describe.register
def _(x: list):
    return f'list of {len(x)}'


@describe.register(str)
def _(x):
    return f'str {x.upper()}'


print(describe(3), describe(True), describe([1, 2]), describe('hi'), describe(2.5), describe(None))
print(describe.dispatch(bool).__name__, int in describe.registry)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print('  computing area')
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = state

    set_alive = partialmethod(set_state, True)


cell = Cell()
cell.set_alive()
print(cell.alive)
