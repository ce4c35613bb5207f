import traceback
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def check(x):
    if x < 0:
        warnings.warn(f"negative value {x}")
    return abs(x)


old_api()
for v in (-1, -2, 3):
    check(v)
warnings.warn("runtime trouble", RuntimeWarning)


def fail(d):
    return d["missing"]


try:
    fail({})
except KeyError:
    traceback.print_exc()

traceback.print_stack()
try:
    [int(s) for s in ["1", "x"]]
except ValueError as e:
    traceback.print_exception(e)
warnings.warn("last one", UserWarning)
fail({"present": 1})
