"""Container datatypes (pytk's own implementation of deque, defaultdict, Counter, OrderedDict, namedtuple)."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque',
           'namedtuple']

import sys as _sys

# a package, as CPython's: its submodule collections.abc is shipped as Lib/collections.abc.py
__path__ = ['<pytk>/Lib/collections']
from operator import itemgetter as _itemgetter


class deque:
    """A ring buffer: a list used circularly from _head, doubled when full, so both ends are O(1)."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._buf = [None] * 8
        self._head = 0
        self._n = 0
        self._maxlen = maxlen
        self._state = 0   # bumped on every mutation, so iterators can detect one
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _grow(self):
        old, cap = self._buf, len(self._buf)
        items = [old[(self._head + i) % cap] for i in range(self._n)]
        self._buf = items + [None] * cap
        self._head = 0

    def _items(self):
        buf, cap, h = self._buf, len(self._buf), self._head
        return [buf[(h + i) % cap] for i in range(self._n)]

    def _set_items(self, items):
        self._buf = list(items) + [None] * max(8, len(items))
        self._head = 0
        self._n = len(items)
        self._state += 1

    def append(self, x):
        self._state += 1
        if self._maxlen is not None and self._n >= self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        if self._n == len(self._buf):
            self._grow()
        self._buf[(self._head + self._n) % len(self._buf)] = x
        self._n += 1

    def appendleft(self, x):
        self._state += 1
        if self._maxlen is not None and self._n >= self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        if self._n == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._n += 1

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if not self._n:
            raise IndexError("pop from an empty deque")
        self._state += 1
        self._n -= 1
        i = (self._head + self._n) % len(self._buf)
        x = self._buf[i]
        self._buf[i] = None
        return x

    def popleft(self):
        if not self._n:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._buf[self._head]
        self._buf[self._head] = None
        self._head = (self._head + 1) % len(self._buf)
        self._n -= 1
        return x

    def rotate(self, n=1):
        k = self._n
        if k <= 1:
            return
        n %= k
        if not n:
            return
        if k == len(self._buf):
            # full buffer: rotating is just moving the head
            self._head = (self._head - n) % k
            self._state += 1
            return
        for _ in range(n if n <= k // 2 else 0):
            self.appendleft(self.pop())
        for _ in range(k - n if n > k // 2 else 0):
            self.append(self.popleft())

    def clear(self):
        self._buf = [None] * 8
        self._head = 0
        self._n = 0
        self._state += 1

    def copy(self):
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        # the instance's own attributes, without the ring buffer's
        state = {k: v for k, v in vars(self).items() if k not in ('_buf', '_head', '_n', '_maxlen', '_state')} or None
        return type(self), (() if self._maxlen is None else ((), self._maxlen)), state, iter(self)

    def count(self, x):
        return sum(1 for v in self if v is x or v == x)

    def index(self, x, start=0, stop=None):
        items = self._items()
        n = len(items)
        if stop is None:
            stop = n
        for i in range(*slice(start, stop).indices(n)):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and self._n >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        items = self._items()
        for i, v in enumerate(items):
            if v is value or v == value:
                del items[i]
                self._set_items(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        items = self._items()
        items.reverse()
        self._set_items(items)

    def __len__(self):
        return self._n

    def __bool__(self):
        return self._n > 0

    def __iter__(self):
        state, buf, cap, h = self._state, self._buf, len(self._buf), self._head
        for i in range(self._n):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield buf[(h + i) % cap]
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state, buf, cap, h = self._state, self._buf, len(self._buf), self._head
        for i in range(self._n - 1, -1, -1):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield buf[(h + i) % cap]

    def __contains__(self, x):
        for v in self:
            if v is x or v == x:
                return True
        return False

    def _slot(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        if not -0x8000000000000000 <= i <= 0x7FFFFFFFFFFFFFFF:
            raise IndexError("cannot fit 'int' into an index-sized integer")
        if not -self._n <= i < self._n:
            raise IndexError("deque index out of range")
        if i < 0:
            i += self._n
        return (self._head + i) % len(self._buf)

    def __getitem__(self, i):
        return self._buf[self._slot(i)]

    def __setitem__(self, i, v):
        self._buf[self._slot(i)] = v

    def __delitem__(self, i):
        self._slot(i)
        items = self._items()
        del items[i]
        self._set_items(items)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return deque(self._items() + other._items(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items() * n, self._maxlen)

    def __imul__(self, n):
        items = self._items() * n
        self.clear()
        self.extend(items)
        return self

    def __repr__(self):
        if _repr_running(self):
            return '[...]'
        inner = _safe_repr(self._items(), self)
        if self._maxlen is None:
            return f"{type(self).__name__}({inner})"
        return f"{type(self).__name__}({inner}, maxlen={self._maxlen})"


_repr_stack = []


def _repr_running(obj):
    return any(o is obj for o in _repr_stack)


def _safe_repr(items, owner):
    _repr_stack.append(owner)
    try:
        return repr(items)
    finally:
        _repr_stack.pop()


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (() if self.default_factory is None else (self.default_factory,)), None, None, iter(self.items())

    def __repr__(self):
        f = self.default_factory
        fr = "None" if f is None else repr(f)
        return f"{type(self).__name__}({fr}, {dict.__repr__(self)})"


_od_marker = object()


class _ODIterator:
    """Iterates an OrderedDict's keys, values (kind 1) or items (kind 2), forward or reversed. A change of the
    order or size since it started is a RuntimeError; it pickles as an iterator over what is left."""
    __slots__ = ('_od', '_node', '_kind', '_reverse', '_state', '_size')

    def __init__(self, od, kind, reverse):
        self._od, self._kind, self._reverse = od, kind, reverse
        self._node = od._od_root[0] if reverse else od._od_root[1]
        self._state, self._size = od._od_state, dict.__len__(od)

    def __iter__(self):
        return self

    def __next__(self):
        od = self._od
        if od is None:
            raise StopIteration
        if od._od_state != self._state:
            raise RuntimeError('OrderedDict mutated during iteration')
        if dict.__len__(od) != self._size:
            raise RuntimeError('OrderedDict changed size during iteration')
        node = self._node
        if node is od._od_root:
            self._od = None
            raise StopIteration
        self._node = node[0] if self._reverse else node[1]
        key = node[2]
        if self._kind == 0:
            return key
        value = od[key]
        return value if self._kind == 1 else (key, value)

    def __length_hint__(self):
        if self._od is None:
            return 0
        count, node, root = 0, self._node, self._od._od_root
        while node is not root and node is not None:
            count += 1
            node = node[0] if self._reverse else node[1]
        return count

    def __reduce__(self):
        rest = []
        od = self._od
        if od is not None:
            node = self._node
            while node is not od._od_root and node is not None:
                key = node[2]
                rest.append(key if self._kind == 0 else od[key] if self._kind == 1 else (key, od[key]))
                node = node[0] if self._reverse else node[1]
        return iter, (rest,)


_ODIterator.__name__ = _ODIterator.__qualname__ = 'odict_iterator'
_ODIterator.__module__ = 'builtins'


class OrderedDict(dict):
    """Dictionary that remembers insertion order of its own: a circular doubly linked list of the keys (its
    root a sentinel node) and a dict from key to node, next to the dict's storage, so moving a key to either
    end and removing one are O(1). A change made through dict's own methods (dict.__delitem__(od, k)) bypasses
    the order, and iterating then finds the key missing: KeyError, as in CPython."""

    __slots__ = ('_od_root', '_od_nodes', '_od_state', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **kwds):
        self = dict.__new__(cls)
        root = [None, None, None]
        root[0] = root[1] = root
        self._od_root = root
        self._od_nodes = {}
        # bumped when a key comes, leaves or moves, so iterators and comparisons can tell a mutation
        self._od_state = 0
        return self

    def __init__(self, other=(), /, **kwds):
        _od_update(self, other, **kwds)

    def __setitem__(self, key, value):
        if key not in self._od_nodes:
            root = self._od_root
            last = root[0]
            node = [last, root, key]
            last[1] = root[0] = node
            self._od_nodes[key] = node
            self._od_state += 1
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self._od_remove(key)

    def __iter__(self):
        return _ODIterator(self, 0, False)

    def __reversed__(self):
        return _ODIterator(self, 0, True)

    def clear(self):
        root = self._od_root
        root[0] = root[1] = root
        self._od_nodes.clear()
        self._od_state += 1
        dict.clear(self)

    def _od_remove(self, key):
        """Takes key out of the order (not through __delitem__, which a subclass may override)."""
        node = self._od_nodes.pop(key)
        node[0][1] = node[1]
        node[1][0] = node[0]
        node[0] = node[1] = None
        self._od_state += 1

    def popitem(self, last=True):
        root = self._od_root
        if root[1] is root:
            raise KeyError('dictionary is empty')
        key = root[0][2] if last else root[1][2]
        value = dict.pop(self, key)
        self._od_remove(key)
        return key, value

    def move_to_end(self, key, last=True):
        node = self._od_nodes[key]
        root = self._od_root
        node[0][1] = node[1]
        node[1][0] = node[0]
        if last:
            node[0], node[1] = root[0], root
            root[0][1] = root[0] = node
        else:
            node[0], node[1] = root, root[1]
            root[1][0] = root[1] = node
        self._od_state += 1

    def pop(self, key, default=_od_marker):
        if key in self._od_nodes:
            value = dict.pop(self, key)
            self._od_remove(key)
            return value
        if default is _od_marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        _od_update(self, other, **kwds)

    def keys(self):
        return _ODKeysView(self)

    def values(self):
        return _ODValuesView(self)

    def items(self):
        return _ODItemsView(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def copy(self):
        return self.__class__(self)

    def __sizeof__(self):
        return dict.__sizeof__(self) + 8 * (4 * len(self._od_nodes) + 4)

    def __reduce__(self):
        state = self.__getstate__()
        if state:
            if isinstance(state, tuple):
                state, slots = state
            else:
                slots = {}
            # the order's own bookkeeping (_od_*) is rebuilt by the items, not copied
            state = {k: v for k, v in (state or {}).items() if not k.startswith('_od_')}
            slots = {k: v for k, v in slots.items() if not k.startswith('_od_')}
            state = (state or None, slots) if slots else (state or None)
        return self.__class__, (), state or None, None, iter(self.items())

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            # the orders must match too; a key's __eq__ that changes either dict is an error
            states = (self._od_state, other._od_state, len(self), len(other))
            a, b = self._od_root[1], other._od_root[1]
            while a is not self._od_root and b is not other._od_root:
                if not (a[2] is b[2] or a[2] == b[2]):
                    return False
                if states != (self._od_state, other._od_state, len(self), len(other)):
                    raise RuntimeError('OrderedDict mutated during iteration')
                a, b = a[1], b[1]
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        key = id(self)
        if key in _od_repr_running:
            return '...'
        _od_repr_running.add(key)
        try:
            return f"{type(self).__name__}({dict(self.items())!r})"
        finally:
            _od_repr_running.discard(key)


def _od_update(od, other=(), /, **kwds):
    """MutableMapping.update's rules, through od's own __setitem__ (a subclass's update() is not used)."""
    if isinstance(other, dict) or hasattr(other, 'keys'):
        for key in other.keys():
            od[key] = other[key]
    else:
        for key, value in other:
            od[key] = value
    for key, value in kwds.items():
        od[key] = value


_od_repr_running = set()


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def __reduce__(self):
        return type(self), (dict(self),)

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if hasattr(iterable, 'keys'):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{type(self).__name__}({d!r})'

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    # multiset inclusion (missing elements count as zero), as CPython 3.10+
    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        return Counter({k: v for k, v in self.items() if v > 0})

    def __neg__(self):
        return Counter({k: 0 - v for k, v in self.items() if v < 0})

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self


class _TupleGetter:
    # A namedtuple field: reads item INDEX; refuses assignment with CPython's _tuplegetter message. (No class
    # docstring: '__doc__' is a slot, which a class attribute of that name would conflict with.)
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name.startswith('_') or name in seen
                    or name in ('False', 'None', 'True', 'and', 'as', 'class', 'def', 'for', 'if', 'import',
                                'in', 'is', 'lambda', 'not', 'or', 'return', 'while', 'with', 'yield')):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(fields), reversed(defaults)))))

    def __new__(_cls, /, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError(f'{typename}.__new__() takes {nfields + 1} positional arguments but {len(args) + 1} were given')
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in fields[len(values):] if n not in kwargs and n not in field_defaults]
                if len(missing) == 1:
                    raise TypeError(f"{typename}.__new__() missing 1 required positional argument: {missing[0]!r}")
                listed = ', '.join(repr(m) for m in missing[:-1]) + f' and {missing[-1]!r}'
                raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional arguments: {listed}")
        if kwargs:
            name = next(iter(kwargs))
            if name in fields:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
        return tuple.__new__(_cls, values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else getattr(self, name) for name in fields])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        inner = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{self.__class__.__name__}({inner})'

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _TupleGetter(index, f'Alias for field number {index}')
    result = type(typename, (tuple,), namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    result.__module__ = module
    return result


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def new_child(self, m=None):
        return self.__class__({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'


from _collections_user import UserDict, UserList, UserString
from collections.abc import MutableSequence as _MutableSequence, KeysView as _KeysView, ValuesView as _ValuesView, ItemsView as _ItemsView


def _od_view_repr(view):
    key = id(view)
    if key in _od_repr_running:
        return '...'
    _od_repr_running.add(key)
    try:
        return f'{type(view).__name__}({list(view)!r})'
    finally:
        _od_repr_running.discard(key)


class _ODKeysView(_KeysView):
    def __iter__(self):
        return _ODIterator(self._mapping, 0, False)

    def __reversed__(self):
        return _ODIterator(self._mapping, 0, True)

    __repr__ = _od_view_repr


class _ODValuesView(_ValuesView):
    def __iter__(self):
        return _ODIterator(self._mapping, 1, False)

    def __reversed__(self):
        return _ODIterator(self._mapping, 1, True)

    __repr__ = _od_view_repr


class _ODItemsView(_ItemsView):
    def __iter__(self):
        return _ODIterator(self._mapping, 2, False)

    def __reversed__(self):
        return _ODIterator(self._mapping, 2, True)

    __repr__ = _od_view_repr


# CPython's names for OrderedDict's views (C types of builtins)
for _view, _name in ((_ODKeysView, 'odict_keys'), (_ODValuesView, 'odict_values'), (_ODItemsView, 'odict_items')):
    _view.__name__ = _view.__qualname__ = _name
    _view.__module__ = 'builtins'
del _view, _name
_MutableSequence.register(deque)


def _count_elements(mapping, iterable):
    """Counts the elements of ITERABLE into MAPPING (Counter.update's loop)."""
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1
