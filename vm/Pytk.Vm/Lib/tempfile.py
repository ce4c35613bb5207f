"""tempfile (pytk's own implementation): unique temporary files and folders with random names."""

import io
import os
import random as _random
import shutil as _shutil

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory', 'mkstemp',
           'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir', 'gettempprefixb',
           'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_rng = _random.Random()
_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _name():
    return ''.join(_rng.choice(_CHARS) for _ in range(8))


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def gettempdir():
    """The folder for temporary files: $TMPDIR, $TEMP or $TMP if set, else /tmp."""
    global tempdir
    if tempdir is None:
        for var in ('TMPDIR', 'TEMP', 'TMP'):
            d = os.environ.get(var)
            if d and os.path.isdir(d):
                tempdir = os.path.abspath(d)
                break
        else:
            tempdir = '/tmp'
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def _parts(suffix, prefix, dir):
    output_bytes = any(isinstance(x, bytes) for x in (suffix, prefix, dir))
    if suffix is None:
        suffix = b'' if output_bytes else ''
    if prefix is None:
        prefix = gettempprefixb() if output_bytes else template
    if dir is None:
        dir = gettempdirb() if output_bytes else gettempdir()
    return prefix, suffix, dir, output_bytes


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file and returns (fd, path); pytk's os has no descriptors, so fd is -1 and the file is closed."""
    prefix, suffix, dir, output_bytes = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = _name()
        if output_bytes:
            name = name.encode()
        file = os.path.join(dir, prefix + name + suffix)
        try:
            open(file, 'xb').close()
        except FileExistsError:
            continue
        return -1, os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new folder and returns its absolute path."""
    prefix, suffix, dir, output_bytes = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = _name()
        if output_bytes:
            name = name.encode()
        file = os.path.join(dir, prefix + name + suffix)
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _name() + suffix)
        if not os.path.exists(file):
            return file
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file with a .name that deletes itself when closed (delete=True) or when the context ends."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._delete_on_close = delete_on_close

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        if self.delete:
            self._remove()
        return None

    def _remove(self):
        try:
            os.unlink(self.name)
        except FileNotFoundError:
            pass

    def close(self):
        self.file.close()
        if self.delete and self._delete_on_close:
            self._remove()

    def __iter__(self):
        return iter(self.file)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None, delete_on_close=True):
    _, name = mkstemp(suffix, prefix, dir)
    # mkstemp made the file: 'x' would refuse it
    mode = mode.replace('x', 'w')
    f = open(name, mode, encoding=encoding, newline=newline) if 'b' not in mode else open(name, mode)
    return _TemporaryFileWrapper(f, name, delete, delete_on_close)


TemporaryFile = NamedTemporaryFile


def SpooledTemporaryFile(max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                         prefix=None, dir=None, *, errors=None):
    return io.BytesIO() if 'b' in mode else io.StringIO()


class TemporaryDirectory:
    """A folder removed with its contents when the context ends or cleanup() is called."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
