import sys
sys.path.append(sys.path[0] + "/extra")
import ns
print(type(ns.__path__).__name__ in ("list", "_NamespacePath"), len(list(ns.__path__)))
print(getattr(ns, "__file__", None), ns.__spec__.origin, ns.__package__)
import ns.one, ns.two
print(ns.one.V, ns.two.V, ns.two.__package__)
from ns.inner import deep
print(deep.D, deep.__name__)
