x = 3
print(x in [1, 2, 3], x not in {4, 5}, "a" in ["a", x], [i for i in [1, 2, 3] if i in {2, 3}])
for v in [x, x + 1]:
    print(v)
print(not x is None, not x in (1, 2), not x == 3)
