import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
from types import SimpleNamespace

data = {
    "name": "pytk",
    "versions": [3.11, 3.12, 3.13],
    "modules": {"contextlib": ["contextmanager", "suppress", "ExitStack"],
                "types": ["SimpleNamespace", "MappingProxyType"],
                "traceback": ["print_exc", "format_exc", "extract_tb"]},
    "nested": {"a": {"b": {"c": {"d": list(range(30))}}}},
    "flags": {True, False},
    "tuple": (1, 2, 3),
    "single": (1,),
    "empty": [],
    "zebra": None,
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, sort_dicts=False)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint([list(range(12)) for _ in range(3)], compact=True, width=30)
print(pprint.pformat({"b": 1, "a": 2}))
print(pprint.pformat(list(range(25)), width=20))
pprint.pp({"z": 1, "a": [1, 2, 3] * 10})

long_text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(long_text)
pprint.pprint({"text": long_text, "lines": "first line\nsecond line\n" * 3})
pprint.pprint([long_text], width=50)

import re
def no_ids(text):
    return re.sub(r"id=\d+", "id=ID", text)

rec = [1, 2]
rec.append(rec)
print(no_ids(pprint.pformat(rec)))
print(no_ids(pprint.saferepr(rec)))
print(pprint.isrecursive(rec), pprint.isreadable([1, 2]), pprint.isreadable(object()))
d = {"self": None}
d["self"] = d
print(no_ids(pprint.pformat(d)))

pprint.pprint(set(range(30)))
pprint.pprint(frozenset("abcdefghijklmnopqrstuvwxyz"))
pprint.pprint({i: chr(65 + i) * i for i in range(10)})
pprint.pprint({(1, 2): [3, 4], (0, 9): "x", 5: "mixed", "s": 1} if False else {(1, 2): [3, 4], (0, 9): "x"})
pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)))
dd = defaultdict(list)
for i in range(15):
    dd[i % 4].append(i * 100)
pprint.pprint(dd)
pprint.pprint(Counter("mississippi river banks " * 3))
pprint.pprint(deque(range(30)))
pprint.pprint(deque(range(30), maxlen=40))

@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)

pprint.pprint(Point(1, 2, ["a"] * 30))
pprint.pprint([Point(i, i * i) for i in range(4)])
pprint.pprint(SimpleNamespace(alpha=list(range(20)), beta="b" * 50, gamma={"k": "v" * 40}))
pprint.pprint(b"0123456789" * 10)
pprint.pprint([b"x" * 70, bytearray(b"ab")])

class Custom:
    def __repr__(self):
        return "Custom(" + "x" * 90 + ")"
pprint.pprint([Custom(), Custom()])
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({"key": ["value"] * 6, "other": {"x": 1, "y": 2}})
print(pp.pformat(list("abcdefghij")))
pprint.pprint([[[[[1]]]]], depth=3)
pprint.pprint({"numbers": [10**6, 10**9]}, underscore_numbers=True)
