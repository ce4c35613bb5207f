"""genericpath for pytk, written for pytk: the path functions every os.path flavour shares, all built on
os.stat/os.lstat (posixpath re-exports them, as CPython's does).

os is imported when a function runs, not at import time: os imports posixpath, which imports this module,
so a top-level `import os` would see a half-made os when genericpath is the first of the three imported.
"""

import stat as _stat_module

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize', 'isdevdrive', 'isdir',
           'isfile', 'isjunction', 'islink', 'lexists', 'samefile', 'sameopenfile', 'samestat']


def _os():
    import os
    return os


def _mode_or_none(path, follow_symlinks=True):
    # The file's st_mode, or None when it cannot be stat'ed (missing, or a name no file can have).
    os = _os()
    try:
        st = os.stat(path) if follow_symlinks else os.lstat(path)
    except (OSError, ValueError):
        return None
    return st.st_mode


def exists(path):
    """True when path names an existing file or directory (a broken symbolic link does not exist)."""
    return _mode_or_none(path) is not None


def lexists(path):
    """True when path exists, a broken symbolic link included."""
    return _mode_or_none(path, follow_symlinks=False) is not None


def isfile(path):
    """True when path is an existing regular file (following symbolic links)."""
    mode = _mode_or_none(path)
    return mode is not None and _stat_module.S_ISREG(mode)


def isdir(s):
    """True when s is an existing directory (following symbolic links)."""
    mode = _mode_or_none(s)
    return mode is not None and _stat_module.S_ISDIR(mode)


def islink(path):
    """True when path is a symbolic link."""
    mode = _mode_or_none(path, follow_symlinks=False)
    return mode is not None and _stat_module.S_ISLNK(mode)


def isjunction(path):
    """Junctions are a Windows thing: always False here, once path is a valid path argument."""
    _os().fspath(path)
    return False


def isdevdrive(path):
    """Dev Drives are a Windows thing: always False here."""
    _os().fspath(path)
    return False


def getsize(filename):
    """The size of a file in bytes, as os.stat reports it."""
    return _os().stat(filename).st_size


def getmtime(filename):
    """The last modification time of a file, seconds since the epoch."""
    return _os().stat(filename).st_mtime


def getatime(filename):
    """The last access time of a file, seconds since the epoch."""
    return _os().stat(filename).st_atime


def getctime(filename):
    """The metadata change time of a file, seconds since the epoch."""
    return _os().stat(filename).st_ctime


def commonprefix(m):
    """The longest leading run of items (characters of path strings, or items of lists/tuples) that every
    member of m shares."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_os().fspath, m))
    low = min(m)
    high = max(m)
    # Every member lies between the smallest and largest, so their shared prefix is everybody's.
    for i, item in enumerate(low):
        if item != high[i]:
            return low[:i]
    return low


def samestat(s1, s2):
    """True when two stat results describe the same file (same inode on the same device)."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """True when two paths name the same file."""
    os = _os()
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    if s1.st_ino == 0 and s2.st_ino == 0:
        # No inode number from the platform layer (a real one is never 0): compare where the paths lead.
        return os.path.realpath(f1) == os.path.realpath(f2)
    return samestat(s1, s2)


def sameopenfile(fp1, fp2):
    """True when two file descriptors refer to the same file."""
    os = _os()
    return samestat(os.fstat(fp1), os.fstat(fp2))
