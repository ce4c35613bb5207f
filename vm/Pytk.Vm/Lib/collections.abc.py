"""collections.abc for pytk, written for pytk: the container ABCs with their mixin methods.

isinstance/issubclass follow CPython's rules: a class is a virtual subclass when it was register()ed, or when
the ABC's structural test (the "one trick pony" ABCs like Iterable, Sized, Hashable) finds the methods on it.
"""

from abc import ABCMeta, abstractmethod

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Hashable', 'Iterable',
           'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable', 'Collection', 'Set',
           'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence', 'ByteString', 'Buffer']


def _has(C, *methods):
    mro = C.__mro__
    for m in methods:
        for B in mro:
            if m in B.__dict__:
                if B.__dict__[m] is None:
                    return False
                break
        else:
            return False
    return True


class _ABCMeta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, sub):
        if not isinstance(sub, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in sub.__mro__:
            return True
        # a __subclasshook__ of the class (or one it inherits) has the first word, as in abc.ABCMeta
        ok = cls.__subclasshook__(sub)
        if ok is not NotImplemented:
            return bool(ok)
        hook = cls.__dict__.get('_abc_structural')
        if hook is not None and hook(sub):
            return True
        for r in cls._abc_registry:
            if issubclass(sub, r):
                return True
        for s in type.__subclasses__(cls):
            if s is not cls and isinstance(s, _ABCMeta) and s.__subclasscheck__(sub):
                return True
        return False


_ABCMeta.__module__ = 'abc'
_ABCMeta.__name__ = _ABCMeta.__qualname__ = 'ABCMeta'


def _abc_structural(*methods):
    return staticmethod(lambda C: _has(C, *methods))


class Hashable(metaclass=_ABCMeta):
    _abc_structural = _abc_structural('__hash__')

    @abstractmethod
    def __hash__(self):
        return 0


class Iterable(metaclass=_ABCMeta):
    _abc_structural = _abc_structural('__iter__')

    @abstractmethod
    def __iter__(self):
        while False:
            yield None


class Iterator(Iterable):
    _abc_structural = _abc_structural('__iter__', '__next__')

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    _abc_structural = _abc_structural('__reversed__', '__iter__')

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None


class Generator(Iterator):
    _abc_structural = _abc_structural('__iter__', '__next__', 'send', 'throw', 'close')

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ

    def close(self):
        pass


class Sized(metaclass=_ABCMeta):
    _abc_structural = _abc_structural('__len__')

    @abstractmethod
    def __len__(self):
        return 0


class Container(metaclass=_ABCMeta):
    _abc_structural = _abc_structural('__contains__')

    @abstractmethod
    def __contains__(self, x):
        return False


class Collection(Sized, Iterable, Container):
    _abc_structural = _abc_structural('__len__', '__iter__', '__contains__')


class _Owner:
    def method(self):
        pass


_CALLABLE_BUILTINS = (type(len), type(_Owner().method))
del _Owner


class Callable(metaclass=_ABCMeta):
    # built-in functions and bound methods keep __call__ out of their type's __dict__ here
    _abc_structural = staticmethod(lambda C: _has(C, '__call__') or any(B in _CALLABLE_BUILTINS for B in C.__mro__))

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


class Awaitable(metaclass=_ABCMeta):
    _abc_structural = _abc_structural('__await__')

    @abstractmethod
    def __await__(self):
        yield


class Coroutine(Awaitable):
    _abc_structural = _abc_structural('__await__', 'send', 'throw', 'close')


class AsyncIterable(metaclass=_ABCMeta):
    _abc_structural = _abc_structural('__aiter__')


class AsyncIterator(AsyncIterable):
    _abc_structural = _abc_structural('__aiter__', '__anext__')


class AsyncGenerator(AsyncIterator):
    _abc_structural = _abc_structural('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')


class Buffer(metaclass=_ABCMeta):
    _abc_structural = _abc_structural('__buffer__')


class Set(Collection):
    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(e in other for e in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(e in self for e in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(v for v in other if v in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        return not any(v in self for v in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(v for v in self if v not in other)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)


class MutableSet(Set):
    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for v in it:
            self.add(v)
        return self

    def __isub__(self, it):
        for v in it:
            self.discard(v)
        return self


class Mapping(Collection):
    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MutableMapping(Mapping):
    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    _marker = object()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is self._marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class MappingView(Sized):
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class KeysView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class Sequence(Reversible, Collection):
    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class _DeprecateByteStringMeta(_ABCMeta):
    """ByteString is deprecated: subclassing it and isinstance() against it warn."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        if name != "ByteString":
            import warnings
            warnings._deprecated("collections.abc.ByteString", remove=(3, 14))
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __instancecheck__(cls, instance):
        import warnings
        warnings._deprecated("collections.abc.ByteString", remove=(3, 14))
        return super().__instancecheck__(instance)


class ByteString(Sequence, metaclass=_DeprecateByteStringMeta):
    pass


for _abc, _types in [(Sequence, (tuple, str, range, list, bytes, memoryview)), (MutableSequence, (list, bytearray)),
                     (Mapping, (dict,)), (MutableMapping, (dict,)), (Set, (frozenset, set)), (MutableSet, (set,)),
                     (ByteString, (bytes, bytearray)), (Reversible, (list, tuple, str, range, dict)),
                     (KeysView, (type({}.keys()),)), (ValuesView, (type({}.values()),)),
                     (ItemsView, (type({}.items()),))]:
    for _t in _types:
        _abc.register(_t)
for _abc in (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Collection, Callable, Set,
             MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Sequence,
             MutableSequence, ByteString, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Buffer):
    _abc.__module__ = 'collections.abc'


# ---- subscription: Iterable[int] and the others are types.GenericAlias; Callable[[int], str] its own subclass
GenericAlias = type(list[int])
_FunctionType = type(_has)


def _is_param_expr(obj):
    """An argument list of Callable: ..., a list, a ParamSpec or a Concatenate[...]."""
    if obj is Ellipsis or isinstance(obj, list):
        return True
    t = type(obj)
    return t.__module__ == 'typing' and t.__name__ in {'ParamSpec', '_ConcatenateGenericAlias'}


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(GenericAlias):
    """Callable[[int, str], bool]: the argument types and the result stored flat in __args__."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        t_args, t_result = args
        if isinstance(t_args, (tuple, list)):
            args = (*t_args, t_result)
        elif not _is_param_expr(t_args):
            raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {t_args}")
        return super().__new__(cls, origin, args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return (f"collections.abc.Callable[[{', '.join(_type_repr(a) for a in args[:-1])}], "
                f"{_type_repr(args[-1])}]")

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _CallableGenericAlias, (Callable, args)

    def __getitem__(self, item):
        if not isinstance(item, tuple):
            item = (item,)
        new_args = super().__getitem__(item).__args__
        if not isinstance(new_args[0], (tuple, list)):
            new_args = (new_args[:-1], new_args[-1])
        return _CallableGenericAlias(Callable, tuple(new_args))


for _abc in (Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Iterable, Iterator, Reversible,
             Generator, Container, Collection, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView,
             ItemsView, ValuesView, Sequence, MutableSequence):
    _abc.__class_getitem__ = classmethod(GenericAlias)
Callable.__class_getitem__ = classmethod(_CallableGenericAlias)
del _abc
