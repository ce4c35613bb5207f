def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: [1, 2].remove(3))
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1, 2, 3].index(4))
t(lambda: [1, 2, 3].index(2, 2))
t(lambda: (1, 2).index(3))
t(lambda: [1][1])
t(lambda: (1,)[1])

t(lambda: range(3)[5])
t(lambda: range(3)["a"])
t(lambda: {}.pop("a"))
t(lambda: {}["a"])
t(lambda: {}[(1, 2)])
t(lambda: {}.popitem())
t(lambda: set().pop())
t(lambda: set().remove(1))
t(lambda: set().remove((1, 2)))
t(lambda: frozenset().add)
t(lambda: [[]].index([]))
def f():
    l = [1]; l[5] = 2
t(f)
def f():
    l = [1]; del l[5]
t(f)
def f():
    l = (1,); l[0] = 2
t(f)
def f():
    d = {}; del d["k"]
t(f)
t(lambda: hash([]))
t(lambda: {[]: 1})
t(lambda: {[1]})
t(lambda: sorted({1, 2} | {3}))
t(lambda: {1, 2, 3} - {2})
t(lambda: {1, 2} ^ {2, 3})
t(lambda: {1, 2} & frozenset({2}))
t(lambda: frozenset({1, 2}) | {3})
t(lambda: {1, 2} <= {1, 2, 3})
t(lambda: {1, 2} < {1, 2})
t(lambda: {1}.issubset([1, 2]))
t(lambda: {1}.isdisjoint([2]))
t(lambda: {1, 2} == frozenset({1, 2}))
t(lambda: set([1, 2, 3]).intersection())
t(lambda: {1, 2}.symmetric_difference([2, 3]))
t(lambda: frozenset())
t(lambda: set())
t(lambda: frozenset([1]))
t(lambda: {1, 2, 3}.difference({1}, {2}))
def f():
    s = {1, 2}; s |= {3}; s &= {1, 3}; s ^= {5}; s -= {1}; return s
t(f)
def f():
    s = {1, 2}; s.update([3], [4]); s.intersection_update([1, 3, 4]); s.difference_update([1]); s.symmetric_difference_update([9]); s.discard(100); return s
t(f)
d = {"a": 1, "b": 2}
t(lambda: d.keys() & {"a"})
t(lambda: sorted(d.keys() | {"c"}))
t(lambda: d.keys() - {"a"})
t(lambda: d.keys() ^ {"a", "c"} == {"b", "c"})
t(lambda: d.items() & {("a", 1)})
t(lambda: d.keys() == {"a", "b"})
t(lambda: d.values() == d.values())
t(lambda: d.keys())
t(lambda: d.values())
t(lambda: d.items())
t(lambda: reversed(d.keys()).__class__.__name__)
t(lambda: list(reversed(d.items())))
t(lambda: d | {"c": 3})
t(lambda: {"c": 3} | d)
t(lambda: d | [("c", 3)])
def f():
    e = dict(d); e |= [("z", 0)]; return e
t(f)
t(lambda: dict.fromkeys("abc"))
t(lambda: dict.fromkeys([1, 2], []))
t(lambda: dict([(1, 2), (3, 4)], x=5))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict([1]))
t(lambda: dict(1))
def f():
    e = {}; r = e.setdefault("a", []); r.append(1); e.setdefault("a", 5); return e
t(f)
def f():
    e = {1: 1, 2: 2, 3: 3}; return e.popitem(), e
t(f)
t(lambda: {1: 2}.get(1, 5))
t(lambda: {1: 2}.get(3))
t(lambda: {1: 2}.pop(3, None))
t(lambda: {1: 1} == {1: 1.0})
t(lambda: {1: 2} < {1: 3})
t(lambda: list({1: 2, 3: 4}))
t(lambda: {1: 2}.copy())
t(lambda: {True: 1, 1: 2, 1.0: 3})
def f():
    d = {}; d["x"] = d; return d
t(f)
def f():
    l = [1]; l.append(l); return l
t(f)
def f():
    l = [1]; t2 = (l,); l.append(t2); return t2
t(f)
def f():
    class M(dict):
        def __missing__(self, k): return k * 2
    m = M(); return m[3], m.get(3), 3 in m
t(f)
t(lambda: sorted([3, 1, 2], reverse=True))
t(lambda: sorted(["b", "A", "c"], key=str.lower))
t(lambda: sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=lambda x: x[0]))
t(lambda: sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=lambda x: x[0], reverse=True))
t(lambda: sorted([1, "a"]))
t(lambda: sorted([3, 1], lambda x: x))
t(lambda: [1, 2] < [1, 2, 3])
t(lambda: [1, 2] < [1, "a"])
t(lambda: (1, 2) < (1, 3))
t(lambda: [1, 2] == (1, 2))
t(lambda: [1, 2] + (3,))
t(lambda: (1,) + [2])
t(lambda: [1] * 3)
t(lambda: 3 * (1, 2))
t(lambda: [1] * "a")
t(lambda: [1] * 2.0)
def f():
    l = [1, 2, 3, 4, 5]; l[1:3] = "ab"; l[::2] = [0, 0, 0]; return l
t(f)
def f():
    l = [1, 2, 3, 4, 5]; l[::2] = [0]; return l
t(f)
def f():
    l = [1, 2, 3, 4, 5]; del l[::2]; return l
t(f)
def f():
    l = [1, 2, 3]; l[5:] = [9]; l[-100:0] = [7]; return l
t(f)
def f():
    l = [1, 2, 3]; l[1:2] = 5; return l
t(f)
def f():
    l = [1, 2, 3]; l += "ab"; l *= 2; return l
t(f)
def f():
    l = [3, 1, 2]; l.sort(key=lambda x: -x); l.reverse(); l.insert(-10, 0); l.insert(100, 9); l.extend(range(2)); return l
t(f)
t(lambda: [1, 2, 1].count(1))
t(lambda: [1, 2].copy())
def f():
    l = [1, 2]; l.clear(); return l
t(f)
t(lambda: list.sort([3, 2]))
def f():
    l = [3, 1, 2]
    def k(x):
        l.append(0); return x
    l.sort(key=k)
t(f)
t(lambda: tuple([1, 2]) == (1, 2))
t(lambda: (1, 2).count(1))
t(lambda: ())
t(lambda: (1,))
t(lambda: [(1,), (), [], {}, set(), frozenset()])
t(lambda: hash((1, 2)) == hash((1, 2)))
t(lambda: hash(()) )
t(lambda: hash((1, 2)))
t(lambda: hash(frozenset()))
t(lambda: hash(frozenset([1, 2, 3])))
t(lambda: list("abc").__len__())
t(lambda: [].__class__)
t(lambda: type({}.keys()))
t(lambda: next(iter([])))
t(lambda: next(iter([]), 5))
t(lambda: min([]))
t(lambda: max([], default=3))
t(lambda: min(1))
t(lambda: max(1, 2, key=lambda x: -x))
t(lambda: min((3, 1, 2), default=0))
t(lambda: max(1, 2, default=0))
t(lambda: min())
t(lambda: sum([1, 2], 10))
t(lambda: sum(["a"], ""))
t(lambda: sum([[1], [2]], []))
t(lambda: sum([0.1] * 10))
t(lambda: sum([1, 2], start=5))
t(lambda: sum(b"ab", b""))
