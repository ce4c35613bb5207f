def outer(a, b=2, *args, c, **kw):
    total = a + b
    def inner(z):
        nonlocal total
        total += z
        return total
    return inner
g = lambda n: n * 2
def gen():
    yield 1
    yield from range(3)
