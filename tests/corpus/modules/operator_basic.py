import operator as op
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.not_(0), op.truth([]), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 5), op.rshift(64, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'))
print(op.concat([1], [2]), op.getitem({'a': 1}, 'a'), op.call(max, 3, 9))
d = {'x': 1}
op.setitem(d, 'y', 2); op.delitem(d, 'x')
print(d)
lst = [1]
print(op.iadd(lst, [2]) is lst, lst, op.iadd(1, 2), op.imul('ab', 2), op.isub(10, 3))
print(op.length_hint([1, 2, 3]), op.length_hint(x for x in 'ab'), op.length_hint(5, 42))
try:
    op.concat(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    op.indexOf([1], 5)
except ValueError as e:
    print('ValueError', e)
print(reduce(op.mul, range(1, 8)))
g = itemgetter(1)
print(g('abc'), itemgetter(0, 2)('abc'), repr(g), repr(itemgetter('a', 'b')))
people = [('ann', 31), ('bob', 25), ('cid', 31), ('dee', 22)]
print(sorted(people, key=itemgetter(1, 0)))
print(max(people, key=itemgetter(1)))


class P:
    def __init__(self, name, age, home=None):
        self.name, self.age, self.home = name, age, home

    def greet(self, greeting, punct='!'):
        return f'{greeting}, {self.name}{punct}'


class Home:
    city = 'Oslo'


ps = [P('z', 3, Home()), P('a', 9, Home())]
print([p.name for p in sorted(ps, key=attrgetter('name'))])
print(attrgetter('home.city')(ps[0]), attrgetter('name', 'age')(ps[1]), repr(attrgetter('home.city', 'age')))
m = methodcaller('greet', 'hi', punct='?')
print(m(ps[0]), repr(m), methodcaller('upper')('abc'), repr(methodcaller('split', ',')))
try:
    attrgetter(1)
except TypeError as e:
    print('TypeError', e)
try:
    itemgetter()
except TypeError as e:
    print('TypeError', e)
try:
    attrgetter('nope')(ps[0])
except AttributeError as e:
    print('AttributeError', e)
