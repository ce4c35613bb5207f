"""compileall for pytk: byte-compiles trees of Python files into __pycache__, over py_compile (written for pytk).

The cache files are pytk's (__pycache__/NAME.pytk-313.pyc, the ones imports and `pytk compile` use); a file
whose cache is current is skipped unless forced. `pytk run -m compileall [-l] [-r N] [-f] [-q] [-b] [-x RE]
[-d DIR] [-s DIR] [-p DIR] [-i FILE] [--invalidation-mode MODE] [FILE|DIR ...]`; without FILE or DIR,
the directories of sys.path.
"""
import os
import sys

import py_compile
import _py_compile

__all__ = ["compile_dir", "compile_file", "compile_path"]


def _walk_dir(dir, maxlevels, quiet=0):
    if quiet < 2 and isinstance(dir, os.PathLike):
        dir = os.fspath(dir)
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = os.listdir(dir)
    except OSError:
        if quiet < 2:
            print("Can't list {!r}".format(dir))
        names = []
    names.sort()
    for name in names:
        if name == '__pycache__':
            continue
        fullname = os.path.join(dir, name)
        if not os.path.isdir(fullname):
            yield fullname
        elif maxlevels > 0 and name not in (os.curdir, os.pardir) and not os.path.islink(fullname):
            yield from _walk_dir(fullname, maxlevels=maxlevels - 1, quiet=quiet)


def compile_dir(dir, maxlevels=None, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                workers=1, invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                hardlink_dupes=False):
    """Compiles every .py file under dir (maxlevels levels of folders deep); True when all compiled."""
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError("Destination dir (ddir) cannot be used in combination with stripdir or prependdir")
    if ddir is not None:
        stripdir = dir
        prependdir = ddir
        ddir = None
    if workers < 0:
        raise ValueError('workers must be greater or equal to 0')
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    success = True
    for file in _walk_dir(dir, quiet=quiet, maxlevels=maxlevels):
        if not compile_file(file, ddir, force, rx, quiet, legacy, optimize, invalidation_mode,
                            stripdir=stripdir, prependdir=prependdir, limit_sl_dest=limit_sl_dest,
                            hardlink_dupes=hardlink_dupes):
            success = False
    return success


def _display_name(fullname, ddir, stripdir, prependdir):
    """The file name compiled code reports (dfile): under ddir, or with stripdir removed and prependdir added."""
    dfile = None
    if ddir is not None:
        dfile = os.path.join(ddir, os.path.basename(fullname))
    if stripdir is not None:
        full_parts = fullname.split(os.path.sep)
        strip_parts = stripdir.split(os.path.sep)
        if full_parts[:len(strip_parts)] == strip_parts:
            dfile = os.path.join(*full_parts[len(strip_parts):]) if len(full_parts) > len(strip_parts) else ''
        else:
            dfile = fullname
    if prependdir is not None:
        dfile = os.path.join(prependdir, dfile if dfile is not None else fullname)
    return dfile


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                 hardlink_dupes=False):
    """Compiles one .py file unless its cache is current (or force); True unless compiling failed."""
    success = True
    fullname = os.fspath(fullname)
    if rx is not None and rx.search(fullname):
        return success
    if not os.path.isfile(fullname):
        return success
    if not fullname.endswith('.py'):
        return success
    dfile = _display_name(fullname, ddir, stripdir, prependdir)
    if legacy:
        cfile = fullname + 'c'
    else:
        cfile = _py_compile.cache_from_source(fullname)
    if invalidation_mode is None:
        invalidation_mode = py_compile._get_default_invalidation_mode()
    if not force:
        try:
            if _py_compile.up_to_date(fullname, cfile, invalidation_mode.value - 1):
                return success
        except OSError:
            pass
    if not quiet:
        print('Compiling {!r}...'.format(fullname))
    try:
        ok = py_compile.compile(fullname, cfile, dfile, True, optimize=optimize,
                                invalidation_mode=invalidation_mode)
    except py_compile.PyCompileError as err:
        success = False
        if quiet >= 2:
            return success
        elif quiet:
            print('*** Error compiling {!r}...'.format(fullname))
        else:
            print('*** ', end='')
        print(err.msg)
    except (SyntaxError, UnicodeError, OSError) as e:
        success = False
        if quiet >= 2:
            return success
        elif quiet:
            print('*** Error compiling {!r}...'.format(fullname))
        else:
            print('*** ', end='')
        print(e.__class__.__name__ + ':', e)
    else:
        if ok == 0:
            success = False
    return success


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None):
    """Compiles the directories of sys.path (the current one skipped unless skip_curdir is false)."""
    success = True
    for dir in sys.path:
        if (not dir or dir == os.curdir) and skip_curdir:
            if quiet < 2:
                print('Skipping current directory')
        elif dir.startswith('<'):
            continue   # pytk's shipped library is not a folder
        else:
            success = success and compile_dir(dir, maxlevels, None, force, quiet=quiet, legacy=legacy,
                                              optimize=optimize, invalidation_mode=invalidation_mode)
    return success


_USAGE = ("usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-c] [-d DESTDIR] [-s STRIPDIR]\n"
          "                     [-p PREPENDDIR] [-x REGEXP] [-i FILE] [-j WORKERS]\n"
          "                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]\n"
          "                     [-o OPT_LEVELS] [-e LIMIT_SL_DEST] [--hardlink-dupes]\n"
          "                     [FILE|DIR ...]")


def _usage_error(message):
    sys.stderr.write(_USAGE + '\ncompileall.py: error: ' + message + '\n')
    sys.exit(2)


def main():
    """The command line; True when everything compiled."""
    args = sys.argv[1:]
    maxlevels = None
    force = False
    quiet = 0
    legacy = False
    ddir = stripdir = prependdir = rx = flist = None
    workers = 1
    invalidation_mode = None
    dests = []
    takes_value = {'-r', '-d', '-s', '-p', '-x', '-i', '-j', '-o', '-e', '--invalidation-mode'}
    i = 0
    while i < len(args):
        a = args[i]
        i += 1
        if a == '--':
            dests.extend(args[i:])
            break
        if not a.startswith('-') or a == '-':
            dests.append(a)
            continue
        value = None
        if a.startswith('--invalidation-mode='):
            a, value = a.split('=', 1)
        elif a in takes_value:
            if i >= len(args):
                _usage_error('argument %s: expected one argument' % a)
            value = args[i]
            i += 1
        if a in ('-h', '--help'):
            print(_USAGE)
            sys.exit(0)
        elif a == '-l':
            maxlevels = 0
        elif a == '-r':
            try:
                maxlevels = int(value)
            except ValueError:
                _usage_error("argument -r: invalid int value: %r" % value)
        elif a == '-f':
            force = True
        elif a == '-q':
            quiet += 1
        elif a == '-qq':
            quiet += 2
        elif a == '-b':
            legacy = True
        elif a == '-c':
            pass
        elif a == '-d':
            ddir = value
        elif a == '-s':
            stripdir = value
        elif a == '-p':
            prependdir = value
        elif a == '-x':
            import re
            rx = re.compile(value)
        elif a == '-i':
            flist = value
        elif a == '-j':
            workers = int(value)
        elif a in ('-o', '-e', '--hardlink-dupes'):
            pass
        elif a == '--invalidation-mode':
            names = {'timestamp': 'TIMESTAMP', 'checked-hash': 'CHECKED_HASH', 'unchecked-hash': 'UNCHECKED_HASH'}
            if value not in names:
                _usage_error("argument --invalidation-mode: invalid choice: %r (choose from "
                             "'checked-hash', 'timestamp', 'unchecked-hash')" % value)
            invalidation_mode = py_compile.PycInvalidationMode[names[value]]
        else:
            _usage_error('unrecognized arguments: %s' % a)
    if ddir is not None and (stripdir is not None or prependdir is not None):
        _usage_error("-d cannot be used in combination with -s or -p")
    if flist:
        try:
            with (sys.stdin if flist == '-' else open(flist, encoding='utf-8')) as f:
                for line in f:
                    dests.append(line.strip())
        except OSError:
            if quiet < 2:
                print("Error reading file list {}".format(flist))
            return False
    success = True
    try:
        if dests:
            for dest in dests:
                if os.path.isfile(dest):
                    if not compile_file(dest, ddir, force, rx, quiet, legacy, invalidation_mode=invalidation_mode,
                                        stripdir=stripdir, prependdir=prependdir):
                        success = False
                else:
                    if not compile_dir(dest, maxlevels, ddir, force, rx, quiet, legacy, workers=workers,
                                       invalidation_mode=invalidation_mode, stripdir=stripdir,
                                       prependdir=prependdir):
                        success = False
            return success
        return compile_path(legacy=legacy, force=force, quiet=quiet, invalidation_mode=invalidation_mode)
    except KeyboardInterrupt:
        if quiet < 2:
            print("\n[interrupted]")
        return False


if __name__ == '__main__':
    sys.exit(int(not main()))
