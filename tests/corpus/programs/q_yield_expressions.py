def accumulate():
    total = 0
    while True:
        item = yield total
        if item is None:
            return total
        total += item
acc = accumulate()
print(next(acc), acc.send(5), acc.send(10))
def gen_list():
    x = [(yield i) for i in range(0)] if False else None
    yield "ok"
print(list(gen_list()))
def both():
    received = yield "first"
    yield f"got {received}"
b = both(); print(next(b), b.send("hello"))
def gen_return_in_finally():
    try:
        yield 1
    finally:
        print("finalizing")
g = gen_return_in_finally(); print(list(g))
