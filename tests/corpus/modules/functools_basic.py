import functools
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key

print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10), reduce(max, 'hello'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(square(7), cube_mod(4), square.args, square.keywords, square.func is power)
p2 = partial(partial(max, 1), 5)
print(p2(3), p2.args, p2.func is max)
print(repr(partial(max, 1, key=abs)))
try:
    partial(1)
except TypeError as e:
    print('TypeError', e)


def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())


@lru_cache(maxsize=2)
def sq(x):
    print('  compute', x)
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
info = sq.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)


@lru_cache
def ident(x):
    return x


ident(1); ident(1); ident(1.0)
print(ident.cache_info(), ident.__name__)


@cache
def slow_len(s):
    return len(s)


print(slow_len('abc'), slow_len('abc'), slow_len.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed.cache_info())
