import sys
import math as m
from math import sqrt, pi as PI
print("math" in sys.modules, m.sqrt(9), sqrt(16), round(PI, 4), m is sys.modules["math"])
print(type(sys.argv).__name__, sys.argv[0].endswith("r_sys_modules.py"), isinstance(sys.maxsize, int))
import itertools, functools
print(itertools.__name__, functools.reduce(lambda a, b: a + b, [1, 2, 3]))
