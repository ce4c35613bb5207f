"""re for pytk, written for pytk: Python's regular expression API on .NET's engine.

_re_syntax translates the pattern (keeping Python's group numbering and meaning); the C# module _re runs the
.NET regex and reports spans in code points. Everything users see (Pattern, Match, sub templates, split,
findall, flags, error messages) is built here in Python, following CPython's behaviour. docs/modules.md lists
where the engines differ.
"""

import _re
import _re_syntax
from types import MappingProxyType as _MappingProxyType

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
           'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE',
           'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag', 'PatternError']

_MAXSIZE = 9223372036854775807
# Definition order, which is the order CPython's RegexFlag prints combined flags in.
_FLAG_NAMES = [('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
               ('DOTALL', 16), ('VERBOSE', 64), ('DEBUG', 128)]


class RegexFlag(int):
    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        parts = []
        for name, bit in _FLAG_NAMES:
            if v & bit:
                parts.append('re.' + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec) if not spec or spec[-1] not in 'bdoxXn' else format(int(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    def __invert__(self):
        # enum.Flag with KEEP boundary: every bit up to the highest defined flag's (or the value's) is flipped
        v = int(self)
        return RegexFlag(v ^ ((1 << max(9, v.bit_length())) - 1))


A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
NOFLAG = RegexFlag(0)


class PatternError(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s at position %d (line %d, column %d)' % (msg, pos, self.lineno, self.colno)
            else:
                msg = '%s at position %d' % (msg, pos)
        super().__init__(msg)


PatternError.__module__ = 're'
error = PatternError


def _is_buffer(x):
    return isinstance(x, (bytes, bytearray, memoryview)) or hasattr(type(x), '__buffer__')


def _type_error_subject(pattern_is_str, string):
    if pattern_is_str and not isinstance(string, str):
        if _is_buffer(string):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
    if not pattern_is_str and not _is_buffer(string):
        if isinstance(string, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")


class Pattern:
    __slots__ = ('pattern', 'flags', 'groups', 'groupindex', '_handle', '_is_str')

    def __init__(self, pattern, flags):
        is_str = isinstance(pattern, str)
        if not is_str and not isinstance(pattern, (bytes, bytearray)):
            raise TypeError('first argument must be string or compiled pattern')
        text = pattern if is_str else bytes(pattern).decode('latin-1')
        if is_str:
            if flags & L:
                raise ValueError('cannot use LOCALE flag with a str pattern')
            if flags & A and flags & U:
                raise ValueError('ASCII and UNICODE flags are incompatible')
        elif flags & U:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        try:
            # bytes patterns are ASCII-only (\w, \d, case folding), as sre's are
            net, wide, all_flags, ngroups, names, warned = _re_syntax.translate(
                text, int(flags) | (0 if is_str else A), not is_str)
        except _re_syntax.ParseError as e:
            # errors found after parsing (look-behind widths) have no position, as sre's compiler's
            raise PatternError(e.msg, pattern if e.pos is not None else None, e.pos) from None
        if warned:
            import warnings
            for message in warned:
                # attributed to the caller of compile() (or of search(), sub(), ...): user, re.X, _compile, here
                warnings.warn(message, FutureWarning, stacklevel=4)
        if is_str and not all_flags & A:
            all_flags |= U
        if not is_str and not flags & A:
            all_flags &= ~int(A)
        net_flags = (1 if all_flags & I else 0) | (2 if all_flags & M else 0) | (4 if all_flags & S else 0)
        try:
            self._handle = _re.compile(net, net_flags, wide)
        except ValueError as e:
            raise PatternError(str(e), pattern, 0) from None
        self.pattern = pattern
        self.flags = int(all_flags)
        self.groups = ngroups
        # read-only, as CPython's
        self.groupindex = _MappingProxyType(names)
        self._is_str = is_str

    def _subject(self, string):
        _type_error_subject(self._is_str, string)
        return string if self._is_str else bytes(string).decode('latin-1')

    def _run(self, string, pos, endpos, mode):
        text = self._subject(string)
        n = len(text)
        pos = 0 if pos < 0 else min(pos, n)
        endpos = n if endpos > n else max(endpos, 0)
        if endpos < pos:
            return None
        spans = _re.match(self._handle, text, pos, endpos, mode)
        return None if spans is None else Match(self, string, spans, pos, endpos)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        text = self._subject(string)
        n = len(text)
        pos = 0 if pos < 0 else min(pos, n)
        endpos = n if endpos > n else max(endpos, 0)
        if endpos < pos:
            return iter(())
        return (Match(self, string, spans, pos, endpos) for spans in _re.scan(self._handle, text, pos, endpos))

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) if m.start(1) >= 0 else string[:0])
            else:
                out.append(m.groups(string[:0]))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            expand = repl
        else:
            template = _compile_template(self, repl)
            if len(template) == 1 and isinstance(template[0], (str, bytes)):
                literal = template[0]
                expand = lambda m: literal
            else:
                expand = lambda m: _expand(template, m)
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            pieces.append(string[last:m.start()])
            r = expand(m)
            if r is not None:
                if self._is_str and not isinstance(r, str):
                    raise TypeError(f'expected str instance, {type(r).__name__} found')
                pieces.append(r)
            last = m.end()
            n += 1
        pieces.append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        shown = repr(self.pattern)
        if len(shown) > 200:
            shown = shown[:200]
        flags = self.flags & ~int(U) if self._is_str else self.flags
        if not flags:
            return 're.compile(%s)' % shown
        # sre's order, which is not RegexFlag's
        names = []
        for name in ('IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'UNICODE', 'VERBOSE', 'DEBUG', 'ASCII'):
            bit = int(globals()[name])
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return 're.compile(%s, %s)' % (shown, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        # unpickled through the module's cache, as CPython's patterns are
        return _compile, (self.pattern, self.flags)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        """An object whose match() and search() find successive matches in STRING[POS:ENDPOS], each one
        starting where the previous ended (what finditer is made of)."""
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    """Pattern.scanner's object (sre's SRE_Scanner)."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        pattern._subject(string)
        n = len(string)
        self._pos = 0 if pos < 0 else min(pos, n)
        self._endpos = n if endpos > n else max(endpos, 0)
        self._found = None   # search()'s matches, made at the first call
        self._must_advance = False

    def match(self):
        if self._pos > self._endpos:
            return None
        m = self.pattern._run(self._string, self._pos, self._endpos, 1)
        if m is None or (self._must_advance and m.end() == self._pos):
            return None
        self._must_advance = m.end() == m.start()
        self._pos = m.end()
        return m

    def search(self):
        if self._found is None:
            self._found = iter(self.pattern.finditer(self._string, self._pos, self._endpos))
        m = next(self._found, None)
        if m is not None:
            self._pos = m.end()
        return m


_Scanner.__name__ = _Scanner.__qualname__ = 'SRE_Scanner'


class Match:
    __slots__ = ('re', 'string', 'pos', 'endpos', '_spans')

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
        elif hasattr(g, '__index__'):
            g = g.__index__()
            if 0 <= g <= self.re.groups:
                return g
        raise IndexError('no such group')

    def _get(self, i, default=None):
        s, e = self._spans[2 * i], self._spans[2 * i + 1]
        if s < 0:
            return default
        v = self.string[s:e]
        if type(v) is not str and type(v) is not bytes:   # groups of any subject are exact str or bytes
            v = str.__str__(v) if isinstance(v, str) else bytes(v)
        return v

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return self._spans[2 * i], self._spans[2 * i + 1]

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # sre reports the group that closed last; .NET does not record that order, so it is derived from the
        # spans: a later end closes later; at the same end an enclosing group closes after the ones inside it,
        # and a group that is empty at another's end closes after it.
        best = None
        for i in range(1, self.re.groups + 1):
            s, e = self._spans[2 * i], self._spans[2 * i + 1]
            if s < 0:
                continue
            if best is None:
                best = i
                continue
            bs, be = self._spans[2 * best], self._spans[2 * best + 1]
            if e > be or e == be and s >= be and s == e:
                best = i
        return best

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        return _expand(_compile_template(self.re, template), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (self._spans[0], self._spans[1], self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}


def _compile_template(pattern, repl):
    """A replacement template as a list of literal strings and group numbers."""
    is_bytes = not isinstance(repl, str)
    if is_bytes:
        if pattern._is_str:
            raise TypeError(f'expected str instance, {type(repl).__name__} found')
        text = bytes(repl).decode('latin-1')
    else:
        if not pattern._is_str:
            raise TypeError(f'expected a bytes-like object, str found')
        text = repl
    items = []
    lit = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        if i + 1 >= n:
            raise PatternError('bad escape (end of pattern)', repl, start)
        c = text[i + 1]
        i += 2
        if c == 'g':
            if i >= n or text[i] != '<':
                raise PatternError('missing <', repl, i)
            close = text.find('>', i + 1)
            if close < 0:
                raise PatternError('missing group name' if i + 1 >= n else 'missing >, unterminated name',
                                   repl, i + 1)
            name = text[i + 1:close]
            if not name:
                raise PatternError('missing group name', repl, i + 1)
            if is_bytes and not name.isascii():
                raise PatternError('bad character in group name %a' % name, repl, i + 1)
            if name.isdecimal() and name.isascii():
                g = int(name)
                if g > pattern.groups:
                    raise PatternError('invalid group reference %d' % g, repl, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                g = pattern.groupindex[name]
            else:
                raise PatternError('bad character in group name %r' % name, repl, i + 1)
            i = close + 1
        elif c == '0':
            digits = '0'
            while len(digits) < 3 and i < n and text[i] in '01234567':
                digits += text[i]
                i += 1
            lit.append(chr(int(digits, 8)))
            continue
        elif c in '123456789':
            if i + 1 < n and c in '01234567' and text[i] in '01234567' and text[i + 1] in '01234567':
                value = int(text[i - 1:i + 2], 8)
                if value > 0o377:
                    raise PatternError('octal escape value \\%s outside of range 0-0o377' % text[i - 1:i + 2],
                                       repl, start)
                lit.append(chr(value))
                i += 2
                continue
            digits = c
            if i < n and text[i] in '0123456789':
                digits += text[i]
                i += 1
            g = int(digits)
            if g > pattern.groups:
                raise PatternError('invalid group reference %d' % g, repl, start + 1)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
            continue
        elif c.isascii() and c.isalpha():
            raise PatternError('bad escape \\' + c, repl, start)
        else:
            lit.append('\\' + c)
            continue
        if lit:
            items.append(''.join(lit))
            lit = []
        items.append(g)
    if lit or not items:
        items.append(''.join(lit))
    if is_bytes:
        items = [x.encode('latin-1') if isinstance(x, str) else x for x in items]
    return items


def _expand(template, m):
    empty = m.group(0)[:0]
    out = []
    for item in template:
        if isinstance(item, int):
            v = m.group(item)
            if v is not None:
                out.append(v)
        else:
            out.append(item)
    return empty.join(out)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


_UNSET = object()


def _legacy(func, first, nfixed, args, value, flags):
    """Python 3.13: FIRST (count or maxsplit) and flags given by position still work, with a DeprecationWarning."""
    if not args:
        return (0 if value is _UNSET else value), (0 if flags is _UNSET else flags)
    if value is not _UNSET:
        raise TypeError(f"{func}() got multiple values for argument '{first}'")
    value, *args = args
    if args:
        if flags is not _UNSET:
            raise TypeError(f"{func}() got multiple values for argument 'flags'")
        flags, *args = args
        if args:
            raise TypeError(f'{func}() takes from {nfixed} to {nfixed + 2} positional arguments '
                            f'but {nfixed + 2 + len(args)} were given')
    import warnings
    warnings.warn(f"'{first}' is passed as positional argument", DeprecationWarning, stacklevel=3)
    return value, (0 if flags is _UNSET else flags)


def sub(pattern, repl, string, *args, count=_UNSET, flags=_UNSET):
    count, flags = _legacy('sub', 'count', 3, args, count, flags)
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, *args, count=_UNSET, flags=_UNSET):
    count, flags = _legacy('subn', 'count', 3, args, count, flags)
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, *args, maxsplit=_UNSET, flags=_UNSET):
    maxsplit, flags = _legacy('split', 'maxsplit', 2, args, maxsplit, flags)
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


_ESCAPED = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _ESCAPED else c for c in pattern)
    return escape(bytes(pattern).decode('latin-1')).encode('latin-1')


Pattern.__module__ = Match.__module__ = RegexFlag.__module__ = 're'


from _re_scanner import Scanner
