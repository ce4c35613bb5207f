from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', range(3))))
print(list(product([0, 1], repeat=3)))
print(list(product()))
print(list(product('ab', [])))
print(list(permutations('abc')))
print(list(permutations(range(4), 2)))
print(list(permutations('ab', 3)), list(permutations('', 0)))
print(list(combinations('abcd', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 5)))
print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
for f in (combinations, permutations, combinations_with_replacement):
    try:
        f('abc', -1)
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
# a classic course task: all subsets summing to a target
nums = [3, 34, 4, 12, 5, 2]
hits = [c for r in range(len(nums) + 1) for c in combinations(nums, r) if sum(c) == 9]
print(hits)
# 8 queens count with permutations
n = 6
count = sum(1 for p in permutations(range(n))
            if n == len({p[i] + i for i in range(n)}) == len({p[i] - i for i in range(n)}))
print('queens', n, count)
