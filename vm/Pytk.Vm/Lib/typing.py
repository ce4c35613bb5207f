"""Type hints (pytk's own, minimal typing: enough for annotated programs to run; no static checking)."""

import collections as _collections

TYPE_CHECKING = False


class _Alias:
    """A subscriptable stand-in for typing's special forms and generic aliases (List[int], Optional[str], ...)."""

    def __init__(self, name, origin=None, args=()):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self._name, self.__origin__ if self.__origin__ is not None else self, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None or not callable(self.__origin__):
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self._name.lower()}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        while isinstance(origin, _Alias):
            origin = origin.__origin__
        return (origin,) if isinstance(origin, type) else ()

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def _key(self):
        if self._name in ('Union', 'Optional') and self.__args__:
            return 'Union', frozenset(self.__args__)   # unions compare as sets of their members
        return self._name, self.__args__

    def __eq__(self, other):
        return isinstance(other, _Alias) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        if not self.__args__:
            return 'typing.' + self._name
        args = self.__args__[:1] if self._name == 'Optional' else self.__args__
        return f"typing.{self._name}[{', '.join(_type_repr(a) for a in args)}]"


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


def _generic(name, origin):
    return _Alias(name, origin)


Any = _Alias('Any')
List = _generic('List', list)
Dict = _generic('Dict', dict)
Set = _generic('Set', set)
FrozenSet = _generic('FrozenSet', frozenset)
Tuple = _generic('Tuple', tuple)
Type = _generic('Type', type)
DefaultDict = _generic('DefaultDict', _collections.defaultdict)
Deque = _generic('Deque', _collections.deque)
Counter = _generic('Counter', _collections.Counter)
OrderedDict = _generic('OrderedDict', _collections.OrderedDict)
Callable = _Alias('Callable')
Iterable = _Alias('Iterable')
Iterator = _Alias('Iterator')
Generator = _Alias('Generator')
Sequence = _Alias('Sequence')
MutableSequence = _Alias('MutableSequence')
Mapping = _Alias('Mapping')
MutableMapping = _Alias('MutableMapping')
AbstractSet = _Alias('AbstractSet')
Collection = _Alias('Collection')
Container = _Alias('Container')
Hashable = _Alias('Hashable')
Sized = _Alias('Sized')
Awaitable = _Alias('Awaitable')
Coroutine = _Alias('Coroutine')
AsyncIterator = _Alias('AsyncIterator')
AsyncIterable = _Alias('AsyncIterable')
ClassVar = _Alias('ClassVar')
Final = _Alias('Final')
Literal = _Alias('Literal')
Annotated = _Alias('Annotated')
Required = _Alias('Required')
NotRequired = _Alias('NotRequired')
Self = _Alias('Self')
Never = _Alias('Never')
NoReturn = _Alias('NoReturn')
LiteralString = _Alias('LiteralString')
TypeAlias = _Alias('TypeAlias')


class _UnionForm(_Alias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        flat = []
        for p in params:
            p = type(None) if p is None else p
            for q in (p.__args__ if isinstance(p, _Alias) and p._name == 'Union' and p.__args__ else (p,)):
                if q not in flat:
                    flat.append(q)
        if len(flat) == 1:
            return flat[0]
        if len(flat) == 2 and type(None) in flat:
            other = flat[0] if flat[1] is type(None) else flat[1]
            return _Alias('Optional', self, (other, type(None)))
        return _Alias('Union', self, tuple(flat))


Union = _UnionForm('Union')


class _OptionalForm(_Alias):
    def __getitem__(self, param):
        return Union[param, None]


Optional = _OptionalForm('Optional')


# The PEP 695 runtime objects live in _typing (the VM's type-parameter syntax creates them too).
from _typing import TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic, NoDefault, Unpack

# A type variable of str or bytes, for functions that work on either (as CPython's typing.AnyStr).
AnyStr = TypeVar("AnyStr", bytes, str)
# Type variables typing defines for its own generic aliases (not in __all__, imported by name elsewhere).
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


class Protocol(Generic):
    pass


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, name, bases, ns)
        fields = list(ns.get('__annotations__', {}))
        defaults = [ns[f] for f in fields if f in ns]
        nt = _collections.namedtuple(name, fields, defaults=defaults or None, module=ns.get('__module__'))
        for key, value in ns.items():
            if key not in fields and key not in ('__annotations__', '__module__', '__qualname__', '_root'):
                setattr(nt, key, value)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


class TypedDict(dict):
    pass


def cast(typ, val):
    return val


_overload_registry = _collections.defaultdict(lambda: _collections.defaultdict(dict))


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")


def overload(func):
    """Marks an overload signature; get_overloads() lists them (keyed by the function's module, qualified name
    and first line), and calling one raises NotImplementedError."""
    f = getattr(func, '__func__', func)
    try:
        _overload_registry[f.__module__][f.__qualname__][f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The overloads registered for func, in definition order."""
    f = getattr(func, '__func__', func)
    if f.__module__ not in _overload_registry:
        return []
    by_name = _overload_registry[f.__module__]
    if f.__qualname__ not in by_name:
        return []
    return list(by_name[f.__qualname__].values())


def clear_overloads():
    """Forgets every registered overload."""
    _overload_registry.clear()


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj):
    return obj


# ---- special forms and helpers of PEP 612/647/742/705/681/698 (the typing-checker vocabulary; no run-time effect)
Concatenate = _Alias('Concatenate')
TypeGuard = _Alias('TypeGuard')
TypeIs = _Alias('TypeIs')
ReadOnly = _Alias('ReadOnly')


class ForwardRef:
    """A string annotation not yet evaluated (typing's internal representation of 'X')."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        module = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


class ParamSpecArgs:
    """`P.args` of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs:
    """`P.kwargs` of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class IO(Generic):
    """The generic type of file objects (typing.IO[AnyStr])."""
    __slots__ = ()


class TextIO(IO):
    """The type of text file objects."""
    __slots__ = ()


class BinaryIO(IO):
    """The type of binary file objects."""
    __slots__ = ()


def _re_types():
    import re
    return re.Pattern, re.Match


Pattern, Match = _re_types()


def assert_type(val, typ, /):
    """Asks a static checker to confirm VAL has type TYP; returns VAL unchanged at run time."""
    return val


def override(method, /):
    """Marks a method as overriding one of a base class (sets __override__ where it can)."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check_decorator(decorator):
    """Makes DECORATOR apply no_type_check to what it decorates."""
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False, frozen_default=False,
                        field_specifiers=(), **kwargs):
    """Marks a decorator, base class or metaclass as making dataclass-like classes (PEP 681)."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default, "kw_only_default": kw_only_default,
            "frozen_default": frozen_default, "field_specifiers": field_specifiers, "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def is_typeddict(tp):
    """True for a class made by TypedDict."""
    return isinstance(tp, type) and issubclass(tp, TypedDict) and tp is not TypedDict


def is_protocol(tp, /):
    """True for a class that derives from Protocol directly (a protocol class, not an implementation)."""
    return isinstance(tp, type) and tp is not Protocol and Protocol in getattr(tp, '__bases__', ())


def get_protocol_members(tp, /):
    """The names a protocol class declares (methods and annotated attributes)."""
    if not is_protocol(tp):
        raise TypeError(f'{tp!r} is not a Protocol')
    names = set()
    for base in tp.__mro__[:-1]:
        if base in (Protocol, Generic, object):
            continue
        for name in list(base.__dict__) + list(getattr(base, '__annotations__', {})):
            if not name.startswith('_abc_') and name not in ('__module__', '__qualname__', '__doc__', '__dict__',
                    '__weakref__', '__annotations__', '__parameters__', '__orig_bases__', '__protocol_attrs__',
                    '__slots__', '__init__', '__non_callable_proto_members__', '__static_attributes__',
                    '__firstlineno__', '__type_params__'):
                names.add(name)
    return frozenset(names)
