from itertools import (chain, combinations, count, cycle, filterfalse, groupby, islice, repeat, starmap, tee,
                       zip_longest, accumulate, product, batched, pairwise)
from collections import deque
import operator


def take(n, it):
    return list(islice(it, n))


def nth(it, n, default=None):
    return next(islice(it, n, None), default)


def grouper(it, n, fill=None):
    return zip_longest(*[iter(it)] * n, fillvalue=fill)


def roundrobin(*its):
    nexts = cycle(iter(it).__next__ for it in its)
    pending = len(its)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))


def powerset(it):
    s = list(it)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(it, key=None):
    seen = set()
    for el in it:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el


def sliding_window(it, n):
    it = iter(it)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)


def partition(pred, it):
    t1, t2 = tee(it)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))


def flatten(lists):
    return chain.from_iterable(lists)


def quantify(it, pred=bool):
    return sum(map(pred, it))


def tabulate(f, start=0):
    return map(f, count(start))


print(take(5, tabulate(lambda x: x * x)), nth(range(10), 3), nth('ab', 5, 'z'))
print(list(grouper('ABCDEFG', 3, 'x')), list(roundrobin('ABC', 'D', 'EF')))
print(list(powerset([1, 2, 3])), list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(sliding_window(range(6), 3)), partition(lambda x: x % 2, range(10)))
print(list(flatten([[1, 2], [3], []])), quantify([1, 0, 3, None, 'x']), list(starmap(operator.mul, zip(count(1), 'abc'))))
print(list(accumulate(repeat(2, 5), operator.mul)), [''.join(p) for p in product('01', repeat=3)])
print([k for k, _ in groupby(sorted('mississippi'))], list(batched(range(7), 2)), list(pairwise(range(4))))
print(sum(1 for _ in zip(count(), 'abcdef')), list(islice(cycle(range(3)), 7)), list(zip(range(3), repeat('r'))))
