"""reprlib: repr() with limits on size and nesting, and a guard for recursive __repr__ methods.

Repr.repr(x) dispatches on the type name of x to a repr_TYPENAME method (spaces in the name become
underscores); a type with no such method goes to repr_instance, which cuts the built-in repr to maxother.
Containers show at most maxtuple/maxlist/... items, then the fillvalue; past maxlevel levels of nesting a
non-empty container shows as its brackets around the fillvalue. With indent set (a str, or an int number of
spaces), containers are written one item a line, each line ending in a comma.
"""

import builtins
from itertools import islice
from _thread import get_ident

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call re-entered for the same object in the same thread
    returns fillvalue instead of recursing."""

    def decorate(user_function):
        active = set()

        def wrapper(self):
            key = (id(self), get_ident())
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_function(self)
            finally:
                active.discard(key)

        for name in ('__module__', '__doc__', '__name__', '__qualname__', '__type_params__'):
            try:
                value = getattr(user_function, name)
            except AttributeError:
                continue
            setattr(wrapper, name, value)
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorate


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _shorten(text, size, fillvalue):
    # Keep the head and tail of text around fillvalue so the whole is about size characters.
    head = max(0, (size - 3) // 2)
    tail = max(0, size - 3 - head)
    return text[:head] + fillvalue + text[len(text) - tail:]


class Repr:
    _limit_names = ('maxlevel', 'maxtuple', 'maxlist', 'maxarray', 'maxdict', 'maxset',
                    'maxfrozenset', 'maxdeque', 'maxstring', 'maxlong', 'maxother')

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4,
                 maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40,
                 maxother=30, fillvalue='...', indent=None):
        self.maxlevel = maxlevel
        self.maxtuple = maxtuple
        self.maxlist = maxlist
        self.maxarray = maxarray
        self.maxdict = maxdict
        self.maxset = maxset
        self.maxfrozenset = maxfrozenset
        self.maxdeque = maxdeque
        self.maxstring = maxstring
        self.maxlong = maxlong
        self.maxother = maxother
        self.fillvalue = fillvalue
        self.indent = indent

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = type(x).__name__
        if ' ' in typename:
            typename = '_'.join(typename.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    # -- containers ---------------------------------------------------------------------------

    def _indent_unit(self):
        unit = self.indent
        if isinstance(unit, int):
            if unit < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {unit!r})')
            return ' ' * unit
        if isinstance(unit, str):
            return unit
        raise TypeError(f'Repr.indent must be a str, int or None, not {type(unit)}')

    def _join(self, pieces, level):
        if self.indent is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        unit = self._indent_unit()
        depth = self.maxlevel - level
        inner = unit * (depth + 1)
        lines = ''.join(f'{inner}{piece},\n' for piece in pieces)
        return '\n' + lines + unit * depth

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            body = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            body = self._join(pieces, level)
            if n == 1 and trail and self.indent is None:
                right = trail + right
        return f'{left}{body}{right}'

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return f"array('{x.typecode}')"
        return self._repr_iterable(x, level, f"array('{x.typecode}', [", '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_sorted_if_possible(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_sorted_if_possible(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            pieces.append(f'{self.repr1(key, level - 1)}: {self.repr1(x[key], level - 1)}')
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return '{' + self._join(pieces, level) + '}'

    # -- scalars ------------------------------------------------------------------------------

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) > self.maxstring:
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            text = builtins.repr(x[:head] + x[len(x) - tail:])
            text = text[:head] + self.fillvalue + text[len(text) - tail:]
        return text

    def repr_int(self, x, level):
        try:
            text = builtins.repr(x)
        except ValueError as error:
            # Past sys.get_int_max_str_digits(): say roughly how big it is instead.
            import math
            digits = int(math.log10(abs(x)) + 1) if x else 1
            return f'<{type(x).__name__} instance with roughly {digits} digits>'
        if len(text) > self.maxlong:
            text = _shorten(text, self.maxlong, self.fillvalue)
        return text

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(text) > self.maxother:
            text = _shorten(text, self.maxother, self.fillvalue)
        return text


aRepr = Repr()
repr = aRepr.repr
