from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set,
                             Hashable, Sized, Container, Callable, Generator, Collection, Reversible)
import collections.abc
import collections


def flatten(items):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, (3, [4, 'five'])], {6}, range(7, 9)])))
checks = [([], Iterable), ([], Sequence), ((), MutableSequence), ({}, Mapping), ({}, MutableMapping), (set(), Set),
          (frozenset(), Hashable), ([], Hashable), ('abc', Sized), (5, Container), (len, Callable),
          ((x for x in ''), Generator), (iter([]), Iterator), ([], Iterator), ('s', Collection), ({}, Reversible),
          (5, Hashable), (range(3), Sequence)]
print([isinstance(o, cls) for o, cls in checks])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class Deck(Sequence):
    def __init__(self):
        self.cards = [f'{r}{s}' for s in 'SH' for r in 'A23']

    def __getitem__(self, i):
        return self.cards[i]

    def __len__(self):
        return len(self.cards)


print(isinstance(Countdown(3), Iterator), list(Countdown(3)), issubclass(Countdown, Iterable))
r = Registry()
r['Ann'] = 1
r.update(BOB=2, cid=3)
print(r['ANN'], 'bob' in r, r.get('x', 0), sorted(r.keys()), sorted(r.items()), r.pop('cid'), len(r), r == {'ann': 1, 'bob': 2})
print(r.setdefault('dee', 4), sorted(r), isinstance(r, Mapping), isinstance(r, dict))
d = Deck()
print(d[0], len(d), 'AH' in d, d.index('2S'), d.count('3H'), list(reversed(d))[:2], isinstance(d, Reversible))
try:
    Registry.__abstractmethods__ and MutableMapping()
except TypeError as e:
    print('TypeError', str(e).split(' without')[0])
print(collections.abc.Sized is Sized, collections.abc.__name__, Sequence.__module__)


class Unhashable:
    __hash__ = None


print(isinstance(Unhashable(), Hashable), issubclass(int, Hashable), issubclass(list, Sized))
Sequence.register(Countdown)
print(isinstance(Countdown(1), Sequence))
