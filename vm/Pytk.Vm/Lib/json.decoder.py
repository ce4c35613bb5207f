"""The JSON decoder: JSONDecoder, JSONDecodeError and scanstring (pytk's own implementation).

The pure-Python parts are py_scanstring, JSONObject and JSONArray; scanstring is _json's (c_scanstring)
when that module is present.
"""
import re

from json import scanner

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError with where the document stopped parsing: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = frozenset('0123456789abcdefABCDEF')
# a run of characters that need no attention, then the character that ends it (or nothing at the end)
_PLAIN_STRICT = re.compile(r'[^"\\\x00-\x1f]*')
_PLAIN_LAX = re.compile(r'[^"\\]*')


def _hex4(s, pos):
    """The code unit of the four hex digits after the 'u' at POS - 1 (the backslash is at POS - 2)."""
    digits = s[pos:pos + 4]
    if len(digits) == 4 and _HEX.issuperset(digits):
        return int(digits, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos - 1)


def py_scanstring(s, end, strict=True):
    """Scans the JSON string whose opening quote is at END - 1; returns (its value, the index after its closing
    quote). With STRICT, control characters are not allowed inside it."""
    end = end.__index__()
    if end > 0x7fffffffffffffff:
        raise OverflowError('Python int too large to convert to C ssize_t')
    begin = end - 1
    plain = (_PLAIN_STRICT if strict else _PLAIN_LAX).match
    chunks = []
    n = len(s)
    while True:
        m = plain(s, end)
        if m is None:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        run = m.group()
        if run:
            chunks.append(run)
        end = m.end()
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        ch = s[end]
        if ch == '"':
            return ''.join(chunks), end + 1
        if ch != '\\':
            raise JSONDecodeError('Invalid control character {0!r} at'.format(ch), s, end)
        if end + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end + 1]
        if esc != 'u':
            value = _SIMPLE_ESCAPES.get(esc)
            if value is None:
                raise JSONDecodeError('Invalid \\escape: {0!r}'.format(esc), s, end + 1)
            chunks.append(value)
            end += 2
            continue
        code = _hex4(s, end + 2)
        end += 6
        if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 2)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))


scanstring = c_scanstring or py_scanstring

_WS = ' \t\n\r'


def _skip(s, end):
    n = len(s)
    while end < n and s[end] in _WS:
        end += 1
    return end


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None, _w=None, _ws=_WS):
    """Parses the members of an object whose '{' is just before END; returns (the object, the index after '}')."""
    s, end = s_and_end
    if memo is None:
        memo = {}
    pairs = []
    end = _skip(s, end)
    if s[end:end + 1] != '"':
        if s[end:end + 1] == '}':
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), end + 1
            pairs = {}
            if object_hook is not None:
                pairs = object_hook(pairs)
            return pairs, end + 1
        raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = memo.setdefault(key, key)
        end = _skip(s, end)
        if s[end:end + 1] != ':':
            raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end = _skip(s, end + 1)
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        pairs.append((key, value))
        end = _skip(s, end)
        ch = s[end:end + 1]
        end += 1
        if ch == '}':
            break
        if ch != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        comma = end - 1
        end = _skip(s, end)
        ch = s[end:end + 1]
        end += 1
        if ch != '"':
            if ch == '}':
                raise JSONDecodeError('Illegal trailing comma before end of object', s, comma)
            raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end - 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    pairs = dict(pairs)
    if object_hook is not None:
        pairs = object_hook(pairs)
    return pairs, end


def JSONArray(s_and_end, scan_once, _w=None, _ws=_WS):
    """Parses the items of an array whose '[' is just before END; returns (the list, the index after ']')."""
    s, end = s_and_end
    values = []
    end = _skip(s, end)
    if s[end:end + 1] == ']':
        return values, end + 1
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        values.append(value)
        end = _skip(s, end)
        ch = s[end:end + 1]
        end += 1
        if ch == ']':
            return values, end
        if ch != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        comma = end - 1
        end = _skip(s, end)
        if s[end:end + 1] == ']':
            raise JSONDecodeError('Illegal trailing comma before end of array', s, comma)


class JSONDecoder(object):
    """Decodes JSON text into Python objects:

    object -> dict, array -> list, string -> str, number -> int or float, true/false -> True/False,
    null -> None; NaN, Infinity and -Infinity are accepted as floats.

    object_hook is called with every decoded dict (its result replaces it); object_pairs_hook, which wins over
    object_hook, with the list of (key, value) pairs of every object. parse_float, parse_int and parse_constant
    are called with the text of floats, ints and the three constants. With strict false, control characters are
    allowed inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """The Python object of the JSON document S (a str); only whitespace may follow it."""
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decodes the JSON document starting at S[IDX]; returns (the object, the index where it ended)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end
