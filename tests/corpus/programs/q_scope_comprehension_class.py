class C:
    data = [1, 2, 3]
    doubled = [x * 2 for x in data]
    total = sum(x for x in data)
print(C.doubled, C.total)
x = 10
def f():
    return [x + i for i in range(3)]
print(f())
def g():
    y = 5
    return {k: y for k in "ab"}, (lambda: y)()
print(g())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs2 = [(lambda j: lambda: j)(i) for i in range(3)]
print([fn() for fn in funcs2])
