def worker():
    try:
        while True:
            try:
                job = yield
                print("job", job)
            except ValueError as e:
                print("recovered from", e)
    except GeneratorExit:
        print("closing worker")
        raise
w = worker()
next(w)
w.send("a")
w.throw(ValueError("bad job"))
w.send("b")
w.close()
print("closed")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "sub handled"
def outer():
    r = yield from sub()
    yield "outer done"
o = outer(); print(next(o), o.throw(KeyError), next(o))
g = (i for i in range(3)); print(next(g)); g.close(); print(next(g, "exhausted"))
def ret():
    yield 1
    return "value"
r = ret(); next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value)
