from lib import *
print(sorted(k for k in globals() if not k.startswith("__")))
import lib
print(lib.alpha.A, lib.VERSION, hasattr(lib, "gamma"))
from lib.beta import *
print(B, twice(4))
import lib.lazy
print(lib.lazy.ready, lib.lazy_attr)
print(dir(lib.lazy))
