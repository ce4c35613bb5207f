"""marshal for pytk: CPython's marshal format for plain values, pytk's own format for code objects (written for pytk).

Values (None, bool, int, float, complex, str, bytes, tuple, list, dict, set, frozenset, Ellipsis, StopIteration)
are written as CPython 3.13 writes them, without its reference flags (which depend on CPython's reference
counts), so CPython loads what pytk dumps; loads reads CPython's output, references included. A code object is
written as type 'c' followed by the length and the bytes of pytk's code format (the body of a pytk .pyc): its
bytecode is pytk's, so CPython cannot load it, nor pytk CPython's.
"""
import struct

import _marshal

__all__ = ["dump", "dumps", "load", "loads", "version"]

version = 4

_FLAG_REF = 0x80
_bytes = bytes
_CODE = type(compile('', '', 'exec'))


class _Writer:
    def __init__(self, version, allow_code):
        self.out = bytearray()
        self.version = version
        self.allow_code = allow_code
        self.depth = 0

    def byte(self, t):
        self.out.append(ord(t) if isinstance(t, str) else t)

    def long(self, n):
        self.out += struct.pack('<i', n)

    def size(self, n):
        if n > 0x7FFFFFFF:
            raise ValueError("unmarshallable object")
        self.long(n)

    def write(self, v):
        self.depth += 1
        if self.depth > 2000:
            raise ValueError("object too deeply nested to marshal")
        try:
            self._write(v)
        finally:
            self.depth -= 1

    def _write(self, v):
        t = type(v)
        if v is None:
            self.byte('N')
        elif v is StopIteration:
            self.byte('S')
        elif v is Ellipsis:
            self.byte('.')
        elif v is False:
            self.byte('F')
        elif v is True:
            self.byte('T')
        elif t is int:
            if -2**31 <= v < 2**31:
                self.byte('i')
                self.long(v)
            else:
                self.byte('l')
                digits = []
                n = abs(v)
                while n:
                    digits.append(n & 0x7FFF)
                    n >>= 15
                self.long(len(digits) if v > 0 else -len(digits))
                for d in digits:
                    self.out += struct.pack('<H', d)
        elif t is float:
            if self.version > 1:
                self.byte('g')
                self.out += struct.pack('<d', v)
            else:
                text = repr(v).encode('ascii')
                self.byte('f')
                self.byte(len(text))
                self.out += text
        elif t is complex:
            if self.version > 1:
                self.byte('y')
                self.out += struct.pack('<dd', v.real, v.imag)
            else:
                for tag, part in (('x', v.real), (None, v.imag)):
                    text = repr(part).encode('ascii')
                    if tag:
                        self.byte(tag)
                    self.byte(len(text))
                    self.out += text
        elif t is str:
            if self.version >= 4 and v.isascii():
                data = v.encode('ascii')
                if len(data) < 256:
                    self.byte('z')
                    self.byte(len(data))
                else:
                    self.byte('a')
                    self.size(len(data))
                self.out += data
            else:
                data = v.encode('utf-8', 'surrogatepass')
                self.byte('u')
                self.size(len(data))
                self.out += data
        elif t is bytes or t is bytearray:
            self.byte('s')
            self.size(len(v))
            self.out += v
        elif t is tuple:
            if self.version >= 4 and len(v) < 256:
                self.byte(')')
                self.byte(len(v))
            else:
                self.byte('(')
                self.size(len(v))
            for item in v:
                self.write(item)
        elif t is list:
            self.byte('[')
            self.size(len(v))
            for item in v:
                self.write(item)
        elif t is dict:
            self.byte('{')
            for key, value in v.items():
                self.write(key)
                self.write(value)
            self.byte('0')
        elif t is set or t is frozenset:
            self.byte('<' if t is set else '>')
            self.size(len(v))
            for item in v:
                self.write(item)
        elif t is _CODE:
            if not self.allow_code:
                raise ValueError("marshalling code objects is disallowed")
            body = _marshal.dumps_code(v)
            self.byte('c')
            self.size(len(body))
            self.out += body
        else:
            raise ValueError("unmarshallable object")


class _Reader:
    def __init__(self, data, allow_code):
        self.data = data
        self.pos = 0
        self.refs = []
        self.allow_code = allow_code

    def take(self, n):
        if self.pos + n > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def byte(self):
        return self.take(1)[0]

    def long(self):
        return struct.unpack('<i', self.take(4))[0]

    def size(self):
        n = self.long()
        if n < 0:
            raise ValueError("bad marshal data (size out of range)")
        return n

    def read(self):
        if self.pos >= len(self.data):
            raise EOFError("EOF read where object expected")
        code = self.byte()
        flag = code & _FLAG_REF
        t = chr(code & ~_FLAG_REF)
        index = None
        if flag:
            index = len(self.refs)
            self.refs.append(None)
        v = self._read(t, index)
        if flag:
            self.refs[index] = v
        return v

    def _read(self, t, index):
        if t == 'N':
            return None
        if t == 'S':
            return StopIteration
        if t == '.':
            return Ellipsis
        if t == 'F':
            return False
        if t == 'T':
            return True
        if t == '0':
            raise TypeError("NULL object in marshal data for object")
        if t == 'i':
            return self.long()
        if t == 'l':
            n = self.long()
            value = 0
            for k in range(abs(n)):
                digit = struct.unpack('<H', self.take(2))[0]
                if digit > 0x7FFF:
                    raise ValueError("bad marshal data (digit out of range in long)")
                value |= digit << (15 * k)
            return -value if n < 0 else value
        if t == 'g':
            return struct.unpack('<d', self.take(8))[0]
        if t == 'f':
            return float(self.take(self.byte()).decode('ascii'))
        if t == 'y':
            re, im = struct.unpack('<dd', self.take(16))
            return complex(re, im)
        if t == 'x':
            re = float(self.take(self.byte()).decode('ascii'))
            im = float(self.take(self.byte()).decode('ascii'))
            return complex(re, im)
        if t == 's':
            return _bytes(self.take(self.size()))
        if t in 'ut':
            return _bytes(self.take(self.size())).decode('utf-8', 'surrogatepass')
        if t in 'aA':
            return _bytes(self.take(self.size())).decode('ascii')
        if t in 'zZ':
            return _bytes(self.take(self.byte())).decode('ascii')
        if t in '()':
            n = self.byte() if t == ')' else self.size()
            items = []
            for _ in range(n):
                items.append(self.read())
            return tuple(items)
        if t == '[':
            result = []
            if index is not None:
                self.refs[index] = result
            for _ in range(self.size()):
                result.append(self.read())
            return result
        if t == '{':
            result = {}
            if index is not None:
                self.refs[index] = result
            while True:
                if self.data[self.pos:self.pos + 1] == b'0':
                    self.pos += 1
                    return result
                key = self.read()
                result[key] = self.read()
        if t in '<>':
            n = self.size()
            items = [self.read() for _ in range(n)]
            return set(items) if t == '<' else frozenset(items)
        if t == 'r':
            n = self.long()
            if n < 0 or n >= len(self.refs) or self.refs[n] is None:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[n]
        if t == 'c':
            if not self.allow_code:
                raise ValueError("unmarshalling code objects is disallowed")
            return _marshal.loads_code(_bytes(self.take(self.size())))
        raise ValueError("bad marshal data (unknown type code)")


def dumps(value, version=version, /, *, allow_code=True):
    """The bytes of value in the marshal format."""
    w = _Writer(version, allow_code)
    w.write(value)
    return bytes(w.out)


def loads(bytes, /, *, allow_code=True):
    """The value in a bytes-like object's marshal data (bytes after it are ignored)."""
    return _Reader(bytes if type(bytes) is _bytes else _bytes(bytes), allow_code).read()


def dump(value, file, version=version, /, *, allow_code=True):
    file.write(dumps(value, version, allow_code=allow_code))


def load(file, /, *, allow_code=True):
    """Reads one value from an open binary file, leaving the file just after it."""
    data = file.read()
    r = _Reader(data, allow_code)
    value = r.read()
    if hasattr(file, 'seek'):
        try:
            file.seek(r.pos - len(data), 1)
        except (OSError, ValueError):
            pass
    return value
