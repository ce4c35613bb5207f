import shapes
import shapes.solid.cube as cube
import shapes.circle
from shapes import square, circle as c2
from shapes.solid import *
from helpers.util import *
import helpers

def tail(p):
    return "/".join(p.replace("\\", "/").split("/")[-2:])

print(__name__, __package__, __spec__)
print(shapes.__name__, shapes.__package__, tail(shapes.__file__))
print(cube.__name__, cube.__package__, tail(cube.__file__))
print(shapes.circle is c2, shapes.square is square)
print(cube.volume(3), c2.area(1), square.area(4))
print(sorted(k for k in dir() if not k.startswith("__")))
print(shapes.solid.cube is cube, shapes.solid.__spec__.name, shapes.solid.__spec__.parent)
print(public_fn(), [tail(p) for p in helpers.__path__])
print(helpers.__file__ if hasattr(helpers, "__file__") else "no file", helpers.__spec__.origin)
print(tail(repr(cube).strip("<>'")), repr(shapes.solid).startswith("<module 'shapes.solid' from"))
import sys
print("shapes.solid.cube" in sys.modules, sys.modules["shapes.circle"] is c2)
print(describe())
try:
    _hidden
except NameError as e:
    print(e)
