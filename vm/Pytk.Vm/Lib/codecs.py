"""codecs (pytk's own implementation): encode/decode through str.encode and bytes.decode (pytk's codecs are
C#: utf-8, ascii, latin-1, utf-16, utf-32), the error-handler registry, BOM constants and escape_decode."""

import sys

__all__ = ['encode', 'decode', 'lookup', 'register', 'unregister', 'register_error', 'lookup_error', 'BOM', 'BOM_BE', 'BOM_LE',
           'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE', 'BOM_UTF16_LE', 'BOM_UTF32', 'BOM_UTF32_BE', 'BOM_UTF32_LE',
           'strict_errors', 'ignore_errors', 'replace_errors', 'backslashreplace_errors', 'xmlcharrefreplace_errors',
           'CodecInfo', 'escape_decode', 'escape_encode']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM_UTF16 = BOM_UTF16_LE if sys.byteorder == 'little' else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if sys.byteorder == 'little' else BOM_UTF32_BE
BOM = BOM_UTF16

_ALIASES = {'utf8': 'utf-8', 'utf_8': 'utf-8', 'u8': 'utf-8', 'latin1': 'latin-1', 'latin_1': 'latin-1',
            'iso8859_1': 'latin-1', 'iso-8859-1': 'latin-1', 'l1': 'latin-1', 'us-ascii': 'ascii',
            'utf16': 'utf-16', 'utf_16': 'utf-16', 'utf32': 'utf-32', 'utf_32': 'utf-32'}


class CodecInfo(tuple):
    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        return self

    def __repr__(self):
        return f'<codecs.CodecInfo object for encoding {self.name} at {id(self):#x}>'


def _norm(encoding):
    e = encoding.lower().replace(' ', '_')
    return _ALIASES.get(e, e.replace('_', '-'))


_search_functions = []


def register(search_function):
    """Adds a codec search function: called with a normalized name, it returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass


def lookup(encoding):
    for search in _search_functions:
        info = search(encoding.lower().replace(' ', '_'))
        if info is not None:
            return info
    name = _norm(encoding)
    try:
        ''.encode(name)
    except LookupError:
        raise LookupError(f'unknown encoding: {encoding}') from None

    def enc(s, errors='strict'):
        return s.encode(name, errors), len(s)

    def dec(b, errors='strict'):
        return bytes(b).decode(name, errors), len(b)
    return CodecInfo(enc, dec, name=name)


def encode(obj, encoding='utf-8', errors='strict'):
    if _norm(encoding) in ('unicode-escape', 'unicode_escape'):
        return _unicode_escape(obj)
    if _norm(encoding) in ('raw-unicode-escape',):
        return obj.encode('latin-1', 'backslashreplace')
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    if _norm(encoding) in ('unicode-escape', 'unicode_escape'):
        return escape_decode(obj)[0].decode('latin-1')
    return bytes(obj).decode(encoding, errors)


def _unicode_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif 32 <= o < 127:
            out.append(ch)
        elif o < 256:
            out.append('\\x%02x' % o)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out).encode('ascii')


_SIMPLE = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11,
           ord('\\'): 92, ord("'"): 39, ord('"'): 34}


def escape_decode(data, errors=None):
    """Bytes with Python's backslash escapes resolved (\\n, \\xhh, octal), and the input length."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c != 92 or i + 1 >= n:
            if c == 92:
                raise ValueError('Trailing \\ in string')
            out.append(c)
            i += 1
            continue
        e = data[i + 1]
        i += 2
        if e in _SIMPLE:
            out.append(_SIMPLE[e])
        elif e == 10:
            pass
        elif e == ord('x'):
            h = data[i:i + 2]
            try:
                out.append(int(h, 16))
            except ValueError:
                raise ValueError(f'invalid \\x escape at position {i - 2}') from None
            i += 2
        elif 48 <= e <= 55:
            j = i
            while j < n and j < i + 2 and 48 <= data[j] <= 55:
                j += 1
            out.append(int(bytes([e]) + data[i:j], 8) & 0xff)
            i = j
        else:
            out.append(92)
            out.append(e)
    return bytes(out), n


def escape_encode(data, errors=None):
    return repr(bytes(data))[2:-1].encode('latin-1'), len(data)


_handlers = {}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _handlers[name] = handler


def lookup_error(name):
    if name in _handlers:
        return _handlers[name]
    if name in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape',
                'surrogatepass', 'namereplace'):
        return globals().get(name + '_errors') or _builtin_handler(name)
    raise LookupError(f'unknown error handler name {name!r}')


def _builtin_handler(name):
    def handler(exc):
        raise exc
    handler.__name__ = name + '_errors'
    return handler


def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    return ('', exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd', exc.end)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    s = exc.object[exc.start:exc.end]
    return (''.join('\\x%02x' % ord(c) if ord(c) < 256 else '\\u%04x' % ord(c) if ord(c) < 0x10000
                    else '\\U%08x' % ord(c) for c in s), exc.end)


def xmlcharrefreplace_errors(exc):
    s = exc.object[exc.start:exc.end]
    return (''.join('&#%d;' % ord(c) for c in s), exc.end)
