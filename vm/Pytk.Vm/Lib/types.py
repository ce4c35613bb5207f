"""types for pytk, written for pytk from the documented behaviour.

Shipped as Python: the type names are the types of objects the VM already makes (taken from sample objects,
as CPython's module does); SimpleNamespace and MappingProxyType are small classes.
"""

import sys as _sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace', 'CellType',
           'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType', 'MethodDescriptorType',
           'ClassMethodDescriptorType', 'ModuleType', 'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'new_class', 'resolve_bases', 'prepare_class', 'get_original_bases',
           'DynamicClassAttribute', 'coroutine', 'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType',
           'NotImplementedType']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_maker():
    a = 1

    def inner():
        return a
    return inner.__closure__[0]


CellType = type(_cell_maker())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())


class _C:
    __slots__ = ('_s',)

    def _m(self):
        pass


MethodType = type(_C()._m)
MemberDescriptorType = type(_C._s)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
# pytk's computed attributes of built-in types are properties.
GetSetDescriptorType = type(vars(type(_sys)).get('__dict__', property()))
ModuleType = type(_sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_sys._getframe())
    del _e

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _f, _g, _c, _co, _ag, _C, _cell_maker


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for k, v in dict(mapping_or_iterable).items():
            if not isinstance(k, str):
                raise TypeError(f"keywords must be strings, not '{type(k).__name__}'")
            setattr(self, k, v)
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        active = _repr_running.setdefault('ids', set())
        key = id(self)
        if key in active:
            return name + '(...)'
        active.add(key)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            active.discard(key)
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __hash__(self):
        raise TypeError("unhashable type: 'types.SimpleNamespace'")

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))

    def __replace__(self, /, **changes):
        result = type(self)()
        result.__dict__.update(self.__dict__)
        result.__dict__.update(changes)
        return result


SimpleNamespace.__module__ = 'types'
_repr_running = {}


class mappingproxy:
    """A read-only view of a mapping."""

    __slots__ = ('_mapping',)

    def __new__(cls, mapping):
        if not hasattr(type(mapping), '__getitem__') or isinstance(mapping, (list, tuple)):
            raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __getitem__(self, key):
        return self._mapping[key]

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    __hash__ = None


mappingproxy.__module__ = 'builtins'
MappingProxyType = mappingproxy
del mappingproxy


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            new_bases.append(base)
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases.extend(entries)
    return tuple(new_bases) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        for base in bases:
            t = type(base)
            if issubclass(meta, t):
                continue
            if issubclass(t, meta):
                meta = t
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                            "subclass of the metaclasses of all its bases")
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


def get_original_bases(cls, /):
    """Return the class's "original" bases prior to modification by __mro_entries__."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


DynamicClassAttribute = property


_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """What a @coroutine-decorated non-generator function's generator-like result is awaited through."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self

    __await__ = __iter__


def coroutine(func):
    """Make a generator function usable with await: its code gets CO_ITERABLE_COROUTINE; any other callable is
    wrapped so that a generator it returns is awaitable."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    co = getattr(func, "__code__", None)
    if isinstance(func, FunctionType) and co is not None and co.co_flags & _CO_GENERATOR:
        func.__code__ = co.replace(co_flags=co.co_flags | _CO_ITERABLE_COROUTINE)
        return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType or (type(coro) is GeneratorType and coro.gi_code.co_flags & _CO_ITERABLE_COROUTINE):
            return coro
        if type(coro) is GeneratorType or (hasattr(coro, "__next__") and hasattr(coro, "send") and not hasattr(coro, "__await__")):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped
