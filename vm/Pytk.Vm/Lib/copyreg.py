"""copyreg (pytk's own implementation): the reduction registry pickle and copy consult, the extension registry,
and the default reductions of objects (object.__reduce_ex__ and object.__getstate__ call _reduce_ex,
_reduce_newobj and _getstate here)."""

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension', 'clear_extension_cache']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers PICKLE_FUNCTION as the reduction function of OB_TYPE."""
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError('constructors must be callable')


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


def _reconstructor(cls, base, state):
    """Rebuilds an object reduced at protocols 0 and 1: base.__new__(cls, state), then base.__init__."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9


def _is_heap(t):
    return t.__module__ != 'builtins'


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1: (copyreg._reconstructor, (cls, base, state), dict)."""
    r = _builtin_reduce(self)
    if r is not None:
        return r
    cls = self.__class__
    for base in cls.__mro__:
        if not _is_heap(base):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f'cannot pickle {cls.__name__!r} object')
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, '__slots__', None):
            raise TypeError(f'cannot pickle {cls.__name__!r} object: a class that defines __slots__ without '
                            f'defining __getstate__ cannot be pickled with protocol {proto}') from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__ and getattr(self, '__slots__', None)):
            raise TypeError('a class that defines __slots__ without defining __getstate__ cannot be pickled')
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of CLS and its bases (mangled as stored), cached in cls.__slotnames__."""
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    if not hasattr(cls, '__slots__'):
        pass
    else:
        for c in cls.__mro__:
            if '__slots__' in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ('__dict__', '__weakref__'):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _getstate(obj):
    """object.__getstate__: None, the instance dict, or (dict or None, {slot: value}) when slots hold values."""
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    state = dict(d) if d else None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


# Built-in types whose instances are rebuilt from a few values (CPython's types define __reduce__ in C).
def _builtin_reduce(obj):
    t = type(obj)
    if t is range:
        return range, (obj.start, obj.stop, obj.step)
    if t is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if t is complex:
        return complex, (obj.real, obj.imag)
    return None


def _reduce_newobj(obj, proto):
    """object.__reduce_ex__ for protocol 2 and above: copyreg.__newobj__ (or __newobj_ex__) with the class and
    __getnewargs(_ex)__'s arguments, the state from __getstate__, and list/dict items for list/dict subclasses."""
    r = _builtin_reduce(obj)
    if r is not None:
        return r
    cls = type(obj)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        if not isinstance(args, tuple):
            raise TypeError(f'first item of the tuple returned by __getnewargs_ex__ must be a tuple, not {type(args).__name__}')
        if not isinstance(kwargs, dict):
            raise TypeError(f'second item of the tuple returned by __getnewargs_ex__ must be a dict, not {type(kwargs).__name__}')
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError(f'__getnewargs__ should return a tuple, not {type(args).__name__}')
        else:
            args = ()
    getstate = obj.__getstate__
    if not args and _unpicklable_builtin(cls):
        raise TypeError(f'cannot pickle {cls.__name__!r} object')
    state = getstate()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        if proto >= 4:
            return (__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
        import functools
        return (functools.partial(cls.__new__, cls, *args, **kwargs), (), state, listitems, dictitems)
    return (__newobj__, (cls,) + tuple(args), state, listitems, dictitems)


def _unpicklable_builtin(cls):
    """A class whose instances hold state pytk cannot see (a built-in other than object and the containers)."""
    for base in cls.__mro__:
        if base.__module__ == 'builtins' and base not in (object, list, dict, set, frozenset, tuple, int, float,
                                                          str, bytes, bytearray, complex, bool, BaseException):
            return not issubclass(base, BaseException)
    return False


# Extension registry (codes for PICKLE EXT1/2/4).
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError('code out of range')
    key = (module, name)
    if (_extension_registry.get(key) == code and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError('key %s is already registered with code %s' % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError('code %s is already in use for key %s' % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if (_extension_registry.get(key) != code or _inverted_registry.get(code) != key):
        raise ValueError('key %s is not registered with code %s' % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
