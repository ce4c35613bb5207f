"""Deterministic profiling of Python code over sys.setprofile (profile and cProfile are this one profiler).

Each function is keyed as (filename, first line, name); for it the profiler keeps the primitive (non-recursive)
call count, the call count, the time spent in it alone (tottime), the time including its callees (cumtime)
and its callers. pstats prints them in CPython's report format. Built-in functions called by bytecode are
seen through the hook's c_call/c_return events: profile keys them as ('', 0, name), cProfile as _lsprof does.
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

    # How a built-in function is keyed: profile's ('', 0, name); cProfile's ('~', 0, '<built-in method mod.name>')
    # or ('~', 0, "<method 'name' of 'type' objects>"), as _lsprof names them.
    _c_keyed = False

    def _c_key(self, fn):
        if not self._c_keyed:
            return ('', 0, fn.__name__)
        return ('~', 0, _c_label(fn))

    def _dispatch(self, frame, event, arg):
        if event == 'c_call':
            if arg is _setprofile:
                return
            event = 'call'
            key = self._c_key(arg)
        elif event in ('c_return', 'c_exception'):
            if arg is _setprofile:
                return
            event = 'return'
        elif event == 'call':
            if frame.f_code.co_filename == __file__:
                self._stack.append(None)   # the profiler's own frames (disable) are not reported
                return
            code = frame.f_code
            key = (code.co_filename, code.co_firstlineno, code.co_name)
        if event == 'return' and self._stack and self._stack[-1] is None:
            self._stack.pop()
            return
        if event == 'call':
            caller = self._stack[-1][0] if self._stack and self._stack[-1] is not None else None
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
            if self._stack and self._stack[-1] is not None:
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


_setprofile = sys.setprofile
_labels = {}


def _c_label(fn):
    """_lsprof's name of a built-in: "<method 'NAME' of 'TYPE' objects>" when bound to an instance whose type has
    it, else '<built-in method MODULE.NAME>'."""
    owner = getattr(fn, '__self__', None)
    name = fn.__name__
    if owner is not None and type(owner).__name__ != 'module':
        for klass in type(owner).__mro__:
            if name in klass.__dict__:
                return repr(klass.__dict__[name])
    label = _labels.get(id(fn))
    if label is None:
        module = 'builtins'
        for mod_name, mod in list(sys.modules.items()):
            if getattr(mod, name, None) is fn and mod_name != 'builtins':
                module = mod_name
                break
        label = _labels[id(fn)] = '<built-in method %s.%s>' % (module, name)
    return label


def run(statement, filename=None, sort=-1):
    """Profiles exec(statement) in __main__'s namespace and prints the report (or saves it to filename)."""
    return _run_with(Profile, statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    return _runctx_with(Profile, statement, globals, locals, filename, sort)


def _run_with(profiler, statement, filename, sort):
    prof = profiler()
    try:
        prof.run(statement)
    except SystemExit:
        pass
    _report(prof, filename, sort)


def _runctx_with(profiler, statement, globals, locals, filename, sort):
    prof = profiler()
    try:
        prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    _report(prof, filename, sort)


def _report(prof, filename, sort):
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


def main(profiler=None):
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
    try:
        _runctx_with(profiler or Profile, code, globs, None, outfile, sort)
    except BrokenPipeError as exc:
        # the reader went away (`| head`): exit with EPIPE's number, as CPython's profilers do, and let shutdown
        # not try to flush into the closed pipe again
        sys.stdout = None
        sys.exit(exc.errno)


if __name__ == '__main__':
    main()
