"""Data classes (pytk's own implementation: dataclass, field, fields, asdict, astuple, replace, ...)."""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']

import copy as _copy
import sys as _sys


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._kind = 'field'

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type={self._kind})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    typing = _sys.modules.get('typing')
    if typing is None:
        return False
    return tp is typing.ClassVar or getattr(tp, '__origin__', None) is typing.ClassVar


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._kind == 'field')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = {}
    for b in reversed(cls.__mro__[1:]):
        base_fields = b.__dict__.get('__dataclass_fields__')
        if base_fields:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only_now = kw_only
    for name, tp in annotations.items():
        if tp is KW_ONLY or tp == 'KW_ONLY':
            kw_only_now = True
            continue
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = tp
        if _is_classvar(tp):
            f._kind = 'classvar'
        elif isinstance(tp, InitVar) or (isinstance(tp, str) and tp.startswith('InitVar')):
            f._kind = 'initvar'
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if f._kind == 'field' and f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                if name in cls.__dict__:
                    delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        all_fields[name] = f
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    flds = [f for f in all_fields.values() if f._kind == 'field']
    init_fields = [f for f in all_fields.values() if f._kind in ('field', 'initvar') and f.init]
    qual = cls.__qualname__

    if init and '__init__' not in cls.__dict__:
        positional = [f for f in init_fields if not f.kw_only]
        kwonly = [f for f in init_fields if f.kw_only]
        seen_default = None
        for f in positional:
            has_default = f.default is not MISSING or f.default_factory is not MISSING
            if has_default:
                seen_default = f
            elif seen_default is not None:
                raise TypeError(f'non-default argument {f.name!r} follows default argument {seen_default.name!r}')
        _make_init(cls, qual, positional, kwonly, [f for f in flds if not f.init], frozen)

    if repr and '__repr__' not in cls.__dict__:
        shown = [f.name for f in flds if f.repr]

        def __repr__(self):
            inner = ', '.join(f'{n}={getattr(self, n)!r}' for n in shown)
            return f'{type(self).__qualname__}({inner})'
        __repr__.__qualname__ = qual + '.__repr__'
        cls.__repr__ = __repr__

    compared = [f.name for f in flds if f.compare]

    def key(self):
        return tuple(getattr(self, n) for n in compared)

    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if self is other:
                return True
            if other.__class__ is self.__class__:
                return key(self) == key(other)
            return NotImplemented
        cls.__eq__ = __eq__

    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')

            def compare(self, other, op=op):
                if other.__class__ is self.__class__:
                    return op(key(self), key(other))
                return NotImplemented
            setattr(cls, name, compare)

    if frozen:
        names = {f.name for f in all_fields.values()}

        def __setattr__(self, name, value):
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    hashed = [f.name for f in flds if (f.compare if f.hash is None else f.hash)]
    has_explicit_hash = '__hash__' in cls.__dict__ and not (eq and cls.__dict__['__hash__'] is None and '__eq__' in cls.__dict__)
    if unsafe_hash or (eq and frozen):
        if not has_explicit_hash or unsafe_hash:
            cls.__hash__ = lambda self: hash(tuple(getattr(self, n) for n in hashed))
    elif eq and not has_explicit_hash:
        cls.__hash__ = None

    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in init_fields if not f.kw_only and f._kind == 'field')
    return cls


def _make_init(cls, qual, positional, kwonly, no_init, frozen):
    names = [f.name for f in positional]
    every = positional + kwonly

    def __init__(self, *args, **kwargs):
        fname = qual + '.__init__()'
        if len(args) > len(positional):
            lo = 1 + sum(1 for f in positional if f.default is MISSING and f.default_factory is MISSING)
            hi = len(positional) + 1
            takes = f'{hi} positional argument' + ('s' if hi != 1 else '') if lo == hi else f'from {lo} to {hi} positional arguments'
            raise TypeError(f'{fname} takes {takes} but {len(args) + 1} were given')
        values = {}
        for f, a in zip(positional, args):
            values[f.name] = a
        for k, v in kwargs.items():
            if k in values:
                raise TypeError(f"{fname} got multiple values for argument '{k}'")
            if not any(f.name == k for f in every):
                raise TypeError(f"{fname} got an unexpected keyword argument '{k}'")
            values[k] = v
        missing = [f.name for f in positional if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            _missing_error(fname, missing, 'positional')
        missing = [f.name for f in kwonly if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            _missing_error(fname, missing, 'keyword-only')
        initvars = []
        for f in every:
            if f.name in values:
                v = values[f.name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            else:
                v = f.default
            if f._kind == 'initvar':
                initvars.append(v)
            else:
                object.__setattr__(self, f.name, v)
        for f in no_init:
            if f.default_factory is not MISSING:
                object.__setattr__(self, f.name, f.default_factory())
            elif f.default is not MISSING:
                object.__setattr__(self, f.name, f.default)
        post = getattr(self, '__post_init__', None)
        if post is not None:
            post(*initvars)
    __init__.__qualname__ = qual + '.__init__'
    cls.__init__ = __init__


def _missing_error(fname, missing, kind):
    if len(missing) == 1:
        raise TypeError(f"{fname} missing 1 required {kind} argument: '{missing[0]}'")
    listed = ', '.join(repr(m) for m in missing[:-1]) + f" and {missing[-1]!r}"
    raise TypeError(f"{fname} missing {len(missing)} required {kind} arguments: {listed}")


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)) and not hasattr(obj, '_fields'):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._kind == 'classvar':
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._kind == 'initvar' and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, module=None, **kwargs):
    """A new dataclass named cls_name; fields are names, (name, type) or (name, type, Field) items."""
    import keyword as _keyword
    import sys as _sys
    import types as _types
    ns = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if _keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def fill(body):
        body.update(ns)
        body['__annotations__'] = annotations

    cls = _types.new_class(cls_name, bases, {}, fill)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, **kwargs)
