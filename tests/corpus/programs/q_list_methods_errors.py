l = [5, 3, 8]
for op in [lambda: l.index(9), lambda: l.remove(9), lambda: [].pop(), lambda: l.pop(10), lambda: l[3], lambda: l["a"], lambda: l.insert()]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__ + ":", e)
l.insert(-1, 0); l.insert(100, 9); l.insert(-100, -1)
print(l, l.index(8, 1), l.count(0))
l.sort(key=lambda v: -v); print(l)
l2 = sorted(l, key=abs); print(l2, l)
print([1, 2, 3] * 0, [] * 5, [[]] * 2, list(reversed([])), [1, 2] != [1, 2, 3])
