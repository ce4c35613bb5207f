def noisy(v, name):
    print("eval", name)
    return v
print(noisy(1, "a") < noisy(2, "b") < noisy(3, "c"))
print(noisy(3, "a") < noisy(2, "b") < noisy(5, "c"))
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6, 1 < 2 > 1, "a" < "b" < "c")
print(1 in [1, 2] in [[1, 2]], None is None is not False)
print([x for x in range(20) if 3 < x < 8 or 15 <= x < 17])
a = b = c = 0
print(a == b == c, a is b, [] == [], [] is [])
print(not 1 < 2, not (1 > 2) and 3, (1 > 2) or (3 > 2), 0 or [] or {} or "last")
