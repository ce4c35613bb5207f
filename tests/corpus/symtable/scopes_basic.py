"""Module, function, class and lambda blocks; parameters of every kind."""
import os
import os.path as osp, sys
from collections import OrderedDict as OD, deque

CONST = 10


def f(a, b=CONST, /, c=2, *args, d, e=3, **kwargs):
    total = a + b + c + d + e + len(args) + len(kwargs)
    del total
    return os.sep


class Base:
    attr = 1

    def method(self, x):
        return self.attr + x

    @staticmethod
    def smethod(*, key=None):
        return key


square = lambda n, *rest, k=1, **kw: n * n + k
print(f(1, d=4), Base().method(2), square(3))
