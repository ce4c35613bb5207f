t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), ())
x, *rest = [1, 2, 3, 4]; print(x, rest)
*init, last = "abcd"; print(init, last)
p, (q, r) = 1, (2, 3); print(p, q, r)
a, b = b, a; print(a, b)
print(t.index(2), t.count(3), (1, 2) < (1, 3), (1, 2) == (1, 2), tuple([1, 2]), tuple("ab"))
print(hash((1, 2)) == hash((1, 2)), max((1, 5, 2)), sorted((3, 1, 2)))
first, second, *_ = range(10); print(first, second)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print((1, "a", None, 2.5, [1]), ((1, 2),), ((),))
