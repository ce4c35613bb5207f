# reprlib: size and depth limits, fillvalue, indent, recursive_repr.
import reprlib
from collections import deque

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset()), reprlib.repr(set()))
print(reprlib.repr({k: k * k for k in range(10)}))
print(reprlib.repr('x' * 50 + 'y' * 50))
print(reprlib.repr(7 ** 80))
print(reprlib.repr(deque('abcdefghij')))
print(reprlib.repr([[[[[[[[1]]]]]]]]))

r = reprlib.Repr(maxlist=3, fillvalue='<more>', maxlevel=2)
print(r.repr([1, [2, [3, [4]]], 5, 6]))
print(reprlib.Repr(indent=2).repr({'a': [1, (2,)], 'b': frozenset({3, 4}), 'c': []}))
print(reprlib.Repr(indent='..', maxdict=1).repr({'x': 1, 'y': 2}))
for bad in (-2, 1.5):
    try:
        reprlib.Repr(indent=bad).repr([1])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Bad:
    def __repr__(self):
        raise RuntimeError('no')


print(reprlib.repr(Bad()).startswith('<Bad instance at 0x'))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return f'Node({self.name}, {self.children})'


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
print(repr(a))
print(Node.__repr__.__name__, Node.__repr__.__wrapped__.__qualname__)
