"""os for pytk, written for pytk: the common process and file-system functions, POSIX flavour.

Shipped as Python over the C# primitives in _os (which raise CPython's OSError subclasses); os.path is
posixpath, registered as 'os.path' in sys.modules as CPython's os does.
"""

import sys as _sys
import _os
import posixpath as path

__all__ = ['altsep', 'chdir', 'cpu_count', 'curdir', 'devnull', 'environ', 'extsep', 'fspath', 'getcwd',
           'getenv', 'getpid', 'urandom', 'linesep', 'listdir', 'makedirs', 'mkdir', 'name', 'pardir', 'path', 'pathsep',
           'putenv', 'remove', 'removedirs', 'rename', 'replace', 'rmdir', 'scandir', 'sep', 'unlink',
           'unsetenv', 'walk', 'PathLike', 'error']

_sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = '\n'
error = OSError
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class PathLike:
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, '__fspath__')


def fspath(p):
    return path._fspath(p)


class _Environ(dict):
    """os.environ: a dict whose changes are passed on to the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        _os.putenv(key, value)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        super().__delitem__(key)
        _os.unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            _os.unsetenv(key)
        return super().pop(key, *default)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ(' + super().__repr__() + ')'


environ = _Environ(_os.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


def getcwd():
    return _os.getcwd()


def chdir(p):
    _os.chdir(fspath(p))


def getpid():
    return _os.getpid()


def cpu_count():
    return _os.cpu_count()


def urandom(size, /):
    """size bytes from the operating system's cryptographic random source."""
    return _os.urandom(size)


def listdir(p='.'):
    return _os.listdir(fspath(p))


def mkdir(p, mode=0o777):
    _os.mkdir(fspath(p))


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(p):
    _os.remove(fspath(p))


unlink = remove


def rmdir(p):
    _os.rmdir(fspath(p))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst):
    _os.rename(fspath(src), fspath(dst))


replace = rename


class DirEntry:
    def __init__(self, folder, entry):
        self.name = entry
        self.path = path.join(folder, entry)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    def __init__(self, folder):
        self._entries = iter([DirEntry(folder, e) for e in listdir(folder)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._entries = iter(())

    def close(self):
        self._entries = iter(())


def scandir(p='.'):
    return _ScandirIterator(fspath(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs, files = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else files).append(n)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            full = path.join(top, d)
            if followlinks or not path.islink(full):
                yield from walk(full, topdown, onerror, followlinks)
    else:
        for d in dirs:
            full = path.join(top, d)
            if followlinks or not path.islink(full):
                yield from walk(full, topdown, onerror, followlinks)
        yield top, dirs, files


def fsencode(filename):
    """A path as bytes: str is encoded with the file-system encoding (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A path as str: bytes are decoded with the file-system encoding (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def getcwdb():
    return fsencode(getcwd())


class stat_result(tuple):
    """os.stat()'s result: st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, then the three times
    as ints by index and as floats (and nanoseconds) by name."""

    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3
    _NAMES = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')

    def __new__(cls, values):
        mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = values
        self = tuple.__new__(cls, (mode, ino, dev, nlink, uid, gid, size, int(atime), int(mtime), int(ctime)))
        self.st_atime, self.st_mtime, self.st_ctime = atime, mtime, ctime
        self.st_atime_ns, self.st_mtime_ns, self.st_ctime_ns = (int(t * 1e9) for t in (atime, mtime, ctime))
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])

    def __repr__(self):
        names = self._NAMES + ('st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(names, self)) + ')'


class uname_result(tuple):
    """os.uname()'s result: sysname, nodename, release, version, machine, by index and by name."""

    n_sequence_fields = n_fields = 5
    n_unnamed_fields = 0
    _fields = ('sysname', 'nodename', 'release', 'version', 'machine')

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 5:
            raise TypeError(f"os.uname_result() takes a 5-sequence ({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return 'posix.uname_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self)) + ')'



def uname():
    return uname_result(_os.uname())


def stat(p, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_os.stat(fsdecode(p), follow_symlinks))


def lstat(p, *, dir_fd=None):
    return stat_result(_os.stat(fsdecode(p), False))


def chmod(p, mode, *, dir_fd=None, follow_symlinks=True):
    _os.chmod(fsdecode(p), mode)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _os.symlink(fsdecode(src), fsdecode(dst))


def readlink(p, *, dir_fd=None):
    return _os.readlink(fsdecode(p))


def getuid():
    return 0


def getgid():
    return 0


def umask(mask):
    return 0o022


supports_follow_symlinks = set()
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()

F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1


def access(p, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    p = fsdecode(p)
    if not path.exists(p):
        return False
    if mode == F_OK:
        return True
    perm = stat(p).st_mode
    return all(not mode & bit or perm & (bit << 6) for bit in (R_OK, W_OK, X_OK))
