"""weakref for pytk, written for pytk from the documented behaviour.

Shipped as Python over `_weakref` (C#: a .NET WeakReference per ref, and callbacks queued when the object is
collected). pytk has no reference counting: a referent dies when .NET's collector finds it unreachable, which
`gc.collect()` forces; until then a ref to a deleted object still returns it (CPython: None at once).
"""

import _weakref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod",
           "finalize"]

# Instances of these built-in types cannot be weakly referenced in CPython (their subclasses can).
_NOT_WEAKREFABLE = frozenset([int, float, complex, str, bytes, tuple, list, dict, bool, type(None), bytearray,
                              type(...), type(NotImplemented), range, slice, object, property, staticmethod,
                              classmethod, super, zip, map, enumerate, type(iter([])), type(iter(())), type(reversed([]))])


def _weakrefable(t):
    """CPython's built-in classes that have no __weakref__ slot (_NOT_WEAKREFABLE, and the built-in exceptions);
    a class made by a class statement has one. (Classes whose __slots__ lack '__weakref__' are not refused: pytk's
    shipped modules define some of CPython's C types, functools.partial and re.Pattern, that way.)"""
    module = getattr(t, "__module__", "builtins")
    if isinstance(module, str) and module != "builtins":
        return True
    return t not in _NOT_WEAKREFABLE and not issubclass(t, BaseException)


def _check(ob):
    if not _weakrefable(type(ob)):
        raise TypeError(f"cannot create weak reference to '{type(ob).__name__}' object")


class ReferenceType:
    """A weak reference: calling it returns the referent, or None once it has been collected."""

    def __new__(cls, ob, callback=None, /, *args, **kwargs):
        _check(ob)
        self = object.__new__(cls)
        self._deref = _weakref.cell(ob)
        self._hash = None
        self._callback = callback
        if callback is not None:
            _weakref.watch(ob, lambda: callback(self))
        return self

    def __init__(self, ob, callback=None, /):
        pass

    def __call__(self):
        return self._deref()

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        ob = self()
        if ob is None:
            return f"<weakref at {id(self):#x}; dead>"
        return f"<weakref at {id(self):#x}; to '{type(ob).__qualname__}' at {id(ob):#x}>"

    __class_getitem__ = classmethod(lambda cls, item: cls)


ReferenceType.__name__ = ReferenceType.__qualname__ = 'ReferenceType'
ref = ReferenceType


class ProxyType:
    """A weak proxy: attribute access goes to the referent while it is alive."""

    def __init__(self, ob, callback=None, /):
        object.__setattr__(self, '_ref', ref(ob, (lambda r: callback(self)) if callback else None))

    def _target(self):
        ob = object.__getattribute__(self, '_ref')()
        if ob is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return ob

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        ob = object.__getattribute__(self, '_ref')()
        return f"<weakproxy at {id(self):#x}; to '{type(ob).__name__}' at {id(ob):#x}>"

    def __str__(self):
        return str(ProxyType._target(self))

    def __bool__(self):
        return bool(ProxyType._target(self))

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __getitem__(self, key):
        return ProxyType._target(self)[key]

    def __setitem__(self, key, value):
        ProxyType._target(self)[key] = value

    def __contains__(self, item):
        return item in ProxyType._target(self)

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __lt__(self, other):
        return ProxyType._target(self) < other

    def __add__(self, other):
        return ProxyType._target(self) + other

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)

    __hash__ = None


ProxyType.__name__ = ProxyType.__qualname__ = 'weakproxy'
CallableProxyType = ProxyType
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None, /):
    _check(ob)
    return ProxyType(ob, callback)


def getweakrefcount(ob, /):
    return 0


def getweakrefs(ob, /):
    return []


class WeakMethod(ref):
    """A weak reference to a bound method: it dies with the instance or the function."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)


class _Removed:
    pass


class WeakValueDictionary:
    """Mapping class that references values weakly: entries go away when their value is collected."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        data = self.data

        def remove(wr, key=key):
            if data.get(key) is wr:
                del data[key]
        return ref(value, remove)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    keys = __iter__

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def values(self):
        for wr in list(self.data.values()):
            v = wr()
            if v is not None:
                yield v

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for k, v in other.items():
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def __or__(self, other):
        c = self.copy()
        c.update(other)
        return c

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary:
    """Mapping class that references keys weakly: entries go away when their key is collected."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _ref(self, key):
        data = self.data

        def remove(wr):
            data.pop(wr, None)
        return ref(key, remove)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[self._ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            k = wr()
            if k is not None:
                yield k

    keys = __iter__

    def items(self):
        for wr, v in list(self.data.items()):
            k = wr()
            if k is not None:
                yield k, v

    def values(self):
        for wr, v in list(self.data.items()):
            if wr() is not None:
                yield v

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            k = wr()
            if k is not None:
                return k, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(self._ref(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for k, v in dict.items():
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakKeyDictionary(dict(self.items()))

    __copy__ = copy

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"


class WeakSet:
    """A set that references its elements weakly."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def _ref(self, item):
        data = self.data

        def remove(wr):
            data.discard(wr)
        return ref(item, remove)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(self._ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            item = self.data.pop()()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        return WeakSet(list(self) + list(other))

    __or__ = union

    def difference(self, other):
        other = set(other)
        return WeakSet(x for x in self if x not in other)

    __sub__ = difference

    def intersection(self, other):
        other = set(other)
        return WeakSet(x for x in self if x in other)

    __and__ = intersection

    def issubset(self, other):
        return all(x in other for x in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(x in self for x in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self) == set(other)

    __hash__ = None

    def __repr__(self):
        return repr(set(self)).join(('WeakSet(', ')')) if len(self) else 'WeakSet()'


class finalize:
    """A finalizer: calls func(*args, **kwargs) once obj is collected (or at exit, or when called)."""

    _registry = {}
    _counter = [0]
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        _check(obj)
        info = [func, args, kwargs or None, True]
        finalize._counter[0] += 1
        self._index = finalize._counter[0]
        self._info = info
        self._ob_repr = (type(obj).__name__, id(obj))
        finalize._registry[self] = info
        _weakref.watch(obj, self)

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None:
            func, args, kwargs, _ = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        info = finalize._registry.pop(self, None)
        if info is not None:
            return (None, info[0], info[1], info[2] or {})

    def peek(self):
        info = finalize._registry.get(self)
        if info is not None:
            return (None, info[0], info[1], info[2] or {})

    @property
    def alive(self):
        _weakref.settle()
        return self in finalize._registry

    @property
    def atexit(self):
        return self._info[3]

    @atexit.setter
    def atexit(self, value):
        self._info[3] = bool(value)

    @classmethod
    def _exitfunc(cls):
        # At exit: first the finalizers of objects already unreachable, then those still alive with
        # atexit set, newest first (as CPython).
        _weakref.collect()
        pending = [f for f in cls._registry if f._info[3]]
        pending.sort(key=lambda f: f._index, reverse=True)
        for f in pending:
            f()

    def __repr__(self):
        if self.alive:
            return f"<finalize object at {id(self):#x}; for '{self._ob_repr[0]}' at {self._ob_repr[1]:#x}>"
        return f"<finalize object at {id(self):#x}; dead>"
