"""The JSON encoder: JSONEncoder and the string quoting functions (pytk's own implementation).

encode_basestring and encode_basestring_ascii are _json's (c_encode_basestring, c_encode_basestring_ascii) when
that module is present, the pure-Python py_encode_basestring and py_encode_basestring_ascii otherwise; likewise
JSONEncoder.iterencode uses _json's c_make_encoder for one-shot, unindented encoding.
"""
import re

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')
HAS_UTF8 = re.compile(b'[\x80-\xff]')
ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i

INFINITY = float('inf')


def _escape(m):
    return ESCAPE_DCT[m.group(0)]


def _escape_ascii(m):
    ch = m.group(0)
    known = ESCAPE_DCT.get(ch)
    if known is not None:
        return known
    n = ord(ch)
    if n < 0x10000:
        return '\\u{0:04x}'.format(n)
    n -= 0x10000
    return '\\u{0:04x}\\u{1:04x}'.format(0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff))


def py_encode_basestring(s):
    """The JSON text of the str S, non-ASCII characters kept as they are."""
    return '"' + ESCAPE.sub(_escape, s) + '"'


def py_encode_basestring_ascii(s):
    """The JSON text of the str S, every character outside printable ASCII written as a \\uXXXX escape."""
    return '"' + ESCAPE_ASCII.sub(_escape_ascii, s) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Encodes Python objects as JSON text:

    dict -> object, list and tuple -> array, str -> string, int and float (and their enum subclasses) ->
    number, True/False -> true/false, None -> null. Anything else goes through default(), which a subclass
    overrides to return something serializable (the base one raises TypeError).
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Returns a serializable object for O or raises TypeError; subclasses override it."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of O.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"pytk": ["json", 3.13, None, True]})
        '{"pytk": ["json", 3.13, null, true]}'
        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Yields the JSON text of O in pieces."""
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring

        def floatstr(o, allow_nan=self.allow_nan, _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
            return text

        if _one_shot and c_make_encoder is not None and self.indent is None:
            _iterencode = c_make_encoder(markers, self.default, _encoder, self.indent, self.key_separator,
                                         self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan)
        else:
            _iterencode = _make_iterencode(markers, self.default, _encoder, self.indent, floatstr,
                                           self.key_separator, self.item_separator, self.sort_keys,
                                           self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr, _key_separator, _item_separator,
                     _sort_keys, _skipkeys, _one_shot):
    """The pure-Python encoder: a generator function (o, level) yielding the JSON text of o in pieces."""
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def enter(o):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = o
            return marker
        return None

    def leave(marker):
        if marker is not None:
            del markers[marker]

    def scalar(o):
        # the text of a str, None, bool, int or float, or None for anything else
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    def iter_list(lst, level):
        if not lst:
            yield '[]'
            return
        marker = enter(lst)
        # an item is yielded with the text before it ('[' or the separator) in front, as CPython's encoder does
        if _indent is not None:
            level += 1
            newline = '\n' + _indent * level
            separator = _item_separator + newline
            before = '[' + newline
        else:
            newline = None
            separator = _item_separator
            before = '['
        for value in lst:
            text = scalar(value)
            if text is not None:
                yield before + text
            else:
                yield before
                yield from iter_any(value, level)
            before = separator
        if newline is not None:
            level -= 1
            yield '\n' + _indent * level
        yield ']'
        leave(marker)

    def key_text(key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if _skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def iter_dict(dct, level):
        if not dct:
            yield '{}'
            return
        marker = enter(dct)
        if _indent is not None:
            level += 1
            newline = '\n' + _indent * level
            separator = _item_separator + newline
            yield '{' + newline
        else:
            newline = None
            separator = _item_separator
            yield '{'
        items = sorted(dct.items()) if _sort_keys else dct.items()
        first = True
        for key, value in items:
            key = key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield _encoder(key)
            yield _key_separator
            text = scalar(value)
            if text is not None:
                yield text
            else:
                yield from iter_any(value, level)
        if newline is not None:
            level -= 1
            yield '\n' + _indent * level
        yield '}'
        leave(marker)

    def iter_any(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from iter_list(o, level)
        elif isinstance(o, dict):
            yield from iter_dict(o, level)
        else:
            marker = enter(o)
            yield from iter_any(_default(o), level)
            leave(marker)

    return iter_any
