from functools import lru_cache, cache, reduce
from itertools import accumulate, combinations
import operator


@cache
def ways(n, coins=(1, 2, 5, 10)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


@lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b:
        return ''
    if a[0] == b[0]:
        return a[0] + lcs(a[1:], b[1:])
    x, y = lcs(a[1:], b), lcs(a, b[1:])
    return x if len(x) >= len(y) else y


@lru_cache(maxsize=1000)
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    return min(edit(a[1:], b) + 1, edit(a, b[1:]) + 1, edit(a[1:], b[1:]) + (a[0] != b[0]))


print(ways(100), ways.cache_info().currsize > 0, lcs('AGGTABQWERTY', 'GXTXAYBWRT'), edit('kitten', 'sitting'), edit('sunday', 'saturday'))
print(lcs.cache_info().hits > 0, edit.cache_info().maxsize)
weights, values, cap = [1, 3, 4, 5], [1, 4, 5, 7], 7
best = max((sum(values[i] for i in c), c) for r in range(5) for c in combinations(range(4), r) if sum(weights[i] for i in c) <= cap)
print(best)
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), reduce(operator.or_, [1, 2, 4, 8]), reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
fibs = list(accumulate(range(15), lambda acc, _: (acc[1], acc[0] + acc[1]), initial=(0, 1)))
print([a for a, _ in fibs])
