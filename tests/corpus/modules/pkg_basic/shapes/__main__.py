import sys
from . import square
print("pkg main", __name__, __package__, square.area(3), sys.argv[1:])
