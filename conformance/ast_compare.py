"""Compare `pytk dump-ast [-a]` with CPython 3.13's `python -m ast [-a]` over many files.

Run with CPython 3.13. CPython's side does what Lib/ast.py main() does (parse with type comments, dump
with indent 3) for every file in this one process; pytk's side is one `pytk dump-ast --batch-out DIR`
process per mode. Each file's result is its stdout then "---- exit N"; when parsing fails, the
exception as the traceback module prints its last lines ("---- stderr" + format_exception_only).

usage: ast_compare.py PYTK [--sample N] [--min-identical N] [--show N] ROOT...
"""
import argparse, ast, os, subprocess, sys, tempfile, traceback


def python_files(roots):
    files = []
    for root in roots:
        if os.path.isfile(root):
            files.append(root)
            continue
        for d, dirs, names in os.walk(root):
            dirs[:] = sorted(x for x in dirs if x != 'site-packages')
            files.extend(os.path.join(d, n) for n in sorted(names) if n.endswith('.py'))
    return files


def cpython_output(path, attributes):
    with open(path, 'rb') as f:
        source = f.read()
    try:
        tree = ast.parse(source, path, 'exec', type_comments=True)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        return '---- stderr\n' + ''.join(traceback.format_exception_only(e)) + '---- exit 1\n'
    return ast.dump(tree, include_attributes=attributes, indent=3) + '\n---- exit 0\n'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('pytk')
    ap.add_argument('roots', nargs='+')
    ap.add_argument('--sample', type=int, default=0, help='every Nth file only')
    ap.add_argument('--min-identical', type=int, default=0, help='fail below this many identical files per mode')
    ap.add_argument('--show', type=int, default=5, help='differing files to name')
    args = ap.parse_args()
    files = python_files(args.roots)
    if args.sample > 1:
        files = files[::args.sample]
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        for attributes in (False, True):
            mode = 'dump-ast -a' if attributes else 'dump-ast'
            outdir = os.path.join(tmp, 'a' if attributes else 'plain')
            cmd = [args.pytk, 'dump-ast'] + (['-a'] if attributes else []) + ['--batch-out', outdir] + files
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            identical = cpython_errors = 0
            differing = []
            for i, path in enumerate(files):
                expected = cpython_output(path, attributes)
                with open(os.path.join(outdir, '%d.out' % i), encoding='utf-8', errors='surrogateescape', newline='') as f:
                    actual = f.read()
                if not expected.endswith('---- exit 0\n'):
                    cpython_errors += 1
                if expected == actual:
                    identical += 1
                else:
                    differing.append(path)
            print('%s: %d/%d identical (CPython itself fails on %d of them)' % (mode, identical, len(files), cpython_errors))
            for path in differing[:args.show]:
                print('  differs:', path)
            if identical < args.min_identical:
                print('  below the recorded %d identical files: regression' % args.min_identical)
                status = 1
    return status


if __name__ == '__main__':
    sys.exit(main())
