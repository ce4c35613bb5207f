import contextlib
import io
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        redirect_stdout, redirect_stderr, AbstractContextManager, ContextDecorator)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)

try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    {}["k"]
print("after swallow")

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise TypeError("converted")

try:
    with reraise_other():
        1 / 0
except TypeError as e:
    print("TypeError:", e, type(e.__context__).__name__)

@contextmanager
def stop_iter():
    yield

try:
    with stop_iter():
        raise StopIteration("x")
except StopIteration as e:
    print("StopIteration passed through:", e)

@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2

print(decorated(3))
print(decorated(4))
print(decorated.__name__)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
print("group suppressed")
try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("rest:", eg.exceptions)

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closing", self.n)

with closing(Res(1)) as r:
    print("using", r.n)

with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

buf = io.StringIO()
with redirect_stdout(buf) as b:
    print("captured line")
    print(b is buf)
print("buffer:", repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    print("to err", file=sys.stderr)
print("err buffer:", repr(ebuf.getvalue()))

class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress

with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "abc"]
    stack.callback(print, "callback", 1, sep="-")
    print(names)

with ExitStack() as stack:
    stack.enter_context(CM("outer", suppress=True))
    stack.enter_context(CM("inner"))
    raise KeyError("k")
print("exitstack suppressed")

def cleanup(et, ev, tb):
    print("push saw", et.__name__ if et else None)
    return False

try:
    with ExitStack() as stack:
        stack.push(cleanup)
        stack.push(CM("pushed-cm"))
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)

stack = ExitStack()
stack.enter_context(CM("kept"))
moved = stack.pop_all()
stack.close()
print("after close of empty")
moved.close()

def raiser(msg):
    raise RuntimeError(msg)

try:
    with ExitStack() as stack:
        stack.callback(raiser, "first")
        stack.callback(raiser, "second")
except RuntimeError as e:
    print("final:", e, "context:", e.__context__)

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)

class MyCM(AbstractContextManager):
    def __exit__(self, *a):
        print("MyCM exit")

with MyCM() as m:
    print(type(m).__name__)
print(isinstance(MyCM(), AbstractContextManager))

class mydeco(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("finish")
        return False

@mydeco()
def work():
    print("working")

work()

@contextmanager
def gen_value():
    value = yield 10
    print("sent", value)

with gen_value() as x:
    print("x =", x)
