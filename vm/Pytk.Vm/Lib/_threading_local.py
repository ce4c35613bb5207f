"""Thread-local data for pytk (threading.local), written for pytk from the documented behaviour.

Each thread sees its own attribute dict. A subclass's __init__ runs again, with the constructor's arguments,
the first time each other thread touches the object. Attribute lookup follows object's rules with the
thread's dict in place of the instance dict (data descriptors of the class win, then the dict, then the rest).
"""

from _thread import get_ident as _get_ident

__all__ = ['local']

_MISSING = object()


class _LocalState:
    __slots__ = ('dicts', 'args', 'kw')

    def __init__(self, args, kw):
        self.dicts = {}
        self.args = args
        self.kw = kw


def _state(self):
    return object.__getattribute__(self, '_local__state')


def _thread_dict(self):
    state = _state(self)
    ident = _get_ident()
    d = state.dicts.get(ident)
    if d is None:
        d = state.dicts[ident] = {}
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *state.args, **state.kw)
    return d


def _class_attr(cls, name):
    for k in cls.__mro__:
        if name in k.__dict__:
            return k.__dict__[name]
    return _MISSING


class local:
    """An object whose attributes are separate for every thread."""

    __slots__ = ('_local__state', '__weakref__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        state = _LocalState(args, kw)
        object.__setattr__(self, '_local__state', state)
        state.dicts[_get_ident()] = {}
        return self

    def __getattribute__(self, name):
        d = _thread_dict(self)
        if name == '__dict__':
            return d
        cls = type(self)
        attr = _class_attr(cls, name)
        if attr is not _MISSING:
            kind = type(attr)
            if hasattr(kind, '__get__') and (hasattr(kind, '__set__') or hasattr(kind, '__delete__')):
                return kind.__get__(attr, self, cls)
        if name in d:
            return d[name]
        if name == '__class__':
            return cls
        if attr is not _MISSING:
            kind = type(attr)
            if hasattr(kind, '__get__'):
                return kind.__get__(attr, self, cls)
            return attr
        getattr_hook = _class_attr(cls, '__getattr__')
        if getattr_hook is not _MISSING:
            return getattr_hook(self, name)
        raise AttributeError(f"'{_type_name(cls)}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{_type_name(type(self))}' object attribute '__dict__' is read-only")
        d = _thread_dict(self)
        attr = _class_attr(type(self), name)
        if attr is not _MISSING and hasattr(type(attr), '__set__'):
            type(attr).__set__(attr, self, value)
            return
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(f"'{_type_name(type(self))}' object attribute '__dict__' is read-only")
        d = _thread_dict(self)
        attr = _class_attr(type(self), name)
        if attr is not _MISSING and hasattr(type(attr), '__delete__'):
            type(attr).__delete__(attr, self)
            return
        try:
            del d[name]
        except KeyError:
            raise AttributeError(f"'{_type_name(type(self))}' object has no attribute '{name}'") from None


def _type_name(cls):
    # CPython's local is a static C type: its messages carry the module, a subclass's do not.
    return '_thread._local' if cls is local else cls.__name__


local.__module__ = '_thread'
local.__name__ = local.__qualname__ = '_local'
