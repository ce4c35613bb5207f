import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=7)), list(it.accumulate([])))
print(list(it.batched('abcdefg', 3)))
try:
    list(it.batched('abcd', 3, strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    it.batched('abc', 0)
except ValueError as e:
    print('ValueError', e)
print(list(it.chain('ab', [1, 2], (3,))), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a'])))
print(list(it.pairwise('abcde')), list(it.pairwise('a')))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest()))
print(list(it.zip_longest([1, 2], [3], [4, 5, 6])))
a, b = it.tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = it.tee('abc', 3)
print(list(x), list(y), list(z))
try:
    it.zip_longest(1)
except TypeError as e:
    print('TypeError', e)
data = iter(range(10))
first = list(it.takewhile(lambda v: v < 3, data))
print(first, list(data))
