s = {3, 1, 2}
s.add(5); s.add(1)
print(s, len(s), 2 in s, 9 in s)
t = {2, 3, 4}
print(s | t, s & t, s - t, s ^ t, s <= {1, 2, 3, 5, 7}, s > {1})
print(s.union([10]), s.intersection(t), s.difference(t), s.symmetric_difference(t))
s.discard(100); s.remove(5); print(s)
print(frozenset([1, 2]), set(), frozenset(), sorted(set("aab")), {x % 3 for x in range(10)})
print(sorted({"b", "a", "c"}), {1, 2} == {2, 1}, {frozenset([1]): "fs"})
print(set(range(20)), set([100, 200, 5, 37, 64]))
u = set(); u.update([1, 2], [3]); u |= {4}; u -= {1}; print(u)
print(s.isdisjoint({99}), {1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset({1}))
print({-1, -2, 0, 1}, {(1, 2), (3, 4)} == {(3, 4), (1, 2)})
