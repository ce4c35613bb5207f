"""Tracing a program's execution over sys.settrace: the lines it runs (--trace), how often each line ran
(--count, .cover files and a --summary), the functions it called (--listfuncs) and who called whom
(--trackcalls). `pytk run -m trace [options] FILE [args]` is `python -m trace`.
"""
import linecache
import os
import sys

__all__ = ['Trace', 'CoverageResults']


def _modname(path):
    """The module name of a file path, as trace reports it: the file name without its extension."""
    base = os.path.basename(path)
    return os.path.splitext(base)[0]


def _fullmodname(path):
    return _modname(path)


class CoverageResults:
    """Counts of executed lines ((filename, lineno) -> count), functions called and calling relationships."""

    def __init__(self, counts=None, calledfuncs=None, infile=None, callers=None, outfile=None):
        self.counts = {} if counts is None else counts
        self.calledfuncs = {} if calledfuncs is None else calledfuncs
        self.callers = {} if callers is None else callers
        self.infile = infile
        self.outfile = outfile

    def update(self, other):
        for key, n in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n
        self.calledfuncs.update(other.calledfuncs)
        self.callers.update(other.callers)

    def is_ignored_filename(self, filename):
        return filename.startswith('<') and filename.endswith('>')

    def write_results(self, show_missing=True, summary=False, coverdir=None, *, ignore_missing_files=False):
        if self.calledfuncs:
            print()
            print("functions called:")
            for filename, modulename, funcname in sorted(self.calledfuncs):
                print("filename: %s, modulename: %s, funcname: %s" % (filename, modulename, funcname))
        if self.callers:
            print()
            print("calling relationships:")
            lastfile = lastcfile = ""
            for ((pfile, pmod, pfunc), (cfile, cmod, cfunc)) in sorted(self.callers):
                if pfile != lastfile:
                    print()
                    print("***", pfile, "***")
                    lastfile = pfile
                    lastcfile = ""
                if cfile != pfile and lastcfile != cfile:
                    print("  -->", cfile)
                    lastcfile = cfile
                print("    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc))
        per_file = {}
        for filename, lineno in self.counts:
            per_file.setdefault(filename, {})[lineno] = self.counts[(filename, lineno)]
        sums = {}
        for filename, lines in per_file.items():
            if self.is_ignored_filename(filename) or filename.startswith('<pytk>'):
                continue
            if filename.endswith('.pyc'):
                filename = filename[:-1]
            if coverdir is None:
                dir = os.path.dirname(os.path.abspath(filename))
                modulename = _modname(filename)
            else:
                dir = coverdir
                os.makedirs(dir, exist_ok=True)
                modulename = _fullmodname(filename)
            lnotab = _executable_lines(filename) if show_missing else {}
            source = linecache.getlines(filename)
            coverpath = os.path.join(dir, modulename + ".cover")
            n_hits, n_lines = self.write_results_file(coverpath, source, lnotab, lines)
            if summary and n_lines:
                sums[modulename] = n_lines, int(100 * n_hits / n_lines), modulename, filename
        if summary and sums:
            print("lines   cov%   module   (path)")
            for m in sorted(sums):
                n_lines, percent, modulename, filename = sums[m]
                print("%5d   %3d%%   %s   (%s)" % sums[m])

    def write_results_file(self, path, lines, lnotab, lines_hit, encoding=None):
        try:
            outfile = open(path, "w", encoding=encoding or 'utf-8')
        except OSError as err:
            print("trace: Could not open %r for writing: %s - skipping" % (path, err), file=sys.stderr)
            return 0, 0
        n_lines = 0
        n_hits = 0
        with outfile:
            for lineno, line in enumerate(lines, 1):
                if lineno in lines_hit:
                    outfile.write("%5d: " % lines_hit[lineno])
                    n_hits += 1
                    n_lines += 1
                elif lineno in lnotab and not line.strip().startswith('#'):
                    outfile.write(">>>>>> ")
                    n_lines += 1
                else:
                    outfile.write("       ")
                outfile.write(line.expandtabs(8))
        return n_hits, n_lines


def _executable_lines(filename):
    """Line numbers that start code in the file (the lines of its code objects)."""
    try:
        with open(filename, encoding='utf-8') as f:
            code = compile(f.read(), filename, 'exec')
    except (OSError, SyntaxError):
        return {}
    found = {}
    todo = [code]
    docstrings = set()
    while todo:
        c = todo.pop()
        for _, _, line in c.co_lines():
            if line is not None and line != c.co_firstlineno or c.co_name == '<module>':
                if line is not None:
                    found[line] = 1
        for k in c.co_consts:
            if hasattr(k, 'co_lines'):
                todo.append(k)
    return found


def _show(bname, lineno, line):
    """One traced line: `NAME(LINE):  source` (the source after a ': ' and print's space), or `NAME(LINE)`."""
    if line:
        print("%s(%d):  %s" % (bname, lineno, line), end='')
    else:
        print("%s(%d)" % (bname, lineno))


class Trace:
    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0, ignoremods=(), ignoredirs=(),
                 infile=None, outfile=None, timing=False):
        self.infile = infile
        self.outfile = outfile
        self.ignoremods = set(ignoremods)
        self.ignoredirs = [os.path.normpath(d) for d in ignoredirs]
        self.counts = {}
        self.pathtobasename = {}
        self.donothing = 0
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        self._caller_cache = {}
        self.start_time = None
        if timing:
            import time
            self.start_time = time.time()
        if countcallers:
            self.globaltrace = self.globaltrace_trackcallers
        elif countfuncs:
            self.globaltrace = self.globaltrace_countfuncs
        elif trace and count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_trace_and_count
        elif trace:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_trace
        elif count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_count
        else:
            self.donothing = 1

    def run(self, cmd):
        import __main__
        dict = __main__.__dict__
        self.runctx(cmd, dict, dict)

    def runctx(self, cmd, globals=None, locals=None):
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            exec(cmd, globals, locals)
        finally:
            if not self.donothing:
                sys.settrace(None)

    def runfunc(self, func, /, *args, **kw):
        result = None
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            result = func(*args, **kw)
        finally:
            if not self.donothing:
                sys.settrace(None)
        return result

    def _ignored(self, filename, modulename):
        if modulename in self.ignoremods:
            return True
        path = os.path.normpath(filename)
        return any(path.startswith(d + os.sep) for d in self.ignoredirs)

    def file_module_function_of(self, frame):
        code = frame.f_code
        filename = code.co_filename
        modulename = _modname(filename) if filename else None
        funcname = code.co_name
        if code.co_qualname != funcname and '<' not in code.co_qualname:
            funcname = code.co_qualname
        return filename, modulename, funcname

    def globaltrace_trackcallers(self, frame, why, arg):
        if why == 'call':
            this_func = self.file_module_function_of(frame)
            parent_func = self.file_module_function_of(frame.f_back) if frame.f_back is not None else None
            if parent_func is not None:
                self._callers[(parent_func, this_func)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        if why == 'call':
            this_func = self.file_module_function_of(frame)
            self._calledfuncs[this_func] = 1

    def globaltrace_lt(self, frame, why, arg):
        if why == 'call':
            code = frame.f_code
            filename = frame.f_globals.get('__file__', None)
            if filename:
                modulename = _modname(filename)
                if modulename is not None and not self._ignored(filename, modulename):
                    if self.trace:
                        print((" --- modulename: %s, funcname: %s" % (modulename, code.co_name)))
                    return self.localtrace
            else:
                return None

    def _timing(self):
        if self.start_time:
            import time
            print('%.2f' % (time.time() - self.start_time), end=' ')

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == "line":
            filename = frame.f_code.co_filename
            lineno = frame.f_lineno
            key = filename, lineno
            self.counts[key] = self.counts.get(key, 0) + 1
            self._timing()
            bname = os.path.basename(filename)
            line = linecache.getline(filename, lineno)
            _show(bname, lineno, line)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == "line":
            filename = frame.f_code.co_filename
            lineno = frame.f_lineno
            self._timing()
            bname = os.path.basename(filename)
            line = linecache.getline(filename, lineno)
            _show(bname, lineno, line)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == "line":
            filename = frame.f_code.co_filename
            lineno = frame.f_lineno
            key = filename, lineno
            self.counts[key] = self.counts.get(key, 0) + 1
        return self.localtrace

    def results(self):
        return CoverageResults(self.counts, infile=self.infile, outfile=self.outfile,
                               calledfuncs=self._calledfuncs, callers=self._callers)


def main():
    args = sys.argv[1:]
    opts = {'count': False, 'trace': False, 'listfuncs': False, 'trackcalls': False, 'report': False,
            'summary': False, 'missing': False, 'coverdir': None, 'timing': False, 'module': False,
            'ignore_module': [], 'ignore_dir': []}
    short = {'-c': 'count', '-t': 'trace', '-l': 'listfuncs', '-T': 'trackcalls', '-r': 'report',
             '-s': 'summary', '-m': 'missing', '-g': 'timing'}
    i = 0
    while i < len(args) and args[i].startswith('-'):
        a = args[i]
        if a in short:
            opts[short[a]] = True
        elif a.startswith('--') and a[2:].replace('-', '_') in opts and a[2:] not in ('coverdir', 'ignore-module', 'ignore-dir'):
            opts[a[2:].replace('-', '_')] = True
        elif a in ('-C', '--coverdir'):
            i += 1
            opts['coverdir'] = args[i]
        elif a.startswith('--coverdir='):
            opts['coverdir'] = a.split('=', 1)[1]
        elif a.startswith('--ignore-module='):
            opts['ignore_module'] += a.split('=', 1)[1].split(',')
        elif a.startswith('--ignore-dir='):
            opts['ignore_dir'] += a.split('=', 1)[1].split(os.pathsep)
        elif a == '--module':
            opts['module'] = True
        elif a in ('-h', '--help'):
            print('usage: trace.py [-h] [--version] [-c] [-t] [-l] [-T] [-r] [-C COVERDIR] [-m] [-s] [-g] '
                  '[--ignore-module IGNORE_MODULE] [--ignore-dir IGNORE_DIR] [--module] [progname] ...')
            return
        else:
            print('trace.py: error: unrecognized arguments: %s' % a, file=sys.stderr)
            sys.exit(2)
        i += 1
    rest = args[i:]
    if not (opts['count'] or opts['trace'] or opts['report'] or opts['listfuncs'] or opts['trackcalls']):
        print('trace.py: error: must specify one of --trace, --count, --report, --listfuncs, or --trackcalls',
              file=sys.stderr)
        sys.exit(2)
    if not rest:
        print('trace.py: error: progname is missing: required with the main options', file=sys.stderr)
        sys.exit(2)
    t = Trace(opts['count'], opts['trace'], countfuncs=opts['listfuncs'], countcallers=opts['trackcalls'],
              ignoremods=opts['ignore_module'], ignoredirs=opts['ignore_dir'], timing=opts['timing'])
    progname = rest[0]
    sys.argv = rest
    sys.path[0] = os.path.dirname(progname)
    try:
        with open(progname, 'rb') as fp:
            code = compile(fp.read(), progname, 'exec')
        globs = {'__file__': progname, '__name__': '__main__', '__package__': None, '__cached__': None}
        t.runctx(code, globs, globs)
    except OSError as err:
        sys.exit("Cannot run file %r because: %s" % (sys.argv[0], err))
    except SystemExit:
        pass
    results = t.results()
    if not opts['missing'] and not opts['count'] and not opts['listfuncs'] and not opts['trackcalls']:
        return
    results.write_results(opts['missing'], summary=opts['summary'], coverdir=opts['coverdir'])


if __name__ == '__main__':
    main()
