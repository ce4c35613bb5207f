"""pathlib (pytk's own implementation, POSIX flavour): PurePath/PurePosixPath for path arithmetic and
Path/PosixPath for the file system through os and os.path."""

import os
import re

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


class UnsupportedOperation(NotImplementedError):
    pass


def _split(path):
    """(root, parts) of a POSIX path string: '' or '/' or '//' as root, no '.' or empty parts."""
    if path.startswith('/'):
        root = '//' if path.startswith('//') and not path.startswith('///') else '/'
    else:
        root = ''
    parts = [p for p in path.split('/') if p and p != '.']
    return root, parts


_glob_cache = {}


def _glob_regex(pattern):
    rx = _glob_cache.get(pattern)
    if rx is None:
        out = []
        i = 0
        while i < len(pattern):
            c = pattern[i]
            i += 1
            if c == '*':
                out.append('[^/]*')
            elif c == '?':
                out.append('[^/]')
            elif c == '[':
                j = pattern.find(']', i + 1 if i < len(pattern) and pattern[i] == '!' else i)
                if j < 0:
                    out.append('\\[')
                else:
                    body = pattern[i:j]
                    if body.startswith('!'):
                        body = '^' + body[1:]
                    out.append('[' + body.replace('\\', '\\\\') + ']')
                    i = j + 1
            else:
                out.append(re.escape(c))
        rx = _glob_cache[pattern] = re.compile('(?s:' + ''.join(out) + r')\Z')
    return rx


class PurePath:
    """A path without file-system access."""
    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_segments(args)

    @classmethod
    def _from_segments(cls, args):
        root, parts = '', []
        for a in args:
            if isinstance(a, PurePath):
                s = str(a)
            elif isinstance(a, str):
                s = a
            elif hasattr(a, '__fspath__'):
                s = a.__fspath__()
            else:
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, "
                                "not %r" % type(a).__name__)
            r, p = _split(s)
            if r:
                root, parts = r, p
            else:
                parts = parts + p
        return cls._make(root, parts)

    @classmethod
    def _make(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = None
        self._hash = None
        return self

    def with_segments(self, *args):
        return type(self)._from_segments(args)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def __bytes__(self):
        return os.fsencode(str(self)) if hasattr(os, 'fsencode') else str(self).encode()

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other) and type(self)._flavour() == type(other)._flavour()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    @classmethod
    def _flavour(cls):
        return 'posix'

    def _cmp_parts(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._root + '/'.join(self._parts), other._root + '/'.join(other._parts)

    def __lt__(self, other):
        k = self._cmp_parts(other)
        return k if k is NotImplemented else k[0] < k[1]

    def __le__(self, other):
        k = self._cmp_parts(other)
        return k if k is NotImplemented else k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmp_parts(other)
        return k if k is NotImplemented else k[0] > k[1]

    def __ge__(self, other):
        k = self._cmp_parts(other)
        return k if k is NotImplemented else k[0] >= k[1]

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    drive = property(lambda self: '')
    root = property(lambda self: self._root)
    anchor = property(lambda self: self._root)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._parts:
            return self
        return type(self)._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        result = []
        p = self
        while p._parts:
            p = p.parent
            result.append(p)
        return tuple(result)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return type(self)._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        return self.with_name(self.stem + suffix)

    def relative_to(self, other, *, walk_up=False):
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        if self._root != other._root or self._parts[:len(other._parts)] != other._parts:
            if walk_up and self._root == other._root:
                common = 0
                while (common < min(len(self._parts), len(other._parts))
                       and self._parts[common] == other._parts[common]):
                    common += 1
                ups = ['..'] * (len(other._parts) - common)
                return type(self)._make('', ups + self._parts[common:])
            raise ValueError("%r is not in the subpath of %r" % (str(self), str(other)))
        return type(self)._make('', self._parts[len(other._parts):])

    def is_relative_to(self, other):
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        return self._root == other._root and self._parts[:len(other._parts)] == other._parts

    def match(self, path_pattern, *, case_sensitive=None):
        pat = type(self)(path_pattern)
        if not pat._parts:
            raise ValueError("empty pattern")
        if pat._root:
            if not self._root or len(pat._parts) != len(self._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not _glob_regex(p).match(part):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        rx = '/'.join(_glob_regex(p).pattern[4:-3] if p != '**' else '.*' for p in str(pattern).split('/'))
        return re.fullmatch(rx, str(self)) is not None

    def __reduce__(self):
        return (type(self), (str(self),))


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()

    def __new__(cls, *args):
        raise UnsupportedOperation("pytk supports only POSIX paths")


class Path(PurePath):
    """A path with file-system operations."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_segments(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        p = os.path.abspath(str(self))
        if hasattr(os.path, 'realpath'):
            p = os.path.realpath(p)
        if strict and not os.path.exists(p):
            raise FileNotFoundError(2, 'No such file or directory', str(self))
        return self.with_segments(p)

    def expanduser(self):
        return self.with_segments(os.path.expanduser(str(self)))

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(str(self))

    def is_file(self, *, follow_symlinks=True):
        return os.path.isfile(str(self))

    def is_dir(self, *, follow_symlinks=True):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if 'b' not in mode and encoding is None:
            encoding = 'utf-8'
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open('r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with self.open('wb') as f:
            return f.write(bytes(data))

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._make(self._root, self._parts + [name])

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        if not pattern:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        parts = [p for p in pattern.split('/') if p and p != '.']
        results = []
        self._glob_into(self, parts, results)
        return iter(results)

    def _glob_into(self, base, parts, results):
        if not parts:
            results.append(base)
            return
        head, rest = parts[0], parts[1:]
        if head == '**':
            self._glob_into(base, rest, results)
            for child in sorted(base.iterdir(), key=str) if base.is_dir() else ():
                if child.is_dir():
                    self._glob_into(child, parts, results)
            return
        if not any(ch in head for ch in '*?['):
            child = base / head
            if child.exists():
                self._glob_into(child, rest, results)
            return
        rx = _glob_regex(head)
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            if rx.match(name) and (not name.startswith('.') or head.startswith('.')):
                child = base / name
                if rest and not child.is_dir():
                    continue
                self._glob_into(child, rest, results)

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        return self.glob('**/' + pattern)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for root, dirs, files in os.walk(str(self), top_down, on_error, follow_symlinks):
            yield self.with_segments(root), dirs, files

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with open(str(self), 'a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if self.exists():
            if exist_ok and self.is_dir():
                return
            raise FileExistsError(17, 'File exists', str(self))
        if parents:
            os.makedirs(str(self), exist_ok=exist_ok)
        else:
            if not self.parent.exists():
                raise FileNotFoundError(2, 'No such file or directory', str(self))
            os.mkdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.remove(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return self.with_segments(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return self.with_segments(target)

    def samefile(self, other_path):
        return os.path.abspath(str(self)) == os.path.abspath(str(other_path))


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()
