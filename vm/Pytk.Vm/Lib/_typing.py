"""PEP 695/696 runtime objects: TypeVar, ParamSpec, TypeVarTuple, TypeAliasType and Generic.

The VM's CALL_INTRINSIC_1/2 instructions (type parameter lists, `type X = ...`, `class C[T]`) call the
underscore helpers at the end; `typing` re-exports the classes. Bounds, constraints, defaults and alias values
of the new syntax arrive as zero-argument functions and are evaluated on first access, then kept.
"""

_MISSING = object()


class _NoDefaultType:
    __module__ = 'typing'

    def __repr__(self):
        return 'typing.NoDefault'


NoDefault = _NoDefaultType()


class _Lazy:
    """A value given directly, or computed once by a function on first use."""

    def __init__(self, value=_MISSING, fn=None):
        self.value = value
        self.fn = fn

    def get(self):
        if self.value is _MISSING and self.fn is not None:
            self.value = self.fn()
        return self.value


def _type_check_default(value):
    return NoDefault if value is _MISSING else value


class _TypeVarLike:
    """What TypeVar, ParamSpec and TypeVarTuple share: name, default, `|`, subscription substitution."""

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __typing_subst__(self, arg):
        return arg

    @property
    def __default__(self):
        return _type_check_default(self._default.get())

    def has_default(self):
        return self._default.get() is not _MISSING

    def __reduce__(self):
        return self.__name__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class TypeVar(_TypeVarLike):
    __module__ = 'typing'

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=_MISSING):
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        self.__name__ = name
        self._bound = _Lazy(bound)
        self._constraints = _Lazy(tuple(constraints))
        self._default = _Lazy(default)
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)

    @property
    def __bound__(self):
        return self._bound.get()

    @property
    def __constraints__(self):
        return self._constraints.get()

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        return ('+' if self.__covariant__ else '-' if self.__contravariant__ else '~') + self.__name__


class _ParamSpecPart:
    __module__ = 'typing'

    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._kind}'

    def __eq__(self, other):
        return isinstance(other, _ParamSpecPart) and (self.__origin__, self._kind) == (other.__origin__, other._kind)

    def __hash__(self):
        return hash((id(self.__origin__), self._kind))


class ParamSpec(_TypeVarLike):
    __module__ = 'typing'

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, infer_variance=False,
                 default=_MISSING):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._default = _Lazy(default)

    @property
    def args(self):
        return _ParamSpecPart(self, 'args')

    @property
    def kwargs(self):
        return _ParamSpecPart(self, 'kwargs')

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        return ('+' if self.__covariant__ else '-' if self.__contravariant__ else '~') + self.__name__


class _Unpacked:
    """`*Ts`: typing.Unpack[Ts]."""
    __module__ = 'typing'

    def __init__(self, tvt):
        self.__origin__ = Unpack
        self.__args__ = (tvt,)

    def __repr__(self):
        return f'typing.Unpack[{self.__args__[0]!r}]'

    def __eq__(self, other):
        return isinstance(other, _Unpacked) and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__args__)


class _UnpackForm:
    def __getitem__(self, item):
        return _Unpacked(item)

    def __repr__(self):
        return 'typing.Unpack'


Unpack = _UnpackForm()


class TypeVarTuple(_TypeVarLike):
    __module__ = 'typing'

    def __init__(self, name, *, default=_MISSING):
        self.__name__ = name
        self._default = _Lazy(default)

    def __iter__(self):
        yield _Unpacked(self)

    def __repr__(self):
        return self.__name__


class TypeAliasType:
    __module__ = 'typing'

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError("TypeAliasType.__init__() argument 'name' must be str, not " + type(name).__name__)
        self.__name__ = name
        self._value = _Lazy(value)
        self.__type_params__ = tuple(type_params)
        self.__module__ = _caller_module()

    @property
    def __value__(self):
        return self._value.get()

    @property
    def __parameters__(self):
        return self.__type_params__

    def __getitem__(self, params):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self, params)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable base type")


def _caller_module():
    return '__main__'


_GenericAlias = type(list[int])


class _GenericFormAlias:
    """Generic[T, ...] in a bases list: stands for Generic itself (its __mro_entries__)."""
    __module__ = 'typing'

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if isinstance(a, _TypeVarLike))

    def __mro_entries__(self, bases):
        for b in bases:
            if b is not self and isinstance(b, type) and issubclass(b, Generic):
                return ()
        return (self.__origin__,)

    def __repr__(self):
        return f"typing.{self.__origin__.__name__}[{', '.join(_arg_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        return isinstance(other, _GenericFormAlias) and (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


class _UserGenericAlias(_GenericFormAlias):
    """C[int] for a user generic class C: callable, prints as module.C[int]."""

    def __call__(self, *args, **kwargs):
        obj = self.__origin__(*args, **kwargs)
        try:
            obj.__orig_class__ = self
        except Exception:
            pass
        return obj

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        o = self.__origin__
        return f"{o.__module__}.{o.__qualname__}[{', '.join(_arg_repr(a) for a in self.__args__)}]"


def _arg_repr(a):
    if isinstance(a, type):
        return a.__qualname__ if a.__module__ == 'builtins' else f'{a.__module__}.{a.__qualname__}'
    if a is ...:
        return '...'
    return repr(a)


class Generic:
    """Base of generic classes: Generic[T] in a bases list; C[int] for a subclass C."""
    __module__ = 'typing'

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls.__name__ == 'Protocol' and cls.__module__ == 'typing':
            return _GenericFormAlias(cls, params)
        expected = getattr(cls, '__parameters__', ())
        if expected and len(params) != len(expected) and not any(isinstance(p, TypeVarTuple) for p in expected):
            raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} arguments for {cls!r}; "
                            f"actual {len(params)}, expected {len(expected)}")
        return _UserGenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for b in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(b, _GenericFormAlias) and not isinstance(b, _UserGenericAlias) or isinstance(b, (_UserGenericAlias, _GenericAlias)):
                for p in getattr(b, '__parameters__', ()):
                    if p not in params:
                        params.append(p)
        cls.__parameters__ = tuple(params)


def _union(a, b):
    import typing
    return typing.Union[a, b]


# ---- called by the VM's intrinsics ----

def _typevar(name, bound_fn, constraints_fn):
    tv = TypeVar(name, infer_variance=True)
    if bound_fn is not None:
        tv._bound = _Lazy(fn=bound_fn)
    if constraints_fn is not None:
        tv._constraints = _Lazy(fn=constraints_fn)
    return tv


def _paramspec(name):
    return ParamSpec(name, infer_variance=True)


def _typevartuple(name):
    return TypeVarTuple(name)


def _set_default(tp, fn):
    tp._default = _Lazy(fn=fn)
    return tp


def _subscript_generic(params):
    return Generic[params]


def _typealias(name, type_params, fn):
    ta = TypeAliasType.__new__(TypeAliasType)
    ta.__name__ = name
    ta._value = _Lazy(fn=fn)
    ta.__type_params__ = () if type_params is None else type_params
    ta.__module__ = fn.__module__
    return ta


# CPython's C types report "typing.X" in messages ('typing.TypeAliasType' object is not callable).
for _cls in (TypeVar, ParamSpec, TypeVarTuple, TypeAliasType):
    _cls.__name__ = 'typing.' + _cls.__qualname__
del _cls
