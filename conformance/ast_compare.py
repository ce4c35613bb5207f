"""Compare `pytk dump-ast [-a]` with CPython 3.13's `python -m ast [-a]` over many files.

Run with CPython 3.13. CPython's side does what Lib/ast.py main() does (parse with type comments, dump
with indent 3) for every file in this one process; pytk's side is one `pytk dump-ast --batch-out DIR`
process per mode. Each file's result is its stdout then "---- exit N"; when parsing fails, the
exception as the traceback module prints its last lines ("---- stderr" + format_exception_only).

usage: ast_compare.py PYTK [--sample N] [--min-identical N] [--show N] ROOT...
"""
import ast, sys, traceback

from batch_compare import compare_modes, parse_args


def cpython_output(path, attributes):
    with open(path, 'rb') as f:
        source = f.read()
    try:
        tree = ast.parse(source, path, 'exec', type_comments=True)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        return '---- stderr\n' + ''.join(traceback.format_exception_only(e)) + '---- exit 1\n'
    return ast.dump(tree, include_attributes=attributes, indent=3) + '\n---- exit 0\n'


def main():
    args = parse_args(__doc__.splitlines()[0])
    return compare_modes(args, 'dump-ast', [('dump-ast', [], False), ('dump-ast -a', ['-a'], True)], cpython_output)


if __name__ == '__main__':
    sys.exit(main())
