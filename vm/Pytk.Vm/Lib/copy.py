"""Shallow and deep copy (pytk's own implementation)."""

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(lambda: 0),
           property, type(Ellipsis), type(NotImplemented))


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset, slice):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _rebuild(x, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(x, items)) else tuple(items)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _rebuild(x, memo)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    """A copy built from a __reduce_ex__ result: func(*args), then its state, list items and dict items
    (each deep-copied for deepcopy)."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
    return y


def _rebuild(x, memo):
    # Instances of Python classes (and subclasses of built-ins): a new object of the same class with the
    # same state, the state itself deep-copied for deepcopy. Subclasses of list/dict keep their items.
    cls = type(x)
    if cls.__reduce_ex__ is not object.__reduce_ex__ or cls.__reduce__ is not object.__reduce__:
        # the class says how it is rebuilt (as for pickling)
        rv = x.__reduce_ex__(4)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv)
    if isinstance(x, tuple) and hasattr(x, "_fields"):
        values = list(x) if memo is None else [deepcopy(v, memo) for v in x]
        return cls._make(values)
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    if isinstance(x, list):
        y.extend(x if memo is None else [deepcopy(v, memo) for v in x])
    elif isinstance(x, dict):
        for k, v in x.items():
            y[k if memo is None else deepcopy(k, memo)] = v if memo is None else deepcopy(v, memo)
    state = getattr(x, "__dict__", None)
    if state is not None:
        if memo is not None:
            state = deepcopy(dict(state), memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            for k, v in state.items():
                object.__setattr__(y, k, v)
    for klass in cls.__mro__:
        for name in klass.__dict__.get("__slots__", ()):
            if hasattr(x, name):
                v = getattr(x, name)
                object.__setattr__(y, name, v if memo is None else deepcopy(v, memo))
    return y


def replace(obj, /, **changes):
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
