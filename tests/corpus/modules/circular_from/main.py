try:
    import x
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg.split(" (/")[0].split(" (" + __file__[:0])[0])
    print(e.name, e.path.endswith("x.py"), msg.endswith("x.py)"))
import sys
print("x" in sys.modules, "y" in sys.modules)
import z
