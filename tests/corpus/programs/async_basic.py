async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(compute()))
class Sleep:
    def __await__(self):
        v = yield "sleeping"
        return v
async def waiter():
    got = await Sleep()
    return f"woke with {got}"
c = waiter()
print(c.send(None))
try:
    c.send("coffee")
except StopIteration as e:
    print(e.value)
async def agen_user():
    total = 0
    for i in range(3):
        total += await add(i, i)
    return total
print(run(agen_user()))
