# An __import__ put in builtins is what import statements call (with globals, locals, fromlist, level);
# the built-in __import__ resolves relative names against the globals it is given; bytes()/bytearray()
# check encoding/errors as CPython; os.uname() is a 5-field structseq.
import builtins, os

orig = builtins.__import__


def custom_import(name, globals=None, locals=None, fromlist=(), level=0):
    print("import", name, fromlist, level, type(globals).__name__, locals is None or type(locals).__name__)
    return orig(name, globals, locals, fromlist, level)


builtins.__import__ = custom_import
import math
from math import pi, tau
import os.path


def inside():
    import math as m
    return m.__name__


print(inside(), math.floor(pi), round(tau, 2))
builtins.__import__ = orig

try:
    import _no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
saved = builtins.__import__
del builtins.__import__
try:
    import math
except ImportError as e:
    print(type(e).__name__, e)
finally:
    builtins.__import__ = saved

for args in [([1, 2, 3], 1), ("abc",), ("abc", "ascii", 5), ([1], "utf-8"), ([1], None, "strict"), ("é", "ascii", "ignore"), (), (3,)]:
    for t in (bytes, bytearray):
        try:
            print(t.__name__, args, t(*args))
        except (TypeError, UnicodeError) as e:
            print(t.__name__, args, type(e).__name__, e)
try:
    bytes(errors="strict")
except TypeError as e:
    print(e)

u = os.uname()
print(len(u), u.sysname == u[0], type(u.machine).__name__, repr(u).startswith("posix.uname_result(sysname="))
print(tuple(u) == (u.sysname, u.nodename, u.release, u.version, u.machine))
