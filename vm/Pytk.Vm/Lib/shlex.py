"""shlex (pytk's own implementation): POSIX shell-like splitting, quoting and joining."""

import re

__all__ = ['split', 'quote', 'join']

_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """A shell-escaped version of s: unchanged when safe, else in single quotes."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    return ' '.join(quote(arg) for arg in split_command)


def split(s, comments=False, posix=True):
    """Splits s into words as a POSIX shell does: quotes, backslash escapes, optional # comments."""
    if s is None:
        raise ValueError('s argument must not be None')
    words = []
    cur = None
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in ' \t\r\n':
            if cur is not None:
                words.append(cur)
                cur = None
            i += 1
        elif comments and c == '#' and cur is None:
            while i < n and s[i] != '\n':
                i += 1
        elif c == "'":
            j = s.find("'", i + 1)
            if j < 0:
                raise ValueError('No closing quotation')
            cur = (cur or '') + s[i + 1:j]
            i = j + 1
        elif c == '"':
            i += 1
            buf = []
            while True:
                if i >= n:
                    raise ValueError('No closing quotation')
                ch = s[i]
                if ch == '"':
                    i += 1
                    break
                if ch == '\\' and i + 1 < n and s[i + 1] in '\\"$`\n':
                    buf.append(s[i + 1])
                    i += 2
                    continue
                buf.append(ch)
                i += 1
            cur = (cur or '') + ''.join(buf)
        elif c == '\\':
            if i + 1 >= n:
                raise ValueError('No escaped character')
            cur = (cur or '') + s[i + 1]
            i += 2
        else:
            cur = (cur or '') + c
            i += 1
    if cur is not None:
        words.append(cur)
    return words
