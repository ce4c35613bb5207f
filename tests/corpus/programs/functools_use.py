import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 0))
p = functools.partial(pow, 2)
print(p(10), functools.partial(int, base=2)("1010"))
def my_deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args) + 1
    return wrapper
@my_deco
def answer():
    """The answer."""
    return 41
print(answer(), answer.__name__, answer.__doc__)
@functools.cache
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(list(map(operator.itemgetter(1), [(1, "a"), (2, "b")])), operator.mul(6, 7))
