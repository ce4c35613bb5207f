try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .sibling import X
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__)
import sibling
print(sibling.X, sibling.__package__ == '', sibling.__spec__.name)
