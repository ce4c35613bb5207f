def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
def grouper(results, key):
    results[key] = yield from averager()
results = {}
for key, values in {"a": [1, 2, 3], "b": [10, 20]}.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    try:
        g.send(None)
    except StopIteration:
        pass
print(results)
def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield f"node{n}"
    yield from tree(n - 1)
    yield from tree(n - 1)
print(list(tree(2)))
def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)
print(pipeline())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
gf = gen_finally()
for x in gf:
    print(x)
    break
gf.close()
