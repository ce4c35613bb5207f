"""Shallow and deep copy (pytk's own implementation of the protocol the copy module documents).

An object copies itself through __copy__/__deepcopy__ when it defines them; else through its reduction, as pickle
uses it: copyreg.dispatch_table[cls], else x.__reduce_ex__(4), else x.__reduce__(). The reduction
(callable, args[, state[, listitems[, dictitems]]]) is replayed: callable(*args), then __setstate__(state) or an
update of __dict__ (and of the slots, for a (dict, slotstate) pair), then append/__setitem__ for the items. A deep
copy deep-copies args, state and items, remembering every copy in memo (by id) so shared and cyclic structure
is kept."""

import copyreg as _copyreg
import types as _types
import weakref as _weakref

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

# objects of these types are their own copies, shallow and deep
_ATOMIC = frozenset({type(None), int, float, bool, complex, str, bytes, type, range, _types.BuiltinFunctionType,
                     _types.FunctionType, _types.CodeType, type(Ellipsis), type(NotImplemented), property,
                     _weakref.ref})


def copy(x):
    """A shallow copy of X."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset or cls is slice or issubclass(cls, type):
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls.copy(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduction(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_plain = {}


def _is_plain(cls):
    """Whether CLS reduces through object's defaults alone: (copyreg.__newobj__, (cls,), its __dict__ or None).
    Such instances are copied without building the reduction (a fast path; the result is the same)."""
    plain = _plain.get(cls)
    if plain is None:
        plain = (cls.__reduce_ex__ is object.__reduce_ex__ and cls.__reduce__ is object.__reduce__
                 and cls.__getstate__ is object.__getstate__ and cls.__new__ is object.__new__
                 and not hasattr(cls, '__getnewargs_ex__') and not hasattr(cls, '__getnewargs__')
                 and not hasattr(cls, '__setstate__')
                 and not any('__slots__' in vars(k) for k in cls.__mro__))
        _plain[cls] = plain
    return plain


def _reduction(x, cls, kind):
    if cls not in _copyreg.dispatch_table and _is_plain(cls):
        state = getattr(x, '__dict__', None)
        return _copyreg.__newobj__, (cls,), (state if state else None)
    reductor = _copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error(f"un({kind})copyable object of type {cls}")


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of X; MEMO maps id(original) to its copy (and keeps the originals alive meanwhile)."""
    d = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = _deep_list(x, memo, d)
    elif cls is dict:
        y = _deep_dict(x, memo, d)
    elif cls is tuple:
        y = _deep_tuple(x, memo, d)
        if y is None:
            return memo[d]
    elif cls is _types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduction(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


# Containers are copied by a function of their own, so a nesting level costs two frames of the recursion
# limit, as in CPython's copy module (a 500-deep list is about as deep as deepcopy goes).
def _deep_list(x, memo, d):
    y = []
    memo[d] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deep_dict(x, memo, d):
    y = {}
    memo[d] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deep_tuple(x, memo, d):
    items = []
    for a in x:  # a loop, not a comprehension: pytk's comprehensions are frames of their own
        items.append(deepcopy(a, memo))
    # a tuple that (through a list or dict) holds itself was copied while its items were: None
    if d in memo:
        return None
    return x if all(a is b for a, b in zip(x, items)) else tuple(items)


def _keep_alive(x, memo):
    """Holds X in memo so its id is not reused by another object while the copy is made."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def replace(obj, /, **changes):
    """A new object like OBJ with the CHANGES (obj.__replace__(**changes))."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
