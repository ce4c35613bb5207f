def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def a():
    import nosuch
def b():
    import nosuch.sub
def c():
    import random.sub
def d():
    from sys import nosuch
def e():
    from . import x
def f():
    from .. import x
def g():
    import math as m; print(m.floor(2.5))
for fn in (a, b, c, d, e, f, g, lambda: __import__(''), lambda: __import__('math', level=-1), lambda: __import__(5)):
    show(fn)
import math
try:
    math.nosuch
except AttributeError as e:
    print(e)
from nosuch_at_all import thing
