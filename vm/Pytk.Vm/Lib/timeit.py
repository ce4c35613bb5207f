"""timeit for pytk, written for pytk from the documented behaviour.

Statements given as strings are compiled with the built-in compile() when pytk has it; callables are timed
directly. Times are wall-clock seconds from time.perf_counter.
"""

import time as _time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5
default_timer = _time.perf_counter

dummy_src_name = "<timeit-src>"


def _as_callable(stmt, globals, what):
    if callable(stmt):
        return stmt
    if isinstance(stmt, str):
        if stmt.strip() in ('', 'pass'):
            return lambda: None
        code = compile(stmt, dummy_src_name, 'exec')
        ns = globals

        def run():
            exec(code, ns)
        return run
    raise ValueError(f"{what} is neither a string nor callable")


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._globals = {} if globals is None else globals
        self._stmt = _as_callable(stmt, self._globals, 'stmt')
        self._setup = _as_callable(setup, self._globals, 'setup')

    def timeit(self, number=default_number):
        self._setup()
        stmt = self._stmt
        timer = self.timer
        start = timer()
        for _ in range(number):
            stmt()
        return timer() - start

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
