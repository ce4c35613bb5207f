"""Tokenization of Python source, from pytk's own tokenizer (the one `pytk tokenize` prints).

tokenize(readline) reads bytes and starts with an ENCODING token; generate_tokens(readline) reads str.
Each token is a TokenInfo(type, string, start, end, line) named tuple; operators have type OP and their
own kind in .exact_type. Errors of the tokenizer come out as TokenError(msg, (line, col)).
"""
import re as _re
import sys as _sys
from collections import namedtuple as _namedtuple
from token import *
from token import EXACT_TOKEN_TYPES
import token as _token
import _tokenize

__all__ = _token.__all__ + ["tokenize", "generate_tokens", "detect_encoding", "untokenize", "TokenInfo",
                            "open", "TokenError"]

cookie_re = _re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', _re.ASCII)
blank_re = _re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', _re.ASCII)


class TokenInfo(_namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % (annotated, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---- encodings (PEP 263)

def _normal_name(name):
    """The codec name tokenize reports: utf-8 and latin-1 spellings folded to those two."""
    enc = name[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


_KNOWN_CODECS = {'utf-8', 'iso-8859-1', 'ascii', 'us-ascii', 'latin1', 'utf8', 'cp1252', 'utf-16', 'utf-32',
                 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be', 'ascii'}


def detect_encoding(readline):
    """Reads at most two lines and returns (encoding, [the lines read]), as CPython's detect_encoding does."""
    filename = getattr(getattr(readline, '__self__', None), 'name', None)
    bom = False
    default = 'utf-8'

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = 'invalid or missing encoding declaration'
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        match = cookie_re.match(text)
        if not match:
            return None
        encoding = _normal_name(match.group(1))
        if encoding.lower().replace('_', '-') not in _KNOWN_CODECS and encoding not in ('utf-8', 'iso-8859-1'):
            try:
                ''.encode(encoding)
            except LookupError:
                msg = "unknown encoding: " + encoding if filename is None else \
                    "unknown encoding for {!r}: {}".format(filename, encoding)
                raise SyntaxError(msg)
        if bom:
            if encoding != 'utf-8':
                msg = 'encoding problem: utf-8' if filename is None else \
                    'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read()
    if first.startswith(b'\xef\xbb\xbf'):
        bom = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Opens a Python source file read-only in the encoding detect_encoding finds."""
    import builtins
    with builtins.open(filename, 'rb') as raw:
        encoding, _ = detect_encoding(raw.readline)
    return builtins.open(filename, 'r', encoding=encoding)


# ---- tokenizing

def _read_all(readline, decode=None):
    parts = []
    while True:
        try:
            line = readline()
        except StopIteration:
            break
        if not line:
            break
        if decode is not None:
            line = decode(line)
        elif not isinstance(line, str):
            raise TypeError("readline() returned a non-string object")
        parts.append(line)
    return ''.join(parts)


def _tokens(source):
    rows, error = _tokenize.tokens(source, '<string>')
    lines = source.splitlines(keepends=True)
    for type_name, exact_name, string, start, end, in rows:
        first, last = start[0], end[0]
        line = ''.join(lines[first - 1:last]) if first >= 1 else ''
        yield TokenInfo(_token.__dict__[type_name], string, start, end, line)
    if error is not None:
        msg = error.msg
        if type(error) is not SyntaxError:
            raise error
        if 'unterminated triple-quoted string literal' in msg:
            msg = 'EOF in multi-line string'
        raise TokenError(msg, (error.lineno, error.offset))


def tokenize(readline):
    """Tokens of the bytes readline() returns, ENCODING first."""
    encoding, consumed = detect_encoding(readline)
    decoding = encoding
    if decoding == 'utf-8-sig':
        decoding = 'utf-8'
    rest = _read_all(readline, lambda b: b.decode(decoding))
    source = ''.join(b.decode(decoding) for b in consumed) + rest
    yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _tokens(source)


def generate_tokens(readline):
    """Tokens of the str lines readline() returns (no ENCODING token)."""
    return _tokens(_read_all(readline))


def _generate_tokens_from_c_tokenizer(source, encoding=None, extra_tokens=False):
    if isinstance(source, bytes):
        source = source.decode(encoding or 'utf-8')
    return _tokens(source)


# ---- untokenize

class Untokenizer:
    """Source text from tokens: exact positions with 5-tuples, a readable spacing with (type, string) pairs."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.prev_type = None
        self.prev_line = ''
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        row_offset = row - self.prev_row
        if row_offset:
            self.tokens.append("\\\n" * row_offset)
            self.prev_col = 0
        col_offset = col - self.prev_col
        if col_offset:
            self.tokens.append(" " * col_offset)

    def _escape_braces(self, string):
        out = []
        i = 0
        while i < len(string):
            c = string[i]
            out.append(c + c if c in '{}' else c)
            i += 1
        return ''.join(out)

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        in_fstring = 0
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            tok_type, token, start, end, line = t
            if tok_type == ENCODING:
                self.encoding = token
                continue
            if tok_type == ENDMARKER:
                break
            if tok_type == INDENT:
                indents.append(token)
                continue
            elif tok_type == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            elif tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            elif tok_type == FSTRING_MIDDLE:
                if '{' in token or '}' in token:
                    token = self._escape_braces(token)
            if tok_type == FSTRING_START:
                in_fstring += 1
            elif tok_type == FSTRING_END:
                in_fstring -= 1
            self.add_whitespace(start)
            self.tokens.append(token)
            self.prev_row, self.prev_col = end
            if tok_type in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
            self.prev_type = tok_type
            self.prev_line = line
        return "".join(self.tokens)

    def compat(self, token, iterable):
        indents = []
        toks_append = self.tokens.append
        startline = token[0] in (NEWLINE, NL)
        prevstring = False
        in_fstring = 0
        for tok in _chain(token, iterable):
            toknum, tokval = tok[:2]
            if toknum == ENCODING:
                self.encoding = tokval
                continue
            if toknum in (NAME, NUMBER):
                tokval += ' '
            # Adjacent string literals need a space between them.
            if toknum == STRING:
                if prevstring:
                    tokval = ' ' + tokval
                prevstring = True
            else:
                prevstring = False
            if toknum == FSTRING_START:
                in_fstring += 1
            elif toknum == FSTRING_END:
                in_fstring -= 1
            elif toknum == FSTRING_MIDDLE:
                tokval = self._escape_braces(tokval)
            if toknum == INDENT:
                indents.append(tokval)
                continue
            elif toknum == DEDENT:
                indents.pop()
                continue
            elif toknum in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                toks_append(indents[-1])
                startline = False
            toks_append(tokval)


def _chain(first, rest):
    yield first
    yield from rest


def untokenize(iterable):
    """Source from tokens; bytes in the ENCODING token's encoding when there is one."""
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out


# ---- python -m tokenize

def _main(args=None):
    args = _sys.argv[1:] if args is None else args
    exact = False
    filename = None
    for a in args:
        if a in ('-e', '--exact'):
            exact = True
        elif a in ('-h', '--help'):
            print('usage: tokenize.py [-h] [-e] [filename.py]')
            return
        else:
            filename = a
    try:
        if filename:
            with _open_bytes(filename) as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = "<stdin>"
            tokens = _tokens(_sys.stdin.read())
        for token in tokens:
            token_type = token.exact_type if exact else token.type
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            print("%-20s%-15s%-15r" % (token_range, tok_name[token_type], token.string))
    except TokenError as err:
        line, column = err.args[1]
        print("%s:%d:%d: error: %s" % (filename, line, column, err.args[0]), file=_sys.stderr)
        _sys.exit(1)
    except SyntaxError as err:
        print("%s:%d:%d: error: %s" % (filename, err.lineno, err.offset, err.msg), file=_sys.stderr)
        _sys.exit(1)
    except OSError as err:
        print("error: %s" % err, file=_sys.stderr)
        _sys.exit(1)


def _open_bytes(filename):
    import builtins
    return builtins.open(filename, 'rb')


if __name__ == "__main__":
    _main()
