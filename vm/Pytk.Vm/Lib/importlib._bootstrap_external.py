"""importlib._bootstrap_external (pytk's own implementation): the path-based side of the import system as
functions: where the compiled file of a source file goes and back (cache_from_source, source_from_cache,
_get_sourcefile), decoding source bytes, and the path helpers they use. importlib.util re-exports the public ones.
pytk's finders and loaders themselves are the VM's (_imp); importlib.machinery wraps them as objects."""

import sys
import _imp

MAGIC_NUMBER = b'\xf3\r\r\n'
SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = []

path_sep = '/'
path_separators = '/'
_PYCACHE = '__pycache__'


def _path_join(*parts):
    """The parts joined with one separator, empty parts left out (CPython's os-free os.path.join)."""
    return path_sep.join(part.rstrip(path_separators) if i < len(parts) - 1 else part
                         for i, part in enumerate(parts) if part)


def _path_split(path):
    """(head, tail) at the last separator; head is '' when there is none."""
    head, _, tail = path.rpartition(path_sep)
    return head, tail


def _path_stat(path):
    import os
    return os.stat(path)


def _path_is_mode_type(path, mode):
    try:
        st = _path_stat(path)
    except OSError:
        return False
    return (st.st_mode & 0o170000) == mode


def _path_isfile(path):
    return _path_is_mode_type(path, 0o100000)


def _path_isdir(path):
    import os
    return _path_is_mode_type(path or os.getcwd(), 0o040000)


def _path_isabs(path):
    return path.startswith(path_sep)


def cache_from_source(path, debug_override=None, *, optimization=None):
    """DIR/__pycache__/NAME.TAG[.opt-N].pyc for DIR/NAME.py."""
    import os
    if debug_override is not None:
        import warnings
        warnings.warn("the debug_override parameter is deprecated; use 'optimization' instead",
                      DeprecationWarning)
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = os.fspath(path)
    head, tail = _path_split(path)
    base, sep, rest = tail.rpartition('.')
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    # NAME.TAG for NAME.py ('noext' gives 'noextTAG', as CPython's)
    almost = ''.join([base if base else rest, sep, tag])
    if optimization is None:
        optimization = '' if sys.flags.optimize == 0 else sys.flags.optimize
    optimization = str(optimization)
    if optimization:
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        almost = f'{almost}.opt-{optimization}'
    return _path_join(head, _PYCACHE, almost + BYTECODE_SUFFIXES[0])


def source_from_cache(path):
    """DIR/NAME.py for DIR/__pycache__/NAME.TAG[.opt-N].pyc."""
    import os
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    path = os.fspath(path)
    head, pycache_filename = _path_split(path)
    head, pycache = _path_split(head)
    if pycache != _PYCACHE:
        raise ValueError(f'{_PYCACHE} not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    if dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith('opt-'):
            raise ValueError(f"optimization portion of filename does not start with 'opt-'")
        opt_level = optimization[len('opt-'):]
        if not opt_level.isalnum():
            raise ValueError(f'optimization level {optimization!r} is not an alphanumeric value')
    base = pycache_filename.partition('.')[0]
    return _path_join(head, base + SOURCE_SUFFIXES[0])


def _get_sourcefile(bytecode_path):
    """The source file of a compiled file's path when that source exists, else the path itself (a .py path,
    or one not ending in .py? is returned unchanged); None for ''."""
    if len(bytecode_path) == 0:
        return None
    rest, _, extension = bytecode_path.rpartition('.')
    if not rest or extension.lower()[-3:-1] != 'py':
        return bytecode_path
    try:
        source_path = source_from_cache(bytecode_path)
    except (NotImplementedError, ValueError):
        source_path = bytecode_path[:-1]
    return source_path if _path_isfile(source_path) else bytecode_path


def decode_source(source_bytes):
    """Source bytes as text: decoded by their coding cookie (default UTF-8), with universal newlines."""
    import tokenize
    import io
    encoding = tokenize.detect_encoding(io.BytesIO(source_bytes).readline)[0]
    text = source_bytes.decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')
