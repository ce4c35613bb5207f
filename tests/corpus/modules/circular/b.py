print("b start")
import a
seen = a.A
print("b sees partial a.A =", a.A, hasattr(a, "b"))
try:
    a.missing
except AttributeError as e:
    import sys
    print("AttributeError:", str(e).replace(sys.path[0], "<dir>"))
B = 3
def late():
    return a.A
