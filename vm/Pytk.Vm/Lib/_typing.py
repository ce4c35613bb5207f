"""PEP 695/696 runtime objects: TypeVar, ParamSpec, TypeVarTuple, TypeAliasType and Generic.

The VM's CALL_INTRINSIC_1/2 instructions (type parameter lists, `type X = ...`, `class C[T]`) call the
underscore helpers at the end; `typing` re-exports the classes. Bounds, constraints, defaults and alias values
of the new syntax arrive as zero-argument functions and are evaluated on first access, then kept.
"""

_MISSING = object()


class _ImmutableType(type):
    """The metaclass of a class that, like a built-in type, refuses new attributes."""

    def __setattr__(cls, name, value):
        raise TypeError(f"cannot set {name!r} attribute of immutable type {cls.__qualname__!r}")


def _nodefault_new(cls, *args, **kwargs):
    if args or kwargs:
        raise TypeError("NoDefaultType takes no arguments")
    return NoDefault


_NoDefaultType = _ImmutableType('NoDefaultType', (), {
    '__doc__': 'The type of the NoDefault singleton.',
    '__module__': 'typing',
    '__slots__': (),
    '__new__': _nodefault_new,
    '__repr__': lambda self: 'typing.NoDefault',
    '__reduce__': lambda self: 'NoDefault',
})
NoDefault = object.__new__(_NoDefaultType)


def _idfunc(_, x):
    return x



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


def _typing():
    import typing
    return typing


def _caller_module(depth=1):
    import sys
    try:
        return sys._getframe(depth + 1).f_globals.get('__name__')
    except (AttributeError, ValueError):
        return None


class _TypeVarLike:
    """What TypeVar, ParamSpec and TypeVarTuple share: name, default, `|`, pickling by name, no subclassing."""

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

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

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError(f"type 'typing.{cls.__bases__[0].__name__}' is not an acceptable base type")

    def _variance_repr(self):
        if self.__infer_variance__:
            return self.__name__
        return ('+' if self.__covariant__ else '-' if self.__contravariant__ else '~') + self.__name__


def _check_default_type(default):
    return default


class TypeVar(_TypeVarLike):
    """Type variable: T = TypeVar('T'); constraints, bound=, variance and default=."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("TypeVar() argument 'name' must be str, not " + type(name).__name__)
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints or bound is not None:
            typing = _typing()
            constraints = tuple(typing._type_check(t, "TypeVar(name, constraint, ...): constraints must be types.")
                                for t in constraints)
            if bound is not None:
                bound = typing._type_check(bound, "Bound must be a type.")
        self.__name__ = name
        self._bound = _Lazy(bound)
        self._constraints = _Lazy(tuple(constraints))
        self._default = _Lazy(_check_default_type(default))
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    @property
    def __bound__(self):
        return self._bound.get()

    @property
    def __constraints__(self):
        return self._constraints.get()

    def __repr__(self):
        return self._variance_repr()

    def __typing_subst__(self, arg):
        typing = _typing()
        arg = typing._type_check(arg, "Parameters to generic types must be types.", is_argument=True)
        if ((isinstance(arg, typing._GenericAlias) and arg.__origin__ is typing.Unpack)
                or (isinstance(arg, _GenericAlias) and getattr(arg, '__unpacked__', False))):
            raise TypeError(f"{arg!r} is not valid as type argument")
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        i = params.index(self)
        if i < len(args):
            return args
        if i == len(args) and self.has_default():
            return (*args, self.__default__)
        if i == len(args):
            raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, expected at least {i + 1}")
        return args


class ParamSpecArgs:
    """The type of P.args for a ParamSpec P (its __origin__ is P).

    >>> P = ParamSpec('P')
    >>> P.args, P.args.__origin__ is P
    (P.args, True)
    """

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, id(self.__origin__)))

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpecArgs")

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.ParamSpecArgs' is not an acceptable base type")


class ParamSpecKwargs:
    """The type of P.kwargs for a ParamSpec P (its __origin__ is P).

    >>> P = ParamSpec('P')
    >>> P.kwargs, P.kwargs.__origin__ is P
    (P.kwargs, True)
    """

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, id(self.__origin__)))

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpecKwargs")

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.ParamSpecKwargs' is not an acceptable base type")


class ParamSpec(_TypeVarLike):
    """Parameter specification variable: the parameters of a callable, for higher-order functions.

    >>> P = ParamSpec('P')
    >>> P, P.__name__, P.args, P.kwargs
    (~P, 'P', P.args, P.kwargs)
    """

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, infer_variance=False,
                 default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("ParamSpec() argument 'name' must be str, not " + type(name).__name__)
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        self.__name__ = name
        if bound is not None:
            bound = _typing()._type_check(bound, "Bound must be a type.")
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._default = _Lazy(_check_default_type(default))
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return self._variance_repr()

    def __typing_subst__(self, arg):
        typing = _typing()
        if isinstance(arg, (list, tuple)):
            return tuple(typing._type_check(a, "Expected a type.") for a in arg)
        if not typing._is_param_expr(arg):
            raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {arg!r}")
        return arg

    def __typing_prepare_subst__(self, alias, args):
        typing = _typing()
        params = alias.__parameters__
        i = params.index(self)
        if i == len(args) and self.has_default():
            args = (*args, self.__default__)
        if i >= len(args):
            raise TypeError(f"Too few arguments for {alias}")
        if len(params) == 1 and not typing._is_param_expr(args[0]):
            return (args,)
        if isinstance(args[i], list):
            return (*args[:i], tuple(args[i]), *args[i + 1:])
        return args


class TypeVarTuple(_TypeVarLike):
    """Variadic type variable: Ts = TypeVarTuple('Ts'), used unpacked (*Ts or Unpack[Ts])."""

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("TypeVarTuple() argument 'name' must be str, not " + type(name).__name__)
        self.__name__ = name
        self._default = _Lazy(default)
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __iter__(self):
        yield _typing().Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        typing = _typing()
        params = alias.__parameters__
        i = params.index(self)
        for p in params[i + 1:]:
            if isinstance(p, TypeVarTuple):
                raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
        left, right = i, len(params) - i - 1
        # an unpacked tuple of unknown length (*tuple[int, ...]) may stand for several parameters
        var_index = None
        for k, a in enumerate(args):
            if not isinstance(a, type):
                sub = getattr(a, '__typing_unpacked_tuple_args__', None)
                if sub and sub[-1] is ...:
                    if var_index is not None:
                        raise TypeError("More than one unpacked arbitrary-length tuple argument")
                    var_index = k
        alen = len(args)
        if alen < left + right:
            raise TypeError(f"Too few arguments for {alias}; actual {alen}, expected at least {left + right}")
        if alen == left + right and self.has_default():
            # the default (Unpack[tuple[...]] or another *Ts) fills the empty variadic part
            default = self.__default__
            if isinstance(default, TypeVarTuple):
                packed = (next(iter(default)),)
            elif getattr(default, '__typing_is_unpacked_typevartuple__', False):
                packed = (default,)
            else:
                packed = tuple(typing._unpack_args((default,)))
            return (*args[:left], packed, *args[left:])
        if var_index is not None:
            fillarg = args[var_index].__typing_unpacked_tuple_args__[0]
            if var_index < left:
                left_part = (*args[:var_index], *[fillarg] * (left - var_index))
                return (*left_part, (*args[var_index:alen - right],), *args[alen - right:])
            if var_index >= alen - right:
                rpos = alen - var_index
                right_part = (*[fillarg] * (right - rpos + 1), *args[var_index + 1:])
                return (*args[:left], (*args[left:var_index + 1],), *right_part)
        return (*args[:left], tuple(args[left:alen - right]), *args[alen - right:])


class TypeAliasType:
    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError("TypeAliasType.__init__() argument 'name' must be str, not " + type(name).__name__)
        self.__name__ = name
        self._value = _Lazy(value)
        self.__type_params__ = tuple(type_params)
        mod = _caller_module()
        if mod is not None:
            self.__module__ = mod

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


_GenericAlias = type(list[int])


class Generic:
    """Abstract base class for generic types: class C(Generic[T]) makes C[int] subscriptable."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        return _typing()._generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        return _typing()._generic_init_subclass(cls, *args, **kwargs)


def _generic_alias_getitem(alias, args):
    """types.GenericAlias substitution (list[T][int], tuple[*Ts][int, str], Callable[P, T][[int], str])."""
    typing = _typing()
    params = alias.__parameters__
    if not params:
        raise TypeError(f"{alias!r} is not a generic class")
    if not isinstance(args, tuple):
        args = (args,)
    args = tuple(typing._unpack_args(args))
    for param in params:
        prepare = getattr(param, '__typing_prepare_subst__', None)
        if prepare is not None:
            args = prepare(alias, args)
    if len(args) != len(params):
        raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {alias!r}; "
                        f"actual {len(args)}, expected {len(params)}")
    mapping = dict(zip(params, args))
    new_args = []
    for arg in alias.__args__:
        if isinstance(arg, type) and not isinstance(arg, _GenericAlias):
            new_args.append(arg)
            continue
        unpack = typing._is_unpacked_typevartuple(arg)
        subst = getattr(arg, '__typing_subst__', None)
        if subst is not None:
            arg = subst(mapping[arg])
        else:
            subparams = getattr(arg, '__parameters__', ())
            if subparams:
                subargs = []
                for x in subparams:
                    if isinstance(x, TypeVarTuple):
                        subargs.extend(mapping[x])
                    else:
                        subargs.append(mapping[x])
                arg = arg[tuple(subargs)]
        if unpack or (isinstance(arg, tuple) and getattr(alias, '__origin__', None) is _collections_abc_callable()):
            new_args.extend(arg)
        else:
            new_args.append(arg)
    if not isinstance(alias, _GenericAlias):
        # a union (int | T)[str]
        result = new_args[0]
        for a in new_args[1:]:
            result = result | a
        return result
    result = _GenericAlias(alias.__origin__, tuple(new_args))
    if alias.__unpacked__:
        result = next(iter(result))
    return result


def _collections_abc_callable():
    import collections.abc
    return collections.abc.Callable


def _union(a, b):
    import typing
    return typing.Union[a, b]


# ---- called by the VM's intrinsics ----

def _typevar(name, bound_fn, constraints_fn):
    tv = TypeVar(name, infer_variance=True)
    tv.__module__ = 'typing'   # (as CPython reports the type parameters of the new syntax)
    if bound_fn is not None:
        tv._bound = _Lazy(fn=bound_fn)
    if constraints_fn is not None:
        tv._constraints = _Lazy(fn=constraints_fn)
    return tv


def _paramspec(name):
    ps = ParamSpec(name, infer_variance=True)
    ps.__module__ = 'typing'
    return ps


def _typevartuple(name):
    tvt = TypeVarTuple(name)
    tvt.__module__ = 'typing'
    return tvt


def _set_default(tp, fn):
    tp._default = _Lazy(fn=fn)
    return tp


def _subscript_generic(params):
    # class C[*Ts] means Generic[*Ts]: a TypeVarTuple among the parameters stands unpacked
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(next(iter(p)) if isinstance(p, TypeVarTuple) else p for p in params)
    return _typing()._generic_class_getitem(Generic, params)


def _typealias(name, type_params, fn):
    ta = TypeAliasType.__new__(TypeAliasType)
    ta.__name__ = name
    ta._value = _Lazy(fn=fn)
    ta.__type_params__ = () if type_params is None else type_params
    ta.__module__ = fn.__module__
    return ta


# CPython's C types report "typing.X" in messages ('typing.TypeAliasType' object is not callable).
for _cls in (TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs, TypeAliasType, Generic):
    _cls.__module__ = 'typing'
for _cls in (TypeAliasType,):
    _cls.__name__ = 'typing.' + _cls.__qualname__
del _cls
