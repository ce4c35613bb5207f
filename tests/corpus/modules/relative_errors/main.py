import sys
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: __import__("pkg.mod"))
import pkg.mod
show(pkg.mod.beyond)
def rel_in_main():
    from . import x
show(rel_in_main)
show(lambda: __import__("pkg.mod.sub"))
show(lambda: __import__("pkg.nothere"))
show(lambda: __import__("nothere.deeper"))
from pkg import mod, helper
print(mod.rel(), helper.H)
try:
    from pkg import missing_name
except ImportError as e:
    print(str(e).replace(sys.path[0], "<dir>"))
import pkg.helper.nope
