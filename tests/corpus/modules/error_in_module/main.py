import sys
try:
    import broken
except ZeroDivisionError as e:
    print("caught", e, "broken" in sys.modules)
import broken2
