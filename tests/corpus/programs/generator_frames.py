# gi_frame / cr_frame / ag_frame are the generator's own frame while it can run (inspect and debuggers read
# f_lineno, f_locals, f_code from it); gi_suspended, gi_yieldfrom, cr_await, ag_await as CPython 3.13 has them.
import inspect, types


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total


g = gen(3)
f = g.gi_frame
print(type(f).__name__, f.f_code is g.gi_code, f.f_lineno, g.gi_suspended, inspect.getgeneratorstate(g))
print(next(g), g.gi_frame.f_lineno, g.gi_frame.f_locals["total"], g.gi_suspended, g.gi_frame is f)
print(inspect.getgeneratorlocals(g))
list(g)
print(g.gi_frame, g.gi_suspended, inspect.getgeneratorstate(g))


def inner():
    yield 1
    yield 2


def outer():
    yield from inner()


o = outer()
print(o.gi_yieldfrom)
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_frame.f_lineno, o.gi_frame.f_lineno)


@types.coroutine
def sleeper():
    yield "tick"


async def co():
    await sleeper()
    return 5


c = co()
print(c.cr_frame.f_code.co_name, c.cr_await, c.cr_suspended, inspect.getcoroutinestate(c))
print(c.send(None), type(c.cr_await).__name__, c.cr_suspended, inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, c.cr_frame, inspect.getcoroutinestate(c))


async def agen(x=1):
    yield x
    yield x + 1


a = agen()
print(a.ag_frame.f_code.co_name, a.ag_code.co_name, a.ag_await, a.ag_running, a.ag_suspended)
try:
    a.asend(None).send(None)
except StopIteration as e:
    print("first", e.value, a.ag_frame.f_lineno, a.ag_suspended, a.ag_frame.f_locals)
