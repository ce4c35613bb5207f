def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)
g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def delegating():
    result = yield from inner()
    yield f"inner returned {result}"
def inner():
    yield 1
    yield 2
    return "done"
print(list(delegating()))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")
c = closing(); print(next(c)); c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"handled {e}"
t = thrower(); next(t); print(t.throw(ValueError("boom")))
squares = (x * x for x in range(5))
print(next(squares), list(squares), list(squares))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
print(sum(x for x in range(10) if x % 2), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
def gen_exc():
    yield 1
    raise RuntimeError("in gen")
try:
    for v in gen_exc():
        print("got", v)
except RuntimeError as e:
    print("error", e)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
