data = [3, 8, 1, 9, 4]
if (m := max(data)) > 5:
    print("max", m)
print([y for x in data if (y := x * 2) > 6])
while (n := len(data)) > 3:
    data.pop()
print(n, data)
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(["b3", "a10", "c1"], key=lambda s: int(s[1:])))
print((lambda: "no args")(), (lambda x, y=2, *a, **k: (x, y, a, k))(1, 3, 4, z=5))
adder = lambda n: (lambda x: x + n)
print([adder(i)(10) for i in range(3)])
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
