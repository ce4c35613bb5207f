# OrderedDict keeps its own order next to the dict: O(1) moves at both ends, views in that order, changes
# made through dict's own methods surface as KeyError, mutation during iteration or comparison is an error.
import copy
import pickle
from collections import OrderedDict
from collections.abc import KeysView, ItemsView, MutableSequence
from collections import deque

od = OrderedDict.fromkeys('abcde')
od.move_to_end('a')
od.move_to_end('e', last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(reversed(od)))
print(od.keys(), od.values(), od.items(), type(od.keys()).__name__, type(iter(od)).__name__)
print(list(reversed(od.items())), od.keys() == {'b', 'c', 'd'}, od.items() == dict(od).items())
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance(deque(), MutableSequence))

big = OrderedDict()
for i in range(20000):
    big[i] = i
for i in range(0, 20000, 2):
    big.move_to_end(i, last=False)
print(list(big)[:3], list(big)[-3:], len(big))

# order-sensitive equality against another OrderedDict, not against a dict
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))

# changes through dict's own methods bypass the order
broken = OrderedDict(spam=1, ham=2)
dict.__delitem__(broken, 'spam')
for f in (repr, lambda d: list(d.values()), lambda d: d.copy()):
    try:
        f(broken)
    except KeyError as e:
        print('KeyError', e)

for change in (lambda d: d.__setitem__('new', 1), lambda d: d.move_to_end('x'), lambda d: d.pop('y')):
    d = OrderedDict.fromkeys('xyz')
    try:
        for k in d:
            change(d)
    except RuntimeError as e:
        print('RuntimeError:', e)


class Logged(OrderedDict):
    def __delitem__(self, key):
        print('__delitem__', key)
        super().__delitem__(key)


lg = Logged(a=1, b=2, c=3)
print(lg.pop('a'), lg.popitem(), lg)
del lg['b']

od = OrderedDict(c=1, b=2, a=3)
od.attr = [1]
dup = copy.copy(od)
print(dup, dup.attr is od.attr, vars(dup), pickle.loads(pickle.dumps(od)), copy.deepcopy(od))
it = iter(od.items())
next(it)
print(list(pickle.loads(pickle.dumps(it))), list(it))
od[42] = od.values()
print(repr(od)[:40])
print(OrderedDict(a=1) | {'b': 2}, {'b': 2} | OrderedDict(a=1))
