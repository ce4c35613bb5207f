"""array (pytk's own implementation): typed arrays of numbers or characters. Items are kept as Python values
checked against the type code's C range; bytes conversions go through struct (native, little-endian)."""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuwhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'w': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8,
          'f': 4, 'd': 8}
_SIGNED = 'bhilq'
_NAMES = {'b': 'signed char', 'B': 'unsigned byte integer', 'h': 'signed short integer',
          'H': 'unsigned short integer', 'i': 'signed integer', 'I': 'unsigned integer',
          'l': 'signed long integer', 'L': 'unsigned long integer', 'q': 'signed long long integer',
          'Q': 'unsigned long long integer'}


def _check(typecode, v):
    if typecode in 'fd':
        if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__'):
            raise TypeError(f'must be real number, not {type(v).__name__}')
        return float(v)
    if typecode in 'uw':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError(f'array item must be a unicode character, not {type(v).__name__}'
                            if not isinstance(v, str) else
                            f'array item must be a unicode character, not a string of length {len(v)}')
        return v
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = type(v).__index__(v)
        else:
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    bits = _SIZES[typecode] * 8
    if typecode in _SIGNED:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1
    if v < lo:
        if typecode == 'b':
            raise OverflowError('signed char is less than minimum')
        if typecode in 'BHILQ':
            raise OverflowError(f'{_NAMES[typecode]} is less than minimum' if typecode in 'BH' else
                                "can't convert negative value to unsigned int" if typecode in 'IL' else
                                "can't convert negative int to unsigned")
        raise OverflowError(f'{_NAMES[typecode]} is less than minimum')
    if v > hi:
        if typecode == 'b':
            raise OverflowError('signed char is greater than maximum')
        raise OverflowError(f'{_NAMES[typecode]} is greater than maximum')
    return v


class array:
    """array(typecode[, initializer]): a sequence of numbers (or characters) of one C type."""

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f'array() argument 1 must be a unicode character, not {type(typecode).__name__}')
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)')
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode not in 'uw':
                raise TypeError(f'cannot use a str to initialize an array with typecode {typecode!r}')
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._typecode in 'uw' and typecode not in 'uw':
                raise TypeError(f'cannot use a unicode array to initialize an array with typecode {typecode!r}')
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    typecode = property(lambda self: self._typecode)
    itemsize = property(lambda self: _SIZES[self._typecode])

    def _fmt(self, n):
        code = self._typecode
        if code in 'uw':
            code = 'I'
        return '<%d%s' % (n, code)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._typecode)
            r._items = self._items[i]
            return r
        return self._items[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f'can only assign array (not "{type(v).__name__}") to array slice')
            if v._typecode != self._typecode:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = list(v._items)
        else:
            self._items[i] = _check(self._typecode, v)

    def __delitem__(self, i):
        del self._items[i]

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        r = array(self._typecode)
        r._items = self._items + other._items
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        self._items += other._items
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            return NotImplemented
        r = array(self._typecode)
        r._items = self._items * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp_items(self, other):
        return self._items, other._items

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return f"{name}('{self._typecode}')"
        if self._typecode in 'uw':
            return f"{name}('{self._typecode}', {''.join(self._items)!r})"
        return f"{name}('{self._typecode}', {self._items!r})"

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce_ex__(self, protocol):
        cls = type(self)
        state = getattr(self, '__dict__', None) or None
        return (cls, (self._typecode, list(self._items)), state)

    def append(self, v):
        self._items.append(_check(self._typecode, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        items = [_check(self._typecode, v) for v in iterable]
        self._items.extend(items)

    def insert(self, i, v):
        self._items.insert(i, _check(self._typecode, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        stop = n if stop is None else stop
        for k in range(*slice(start, stop).indices(n)):
            if self._items[k] == v:
                return k
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def buffer_info(self):
        return (id(self), len(self._items))

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        raw = self.tobytes()
        swapped = b''.join(raw[k:k + size][::-1] for k in range(0, len(raw), size))
        self._items = []
        self.frombytes(swapped)

    def tobytes(self):
        if self._typecode in 'uw':
            return _struct.pack(self._fmt(len(self._items)), *(ord(c) for c in self._items))
        return _struct.pack(self._fmt(len(self._items)), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        values = _struct.unpack(self._fmt(len(data) // size), data)
        if self._typecode in 'uw':
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        self.extend(lst)

    def tounicode(self):
        if self._typecode not in 'uw':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._typecode not in 'uw':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(s, str):
            raise TypeError(f'fromunicode() argument must be str, not {type(s).__name__}')
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        if n < 0:
            raise ValueError('negative count')
        size = self.itemsize
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) < n * size:
            raise EOFError('read() didn\'t return enough bytes')


ArrayType = array
array.__module__ = 'array'


def _array_reconstructor(arraytype, typecode, mformat_code, items):
    a = arraytype(typecode)
    a.frombytes(items)
    return a
