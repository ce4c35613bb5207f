"""Compiles a Python source file to the cache file imports and `pytk compile` use (__pycache__/NAME.pytk-313.pyc).

The cache file is pytk's format (docs/pyc.md), not CPython's: its code is pytk's bytecode.
"""
import enum
import os
import sys
import _py_compile

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """A compile error, carrying the exception's type, value, the file name and the message to print."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            import traceback
            tbtext = ''.join(traceback.format_exception_only(exc_type, exc_value))
            errmsg = tbtext.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1, invalidation_mode=None, quiet=0):
    """Byte-compiles FILE; returns the cache file's path, or None after a reported error."""
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        cfile = _py_compile.cache_from_source(file)
    if os.path.islink(cfile):
        msg = ('{} is a symlink and will be changed into a regular file if import writes a byte-compiled file to it')
        raise FileExistsError(msg.format(cfile))
    elif os.path.exists(cfile) and not os.path.isfile(cfile):
        msg = ('{} is a non-regular file and will be changed into a regular one if import writes a byte-compiled file to it')
        raise FileExistsError(msg.format(cfile))
    try:
        return _py_compile.compile(os.fspath(file), os.fspath(cfile), None if dfile is None else os.fspath(dfile),
                                   invalidation_mode.value - 1)
    except SyntaxError as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            sys.stderr.write(py_exc.msg + '\n')
        return None


def main():
    """python -m py_compile [-q] FILE... | -   : compiles each file; the first error ends with status 1."""
    args = sys.argv[1:]
    quiet = False
    names = []
    for a in args:
        if a in ('-q', '--quiet'):
            quiet = True
        elif a in ('-h', '--help'):
            print('usage: py_compile.py [-h] [-q] filenames [filenames ...]')
            return
        else:
            names.append(a)
    if not names:
        sys.stderr.write('usage: py_compile.py [-h] [-q] filenames [filenames ...]\n'
                         'py_compile.py: error: the following arguments are required: filenames\n')
        sys.exit(2)
    if names == ['-']:
        names = [line.rstrip('\n') for line in sys.stdin.readlines()]
    for filename in names:
        filename = filename.rstrip('\n')
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if not quiet:
                sys.stderr.write(error.msg)
            sys.exit(1)
        except OSError as error:
            if not quiet:
                sys.stderr.write(str(error))
            sys.exit(1)


if __name__ == "__main__":
    main()
