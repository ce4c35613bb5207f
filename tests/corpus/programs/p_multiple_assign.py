a = b = c = [1]
b.append(2)
print(a, c, a is c)
x, y = y, x = 1, 2
print(x, y)
(p, q), r = [1, 2], 3
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
*_, tail = "xyz"
print(tail)
i, j = 0, 1
i, j = j, i + j
print(i, j)
m = {}
m["a"], m["b"] = 1, 2
print(m)
lst = [0, 0]
lst[0], lst[1] = "x", "y"
print(lst)
for (k, v) in [("a", 1)]:
    print(k, v)
