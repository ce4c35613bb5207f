"""struct (pytk's own implementation): values to and from C struct layouts. Format parsing, alignment and
integers are Python (int.to_bytes/from_bytes); IEEE 754 floats come from _struct (C#)."""

import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# code -> (native size, standard size, signed or kind)
_NATIVE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8,
           'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
_STANDARD = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4, 'q': 8,
             'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_SIGNED = set('bhilqn')
_MAXSIZE = (1 << 63) - 1
_UNSIGNED = set('BHILQNP')


def _parse(fmt):
    """(items, size, little): items are (code, count, offset); s/p count as one item of `count` bytes."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(fmt).__name__}")
    i, n = 0, len(fmt)
    native, little = True, True
    if n and fmt[0] in '@=<>!':
        c = fmt[0]
        native = c == '@'
        little = c in '@=<'
        i = 1
    sizes = _NATIVE if native else _STANDARD
    items = []
    offset = 0
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            c = fmt[i]
        i += 1
        if c not in sizes:
            raise error('bad char in struct format')
        size = sizes[c]
        if native and c not in 'xcbB?sp' and offset % size:
            offset += size - offset % size
        if count is None:
            count = 1
        if c in 'sp':
            items.append((c, count, offset, 1))
            offset += count
        elif c == 'x':
            offset += count
        else:
            # one run of `count` values, each `size` bytes (a huge count is refused below, never expanded)
            if count:
                items.append((c, count, offset, count))
            offset += size * count
        if offset > _MAXSIZE:
            raise error('total struct size too long')
    return items, offset, little, sizes


def _index(v):
    if isinstance(v, int):
        return v
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise error('required argument is not an integer')


def _pack_item(code, count, v, size, little, out, offset):
    if code in 'sp':
        if not isinstance(v, (bytes, bytearray)):
            raise error(f"argument for '{code}' must be a bytes object")
        if code == 's':
            data = bytes(v[:count]).ljust(count, b'\0')
        else:
            body = bytes(v[:max(count - 1, 0)])
            data = (bytes([min(len(body), 255)]) + body).ljust(count, b'\0')[:count] if count else b''
        out[offset:offset + count] = data
        return
    if code == 'c':
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise error('char format requires a bytes object of length 1')
        out[offset] = v[0]
        return
    if code == '?':
        out[offset] = 1 if v else 0
        return
    if code in 'efd':
        if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__') and not hasattr(type(v), '__index__'):
            raise error('required argument is not a float')
        out[offset:offset + size] = _struct.pack_real(float(v), size, little)
        return
    x = _index(v)
    bits = size * 8
    if code in _SIGNED:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1
    if not lo <= x <= hi:
        if code == 'P':
            raise OverflowError('int too large to convert')
        raise error(f"'{code}' format requires {lo} <= number <= {hi}")
    out[offset:offset + size] = x.to_bytes(size, 'little' if little else 'big', signed=code in _SIGNED)


def _unpack_item(code, count, data, offset, size, little):
    if code == 's':
        return bytes(data[offset:offset + count])
    if code == 'p':
        if not count:
            return b''
        k = min(data[offset], count - 1)
        return bytes(data[offset + 1:offset + 1 + k])
    if code == 'c':
        return bytes(data[offset:offset + 1])
    if code == '?':
        return data[offset] != 0
    if code in 'efd':
        return _struct.unpack_real(bytes(data[offset:offset + size]), little)
    return int.from_bytes(bytes(data[offset:offset + size]), 'little' if little else 'big', signed=code in _SIGNED)


class Struct:
    """A compiled format: size, pack/unpack and their buffer forms."""

    def __init__(self, format):
        self._items, self.size, self._little, self._sizes = _parse(format)
        self._nargs = sum(item[3] for item in self._items)
        self.format = format.decode('ascii') if isinstance(format, bytes) else format

    def __repr__(self):
        return f'Struct({self.format!r})'

    def _pack(self, args, out, base):
        if len(args) != self._nargs:
            raise error(f'pack expected {self._nargs} items for packing (got {len(args)})')
        k = 0
        for code, count, offset, nargs in self._items:
            size = self._sizes[code]
            if code in 'sp':
                _pack_item(code, count, args[k], size, self._little, out, base + offset)
                k += 1
                continue
            for j in range(nargs):
                _pack_item(code, 1, args[k], size, self._little, out, base + offset + j * size)
                k += 1

    def pack(self, *args):
        out = bytearray(self.size)
        self._pack(args, out, 0)
        return bytes(out)

    def pack_into(self, buffer, offset, *args):
        if offset < 0:
            if offset + self.size > 0:
                raise error(f'no space to pack {self.size} bytes at offset {offset}')
            if offset + len(buffer) < 0:
                raise error(f'offset {offset} out of range for {len(buffer)}-byte buffer')
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error(f'pack_into requires a buffer of at least {self.size + offset} bytes for packing '
                        f'{self.size} bytes at offset {offset} (actual buffer size is {len(buffer)})')
        tmp = bytearray(self.size)
        self._pack(args, tmp, 0)
        buffer[offset:offset + self.size] = tmp

    def _unpack(self, data, base):
        out = []
        for code, count, offset, nargs in self._items:
            size = self._sizes[code]
            if code in 'sp':
                out.append(_unpack_item(code, count, data, base + offset, size, self._little))
                continue
            for j in range(nargs):
                out.append(_unpack_item(code, 1, data, base + offset + j * size, size, self._little))
        return tuple(out)

    def unpack(self, buffer):
        data = buffer if isinstance(buffer, (bytes, bytearray)) else bytes(buffer)
        if len(data) != self.size:
            raise error(f'unpack requires a buffer of {self.size} bytes')
        return self._unpack(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = buffer if isinstance(buffer, (bytes, bytearray)) else bytes(buffer)
        if offset < 0:
            if offset + len(data) < 0:
                raise error(f'offset {offset} out of range for {len(data)}-byte buffer')
            offset += len(data)
        if len(data) - offset < self.size:
            raise error(f'unpack_from requires a buffer of at least {self.size + offset} bytes for unpacking '
                        f'{self.size} bytes at offset {offset} (actual buffer size is {len(data)})')
        return self._unpack(data, offset)

    def iter_unpack(self, buffer):
        data = buffer if isinstance(buffer, (bytes, bytearray)) else bytes(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error(f'iterative unpacking requires a buffer of a multiple of {self.size} bytes')
        return (self._unpack(data, k) for k in range(0, len(data), self.size))


_cache = {}


def _struct_for(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _struct_for(format).size


def pack(format, *args):
    return _struct_for(format).pack(*args)


def pack_into(format, buffer, offset, *args):
    return _struct_for(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    return _struct_for(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct_for(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct_for(format).iter_unpack(buffer)


def _clearcache():
    _cache.clear()
