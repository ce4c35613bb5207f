import functools
from functools import partial, reduce, wraps, lru_cache, singledispatch


class Greeter:
    def greet(self, greeting, name):
        return f'{greeting}, {name}'

    hello = functools.partialmethod(greet, 'Hello')


g = Greeter()
print(g.hello('ann'), partial(g.greet, 'Hi')('bo'))
int2 = partial(int, base=2)
print(int2('1011'), int2('11', base=10), int2.keywords)
print(reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}), reduce(max, [3, 9, 2], 10))


def retry(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except ValueError as e:
                    print(f'  attempt {attempt} failed: {e}')
            return None
        wrapper.attempts = times
        return wrapper
    return deco


state = {'n': 0}


@retry(3)
def flaky(x):
    """Fails twice."""
    state['n'] += 1
    if state['n'] < 3:
        raise ValueError(f'try {state["n"]}')
    return x * 2


print(flaky(21), flaky.__name__, flaky.__doc__, flaky.attempts, flaky.__wrapped__.__name__)


@lru_cache(maxsize=3)
def square(x, *, pow=2):
    print(f'  computing {x}**{pow}')
    return x ** pow


print(square(2), square(2), square(2, pow=3), square(3), square(4), square(2))
print(square.cache_info())


@singledispatch
def size(x):
    raise TypeError(f'no size for {type(x).__name__}')


@size.register(list)
@size.register(tuple)
def _(x):
    return len(x)


@size.register(dict)
def _(x):
    return sum(size(v) if isinstance(v, (list, tuple, dict)) else 1 for v in x.values())


print(size([1, 2]), size((1,)), size({'a': [1, 2, 3], 'b': 5}))
try:
    size(3)
except TypeError as e:
    print('TypeError', e)
