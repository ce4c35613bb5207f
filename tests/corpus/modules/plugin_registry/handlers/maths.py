from registry import handler
import math
import functools


@handler('add', 'plus')
def add(*xs):
    return sum(map(float, xs))


@handler()
def fact(n):
    return math.factorial(int(n))


@handler('prod')
def prod(*xs):
    return functools.reduce(lambda a, b: a * b, map(int, xs), 1)
