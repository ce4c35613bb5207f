log = []
def managed():
    log.append("open")
    try:
        yield "resource"
    finally:
        log.append("close")
g = managed()
print(next(g))
g.close()
print(log)
def failing():
    yield 1
    yield 1 / 0
try:
    for v in failing():
        print("v", v)
except ZeroDivisionError as e:
    print("caught", e)
def early_return():
    yield 1
    return
    yield 2
print(list(early_return()))
