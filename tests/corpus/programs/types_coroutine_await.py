# @types.coroutine: a generator function whose generators can be awaited (CO_ITERABLE_COROUTINE), and a wrapped
# plain function returning a generator; driving the coroutine by hand with send().
import types


@types.coroutine
def wait(value):
    got = yield f"waiting on {value}"
    print("wait got back:", got)
    return value * 10


@types.coroutine
def plain(n):
    return (x for x in range(n))


async def main():
    a = await wait(1)
    b = await wait(2)
    c = await plain(2)
    print("results", a, b, c)
    return a + b

print(bool(wait.__code__.co_flags & 0x100), wait(0).gi_code.co_name)
coro = main()
print(coro.send(None))
print(coro.send("first"))
print(coro.send("second"))
print(coro.send("third"))
try:
    coro.send("fourth")
except StopIteration as e:
    print("done", e.value)
