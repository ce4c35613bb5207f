import a.b.c.d as d
import a.b.c
print(d.WHO, a.b.c.d is d, a.b.NAME, a.NAME)
from a.b.c.d import who_is_up
print(who_is_up())
import a.b.c.d
print(sorted(m for m in __import__("sys").modules if m == "a" or m.startswith("a.")))
from a.b import c as cc, NAME as bn
print(cc.__name__, bn, cc.__package__, d.__package__, a.b.__package__)
print(a.b.c.__spec__.submodule_search_locations is not None, d.__spec__.submodule_search_locations)
import a.b.missing
