"""_colorize for pytk, written for pytk: CPython 3.13's internal helper deciding whether tracebacks (and
other interpreter output) are coloured, and the ANSI escape sequences they use.

can_colorize() says yes or no from, in order: PYTHON_COLORS=0/1 (unless -E), NO_COLOR (no), COLORIZE
(this module's switch), FORCE_COLOR (yes), TERM=dumb (no), and finally whether sys.stderr is a terminal.
"""

import io
import os
import sys

# The module-wide switch; tests and embedders set it to False to turn colour off.
COLORIZE = True


class ANSIColors:
    BOLD_GREEN = '\x1b[1;32m'
    BOLD_MAGENTA = '\x1b[1;35m'
    BOLD_RED = '\x1b[1;31m'
    GREEN = '\x1b[32m'
    GREY = '\x1b[90m'
    MAGENTA = '\x1b[35m'
    RED = '\x1b[31m'
    RESET = '\x1b[0m'
    YELLOW = '\x1b[33m'


# The same names, every one the empty string: the palette used when colour is off.
NoColors = ANSIColors()
for attr in [name for name in vars(ANSIColors) if not name.startswith('__')]:
    setattr(NoColors, attr, '')


def get_colors(colorize: bool = False) -> ANSIColors:
    """The ANSI palette when colorize is true or can_colorize() says so, else NoColors."""
    if colorize or can_colorize():
        return ANSIColors()
    return NoColors


def _stderr_is_terminal():
    stream = sys.stderr
    if stream is None or not hasattr(stream, 'fileno'):
        return False
    isatty = getattr(os, 'isatty', None)
    try:
        fd = stream.fileno()
    except (io.UnsupportedOperation, OSError, AttributeError, ValueError):
        fd = None
    if fd is not None and isatty is not None:
        return isatty(fd)
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def can_colorize() -> bool:
    """Whether output to sys.stderr should be coloured (see the module docstring for the rules)."""
    ignore_environment = getattr(getattr(sys, 'flags', None), 'ignore_environment', 0)
    if not ignore_environment:
        setting = os.environ.get('PYTHON_COLORS')
        if setting == '0':
            return False
        if setting == '1':
            return True
    if 'NO_COLOR' in os.environ:
        return False
    if not COLORIZE:
        return False
    if 'FORCE_COLOR' in os.environ:
        return True
    if os.environ.get('TERM') == 'dumb':
        return False
    return _stderr_is_terminal()
