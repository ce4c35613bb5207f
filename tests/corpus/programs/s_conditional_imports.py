try:
    import not_a_real_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import not_a_function
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import math
print(hasattr(math, "tau"), math.tau == 2 * math.pi)
