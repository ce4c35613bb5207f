"""functools runs on its compiled core (_functools) as in CPython: partial (flattening, read-only members, __dict__,
repr of subclasses and of itself, pickling and __setstate__ checks), reduce, cmp_to_key's KeyWrapper and the
lru_cache wrapper (hits, misses, eviction order, keys, binding, pickling by name), with the C messages."""
import _functools
import copy
import functools
import pickle

print(functools.partial is _functools.partial, functools.reduce is _functools.reduce,
      functools.cmp_to_key is _functools.cmp_to_key, functools.partial.__module__, functools.partial.__name__)


def cap(*args, **kw):
    return args, kw


p = functools.partial(cap, 1, a=2)
print(p(3, b=4), p(a=5), p.args, p.keywords, p.func is cap)
q = functools.partial(p, 5, c=6)
print(q.func is cap, q.args, q.keywords)
p.attr = 1
r = functools.partial(p, 7)
print(r.func is p, r.args, r.__dict__, p.__dict__)
print(repr(functools.partial(len, 1, k="v")), repr(functools.partial(len)))


class Sub(functools.partial):
    pass


s = Sub(cap, 1)
print(repr(s).replace(repr(cap), "cap"), s(2), type(Sub(s, 2).func).__name__)
for bad in (lambda: functools.partial(), lambda: functools.partial(1), lambda: setattr(p, "func", len),
            lambda: delattr(p, "args"), lambda: delattr(p, "__dict__"), lambda: setattr(p, "__dict__", 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
rec = functools.partial(cap)
rec.__setstate__((rec, (rec,), {"k": rec}, None))
print(repr(rec))
for state in ((cap, (), {}), [cap, (), {}, None], (None, (), {}, None), (cap, [], {}, None), (cap, (), [], None)):
    try:
        rec.__setstate__(state)
    except TypeError as e:
        print("TypeError", e)
rec.__setstate__((cap, (1,), {"a": 2}, {"x": 3}))
print(rec(), rec.x, rec.__reduce__()[1:] == ((cap,), (cap, (1,), {"a": 2}, {"x": 3})))
back = pickle.loads(pickle.dumps(functools.partial(max, 3, key=abs)))
print(back(-5), back.args, back.keywords)
c = copy.copy(rec)
print(c.args is rec.args, c.keywords is rec.keywords, c.x)
try:
    functools.partial(cap, **{})(**{"a": 1}), functools.partial(cap)(1)
    bad = functools.partial(cap)
    bad.keywords[1] = 2
    bad()
except TypeError as e:
    print("TypeError", e)


class A:
    m = functools.partial(cap, 0)
    s = staticmethod(functools.partial(cap, 1))


print(A.m(1), A.s(2), A().s(3), functools.partial[int])

print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], "init"))
for bad in (lambda: functools.reduce(max, []), lambda: functools.reduce(max, 5), lambda: functools.reduce(max),
            lambda: functools.reduce(max, [], 1, 2), lambda: functools.reduce(max, [], initial=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

key = functools.cmp_to_key(lambda x, y: (x > y) - (x < y))
print(type(key).__name__, type(key(1)), key(3) > key(1), key(2) == key(2), key(obj=4).obj, sorted("bca", key=key))
k = key(1)
k.obj = 9
print(k.obj, key(3) <= key(3), key(1) != key(2), type(k).__hash__)
for bad in (lambda: key(1) < 1, lambda: key(), lambda: key(1, 2), lambda: functools.cmp_to_key(),
            lambda: functools.cmp_to_key(max, 1), lambda: functools.cmp_to_key(x=1), lambda: key(y=1), lambda: type(key)()):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

calls = []


@functools.lru_cache(maxsize=2)
def f(x, y=0):
    calls.append((x, y))
    return x + y


print(f(1), f(1), f(2), f(3), f(1), f(1, y=0), f(1, 0), f.cache_info(), calls)
print(type(f).__name__, f.__name__, f.__qualname__, f.__wrapped__.__name__, f.cache_parameters(), f.__reduce__())
f.cache_clear()
print(f.cache_info(), copy.copy(f) is f, copy.deepcopy(f) is f)


@functools.lru_cache(maxsize=None, typed=True)
def g(x):
    return type(x).__name__


print(g(1), g(1.0), g(True), g.cache_info())


@functools.lru_cache(0)
def h(x):
    return x


print(h(1), h(1), h.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


class B:
    @functools.lru_cache
    def m(self, x):
        return x * 2


b = B()
print(b.m(4), b.m(4), B.m.cache_info(), type(B.__dict__["m"]).__name__, B.m(b, 4))
for bad in (lambda: functools.lru_cache("x"), lambda: _functools._lru_cache_wrapper(1, 1, False, None),
            lambda: _functools._lru_cache_wrapper(len, "x", False, None)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
