"""_testlimitedcapi (pytk): the part of CPython's limited-C-API test module that Lib/test calls from Python.

CPython's module wraps C API functions so tests can reach the slots behind them. pytk has no C API; these give
the same observable behaviour as the wrapped functions (PySequence_GetItem/SetItem/DelItem): the index is a
Py_ssize_t, a negative one is adjusted by len() once, and a built-in sequence's item slot then refuses an index
still out of range instead of wrapping it a second time as subscription would.
"""

_BUILTIN_SEQUENCES = (bytes, bytearray, list, tuple, str, range)


def _ssize(i):
    if not isinstance(i, int):
        try:
            i = type(i).__index__(i)
        except AttributeError:
            raise TypeError(f"'{type(i).__name__}' object cannot be interpreted as an integer") from None
    if not -(1 << 63) <= i < (1 << 63):
        raise OverflowError('Python int too large to convert to C ssize_t')
    return i


def _slot(o, name, what):
    tp = type(o)
    method = getattr(tp, name, None)
    if method is None or isinstance(o, dict):
        raise TypeError(f"'{tp.__name__}' object {what}")
    return method


def _index(o, i, message):
    if i < 0 and hasattr(type(o), '__len__'):
        i += len(o)
    if isinstance(o, _BUILTIN_SEQUENCES) and not 0 <= i < len(o):
        raise IndexError(message)
    return i


def sequence_getitem(o, i):
    i = _ssize(i)
    method = _slot(o, '__getitem__', 'does not support indexing')
    return method(o, _index(o, i, f'{type(o).__name__} index out of range'))


def sequence_setitem(o, i, value):
    i = _ssize(i)
    method = _slot(o, '__setitem__', 'does not support item assignment')
    return method(o, _index(o, i, f'{type(o).__name__} index out of range'), value)


def sequence_delitem(o, i):
    i = _ssize(i)
    method = _slot(o, '__delitem__', "doesn't support item deletion")
    return method(o, _index(o, i, f'{type(o).__name__} index out of range'))
