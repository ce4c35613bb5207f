"""Translates a Python regular expression into .NET's syntax, for re.py (pytk's own, written for pytk).

The walk keeps Python's meaning where the two dialects differ: named groups become plain numbered groups (.NET
numbers named groups after the unnamed ones), (?P=name) and \\N become numbered back-references, \\Z becomes
\\z, {,n} becomes {0,n}, possessive quantifiers become atomic groups, VERBOSE whitespace and comments are
dropped here, ASCII turns \\d \\w \\s \\b into ASCII classes, and every literal is emitted as an escape .NET
cannot misread. Errors are reported with sre's messages and positions.
"""

I, L, U, M, S, X, A = 2, 4, 32, 8, 16, 64, 256
_FLAG_LETTERS = {'i': I, 'L': L, 'm': M, 's': S, 'x': X, 'a': A, 'u': U}
_SPECIAL_OUT = set('\\.^$|?*+()[]{}#- \t\n\r\f\v')
_ASCII_CLASS = {'d': '0-9', 'w': 'a-zA-Z0-9_', 's': ' \\t\\n\\r\\f\\v'}
_ASCII_WORD = '[a-zA-Z0-9_]'
_SIMPLE_ESCAPES = {'a': 7, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11}
_DIGITS = '0123456789'
_OCT = '01234567'
_HEX = '0123456789abcdefABCDEF'


_PAIR = '(?:[\\ud800-\\udbff][\\udc00-\\udfff]'

# Widths (fewest, most characters a piece can match) as sre computes them: capped at MAXWIDTH, an unbounded
# repeat of something non-empty is MAXWIDTH; a look-behind must have one width, at most MAXCODE.
MAXWIDTH = 1 << 64
MAXCODE = (1 << 32) - 1
MAXGROUPS = MAXCODE // 2
MAXREPEAT = MAXCODE
# A look-behind at least this wide gets a guard checked first: .NET matches look-behinds right to left and would
# otherwise walk back over all the text before a position too close to the start before failing there.
_GUARDED_WIDTH = 64
# Longer than any .NET string can be: a look-behind this wide never matches.
_NET_MAX_LENGTH = (1 << 31) - 1


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg)
        self.msg = msg
        self.pos = pos


def _lit(cp):
    """A code point as .NET pattern text that means exactly that character (inside or outside a class)."""
    if cp > 0xFFFF:
        c = chr(cp)
        return c   # .NET sees the surrogate pair as two literal units, which is how it matches them
    c = chr(cp)
    if c.isalnum() and cp < 128 or c == '_':
        return c
    if c in _SPECIAL_OUT or cp < 32 or c in '"\'/!&~%<>=,:;@`':
        return '\\u%04x' % cp
    return c


class _Translator:
    def __init__(self, pattern, flags, wide=False, bytes_pattern=False):
        self.wide = wide   # for subjects with astral characters: '.' and negated sets also take a surrogate pair
        self.bytes_pattern = bytes_pattern
        self.warnings = []   # FutureWarning messages for sets that may mean something else in a future version
        self.p = pattern
        self.n = len(pattern)
        self.i = 0
        self.flags = flags
        self.groups = 0
        self.names = {}
        self.open_groups = []   # group numbers currently open (a back-reference to one is an error)
        self.group_widths = {}  # number -> (lo, hi) of every closed group
        self.lookbehind_groups = None   # inside a look-behind: the number of groups before it
        self.width = (1, 1)     # width of the piece just parsed by _group or _escape_value
        self.compile_error = None   # the first error sre's compiler would report (no position)
        self.group_refs = {}        # group number -> position of the first conditional naming it by number
        self.out = []

    def error(self, msg, pos=None):
        raise ParseError(msg, self.i if pos is None else pos)

    def run(self):
        self._leading_flags()
        self._alternation(0)
        if self.i < self.n:
            # only a stray ')' stops the top level early
            self.error('unbalanced parenthesis')
        for num, pos in self.group_refs.items():
            if num > self.groups:
                self.error('invalid group reference %d' % num, pos)
        if self.compile_error is not None:
            raise self.compile_error
        return ''.join(self.out)

    def _leading_flags(self):
        p = self.p
        while p.startswith('(?', self.i) and self.i + 2 < self.n and p[self.i + 2] in _FLAG_LETTERS:
            j = self.i + 2
            fl = 0
            while j < self.n and p[j] in _FLAG_LETTERS:
                fl |= _FLAG_LETTERS[p[j]]
                j += 1
            if j < self.n and p[j] == ')':
                self.flags |= fl
                self.i = j + 1
                continue
            break

    @property
    def verbose(self):
        return self.flags & X

    def _skip_verbose(self):
        p = self.p
        while self.i < self.n:
            c = p[self.i]
            if c in ' \t\n\r\f\v':
                self.i += 1
            elif c == '#':
                while self.i < self.n and p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def _alternation(self, depth, two_branches=False):
        """Parses branches separated by '|'; returns (lo, hi, number of branches). A conditional (TWO_BRANCHES)
        takes at most a 'yes' and a 'no' branch."""
        lo, hi, branches = MAXWIDTH, 0, 0
        while True:
            blo, bhi = self._sequence(depth)
            lo, hi, branches = min(lo, blo), max(hi, bhi), branches + 1
            if self.i < self.n and self.p[self.i] == '|':
                if two_branches and branches == 2:
                    self.error('conditional backref with more than two branches')
                self.out.append('|')
                self.i += 1
                continue
            return lo, hi, branches

    def _sequence(self, depth):
        """Parses items up to '|', ')' or the end; returns the sequence's (lo, hi)."""
        p = self.p
        last_atom = None   # index in self.out where the last repeatable item starts
        widths = []        # (lo, hi) of each item; a quantifier replaces its atom's
        while True:
            if self.verbose:
                self._skip_verbose()
            if self.i >= self.n or p[self.i] in '|)':
                if self.i < self.n and p[self.i] == ')' and depth == 0:
                    self.error('unbalanced parenthesis')
                return min(sum(w[0] for w in widths), MAXWIDTH), min(sum(w[1] for w in widths), MAXWIDTH)
            c = p[self.i]
            if c in '*+?{':
                if c == '{' and not self._is_quantifier(self.i):
                    last_atom = len(self.out)
                    self.out.append('\\{')
                    self.i += 1
                    widths.append((1, 1))
                    continue
                if last_atom is None:
                    self.error('nothing to repeat')
                if last_atom == -1:
                    self.error('multiple repeat')
                qmin, qmax = self._quantifier(last_atom)
                alo, ahi = widths[-1]
                widths[-1] = (alo * qmin, (MAXWIDTH if ahi else 0) if qmax is None else ahi * qmax)
                last_atom = -1
                continue
            start = len(self.out)
            if c == '(':
                repeatable = self._group(depth)
                widths.append(self.width)
                last_atom = start if repeatable else None
                continue
            width = (1, 1)
            if c == '[':
                self._char_class()
            elif c == '\\':
                self._escape()
                width = self.width
            elif c == '.':
                self.out.append(_PAIR + '|.)' if self.wide else '.')
                self.i += 1
            elif c == '^' or c == '$':
                self.out.append(c)
                self.i += 1
                last_atom = None   # sre: an anchor cannot be repeated
                continue
            else:
                self.out.append(_lit(ord(c)))
                self.i += 1
            widths.append(width)
            last_atom = start

    def _is_quantifier(self, j):
        p = self.p
        k = j + 1
        lo = k
        while k < self.n and p[k] in _DIGITS:
            k += 1
        has_lo = k > lo
        if k < self.n and p[k] == '}':
            return has_lo
        if k >= self.n or p[k] != ',':
            return False
        k += 1
        while k < self.n and p[k] in _DIGITS:
            k += 1
        return k < self.n and p[k] == '}'

    def _quantifier(self, atom):
        p = self.p
        c = p[self.i]
        pos = self.i
        if c == '{':
            close = p.index('}', self.i)
            body = p[self.i + 1:close]
            lo, comma, hi = body.partition(',')
            counts = (int(lo or '0'), (int(hi) if hi else None) if comma else int(lo))
            if counts[0] >= MAXREPEAT or (counts[1] or 0) >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
            if comma and hi and lo and int(lo) > int(hi):
                self.error('min repeat greater than max repeat', self.i + 1)
            q = '{%s,%s}' % (lo or '0', hi) if comma else '{%s}' % lo
            self.i = close + 1
        else:
            q = c
            counts = (1 if c == '+' else 0, 1 if c == '?' else None)
            self.i += 1
        if self.i < self.n and p[self.i] == '?':
            q += '?'
            self.i += 1
        elif self.i < self.n and p[self.i] == '+':
            self.i += 1
            self.out.insert(atom, '(?>')
            self.out.append(q + ')')
            return counts
        self.out.append(q)
        return counts

    def _name_until(self, end_char):
        """The text up to END_CHAR (sre's getuntil): a missing or unterminated name is an error."""
        p = self.p
        start = self.i
        close = p.find(end_char, start)
        if close < 0:
            self.error('missing group name' if start >= self.n else 'missing %s, unterminated name' % end_char, start)
        if close == start:
            self.error('missing group name', start)
        self.i = close + 1
        return p[start:close]

    def _group_name(self, end_char):
        start = self.i
        name = self._name_until(end_char)
        self._check_name(name, start)
        return name

    def _check_name(self, name, pos):
        if self.bytes_pattern and not name.isascii():
            self.error('bad character in group name %a' % name, pos)
        if not name.isidentifier():
            self.error('bad character in group name %r' % name, pos)

    def _group(self, depth):
        p = self.p
        open_pos = self.i
        self.i += 1
        self.width = (0, 0)
        if not p.startswith('?', self.i):
            self.groups += 1
            num = self.groups
            self.out.append('(')
            self._body(depth, open_pos, num)
            return True
        self.i += 1
        if self.i >= self.n:
            self.error('unexpected end of pattern')
        c = p[self.i]
        if c == 'P':
            self.i += 1
            if self.i >= self.n:
                self.error('unexpected end of pattern')
            kind = p[self.i]
            if kind == '<':
                self.i += 1
                name_pos = self.i
                name = self._group_name('>')
                self.groups += 1
                if name in self.names:
                    self.error("redefinition of group name %r as group %d; was group %d"
                               % (name, self.groups, self.names[name]), name_pos)
                self.names[name] = self.groups
                self.out.append('(')
                self._body(depth, open_pos, self.groups)
                return True
            if kind == '=':
                self.i += 1
                name_pos = self.i
                name = self._group_name(')')
                if name not in self.names:
                    self.error('unknown group name %r' % name, name_pos)
                num = self.names[name]
                if num in self.open_groups:
                    self.error('cannot refer to an open group', name_pos)
                self._check_lookbehind_ref(num, self.i)
                self.width = self.group_widths.get(num, (0, MAXWIDTH))
                self.out.append('(?:\\%d)' % num)
                return True
            self.error('unknown extension ?P' + kind, self.i - 2)
        if c == ':' or c == '>':
            self.out.append('(?' + c)
            self.i += 1
            self._body(depth, open_pos, None)
            return True
        if c == '=' or c == '!':
            self.out.append('(?' + c)
            self.i += 1
            self._body(depth, open_pos, None)
            self.width = (0, 0)
            return False
        if c == '<':
            if self.i + 1 >= self.n:
                self.error('unexpected end of pattern', self.i + 1)
            nxt = p[self.i + 1]
            if nxt in '=!' and nxt:
                self.out.append('(?<' + nxt)
                self.i += 2
                self._lookbehind(depth, open_pos)
                self.width = (0, 0)
                return False
            self.error('unknown extension ?<' + nxt, self.i - 1)
        if c == '#':
            close = p.find(')', self.i)
            if close < 0:
                self.error('missing ), unterminated comment', open_pos)
            self.i = close + 1
            return False
        if c == '(':
            self.i += 1
            ref_pos = self.i
            ref = self._name_until(')')
            if self.bytes_pattern and not ref.isascii():
                self._check_name(ref, ref_pos)
            if ref.isidentifier():
                if ref not in self.names:
                    self.error('unknown group name %r' % ref, ref_pos)
                num = self.names[ref]
            elif ref.isdecimal() and ref.isascii():
                num = int(ref)
                if num == 0:
                    self.error('bad group number', ref_pos)
                if num >= MAXGROUPS:
                    self.error('invalid group reference %d' % num, ref_pos)
                # a group defined later is fine; one never defined is an error at the end
                self.group_refs.setdefault(num, ref_pos)
            else:
                self.error('bad character in group name %r' % ref, ref_pos)
            if self.lookbehind_groups is not None and num > self.groups:
                self.error('cannot refer to an open group', self.i)
            self._check_lookbehind_ref(num, self.i)
            self.out.append('(?(%d)' % num)
            lo, hi, branches = self._body(depth, open_pos, None, True)
            # without a 'no' branch the conditional may match nothing
            self.width = (lo if branches > 1 else 0, hi)
            return True
        if c in _FLAG_LETTERS or c == '-':
            return self._scoped_flags(depth, open_pos)
        self.error('unknown extension ?' + c, self.i - 1)

    def _scoped_flags(self, depth, open_pos):
        p = self.p
        on = off = ''
        while self.i < self.n and p[self.i] in _FLAG_LETTERS:
            f = p[self.i]
            self.i += 1
            if f == 'L' and not self.bytes_pattern:
                self.error("bad inline flags: cannot use 'L' flag with a str pattern")
            if f == 'u' and self.bytes_pattern:
                self.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            on += f
            if f in 'auL' and len(set(on) & set('auL')) > 1:
                self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
        if self.i >= self.n:
            self.error('missing -, : or )')
        if p[self.i] not in '-:)':
            self.error('unknown flag' if p[self.i].isalpha() else 'missing -, : or )')
        if p[self.i] == '-':
            self.i += 1
            if self.i >= self.n or p[self.i] not in _FLAG_LETTERS:
                self.error('unknown flag' if self.i < self.n and p[self.i].isalpha() else 'missing flag')
            while self.i < self.n and p[self.i] in _FLAG_LETTERS:
                off += p[self.i]
                self.i += 1
                if off[-1] in 'auL':
                    self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            if self.i >= self.n:
                self.error('missing :')
            if p[self.i] != ':':
                self.error('unknown flag' if p[self.i].isalpha() else 'missing :')
        if self.i < self.n and p[self.i] == ')':
            # sre: global flags may come anywhere before the first item of the top level (after other global
            # flags, comments, or VERBOSE whitespace)
            if depth or self.out or off:
                self.error('global flags not at the start of the expression', open_pos)
            for f in on:
                self.flags |= _FLAG_LETTERS[f]
            self.i += 1
            self.width = (0, 0)
            return False
        if self.i >= self.n or p[self.i] != ':':
            self.error('missing -, : or )' if self.i < self.n else 'missing flag', self.i)
        self.i += 1
        if set(on) & set(off):
            self.error('bad inline flags: flag turned on and off', self.i - 1)
        net_on = ''.join(f for f in on if f in 'imsx')
        net_off = ''.join(f for f in off if f in 'imsx')
        saved = self.flags
        if set(on) & set('auL'):
            # one of ASCII, UNICODE, LOCALE replaces the others inside the group
            self.flags &= ~(A | U | L)
        for f in on:
            self.flags |= _FLAG_LETTERS[f]
        for f in off:
            self.flags &= ~_FLAG_LETTERS[f]
        # VERBOSE is handled by this walk, so .NET never sees 'x'
        net_on = net_on.replace('x', '')
        net_off = net_off.replace('x', '')
        self.out.append('(?%s%s:' % (net_on, '-' + net_off if net_off else ''))
        self._body(depth, open_pos, None)
        self.flags = saved
        return True

    def _body(self, depth, open_pos, num, two_branches=False):
        """Parses a group's body and its ')'; sets self.width to the body's and returns (lo, hi, branches)."""
        if num is not None:
            self.open_groups.append(num)
        lo, hi, branches = self._alternation(depth + 1, two_branches)
        if self.i >= self.n or self.p[self.i] != ')':
            self.error('missing ), unterminated subpattern', open_pos)
        self.i += 1
        self.out.append(')')
        if num is not None:
            self.open_groups.remove(num)
            self.group_widths[num] = (lo, hi)
        self.width = (lo, hi)
        return lo, hi, branches

    def _check_lookbehind_ref(self, num, pos):
        if self.lookbehind_groups is not None and num > self.lookbehind_groups:
            self.error('cannot refer to group defined in the same lookbehind subpattern', pos)

    def _lookbehind(self, depth, open_pos):
        """The body of (?<=...) or (?<!...), whose '(?<=' or '(?<!' is out already. sre requires one width; a wide
        one gets a guard evaluated first (the text's end in a right-to-left match) that fails at once where there
        are fewer characters before the position than the width."""
        outer = self.lookbehind_groups is None
        if outer:
            self.lookbehind_groups = self.groups
        try:
            lo, hi, _ = self._body(depth, open_pos, None)
        finally:
            if outer:
                self.lookbehind_groups = None
        guard_at = len(self.out) - 1   # before the ')' _body appended
        # sre finds these when compiling, after the whole pattern parsed: a later syntax error wins
        if self.compile_error is None and lo > MAXCODE:
            self.compile_error = ParseError('looks too much behind', None)
        if self.compile_error is None and lo != hi:
            self.compile_error = ParseError('look-behind requires fixed-width pattern', None)
        if lo == hi and _GUARDED_WIDTH <= lo:
            guard = '(?<=[\\s\\S]{%d})' % lo if lo <= _NET_MAX_LENGTH else '(?!)'
            self.out.insert(guard_at, guard)

    def _escape_value(self, in_class):
        """Parses an escape at self.i; returns ('lit', codepoint) or ('raw', .NET text)."""
        p = self.p
        start = self.i
        if self.i + 1 >= self.n:
            self.error('bad escape (end of pattern)', start)
        c = p[self.i + 1]
        self.i += 2
        self.width = (0, 0) if c in 'bBAZ' and not in_class else (1, 1)
        if c in 'dDwWsS':
            low = c.lower()
            if self.flags & A and low in _ASCII_CLASS:
                if c == low:
                    return 'raw', _ASCII_CLASS[low] if in_class else '[' + _ASCII_CLASS[low] + ']'
                if not in_class:
                    return 'raw', '[^' + _ASCII_CLASS[low] + ']'
            return 'raw', '\\' + c
        if c == 'b' and in_class:
            return 'lit', 8
        if c in 'bBAZ' and not in_class:
            if c == 'Z':
                return 'raw', '\\z'
            if c in 'bB' and self.flags & A:
                w = _ASCII_WORD
                if c == 'b':
                    return 'raw', '(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))' % (w, w, w, w)
                return 'raw', '(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))' % (w, w, w, w)
            return 'raw', '\\' + c
        if c in _SIMPLE_ESCAPES:
            return 'lit', _SIMPLE_ESCAPES[c]
        if c == 'x':
            digits = self._hex_digits(2)
            if len(digits) < 2:
                self.error('incomplete escape \\x' + digits, start)
            self.i += 2
            return 'lit', int(digits, 16)
        if c in 'uUN' and self.bytes_pattern:
            self.error('bad escape \\' + c, start)
        if c in 'uU':
            size = 4 if c == 'u' else 8
            digits = self._hex_digits(size)
            if len(digits) < size:
                self.error('incomplete escape \\%s%s' % (c, digits), start)
            self.i += size
            cp = int(digits, 16)
            if cp > 0x10FFFF:
                self.error('bad escape \\%s%s' % (c, digits), start)
            return 'lit', cp
        if c == '0':
            digits = c
            while len(digits) < 3 and self.i < self.n and p[self.i] in _OCT:
                digits += p[self.i]
                self.i += 1
            return 'lit', int(digits, 8)
        if c in _DIGITS and in_class:
            # in a set: an octal escape of up to three digits; 8 and 9 are bad escapes
            if c not in _OCT:
                self.error('bad escape \\' + c, start)
            digits = c
            while len(digits) < 3 and self.i < self.n and p[self.i] in _OCT:
                digits += p[self.i]
                self.i += 1
            if int(digits, 8) > 0o377:
                self.error('octal escape value \\%s outside of range 0-0o377' % digits, start)
            return 'lit', int(digits, 8)
        if c in _DIGITS:
            digits = c
            if self.i < self.n and p[self.i] in _DIGITS:
                if c in _OCT and p[self.i] in _OCT and self.i + 1 < self.n and p[self.i + 1] in _OCT:
                    value = int(p[self.i - 1:self.i + 2], 8)
                    if value > 0o377:
                        self.error('octal escape value \\%s outside of range 0-0o377' % p[self.i - 1:self.i + 2], start)
                    self.i += 2
                    return 'lit', value
                digits += p[self.i]
                self.i += 1
            if in_class:
                self.error('bad escape \\' + digits, start)
            num = int(digits)
            if num > self.groups:
                self.error('invalid group reference %d' % num, start + 1)
            if num in self.open_groups:
                self.error('cannot refer to an open group', start)
            self._check_lookbehind_ref(num, self.i)
            self.width = self.group_widths.get(num, (0, MAXWIDTH))
            return 'raw', '(?:\\%d)' % num
        if c.isascii() and c.isalnum():
            self.error('bad escape \\' + c, start)
        return 'lit', ord(c)

    def _hex_digits(self, size):
        """The hex digits (at most SIZE) at self.i."""
        j = self.i
        while j < self.n and j - self.i < size and self.p[j] in _HEX:
            j += 1
        return self.p[self.i:j]

    def _escape(self):
        kind, v = self._escape_value(False)
        self.out.append(_lit(v) if kind == 'lit' else v)

    def _char_class(self):
        p = self.p
        start = self.i
        self.i += 1
        if self.i < self.n and p[self.i] == '[':
            self._warn('Possible nested set at position %d' % self.i)
        negated = self.i < self.n and p[self.i] == '^'
        if negated:
            self.i += 1
        parts = []        # .NET class items for the BMP
        astral = []       # (lo, hi) code point ranges above U+FFFF: .NET sees those as surrogate pairs
        prev = None       # the previous item: (code point or None for a class escape, its start, its text)
        while True:
            if self.i >= self.n:
                self.error('unterminated character set', start)
            c = p[self.i]
            if c == ']' and (parts or astral or prev is not None):
                self.i += 1
                break
            item_start = self.i
            if c == '-' and prev is not None and self.i + 1 < self.n and p[self.i + 1] != ']':
                # a range from the previous item
                self.i += 1
                if p[self.i] == '\\':
                    kind, hi = self._escape_value(True)
                    if kind != 'lit':
                        hi = None
                    hi_text = p[item_start + 1:item_start + 3]
                else:
                    if p[self.i] == '-':
                        self._warn('Possible set difference at position %d' % (self.i - 1))
                    hi = ord(p[self.i])
                    hi_text = p[self.i]
                    self.i += 1
                lo = prev[0]
                if lo is None or hi is None or hi < lo:
                    # sre names an escape by its first two characters and counts back from the range's end
                    self.error('bad character range %s-%s' % (prev[2], hi_text),
                               self.i - len(prev[2]) - 1 - len(hi_text))
                # the previous item went out as a single character; it becomes the range's start
                self._class_drop_last(parts, astral, lo)
                self._class_add(parts, astral, lo, hi)
                prev = None
                continue
            if c == '\\':
                kind, v = self._escape_value(True)
                text = p[item_start:item_start + 2]
                if kind == 'lit':
                    self._class_add(parts, astral, v, v)
                    prev = (v, item_start, text)
                else:
                    parts.append(v)
                    prev = (None, item_start, text)
                continue
            if c in '-&~|' and (parts or astral or prev is not None) and p[self.i + 1:self.i + 2] == c:
                self._warn('Possible set %s at position %d' % (_SET_OPERATIONS[c], self.i))
            self._class_add(parts, astral, ord(c), ord(c))
            prev = (ord(c), item_start, c)
            self.i += 1
        bmp = '[' + ('^' if negated else '') + ''.join(parts) + ']' if parts else None
        if not astral:
            cls = bmp or ('[\\s\\S]' if negated else '(?!)')
            self.out.append(_PAIR + '|' + cls + ')' if self.wide and negated else cls)
            return
        pairs = '|'.join(_pair_ranges(lo, hi) for lo, hi in astral)
        # a BMP item may match a lone surrogate, never half of a pair
        single = _NOT_HALF + bmp if bmp else None
        if not negated:
            self.out.append('(?:%s|%s)' % (single, pairs) if bmp else '(?:%s)' % pairs)
        elif self.wide:
            self.out.append('(?:(?!%s)%s|%s))' % (pairs, _PAIR, single or _NOT_HALF + '[\\s\\S]'))
        else:
            self.out.append(bmp or '[\\s\\S]')

    @staticmethod
    def _class_add(parts, astral, lo, hi):
        if hi <= 0xFFFF:
            parts.append(_lit(lo) if lo == hi else _lit(lo) + '-' + _lit(hi))
            return
        if lo <= 0xFFFF:
            parts.append(_lit(lo) + '-' + _lit(0xFFFF))
            lo = 0x10000
        astral.append((lo, hi))

    @staticmethod
    def _class_drop_last(parts, astral, cp):
        if cp > 0xFFFF:
            astral.pop()
        else:
            parts.pop()

    def _warn(self, message):
        if not self.wide:
            self.warnings.append(message)


_NOT_HALF = '(?![\\ud800-\\udbff][\\udc00-\\udfff]|(?<=[\\ud800-\\udbff])[\\udc00-\\udfff])'
_SET_OPERATIONS = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference', '|': 'union'}


def _surrogates(cp):
    cp -= 0x10000
    return 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)


def _pair_ranges(lo, hi):
    """.NET text matching the surrogate pairs of the code points LO..HI (all above U+FFFF)."""
    (hl, ll), (hh, lh) = _surrogates(lo), _surrogates(hi)
    if hl == hh:
        return '\\u%04x[\\u%04x-\\u%04x]' % (hl, ll, lh)
    out = ['\\u%04x[\\u%04x-\\udfff]' % (hl, ll)]
    if hh - hl > 1:
        out.append('[\\u%04x-\\u%04x][\\udc00-\\udfff]' % (hl + 1, hh - 1))
    out.append('\\u%04x[\\udc00-\\u%04x]' % (hh, lh))
    return '|'.join(out)


def translate(pattern, flags, bytes_pattern=False):
    """(net_pattern, wide_net_pattern, flags_with_inline_ones, group_count, {name: number}, [FutureWarning
    messages]). A bytes pattern comes
    decoded as latin-1 (BYTES_PATTERN): its group names must be ASCII."""
    t = _Translator(pattern, flags, bytes_pattern=bytes_pattern)
    net = t.run()
    wide = _Translator(pattern, flags, True, bytes_pattern).run() if '.' in pattern or '[^' in pattern else net
    return net, wide, t.flags, t.groups, t.names, t.warnings
