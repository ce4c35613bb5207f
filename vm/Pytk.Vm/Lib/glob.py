"""glob (pytk's own implementation): path names matching shell patterns, with ** for recursion."""

import fnmatch
import os
import re

__all__ = ['glob', 'iglob', 'escape', 'has_magic']

_magic = re.compile('([*?[])')


def has_magic(s):
    return _magic.search(s) is not None


def escape(pathname):
    drive, pathname = os.path.splitdrive(pathname) if hasattr(os.path, 'splitdrive') else ('', pathname)
    return drive + _magic.sub(r'[\1]', pathname)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def _listdir(d, include_hidden):
    try:
        names = os.listdir(d or os.curdir)
    except OSError:
        return []
    return [n for n in names if include_hidden or not n.startswith('.')]


def _rlistdir(d, include_hidden):
    for n in _listdir(d, include_hidden):
        yield n
        full = os.path.join(d, n) if d else n
        if os.path.isdir(full) and not os.path.islink(full):
            for sub in _rlistdir(full, include_hidden):
                yield os.path.join(n, sub)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    base = os.fspath(root_dir) if root_dir is not None else None
    for p in _iglob(pathname, base, recursive, include_hidden):
        yield p


def _exists(p, base):
    return os.path.lexists(os.path.join(base, p)) if base else os.path.lexists(p) if hasattr(os.path, 'lexists') else os.path.exists(p)


def _iglob(pathname, base, recursive, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(pathname, base):
                yield pathname
        elif os.path.isdir(os.path.join(base, dirname) if base else dirname):
            yield pathname
        return
    if not dirname:
        yield from _glob_in(base, '', basename, recursive, include_hidden)
        return
    dirs = _iglob(dirname, base, recursive, include_hidden) if dirname != pathname and has_magic(dirname) else [dirname]
    for d in dirs:
        for name in _glob_in(base, d, basename, recursive, include_hidden):
            yield os.path.join(d, name)


def _glob_in(base, d, pattern, recursive, include_hidden):
    full = os.path.join(base, d) if base else d
    if recursive and pattern == '**':
        yield ''
        yield from _rlistdir(full, include_hidden)
        return
    if not has_magic(pattern):
        if pattern and _exists(os.path.join(d, pattern), base):
            yield pattern
        return
    names = _listdir(full, include_hidden or pattern.startswith('.'))
    yield from fnmatch.filter(names, pattern)
