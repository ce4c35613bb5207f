"""fnmatch (pytk's own implementation): shell-style patterns (* ? [seq] [!seq]) translated to regular expressions."""

import functools
import os
import posixpath
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']


def fnmatch(name, pat):
    """Matches NAME against PAT after os.path.normcase (a no-op on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        res = translate(str(pat, 'ISO-8859-1'))
        return re.compile(bytes(res, 'ISO-8859-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    return _compile_pattern(pat)(name) is not None


def translate(pat):
    """The regular expression (as text, anchored with \\Z) that matches what PAT matches."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            stuff = pat[i:j]
            i = j + 1
            if '-' not in stuff:
                stuff = stuff.replace('\\', r'\\')
            else:
                chunks = []
                k = 2 if stuff[0] == '!' else 1
                start = 0
                while True:
                    k = stuff.find('-', k, len(stuff))
                    if k < 0:
                        break
                    chunks.append(stuff[start:k])
                    start = k + 1
                    k = k + 3
                chunk = stuff[start:]
                if chunk:
                    chunks.append(chunk)
                else:
                    chunks[-1] += '-'
                for m in range(len(chunks) - 1, 0, -1):
                    if chunks[m - 1][-1] > chunks[m][0]:
                        chunks[m - 1] = chunks[m - 1][:-1] + chunks[m][1:]
                        del chunks[m]
                stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
            stuff = re.sub(r'([&~|])', r'\\\1', stuff)
            if not stuff:
                out.append('(?!)')
            elif stuff == '!':
                out.append('.')
            else:
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] in ('^', '['):
                    stuff = '\\' + stuff
                out.append(f'[{stuff}]')
        else:
            out.append(re.escape(c))
    return f'(?s:{"".join(out)})\\Z'
