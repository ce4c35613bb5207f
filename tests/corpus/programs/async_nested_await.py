# await and async comprehensions nested inside comprehensions and inner async functions
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

async def double(x):
    return x * 2

class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def outer():
    async def inner():
        return [await double(x) for x in range(3)]
    return await inner()

print(run(outer()))

async def nested():
    a = [[await double(i + j) for i in range(2)] for j in range(2)]
    b = [[i + j async for i in AIter(2)] for j in [10, 20]]
    c = {k: [v async for v in AIter(k)] for k in range(3)}
    return a, b, c

print(run(nested()))

async def gen_inside():
    g = (await double(i) for i in range(3))
    return [x async for x in g]

print(run(gen_inside()))

def sync_makes_async_gen():
    return (i async for i in AIter(3))

async def drain():
    return [x async for x in sync_makes_async_gen()]

print(run(drain()))
