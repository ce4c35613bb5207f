from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext, AbstractAsyncContextManager


def run(coro):
    """Drive a coroutine that never really suspends (no event loop needed)."""
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")


@asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)


async def main():
    async with session("a") as s:
        print("using", s)
    try:
        async with session("b"):
            raise ValueError("inside")
    except ValueError as e:
        print("caught", e)
    async with AsyncExitStack() as stack:
        x = await stack.enter_async_context(session("c"))
        y = await stack.enter_async_context(session("d"))
        stack.callback(print, "sync callback")

        async def acb(msg):
            print("async callback", msg)
        stack.push_async_callback(acb, "hello")
        print("entered", x, y)
    async with nullcontext(7) as n:
        print("null", n)

    class Gen:
        async def aclose(self):
            print("aclose called")
    async with aclosing(Gen()) as g:
        print(type(g).__name__)

    @session("deco")
    async def decorated():
        print("in decorated")
    await decorated()

    @asynccontextmanager
    async def bad():
        if False:
            yield
    try:
        async with bad():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(3)
    except TypeError as e:
        print("TypeError:", e)
    return "done"


print(run(main()))
print(issubclass(AsyncExitStack, AbstractAsyncContextManager))
