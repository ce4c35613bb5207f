"""Reports of profiler statistics in CPython's format: Stats(profile).strip_dirs().sort_stats(key).print_stats()."""
import os
import sys
from enum import Enum

__all__ = ["Stats", "SortKey"]


class SortKey(str, Enum):
    CALLS = 'calls'
    CUMULATIVE = 'cumulative'
    FILENAME = 'filename'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time'

    def __new__(cls, *values):
        value = values[0]
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj


def func_std_string(func_name):
    filename, line, name = func_name
    if filename == '~' and line == 0:
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def f8(x):
    return "%8.3f" % x


_SORT_FIELDS = {
    'calls': (((1, -1),), "call count"), 'ncalls': (((1, -1),), "call count"),
    'cumtime': (((3, -1),), "cumulative time"), 'cumulative': (((3, -1),), "cumulative time"),
    'filename': (((4, 1),), "file name"), 'file': (((4, 1),), "file name"), 'module': (((4, 1),), "file name"),
    'line': (((5, 1),), "line number"), 'name': (((6, 1),), "function name"),
    'nfl': (((6, 1), (4, 1), (5, 1)), "name/file/line"), 'pcalls': (((0, -1),), "primitive call count"),
    'stdname': (((7, 1),), "standard name"), 'time': (((2, -1),), "internal time"),
    'tottime': (((2, -1),), "internal time"),
}


class Stats:
    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        self.stats = {}
        self.fcn_list = None
        self.sort_type = None
        self.files = []
        for arg in args:
            self.add(arg)

    def add(self, *args):
        for arg in args:
            if isinstance(arg, Stats):
                other = arg.stats
            elif hasattr(arg, 'stats'):
                arg.create_stats()
                other = {k: (v[0], v[1], v[2], v[3], {c: tuple(x) for c, x in v[4].items()})
                         for k, v in arg.stats.items()}
            elif isinstance(arg, str):
                import ast
                with open(arg, 'rb') as f:
                    other = ast.literal_eval(f.read().decode())
                self.files.append(arg)
            else:
                raise TypeError("Cannot create or construct a %r object from %r" % (self.__class__, arg))
            for func, stat in other.items():
                if func in self.stats:
                    old = self.stats[func]
                    callers = dict(old[4])
                    callers.update(stat[4])
                    self.stats[func] = (old[0] + stat[0], old[1] + stat[1], old[2] + stat[2], old[3] + stat[3], callers)
                else:
                    self.stats[func] = stat
        self.total_calls = sum(s[1] for s in self.stats.values())
        self.prim_calls = sum(s[0] for s in self.stats.values())
        self.total_tt = sum(s[2] for s in self.stats.values())
        return self

    def strip_dirs(self):
        new = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            new[func_strip_path(func)] = (cc, nc, tt, ct, {func_strip_path(c): v for c, v in callers.items()})
        self.stats = new
        self.fcn_list = None
        return self

    def sort_stats(self, *field):
        if not field or field == (-1,):
            self.fcn_list = None
            self.sort_type = "standard name"
            field = ('stdname',)
        elif len(field) == 1 and isinstance(field[0], int):
            field = ({0: 'calls', 1: 'time', 2: 'cumulative'}[field[0]],)
        keys, names = [], []
        for f in field:
            f = f.value if isinstance(f, SortKey) else f
            spec, name = _SORT_FIELDS[f]
            keys.extend(spec)
            names.append(name)
        self.sort_type = ", ".join(names)

        def row(func):
            cc, nc, tt, ct, _ = self.stats[func]
            return (cc, nc, tt, ct, func[0], func[1], func[2], func_std_string(func))

        def sort_key(func):
            r = row(func)
            return tuple(_Reversed(r[i]) if direction < 0 else r[i] for i, direction in keys)
        self.fcn_list = sorted(self.stats, key=sort_key)
        return self

    def print_stats(self, *amount):
        out = self.stream
        for filename in self.files:
            print(filename, file=out)
        if self.files:
            print(file=out)
        indent = ' ' * 8
        print(indent, self.total_calls, "function calls", end=' ', file=out)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=out)
        print("in %.3f seconds" % self.total_tt, file=out)
        print(file=out)
        width, funcs = self._listing(amount)
        if funcs:
            print('   Ordered by: ' + (self.sort_type or 'random'), file=out)
            print(file=out)
            print('   ncalls  tottime  percall  cumtime  percall', end=' ', file=out)
            print('filename:lineno(function)', file=out)
            for func in funcs:
                self._print_line(func)
            print(file=out)
            print(file=out)
        return self

    def _listing(self, amount):
        funcs = self.fcn_list if self.fcn_list is not None else list(self.stats)
        for sel in amount:
            if isinstance(sel, str):
                import re
                funcs = [f for f in funcs if re.search(sel, func_std_string(f))]
            elif isinstance(sel, float) and 0.0 <= sel < 1.0:
                funcs = funcs[:int(len(funcs) * sel + 0.5)]
            elif isinstance(sel, int):
                funcs = funcs[:sel]
        return 0, funcs

    def _print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        c = str(nc)
        if nc != cc:
            c = c + '/' + str(cc)
        out = self.stream
        print(c.rjust(9), end=' ', file=out)
        print(f8(tt), end=' ', file=out)
        print('        ' if nc == 0 else f8(tt / nc), end=' ', file=out)
        print(f8(ct), end=' ', file=out)
        print('        ' if cc == 0 else f8(ct / cc), end=' ', file=out)
        print(func_std_string(func), file=out)

    def print_callers(self, *amount):
        width, funcs = self._listing(amount)
        out = self.stream
        print('   Ordered by: ' + (self.sort_type or 'random'), file=out)
        print(file=out)
        for func in funcs:
            callers = self.stats[func][4]
            print(func_std_string(func).ljust(20), ' <- ', ', '.join(func_std_string(c) for c in sorted(callers)), file=out)
        print(file=out)
        return self

    def print_callees(self, *amount):
        width, funcs = self._listing(amount)
        out = self.stream
        callees = {}
        for func, stat in self.stats.items():
            for caller in stat[4]:
                callees.setdefault(caller, []).append(func)
        print('   Ordered by: ' + (self.sort_type or 'random'), file=out)
        print(file=out)
        for func in funcs:
            print(func_std_string(func).ljust(20), ' -> ', ', '.join(func_std_string(c) for c in sorted(callees.get(func, []))), file=out)
        print(file=out)
        return self

    def get_stats_profile(self):
        return self.stats


class _Reversed:
    """Sorts a value in descending order inside a key tuple."""
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return other.v < self.v

    def __eq__(self, other):
        return self.v == other.v
