"""Compare `pytk symtable` with CPython 3.13's `python -m symtable` over many files.

Run with CPython 3.13 (and PYTHONHASHSEED=0: CPython lists names that only pass through a block in set
order). CPython's side runs Lib/symtable.py's own main() for every file in this one process; pytk's side is
one `pytk symtable --batch-out DIR` process. Each file's result is its stdout then "---- exit N"; when the
symbol table cannot be built, the exception's last lines ("---- stderr" + format_exception_only).

usage: symtable_compare.py PYTK [--sample N] [--min-identical N] [--show N] ROOT...
"""
import contextlib, io, re, symtable, sys, traceback

import batch_compare
from batch_compare import compare_modes, parse_args

PASS_THROUGH = re.compile(r" *free symbol '[^']*': $")


def pass_through_sorted(text):
    """A name that is free in a block only because an inner block needs it ends its table with no flags; CPython
    adds those in set order (hash order: it changes between runs unless PYTHONHASHSEED is set), pytk sorted.
    Both sides are compared with each table's run of them sorted."""
    lines, out, run = text.split('\n'), [], []
    for line in lines:
        if PASS_THROUGH.fullmatch(line):
            run.append(line)
            continue
        out.extend(sorted(run))
        run = []
        out.append(line)
    out.extend(sorted(run))
    return '\n'.join(out)


def cpython_output(path, _):
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            symtable.main([path])
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        return '---- stderr\n' + ''.join(traceback.format_exception_only(e)) + '---- exit 1\n'
    return pass_through_sorted(out.getvalue()) + '---- exit 0\n'


def main():
    args = parse_args(__doc__.splitlines()[0])
    return compare_modes(args, 'symtable', [('symtable', [], None)], cpython_output, pass_through_sorted)


if __name__ == '__main__':
    sys.exit(main())
