r"""JSON (JavaScript Object Notation, RFC 8259) encoding and decoding: pytk's own implementation.

dumps() and dump() write Python objects as JSON text; loads() and load() read it back:

    >>> import json
    >>> json.dumps({"name": "pytk", "tags": ["compiler", "vm"], "ready": True, "bugs": None})
    '{"name": "pytk", "tags": ["compiler", "vm"], "ready": true, "bugs": null}'
    >>> json.dumps(["caf\u00e9", 2.5])
    '["caf\\u00e9", 2.5]'
    >>> print(json.dumps({"b": [1, 2], "a": {}}, sort_keys=True, indent=2))
    {
      "a": {},
      "b": [
        1,
        2
      ]
    }
    >>> json.dumps([1, {"k": "v"}], separators=(",", ":"))
    '[1,{"k":"v"}]'
    >>> json.loads('{"size": [3, 4.5], "ok": false}')
    {'size': [3, 4.5], 'ok': False}
    >>> json.loads('[1.25, 7]', parse_float=str, parse_int=float)
    ['1.25', 7.0]
    >>> json.loads('{"a": 1, "b": 2}', object_pairs_hook=list)
    [('a', 1), ('b', 2)]

The package holds json.decoder (JSONDecoder, JSONDecodeError), json.encoder (JSONEncoder) and json.scanner;
they use the _json module's functions when it is present and their pure-Python ones otherwise.
"""
__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

# a package, as CPython's: json.decoder, json.encoder, json.scanner and json.tool are Lib/json.NAME.py
__path__ = ['<pytk>/Lib/json']

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder
import codecs

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Writes OBJ as JSON text to the file-like FP (its write method), piece by piece; the options are dumps'."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        chunks = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        chunks = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                     allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                     sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in chunks:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """The JSON text of OBJ (a str).

    skipkeys: leave out dict keys that are not str, int, float, bool or None instead of raising TypeError;
    ensure_ascii: escape every non-ASCII character; check_circular: detect reference cycles (ValueError);
    allow_nan: write NaN/Infinity/-Infinity (else ValueError); indent: pretty-print with that many spaces (or
    that str) per level; separators: (item_separator, key_separator); default: called for objects that are not
    serializable; sort_keys: dict items in key order; cls: a JSONEncoder subclass to use.
    """
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def detect_encoding(b):
    """The encoding of the JSON bytes B: its BOM's, else guessed from where the NUL bytes of the first
    characters are (RFC 4627: the first two characters are ASCII)."""
    head = b[:4]
    if head.startswith((codecs.BOM_UTF32_BE, codecs.BOM_UTF32_LE)):
        return 'utf-32'
    if head.startswith((codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE)):
        return 'utf-16'
    if head.startswith(codecs.BOM_UTF8):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            # 00 00 00 XX: UTF-32-BE; 00 XX: UTF-16-BE
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            # XX 00 00 00: UTF-32-LE; XX 00 00 XX and XX 00 XX: UTF-16-LE
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """The Python object of the JSON document S (str, bytes or bytearray; bytes in UTF-8, -16 or -32).

    object_hook, object_pairs_hook, parse_float, parse_int, parse_constant and strict are JSONDecoder's;
    cls: a JSONDecoder subclass to use.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    """The Python object of the JSON document read from the file-like FP (its read method); see loads."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
