from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
import collections

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.pop(), d.popleft(), d)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); b.appendleft(-1); print(b)
b.extend([7, 8]); print(b, list(reversed(b)), 8 in b)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dd)
print(dict(dd), dd["z"], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), isinstance(counts, dict))

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c["z"], c.total())
c.update("aaz"); print(c.most_common(3))
c2 = Counter(a=1, b=10)
print(c + c2, c - c2, c & c2, c | c2)
print(sorted(c.elements())[:6])
c.subtract({"a": 100}); print(c["a"], +c)
print(Counter(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))

od = OrderedDict()
od["x"] = 1; od["y"] = 2; od["z"] = 3
od.move_to_end("x"); print(od, list(od))
od.move_to_end("z", last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1))

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x + p.y, p[0], p._fields, p._asdict())
print(p._replace(y=5), Point._make([7, 8]), isinstance(p, tuple), p == (1, 2))
x, y = p; print(x, y)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2), P3(a=5, c=1))
try:
    P3()
except TypeError as e:
    print("TypeError:", e)
print(type(p).__name__, Point.__doc__)

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm))
print(collections.Counter is Counter)
