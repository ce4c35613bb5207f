"""Deterministic profiling of Python code over sys.setprofile (profile and cProfile are this one profiler).

Each function is keyed as (filename, first line, name); for it the profiler keeps the primitive (non-recursive)
call count, the call count, the time spent in it alone (tottime), the time including its callees (cumtime)
and its callers. pstats prints them in CPython's report format. Built-in functions are not seen: pytk's
profile hook gets Python frames only (docs/introspection.md).
"""
import sys
import time

__all__ = ["run", "runctx", "Profile"]


class Profile:
    """A profiler: enable()/disable() around code, or run/runctx/runcall; stats feed pstats.Stats."""

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self.timer = timer or time.perf_counter
        self.stats = {}          # key -> [cc, nc, tt, ct, {caller: [cc, nc, tt, ct]}]
        self._stack = []         # [key, start, time in callees, caller key]
        self._active = {}        # key -> frames of it on the stack (recursion)

    # ---- hook

    def _dispatch(self, frame, event, arg):
        if event == 'call':
            code = frame.f_code
            key = (code.co_filename, code.co_firstlineno, code.co_name)
            caller = self._stack[-1][0] if self._stack else None
            self._stack.append([key, self.timer(), 0.0, caller])
            self._active[key] = self._active.get(key, 0) + 1
        elif event == 'return' and self._stack:
            key, start, sub, caller = self._stack.pop()
            elapsed = self.timer() - start
            self._active[key] -= 1
            outermost = self._active[key] == 0
            entry = self.stats.setdefault(key, [0, 0, 0.0, 0.0, {}])
            entry[1] += 1
            entry[2] += elapsed - sub
            if outermost:
                entry[0] += 1
                entry[3] += elapsed
            if caller is not None:
                c = entry[4].setdefault(caller, [0, 0, 0.0, 0.0])
                c[1] += 1
                c[2] += elapsed - sub
                if outermost:
                    c[0] += 1
                    c[3] += elapsed
            if self._stack:
                self._stack[-1][2] += elapsed

    def enable(self, subcalls=True, builtins=True):
        sys.setprofile(self._dispatch)

    def disable(self):
        sys.setprofile(None)

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()

    # ---- running

    def run(self, cmd):
        import __main__
        dict = __main__.__dict__
        return self.runctx(cmd, dict, dict)

    def runctx(self, cmd, globals, locals):
        if isinstance(cmd, str):
            cmd = compile(cmd, '<string>', 'exec')
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    # ---- results

    def create_stats(self):
        self.disable()

    def snapshot_stats(self):
        self.create_stats()

    def print_stats(self, sort=-1):
        import pstats
        if not isinstance(sort, tuple):
            sort = (sort,)
        pstats.Stats(self).strip_dirs().sort_stats(*sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            f.write(repr(self._plain_stats()).encode())

    def _plain_stats(self):
        return {k: (v[0], v[1], v[2], v[3], {c: tuple(x) for c, x in v[4].items()}) for k, v in self.stats.items()}


def run(statement, filename=None, sort=-1):
    """Profiles exec(statement) in __main__'s namespace and prints the report (or saves it to filename)."""
    prof = Profile()
    try:
        prof.run(statement)
    except SystemExit:
        pass
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    prof = Profile()
    try:
        prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


def main():
    """python -m profile / -m cProfile [-o OUTFILE] [-s SORT] [-m MODULE | FILE] [args]"""
    args = sys.argv[1:]
    outfile = None
    sort = 2                 # cumulative time, as CPython's command line sorts by default
    while args and args[0].startswith('-'):
        a = args.pop(0)
        if a in ('-o', '--outfile'):
            outfile = args.pop(0)
        elif a in ('-s', '--sort'):
            sort = args.pop(0)
        elif a in ('-h', '--help'):
            print('Usage: cProfile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ...')
            return
        else:
            print('cProfile.py: error: no such option: %s' % a, file=sys.stderr)
            sys.exit(2)
    if not args:
        print('Usage: cProfile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ...',
              file=sys.stderr)
        sys.exit(2)
    import os
    progname = args[0]
    sys.argv[:] = args
    sys.path.insert(0, os.path.dirname(progname))
    with open(progname, 'rb') as fp:
        code = compile(fp.read(), progname, 'exec')
    globs = {'__file__': progname, '__name__': '__main__', '__package__': None, '__cached__': None}
    runctx(code, globs, None, outfile, sort)


if __name__ == '__main__':
    main()
