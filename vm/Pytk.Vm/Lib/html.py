"""html (pytk): escaping text for HTML and resolving character references.

    >>> import html
    >>> html.escape('<a href="x">Tom & \\'Jerry\\'</a>')
    '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#x27;Jerry&#x27;&lt;/a&gt;'
    >>> html.unescape('&lt;p&gt; caf&eacute; &#169; &#x263a; &notit; &amp')
    '<p> café © ☺ ¬it; &'

The package holds html.entities (the named reference tables) and html.parser (HTMLParser).
"""

__path__ = ['<pytk>/Lib/html']
__all__ = ['escape', 'unescape']

import re as _re
from html.entities import html5 as _html5


def escape(s, quote=True):
    """Replaces &, < and > in S with HTML-safe sequences; with QUOTE (the default) also " and '."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# HTML5 section 13.2.5.80 (numeric character reference end state): the references that stand for another
# character than their number (the C1 range is read as windows-1252; 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay).
_CP1252_C1 = ("\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f"
              "\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178")
_invalid_charrefs = {0x00: "\ufffd", 0x0d: "\r"}
for _i, _c in enumerate(_CP1252_C1):
    _invalid_charrefs[0x80 + _i] = _c
del _i, _c

# ... and the code points a reference may not produce at all: controls other than whitespace, the
# noncharacters U+FDD0..U+FDEF and the last two code points of every plane.
_invalid_codepoints = set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20)) | set(range(0x7f, 0xa0)) \
    | set(range(0xfdd0, 0xfdf0)) | {(plane << 16) | low for plane in range(17) for low in (0xfffe, 0xffff)}

# the longest named reference (without '&') is 32 characters
_charref = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def _numeric(ref):
    digits = ref[1:].rstrip(';')
    num = int(digits[1:], 16) if digits[:1] in ('x', 'X') else int(digits)
    if num in _invalid_charrefs:
        return _invalid_charrefs[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\ufffd'
    if num in _invalid_codepoints:
        return ''
    return chr(num)


def _resolve(match):
    ref = match.group(1)
    if ref[0] == '#':
        return _numeric(ref)
    text = _html5.get(ref)
    if text is not None:
        return text
    # no exact name: the longest known prefix of at least two characters, the rest kept as written
    for end in range(len(ref) - 1, 1, -1):
        text = _html5.get(ref[:end])
        if text is not None:
            return text + ref[end:]
    return '&' + ref


def unescape(s):
    """Replaces every named and numeric character reference in S (&gt;, &#62;, &#x3e;) by its character,
    following the HTML5 rules (references without ';', invalid code points)."""
    if '&' not in s:
        return s
    return _charref.sub(_resolve, s)
