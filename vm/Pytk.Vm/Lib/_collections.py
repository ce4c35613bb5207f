"""The accelerated half of collections under CPython's name: deque, defaultdict, OrderedDict and the counting
and namedtuple helpers. pytk writes them once, in Python, in collections itself; this module hands them out
under the name code and tests look for (`import_fresh_module('collections', fresh=['_collections'])`).
collections does not import it, so blocking it (sys.modules['_collections'] = None) leaves collections whole."""

from collections import deque, defaultdict, OrderedDict, _count_elements
from collections import _TupleGetter as _tuplegetter

_deque_iterator = type(iter(deque()))
