import sys
import counter
import counter as again
print(counter is again, counter.RUNS)
del sys.modules["counter"]
import counter as fresh
print(fresh is counter, fresh.RUNS, counter.RUNS)
sys.modules["fake"] = 12345
import fake
print(fake)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
import starred
from starred import *
print(sorted(n for n in dir() if n in ("alpha", "beta", "_gamma", "delta")))
from plain import *
print(sorted(n for n in dir() if n.startswith("p_") or n.startswith("_p")))
print(__import__("counter") is fresh, __import__("pk.leaf").__name__, __import__("pk.leaf", fromlist=["x"]).__name__)
if __name__ == "__main__":
    print("main guard", __name__)
import random as r1
import math
print(repr(math)[:14], type(r1).__name__)
