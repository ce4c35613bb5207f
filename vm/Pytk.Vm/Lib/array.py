"""array (pytk's own implementation): typed arrays of numbers or characters. Items are kept as Python values
checked against the type code's C range ('f' items rounded to single precision; 'u'/'w' items as code points,
so bytes holding an invalid one survive until read); bytes conversions go through struct (native, little-endian)."""

import struct as _struct
from _pytk import check_resize as _check_resize
_RESIZE_MSG = 'cannot resize an array that is exporting buffers'

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuwhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'w': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8,
          'f': 4, 'd': 8}
# struct's little-endian standard-size code for each type code's native item
_STRUCT = {'b': 'b', 'B': 'B', 'u': 'I', 'w': 'I', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I', 'l': 'q', 'L': 'Q',
           'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd'}
_SIGNED = 'bhilq'
_NAMES = {'b': 'signed char', 'B': 'unsigned byte integer', 'h': 'signed short integer',
          'H': 'unsigned short integer', 'i': 'signed integer', 'I': 'unsigned integer',
          'l': 'signed long integer', 'L': 'unsigned long integer', 'q': 'signed long long integer',
          'Q': 'unsigned long long integer'}
_UNICODE = 'uw'

# The machine format codes of _array_reconstructor (CPython's enum machine_format_code): (struct format, signed
# or float kind) for numbers, an encoding for characters.
_MFORMATS = {0: '<B', 1: '<b', 2: '<H', 3: '>H', 4: '<h', 5: '>h', 6: '<I', 7: '>I', 8: '<i', 9: '>i',
             10: '<Q', 11: '>Q', 12: '<q', 13: '>q', 14: '<f', 15: '>f', 16: '<d', 17: '>d',
             18: 'utf-16-le', 19: 'utf-16-be', 20: 'utf-32-le', 21: 'utf-32-be'}
# each type code's own machine format on this (little-endian, 64-bit long) machine
_NATIVE_MFORMAT = {'b': 1, 'B': 0, 'h': 4, 'H': 2, 'i': 8, 'I': 6, 'l': 12, 'L': 10, 'q': 12, 'Q': 10,
                   'f': 14, 'd': 16, 'u': 20, 'w': 20}


def _to_float32(v):
    try:
        return _struct.unpack('<f', _struct.pack('<f', v))[0]
    except OverflowError:
        return float('inf') if v > 0 else float('-inf')


def _check(typecode, v):
    """v as the array stores it (a code point for 'u'/'w'), or the error CPython gives for it."""
    if typecode in 'fd':
        if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__'):
            raise TypeError(f'must be real number, not {type(v).__name__}')
        v = float(v)
        return _to_float32(v) if typecode == 'f' else v
    if typecode in _UNICODE:
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError(f'array item must be a unicode character, not {type(v).__name__}'
                            if not isinstance(v, str) else
                            f'array item must be a unicode character, not a string of length {len(v)}')
        return ord(v)
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


def _buffer_bytes(data):
    """The bytes of a bytes-like argument (bytes, bytearray, an array), else CPython's TypeError."""
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, array):
        return data.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


class array:
    """array(typecode[, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    string, bytes-like object or iterable over elements of the appropriate type."""

    __slots__ = ('_typecode', '_items', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if cls is array and kwargs:
            raise TypeError('array.array() takes no keyword arguments')
        if not 1 <= len(args) <= 2:
            raise TypeError(f'array() takes at most 2 arguments ({len(args)} given)' if args else
                            'array() takes at least 1 argument (0 given)')
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            if isinstance(typecode, str):
                raise TypeError(f'array() argument 1 must be a unicode character, not a string of length '
                                f'{len(typecode)}')
            raise TypeError(f'array() argument 1 must be a unicode character, not {type(typecode).__name__}')
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)')
        if typecode == 'u':
            import warnings
            warnings.warn("The 'u' type code is deprecated and will be removed in Python 3.16",
                          DeprecationWarning, stacklevel=2)
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        if len(args) == 1:
            return self
        initializer = args[1]
        if isinstance(initializer, str):
            if typecode not in _UNICODE:
                raise TypeError(f'cannot use a str to initialize an array with typecode {typecode!r}')
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if (initializer._typecode in _UNICODE) != (typecode in _UNICODE):
                if initializer._typecode in _UNICODE:
                    raise TypeError(f'cannot use a unicode array to initialize an array with typecode {typecode!r}')
            self.extend(initializer._values())
        else:
            self.extend(initializer)
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    typecode = property(lambda self: self._typecode, doc='the typecode character used to create the array')
    itemsize = property(lambda self: _SIZES[self._typecode], doc='the size, in bytes, of one array item')

    def _new(self, items):
        """An array of this one's exact class and type code holding items (already checked)."""
        r = object.__new__(type(self))
        r._typecode = self._typecode
        r._items = items
        return r

    def _out(self, v):
        return chr(v) if self._typecode in _UNICODE else v

    def _values(self):
        """The items as Python values (characters for 'u'/'w')."""
        if self._typecode in _UNICODE:
            return [chr(v) for v in self._items]
        return list(self._items)

    def _in(self, v):
        """v as stored, for a search (None when no item can equal it)."""
        if self._typecode in _UNICODE:
            return ord(v) if isinstance(v, str) and len(v) == 1 else None
        return v

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return arrayiterator(self)

    def __contains__(self, v):
        v = self._in(v)
        return v is not None and v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self._items))
            return self._new([self._items[k] for k in range(start, stop, step)] if step != 1
                             else self._items[start:stop])
        return self._out(self._items[i])

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f'can only assign array (not "{type(v).__name__}") to array slice')
            if v._typecode != self._typecode:
                raise TypeError('bad argument type for built-in operation')
            start, stop, step = i.indices(len(self._items))
            if step == 1:
                if len(v._items) != max(start, stop) - start:
                    _check_resize(self, _RESIZE_MSG)
                self._items[start:max(start, stop)] = list(v._items)
                return
            targets = range(start, stop, step)
            if len(targets) != len(v._items):
                raise ValueError(f'attempt to assign array of size {len(v._items)} to extended slice of size '
                                 f'{len(targets)}')
            new = list(v._items)
            for k, x in zip(targets, new):
                self._items[k] = x
        else:
            self._items[i] = _check(self._typecode, v)

    def __delitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self._items))
            doomed = set(range(start, stop, step))
            if doomed:
                _check_resize(self, _RESIZE_MSG)
                self._items = [x for k, x in enumerate(self._items) if k not in doomed]
            return
        self._items[i]
        _check_resize(self, _RESIZE_MSG)
        del self._items[i]

    def _same_kind(self, other, verb):
        if not isinstance(other, array):
            if verb == 'extend':
                raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
            raise TypeError(f'can only {verb} array (not "{type(other).__name__}") to array')
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')

    def __add__(self, other):
        self._same_kind(other, 'append')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        self._same_kind(other, 'extend')
        if other._items:
            _check_resize(self, _RESIZE_MSG)
        self._items += other._items
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        return self._new(self._items * n.__index__())

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        n = n.__index__()
        if self._items and n != 1:
            _check_resize(self, _RESIZE_MSG)
        self._items *= n
        return self

    def _cmp_lists(self, other):
        if (self._typecode in _UNICODE) == (other._typecode in _UNICODE):
            return self._items, other._items
        return self._values(), other._values()

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        a, b = self._cmp_lists(other)
        return a == b

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        a, b = self._cmp_lists(other)
        return a != b

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        a, b = self._cmp_lists(other)
        return a < b

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        a, b = self._cmp_lists(other)
        return a <= b

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        a, b = self._cmp_lists(other)
        return a > b

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        a, b = self._cmp_lists(other)
        return a >= b

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return f"{name}('{self._typecode}')"
        if self._typecode in _UNICODE:
            return f"{name}('{self._typecode}', {self.tounicode()!r})"
        return f"{name}('{self._typecode}', {self._items!r})"

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo, /):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol, /):
        cls = type(self)
        state = getattr(self, '__dict__', None) or None
        if protocol < 3:
            return (cls, (self._typecode, self._values()), state)
        return (_array_reconstructor, (cls, self._typecode, _NATIVE_MFORMAT[self._typecode], self.tobytes()),
                state)

    def __buffer__(self, flags, /):
        # pytk's exporter protocol: the items' bytes now (memoryview re-reads them at each operation, typed by
        # typecode/itemsize) and _buffer_write to store through a view
        return self.tobytes()

    def _buffer_write(self, offset, data, /):
        whole = bytearray(self.tobytes())
        whole[offset:offset + len(data)] = data
        fresh = array(self._typecode)
        fresh.frombytes(bytes(whole))
        self._items[:] = fresh._items

    def __sizeof__(self):
        return object.__sizeof__(self) + len(self._items) * _SIZES[self._typecode]

    def append(self, v, /):
        """Append new value v to the end of the array."""
        _check_resize(self, _RESIZE_MSG)
        self._items.append(_check(self._typecode, v))

    def extend(self, iterable, /):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            if iterable._items:
                _check_resize(self, _RESIZE_MSG)
            self._items.extend(iterable._items)
            return
        items = [_check(self._typecode, v) for v in iterable]
        if items:
            _check_resize(self, _RESIZE_MSG)
        self._items.extend(items)

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        v = _check(self._typecode, v)
        _check_resize(self, _RESIZE_MSG)
        self._items.insert(i, v)

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array. i defaults to -1."""
        if not self._items:
            raise IndexError('pop from empty array')
        _check_resize(self, _RESIZE_MSG)
        try:
            return self._out(self._items.pop(i))
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        x = self._in(v)
        for k, item in enumerate(self._items):
            if x is not None and item == x:
                _check_resize(self, _RESIZE_MSG)
                del self._items[k]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None, /):
        """Return index of first occurrence of v in the array."""
        x = self._in(v)
        n = len(self._items)
        stop = n if stop is None else stop
        if x is not None:
            for k in range(*slice(start, stop).indices(n)):
                if self._items[k] == x:
                    return k
        raise ValueError('array.index(x): x not in array')

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        x = self._in(v)
        return 0 if x is None else self._items.count(x)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def clear(self):
        """Remove all items from the array."""
        if self._items:
            _check_resize(self, _RESIZE_MSG)
        self._items.clear()

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in items."""
        return (id(self), len(self._items))

    def byteswap(self):
        """Byteswap all items of the array."""
        size = self.itemsize
        if size == 1:
            return
        raw = self.tobytes()
        swapped = b''.join(raw[k:k + size][::-1] for k in range(0, len(raw), size))
        self._items = list(self._unpack(swapped))

    def _unpack(self, data):
        return _struct.unpack('<%d%s' % (len(data) // self.itemsize, _STRUCT[self._typecode]), data)

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        return _struct.pack('<%d%s' % (len(self._items), _STRUCT[self._typecode]), *self._items)

    def frombytes(self, buffer, /):
        """Appends items from the bytes-like buffer, interpreting it as an array of machine values."""
        data = _buffer_bytes(buffer)
        if len(data) % self.itemsize:
            raise ValueError('bytes length not a multiple of item size')
        if data:
            _check_resize(self, _RESIZE_MSG)
        self._items.extend(self._unpack(data))

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return self._values()

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, _builtin_list):
            raise TypeError('arg must be list')
        self.extend(list)

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._typecode not in _UNICODE:
            raise ValueError('tounicode() may only be called on unicode type arrays')
        for v in self._items:
            if v > 0x10FFFF:
                raise ValueError(f'character U+{v:x} is not in range [U+0000; U+10ffff]')
        return ''.join(map(chr, self._items))

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if self._typecode not in _UNICODE:
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(ustr, str):
            raise TypeError(f'fromunicode() argument must be str, not {type(ustr).__name__}')
        if ustr:
            _check_resize(self, _RESIZE_MSG)
        self._items.extend(map(ord, ustr))

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end of the array."""
        if not isinstance(n, int):
            raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
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

    def __str__(self):
        if self._typecode in _UNICODE:
            self.tounicode()
        return self.__repr__()


class arrayiterator:
    """Iterates an array by position, so items appended while iterating are seen (as CPython's)."""

    __slots__ = ('_array', '_index')

    def __init__(self, a):
        self._array = a
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        a = self._array
        if a is not None:
            if self._index < len(a._items):
                v = a._items[self._index]
                self._index += 1
                return chr(v) if a._typecode in _UNICODE else v
            self._array = None
        raise StopIteration

    def __reduce__(self):
        if self._array is None:
            return iter, ((),)
        return iter, (self._array,), self._index

    def __setstate__(self, state):
        if self._array is not None:
            self._index = min(max(state, 0), len(self._array._items))


arrayiterator.__module__ = 'array'
_builtin_list = list
ArrayType = array
array.__module__ = 'array'


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    """Internal. Used for pickling support."""
    if not isinstance(arraytype, type):
        raise TypeError(f'first argument must be a type object, not {type(arraytype).__name__}')
    if not issubclass(arraytype, array):
        raise TypeError(f'{arraytype.__module__}.{arraytype.__qualname__} is not a subtype of array.array')
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError('_array_reconstructor() argument 2 must be a unicode character, not '
                        f'{type(typecode).__name__}')
    if not isinstance(mformat_code, int):
        raise TypeError(f"'{type(mformat_code).__name__}' object cannot be interpreted as an integer")
    if not isinstance(items, bytes):
        raise TypeError(f'fourth argument should be bytes, not {type(items).__name__}')
    if typecode not in _SIZES:
        raise ValueError('second argument must be a valid type code')
    if mformat_code not in _MFORMATS:
        raise ValueError('third argument must be a valid machine format code.')
    fmt = _MFORMATS[mformat_code]
    a = array.__new__(arraytype, typecode)
    if mformat_code == _NATIVE_MFORMAT[typecode]:
        a.frombytes(items)
        return a
    if mformat_code >= 18:
        a.fromunicode(items.decode(fmt))
        return a
    size = _struct.calcsize(fmt)
    if len(items) % size:
        raise ValueError('string length not a multiple of item size')
    values = _struct.unpack(fmt[0] + '%d' % (len(items) // size) + fmt[1], items)
    if fmt[1] not in 'fd':
        # integers come back in the first type code of the format's size and signedness (as CPython's)
        signed = fmt[1].islower()
        typecode = next(c for c in 'bBhHiIlLqQ' if _SIZES[c] == size and (c in _SIGNED) == signed)
        a = array.__new__(arraytype, typecode)
    a.extend(values)
    return a


try:
    from collections.abc import MutableSequence as _MutableSequence
    _MutableSequence.register(array)
    del _MutableSequence
except ImportError:
    pass
