"""Data classes (pytk's own implementation: dataclass, field, fields, asdict, astuple, replace, ...)."""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']

import copy as _copy
import sys as _sys
import types as _types


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    pass


class _HasDefaultFactory:
    """The default a generated __init__ gives a field made by a default_factory (shown as <factory>)."""

    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()
_EMPTY_METADATA = _types.MappingProxyType({})


class _DataclassParams:
    """The arguments @dataclass was given (a class's __dataclass_params__)."""

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots',
                 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return '_DataclassParams(' + ','.join(f'{name}={getattr(self, name)!r}' for name in self.__slots__) + ')'


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
        self.metadata = _EMPTY_METADATA if metadata is None else _types.MappingProxyType(metadata)
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


def _recursive_repr(user_function):
    """Wraps a generated __repr__ so an instance reached again while being shown prints as '...'."""
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__wrapped__ = user_function
    return wrapper


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    all_fields = {}
    any_frozen_base = False
    all_frozen_bases = None
    for b in reversed(cls.__mro__[1:]):
        base_fields = b.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            base_frozen = getattr(b.__dict__.get('__dataclass_params__'), 'frozen', False)
            any_frozen_base = any_frozen_base or base_frozen
            all_frozen_bases = (all_frozen_bases is None or all_frozen_bases) and base_frozen
            for f in base_fields.values():
                all_fields[f.name] = f
    if all_frozen_bases is not None:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not all_frozen_bases and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only_now = kw_only
    kw_only_seen = False
    for name, tp in annotations.items():
        if tp is KW_ONLY or tp == 'KW_ONLY' or tp == 'dataclasses.KW_ONLY':
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
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
        if f._kind in ('classvar', 'initvar') and f.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
        if f._kind == 'classvar' and f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if f._kind == 'field' and f.default is not MISSING and type(f.default).__hash__ is None:
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
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                                                slots, weakref_slot)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
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
        _make_init(cls, qual, positional, kwonly, [f for f in all_fields.values() if f._kind != 'classvar'],
                   frozen, slots)

    if repr and '__repr__' not in cls.__dict__:
        shown = [f.name for f in flds if f.repr]

        def __repr__(self):
            inner = ', '.join(f'{n}={getattr(self, n)!r}' for n in shown)
            return f'{type(self).__qualname__}({inner})'
        __repr__.__qualname__ = qual + '.__repr__'
        cls.__repr__ = _recursive_repr(__repr__)

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
        for name in ('__setattr__', '__delattr__'):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
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

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in hashed))
    __hash__.__qualname__ = qual + '.__hash__'
    # CPython's table: unsafe_hash adds one (refusing to replace the class's own); eq and frozen add one unless
    # the class has its own; eq alone makes instances unhashable unless the class has its own
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = __hash__
    elif eq and not has_explicit_hash:
        cls.__hash__ = None

    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in init_fields if not f.kw_only and f._kind == 'field')
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, weakref_slot)
    if not getattr(cls, '__doc__'):
        try:
            import inspect
            text_sig = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            text_sig = ''
        cls.__doc__ = cls.__name__ + text_sig
    return cls


def _slots_of(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        names = []
        if '__dict__' in cls.__dict__:
            names.append('__dict__')
        if '__weakref__' in cls.__dict__:
            names.append('__weakref__')
        return names
    if isinstance(slots, str):
        return [slots]
    return list(slots)


def _add_slots(cls, weakref_slot):
    """The class remade with __slots__ for its fields (a class cannot gain slots once made)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def _make_init(cls, qual, positional, kwonly, all_fields, frozen, slots):
    """Writes the class's __init__ as source and compiles it, so it has the fields' real signature (names,
    annotations, defaults; <factory> for a default_factory) and CPython's argument errors."""
    import sys
    names = {'__dataclass_MISSING__': MISSING, '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
             '__dataclass_builtins_object__': object}
    params = []
    for f in positional + ([None] if kwonly else []) + kwonly:
        if f is None:
            params.append('*')
            continue
        ann = f'__dataclass_type_{f.name}__'
        names[ann] = f.type
        if f.default_factory is not MISSING:
            default = '=__dataclass_HAS_DEFAULT_FACTORY__'
        elif f.default is not MISSING:
            names[f'__dataclass_dflt_{f.name}__'] = f.default
            default = f'=__dataclass_dflt_{f.name}__'
        else:
            default = ''
        params.append(f'{f.name}:{ann}{default}')
    body = []
    for f in all_fields:
        if f._kind == 'initvar':
            continue
        if f.default_factory is not MISSING:
            names[f'__dataclass_dflt_{f.name}__'] = f.default_factory
            if f.init:
                value = (f'__dataclass_dflt_{f.name}__() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                         f'else {f.name}')
            else:
                value = f'__dataclass_dflt_{f.name}__()'
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            # a slotted class has no class attribute holding the default: the instance gets it
            names[f'__dataclass_dflt_{f.name}__'] = f.default
            value = f'__dataclass_dflt_{f.name}__'
        else:
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})')
        else:
            body.append(f'self.{f.name} = {value}')
    if hasattr(cls, '__post_init__'):
        initvars = ', '.join(f.name for f in all_fields if f._kind == 'initvar')
        body.append(f'self.__post_init__({initvars})')
    self_name = '__dataclass_self__' if any(f.name == 'self' for f in all_fields) else 'self'
    if self_name != 'self':
        body = [line.replace('self.', self_name + '.', 1).replace('(self,', f'({self_name},', 1) for line in body]
    text = (f"def __create_fn__({', '.join(names)}):\n"
            f" def __init__({', '.join([self_name] + params)}) -> None:\n"
            + ''.join(f'  {line}\n' for line in (body or ['pass']))
            + " return __init__\n")
    module = sys.modules.get(cls.__module__)
    globals_ = module.__dict__ if module is not None else {}
    ns = {}
    exec(text, globals_, ns)
    fn = ns['__create_fn__'](**names)
    fn.__qualname__ = qual + '.__init__'
    cls.__init__ = fn


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
        return _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)
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
