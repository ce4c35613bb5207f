# async generators driven by send(), like coroutines
class Sleep:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ("sleep", self.v)
        return got

async def ticker(n):
    try:
        for i in range(n):
            r = await Sleep(i)
            yield i * 10 + (r or 0)
    finally:
        print("ticker finally")

def run(coro):
    """A tiny event loop: answers every ('sleep', v) with v + 1000."""
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  loop got", req)
        value = req[1] + 1000 if isinstance(req, tuple) else None

async def main():
    out = []
    async for x in ticker(3):
        out.append(x)
    print("collected", out)
    g = ticker(5)
    print(type(g).__name__, repr(g).split(" at ")[0])
    print(await g.__anext__())
    print(await g.asend(7))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    comp = [v async for v in ticker(2)]
    print("comp", comp)
    comp2 = {v: v async for v in ticker(2) if v > 5}
    print("comp2", comp2)
    gen = (v * 2 async for v in ticker(2))
    print(type(gen).__name__, [y async for y in gen])
    return "done"

print(run(main()))

async def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = "caught " + str(e)

async def drive():
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hello"))
    print(await e.athrow(ValueError("bad")))
    print(await e.asend("again"))
    await e.aclose()
    print("closed")

run(drive())

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def bad():
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async def raiser():
        yield 1
        raise StopAsyncIteration
    r = raiser()
    await r.__anext__()
    try:
        await r.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    aw = r.__anext__()
    try:
        await aw
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)

run(bad())

async def agen_return():
    yield 1
    return
async def check():
    async for v in agen_return():
        print("v", v)
    else:
        print("else ran")
run(check())
