"""Bisection algorithms (pytk's own implementation)."""


def _check(lo, hi, a):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    return len(a) if hi is None else hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    hi = _check(lo, hi, a)
    while lo < hi:
        mid = (lo + hi) // 2
        v = a[mid] if key is None else key(a[mid])
        if x < v:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    hi = _check(lo, hi, a)
    while lo < hi:
        mid = (lo + hi) // 2
        v = a[mid] if key is None else key(a[mid])
        if v < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    # the position first: a sequence that cannot be searched fails there, before its insert is looked up
    index = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(index, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    index = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(index, x)


bisect = bisect_right
insort = insort_right


# The compiled core replaces the Python definitions above when it is there (test.support blocks it to test them).
try:
    from _bisect import *
except ImportError:
    pass

bisect = bisect_right
insort = insort_right
