"""bisect and heapq run on their compiled cores (_bisect, _heapq) as in CPython: the functions' module, the
C versions' argument checks and messages, sys.maxsize-long ranges, the order of comparisons."""
import bisect
import heapq
import sys

print([f.__module__ for f in (bisect.bisect_left, bisect.insort, heapq.heappush, heapq.heapify, heapq.merge)])
print(len.__module__, sys.getrecursionlimit.__module__)

r = range(sys.maxsize - 1)
print(len(r), bisect.bisect_left(r, sys.maxsize - 3), bisect.bisect_right(r, 10, 0, sys.maxsize - 1))

data = [1, 3, 3, 5, 8]
print(bisect.bisect_left(data, 3), bisect.bisect_right(data, 3), bisect.bisect(data, 4, 2), bisect.bisect_left(data, 3, hi=2))
records = [("a", 1), ("b", 4), ("c", 9)]
print(bisect.bisect_left(records, 4, key=lambda r: r[1]))
bisect.insort(records, ("x", 5), key=lambda r: r[1])
bisect.insort_left(data, 3)
print(records, data)


class Seq:
    def __init__(self):
        self.items = [1, 2, 4]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)


bisect.insort_right(Seq(), 3)

for call in (lambda: bisect.bisect_left(data, 3, -1), lambda: bisect.bisect_left(10, 10), lambda: bisect.insort(10, 10),
             lambda: bisect.bisect_left(data), lambda: bisect.bisect_left(data, 1, 0, 3, None),
             lambda: bisect.bisect_left(data, 1, lo=1.5), lambda: bisect.bisect_left(data, 1, 2**70),
             lambda: heapq.heappush((), 1), lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heappush([]), lambda: heapq.heapify(()), lambda: heapq.heappop([], 1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 6), heapq.heapreplace(h, 1), h)
h = [9, 4, 7, 1, 8, 2]
heapq.heapify(h)
heapq._heapify_max(m := [3, 1, 4, 1, 5, 9, 2, 6])
print(h, m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)


class Noisy:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Noisy.log.append((self.v, other.v))
        return self.v < other.v


nh = []
for v in [4, 2, 6, 1]:
    heapq.heappush(nh, Noisy(v))
heapq.heappop(nh)
print(Noisy.log)


class Shrinks:
    def __lt__(self, other):
        victim.clear()
        return False


victim = [Shrinks(), Shrinks(), Shrinks()]
try:
    heapq.heappop(victim)
    heapq.heappush(victim, Shrinks())
    print("no error", len(victim))
except RuntimeError as e:
    print("RuntimeError", e)
