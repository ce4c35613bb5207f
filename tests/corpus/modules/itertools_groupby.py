from itertools import groupby
from operator import itemgetter

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
rows = [('fruit', 'apple'), ('fruit', 'pear'), ('veg', 'kale'), ('fruit', 'fig'), ('veg', 'leek'), ('veg', 'okra')]
for key, grp in groupby(sorted(rows), key=itemgetter(0)):
    print(key, [name for _, name in grp])
groups = []
for k, g in groupby('aabbbc'):
    groups.append(g)
print([list(g) for g in groups])
gb = groupby([1, 1, 2, 3, 3])
k, g = next(gb)
print(k, next(g))
k2, g2 = next(gb)
print(k2, list(g2), list(g))
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda n: n % 2)])
print(list(groupby([])))
# run-length encoding, a common exercise
def rle(s):
    return ''.join(f'{len(list(g))}{k}' for k, g in groupby(s))
print(rle('WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW'))
