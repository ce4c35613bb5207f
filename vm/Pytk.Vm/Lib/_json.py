"""The json package's speedups module, with the interface and the argument checking of CPython's _json:
scanstring, make_scanner, make_encoder, encode_basestring and encode_basestring_ascii.

pytk writes it in Python for now (a C# port is what would make it faster); json.decoder, json.encoder and
json.scanner use it when it imports and their pure-Python functions otherwise.
"""

_SSIZE_MAX = 0x7fffffffffffffff
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = frozenset('0123456789abcdefABCDEF')
_WS = frozenset(' \t\n\r')
_DIGITS = frozenset('0123456789')
_ESCAPED = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _error(msg, s, pos):
    # json.decoder's JSONDecodeError, looked up when needed (json.decoder imports this module)
    from json.decoder import JSONDecodeError
    return JSONDecodeError(msg, s, pos)


def _ssize(value):
    value = value.__index__()
    if not -_SSIZE_MAX - 1 <= value <= _SSIZE_MAX:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return value


def _type_name(o):
    return type(o).__name__


def _hex4(s, pos):
    digits = s[pos:pos + 4]
    if len(digits) == 4 and _HEX.issuperset(digits):
        return int(digits, 16)
    raise _error('Invalid \\uXXXX escape', s, pos - 1)


def _scan_string(s, end, strict):
    n = len(s)
    if end < 0 or end > n:
        raise ValueError('end is out of bounds')
    begin = end - 1
    chunks = []
    run = end
    while True:
        i = run
        while i < n:
            ch = s[i]
            if ch == '"' or ch == '\\':
                break
            if strict and ch < ' ':
                raise _error('Invalid control character at', s, i)
            i += 1
        else:
            raise _error('Unterminated string starting at', s, begin)
        if i > run:
            chunks.append(s[run:i])
        if ch == '"':
            return ''.join(chunks), i + 1
        if i + 1 >= n:
            raise _error('Unterminated string starting at', s, begin)
        esc = s[i + 1]
        if esc != 'u':
            value = _SIMPLE_ESCAPES.get(esc)
            if value is None:
                raise _error('Invalid \\escape', s, i)
            chunks.append(value)
            run = i + 2
            continue
        code = _hex4(s, i + 2)
        run = i + 6
        if 0xd800 <= code <= 0xdbff and s[run:run + 2] == '\\u':
            low = _hex4(s, run + 2)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                run += 6
        chunks.append(chr(code))


def scanstring(string, end, strict=True, /):
    """scanstring(string, end, strict=True) -> (string, end)

    Scans the JSON string whose opening quote is at end - 1."""
    end = _ssize(end)
    strict = bool(strict)
    if not isinstance(string, str):
        raise TypeError(f'first argument must be a string, not {_type_name(string)}')
    return _scan_string(string, end, strict)


class Scanner:
    """JSON scanner object: make_scanner(decoder) reads the decoder's options; calling it with (string, idx)
    returns (value, end) or raises StopIteration(idx)."""

    def __init__(self, ctx):
        self.strict = bool(ctx.strict)
        self.object_hook = ctx.object_hook
        self.object_pairs_hook = ctx.object_pairs_hook
        self.parse_float = ctx.parse_float
        self.parse_int = ctx.parse_int
        self.parse_constant = ctx.parse_constant
        self._memo = {}

    def __call__(self, string, idx):
        idx = _ssize(idx)
        if not isinstance(string, str):
            raise TypeError(f'first argument must be a string, not {_type_name(string)}')
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return self._value(string, idx)
        finally:
            self._memo.clear()

    def _skip(self, s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        ch = s[i]
        if ch == '"':
            return _scan_string(s, i + 1, self.strict)
        if ch == '{':
            return self._object(s, i + 1)
        if ch == '[':
            return self._array(s, i + 1)
        if ch == 'n' and s.startswith('null', i):
            return None, i + 4
        if ch == 't' and s.startswith('true', i):
            return True, i + 4
        if ch == 'f' and s.startswith('false', i):
            return False, i + 5
        if ch == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if ch == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if ch == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i)

    def _number(self, s, start):
        n = len(s)
        i = start
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                is_float = True
                i = j + 1
                while i < n and s[i] in _DIGITS:
                    i += 1
        text = s[start:i]
        if is_float:
            return (float(text) if self.parse_float is float else self.parse_float(text)), i
        return (int(text) if self.parse_int is int else self.parse_int(text)), i

    def _object(self, s, i):
        pairs = []
        memo = self._memo
        n = len(s)
        i = self._skip(s, i)
        if i < n and s[i] == '}':
            return self._finish(pairs), i + 1
        while True:
            if i >= n or s[i] != '"':
                raise _error('Expecting property name enclosed in double quotes', s, i)
            key, i = _scan_string(s, i + 1, self.strict)
            key = memo.setdefault(key, key)
            i = self._skip(s, i)
            if i >= n or s[i] != ':':
                raise _error("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise _error('Expecting value', s, err.value) from None
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < n and s[i] == '}':
                return self._finish(pairs), i + 1
            if i >= n or s[i] != ',':
                raise _error("Expecting ',' delimiter", s, i)
            comma = i
            i = self._skip(s, i + 1)
            if i < n and s[i] == '}':
                raise _error('Illegal trailing comma before end of object', s, comma)

    def _finish(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        values = []
        n = len(s)
        i = self._skip(s, i)
        if i < n and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise _error('Expecting value', s, err.value) from None
            values.append(value)
            i = self._skip(s, i)
            if i < n and s[i] == ']':
                return values, i + 1
            if i >= n or s[i] != ',':
                raise _error("Expecting ',' delimiter", s, i)
            comma = i
            i = self._skip(s, i + 1)
            if i < n and s[i] == ']':
                raise _error('Illegal trailing comma before end of array', s, comma)


make_scanner = Scanner


def _quote(s, ascii_only):
    out = ['"']
    for ch in s:
        known = _ESCAPED.get(ch)
        if known is not None:
            out.append(known)
            continue
        n = ord(ch)
        if n < 0x20 or (ascii_only and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def encode_basestring_ascii(pystr, /):
    """encode_basestring_ascii(string) -> string

    The JSON text of a str, with every character outside printable ASCII as a \\uXXXX escape."""
    if not isinstance(pystr, str):
        raise TypeError(f'first argument must be a string, not {_type_name(pystr)}')
    return _quote(pystr, True)


def encode_basestring(pystr, /):
    """encode_basestring(string) -> string

    The JSON text of a str."""
    if not isinstance(pystr, str):
        raise TypeError(f'first argument must be a string, not {_type_name(pystr)}')
    return _quote(pystr, False)


class Encoder:
    """Encoder object: make_encoder(markers, default, encoder, indent, key_separator, item_separator,
    sort_keys, skipkeys, allow_nan); calling it with (obj, _current_indent_level) returns the JSON text of obj
    as a tuple of pieces."""

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys,
                 allow_nan, /):
        if markers is not None and not isinstance(markers, dict):
            raise TypeError(f'make_encoder() argument 1 must be dict or None, not {_type_name(markers)}')
        if not isinstance(key_separator, str):
            raise TypeError(f'make_encoder() argument 5 must be str, not {_type_name(key_separator)}')
        if not isinstance(item_separator, str):
            raise TypeError(f'make_encoder() argument 6 must be str, not {_type_name(item_separator)}')
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = bool(sort_keys)
        self.skipkeys = bool(skipkeys)
        self.allow_nan = bool(allow_nan)
        self._fast = encoder is encode_basestring_ascii or encoder is encode_basestring

    def __call__(self, obj, _current_indent_level):
        _ssize(_current_indent_level)
        out = []
        self._encode(obj, out)
        return tuple(out)

    def _str(self, s):
        if self._fast:
            return self.encoder(s)
        text = self.encoder(s)
        if not isinstance(text, str):
            raise TypeError(f'encoder() must return a string, not {_type_name(text)}')
        return text

    def _float(self, o):
        if o != o or o in (float('inf'), float('-inf')):
            if not self.allow_nan:
                raise ValueError(f'Out of range float values are not JSON compliant: {o!r}')
            return 'NaN' if o != o else ('Infinity' if o > 0 else '-Infinity')
        return float.__repr__(o)

    def _enter(self, o):
        if self.markers is None:
            return None
        ident = id(o)
        if ident in self.markers:
            raise ValueError('Circular reference detected')
        self.markers[ident] = o
        return ident

    def _leave(self, ident):
        if ident is not None:
            del self.markers[ident]

    def _encode(self, o, out):
        if o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, str):
            out.append(self._str(o))
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._list(o, out)
        elif isinstance(o, dict):
            self._dict(o, out)
        else:
            ident = self._enter(o)
            self._encode(self.default(o), out)
            self._leave(ident)

    def _list(self, seq, out):
        if not seq:
            out.append('[]')
            return
        ident = self._enter(seq)
        out.append('[')
        for index, value in enumerate(seq):
            if index:
                out.append(self.item_separator)
            self._encode(value, out)
        out.append(']')
        self._leave(ident)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self._float(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {_type_name(key)}')

    def _dict(self, dct, out):
        if not dct:
            out.append('{}')
            return
        ident = self._enter(dct)
        out.append('{')
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                out.append(self.item_separator)
            first = False
            out.append(self._str(key))
            out.append(self.key_separator)
            self._encode(value, out)
        out.append('}')
        self._leave(ident)


make_encoder = Encoder
