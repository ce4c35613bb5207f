# Issue 15: the runtime's recursive paths share one recursion guard. json and pickle are C code in CPython:
# a nesting level costs one level of C recursion (pickle: two per list or dict level, for its batches), none of
# the Python recursion limit, and the error names what was being done. copy.deepcopy is Python code: two
# frames of the recursion limit per container level.
import copy
import json
import pickle
import sys


def nest(n, make=lambda x: [x]):
    x = []
    for _ in range(n):
        x = make(x)
    return x


def outcome(f):
    try:
        f()
        return "ok"
    except RecursionError as e:
        return "RecursionError: %s" % e


class Box:
    def __init__(self, v):
        self.v = v


def deep_python(n, f):
    """Runs f with n Python frames already on the stack."""
    return deep_python(n - 1, f) if n else f()


CASES = [
    ("json.dumps list 1500", lambda: json.dumps(nest(1500))),
    ("json.dumps indent 1500", lambda: json.dumps(nest(1500), indent=1)),
    ("json.dumps list 12000", lambda: json.dumps(nest(12000))),
    ("json.dumps default 1500", lambda: json.dumps(nest(1500, Box), default=lambda b: [b.v])),
    ("json.loads array 1500", lambda: json.loads("[" * 1500 + "]" * 1500)),
    ("json.loads array 12000", lambda: json.loads("[" * 12000 + "]" * 12000)),
    ("json.dumps near the Python limit", lambda: deep_python(sys.getrecursionlimit() - 50, lambda: json.dumps(nest(2000)))),
    ("json default recursing", lambda: json.dumps(object(), default=lambda o: deep_python(10 ** 6, None))),
    ("pickle.dumps list 1500", lambda: pickle.dumps(nest(1500))),
    ("pickle.dumps tuple 1500", lambda: pickle.dumps(nest(1500, lambda x: (x, 1)))),
    ("pickle.dumps list 6000", lambda: pickle.dumps(nest(6000))),
    ("deepcopy list 480", lambda: copy.deepcopy(nest(480))),
    ("deepcopy list 520", lambda: copy.deepcopy(nest(520))),
    ("deepcopy tuple 480", lambda: copy.deepcopy(nest(480, lambda x: ([], x)))),
    ("deepcopy tuple 520", lambda: copy.deepcopy(nest(520, lambda x: ([], x)))),
]

for name, f in CASES:
    print(name, "->", outcome(f))
