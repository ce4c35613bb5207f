import sys
import traceback

HERE = __file__

def show(text):
    print(text.replace(HERE, "FILE"), end="")

def inner(x):
    return 10 / x

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError:
    show(traceback.format_exc())
    show(traceback.format_exc(limit=1))
    e = sys.exception()
    parts = traceback.format_exception(e)
    print(len(parts))
    show("".join(parts))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    tb = traceback.extract_tb(e.__traceback__)
    for fs in tb:
        print(fs.lineno, fs.name, repr(fs.line), repr(fs).replace(HERE, "FILE"))
    show("".join(tb.format()))
    fn, ln, nm, src = tb[0]
    print(ln, nm, src, len(tb[0]))
    show("".join(traceback.format_tb(e.__traceback__)))

def f():
    st = traceback.extract_stack()
    print([(x.name, x.lineno) for x in st])
    show("".join(traceback.format_stack()))

f()

import io
buf = io.StringIO()
try:
    raise KeyError("a")
except KeyError as e:
    traceback.print_exception(e, file=buf)
    traceback.print_exc(file=buf)
    traceback.print_exception(type(e), e, e.__traceback__, file=buf)
show(buf.getvalue())

def chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad value") from e

try:
    chained()
except ValueError:
    show(traceback.format_exc())
    show(traceback.format_exc(chain=False))

try:
    try:
        [][0]
    except IndexError:
        int("zz")
except ValueError:
    show(traceback.format_exc())

class MyError(Exception):
    pass

try:
    raise MyError()
except MyError as e:
    print(traceback.format_exception_only(e))
    e.add_note("a note")
    e.add_note("two\nlines")
    print(traceback.format_exception_only(e))

print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "  x = = 1\n", 3, 6))))
te = traceback.TracebackException.from_exception(ValueError("v"))
print(list(te.format()), str(te), te.exc_type_str)
print(traceback.format_exc())

def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    return rec(n - 1)

try:
    rec(10)
except RuntimeError:
    show(traceback.format_exc())

try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError:
    show(traceback.format_exc())

summary = traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)])
print(summary.format())
print(traceback.format_list([("a.py", 1, "f", "pass")]))
fs = traceback.FrameSummary("zz.py", 7, "h", line="  return 3  ")
print(fs.line, fs == ("zz.py", 7, "h", "return 3"))

def gen():
    yield traceback.extract_stack()[-1].name

print(next(gen()))
