import io
import sys
import warnings
from contextlib import redirect_stderr

HERE = __file__

def captured(fn):
    buf = io.StringIO()
    with redirect_stderr(buf):
        fn()
    print(buf.getvalue().replace(HERE, "FILE"), end="")
    print("--")

def simple():
    warnings.warn("first warning")

captured(simple)
captured(simple)          # same location: shown once

def loop():
    for i in range(3):
        warnings.warn("in a loop", RuntimeWarning)

captured(loop)

def lib():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)

captured(lambda: lib())   # caller is __main__: shown

def deprecated_here():
    warnings.warn("deprecated in main", DeprecationWarning)

captured(deprecated_here)
captured(lambda: warnings.warn("pending", PendingDeprecationWarning))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("recorded", UserWarning)
    warnings.warn(FutureWarning("future!"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print(w[0].lineno, w[0].filename == HERE)
    print(str(w[2]).replace(HERE, "FILE"))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    captured(lambda: warnings.warn("ignored"))

with warnings.catch_warnings():
    warnings.filterwarnings("error", message="bad.*", category=RuntimeWarning)
    try:
        warnings.warn("BAD thing", RuntimeWarning)
    except RuntimeWarning as e:
        print("filtered error:", e)
    captured(lambda: warnings.warn("good thing", RuntimeWarning))

with warnings.catch_warnings(action="error"):
    try:
        warnings.warn("action=error")
    except UserWarning as e:
        print("catch_warnings(action):", e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    print("once:", len(w))

def myshow(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message, lineno)

old = warnings.showwarning
warnings.showwarning = myshow
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("via hook")
warnings.showwarning = old

print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "x = 1").replace(HERE, "FILE"), end="")
print(warnings.formatwarning("msg", SyntaxWarning, "f.py", 3, ""), end="")
print(warnings.filters[:2] if False else len(warnings.filters) >= 5)
try:
    warnings.simplefilter("bogus")
except ValueError as e:
    print(e)
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print(e)

@warnings.deprecated("use new_f")
def old_f():
    return 1

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(old_f(), w[0].category.__name__, w[0].message, old_f.__deprecated__)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    def f():
        warnings.warn("dup")
    f(); f()
    print("default:", len(w))
print(repr(warnings.catch_warnings(record=True)))
