a = set(range(0, 20, 2))
b = set(range(0, 20, 3))
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
words = "the quick brown the lazy quick dog".split()
seen, dups = set(), set()
for w in words:
    (dups if w in seen else seen).add(w)
print(sorted(seen), sorted(dups))
print(len(set(words)), sorted(set(words), key=words.index))
fs = frozenset([1, 2, 3])
d = {fs: "frozen"}
print(d[frozenset([3, 2, 1])], fs | {4}, fs.union([5]), type(fs & {1}).__name__)
s = {1, 2, 3}
s.intersection_update({2, 3, 4}); print(s)
s.symmetric_difference_update({3, 5}); print(s)
s.difference_update([5]); print(s)
print(s.pop() in {2}, s, {x ** 2 for x in range(-3, 4)})
