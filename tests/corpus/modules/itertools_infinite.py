import itertools
from itertools import count, cycle, repeat, islice

c = count()
print(next(c), next(c), repr(c))
c2 = count(5, 3)
print(list(islice(c2, 4)), c2)
print(repr(count(1.5, 0.5)), repr(count(2, 1.0)))
print(list(islice(cycle('abc'), 8)))
print(list(islice(cycle([]), 3)))
r = repeat('x', 3)
print(repr(r), next(r), repr(r), list(r), repr(r))
print(list(map(pow, range(5), repeat(2))))
print(repr(repeat(None)))
print(list(zip(count(10), 'hey')))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), list(it))
print(list(islice('abcdefg', 2, None)), list(islice('abcdefg', None, None, 3)))
for bad in [(-1,), (1, -2), (0, 5, 0)]:
    try:
        islice('abc', *bad)
    except ValueError as e:
        print('ValueError', e)
try:
    count('a')
except TypeError as e:
    print('TypeError', e)
print(type(count()).__name__, type(repeat(1)).__name__, type(cycle('')).__name__)
