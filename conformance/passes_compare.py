"""Compare pytk's constfold pass or unparser with CPython 3.13 over many files.

  constfold: `pytk dump-ast --no-type-comments --passes constfold` against
             `ast.dump(ast.parse(src, optimize=1), indent=3)`
  unparse:   `pytk unparse` against `ast.unparse(ast.parse(src))`

Run with CPython 3.13. CPython's side runs in this one process; pytk's side is one `--batch-out DIR`
process. Each file's result is its stdout then "---- exit N" (on failure "---- stderr" + the error first).
A frozenset's repr follows the per-process str hash seed in CPython, so both sides print frozenset items
sorted by repr (pytk always does; CPython's constants are rewritten here before dumping).

usage: passes_compare.py {constfold,unparse} PYTK [--sample N] [--min-identical N] [--max-differing N] [--show N] ROOT...
"""
import argparse, ast, os, subprocess, sys, tempfile, traceback

from batch_compare import python_files


class SortedFrozenset:
    def __init__(self, items):
        self.items = items

    def __repr__(self):
        if not self.items:
            return 'frozenset()'
        return 'frozenset({' + ', '.join(sorted(map(repr, self.items))) + '})'


def normalise_frozensets(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, frozenset):
            node.value = SortedFrozenset(list(node.value))


def cpython_output(mode, path):
    with open(path, 'rb') as f:
        source = f.read()
    try:
        if mode == 'constfold':
            tree = ast.parse(source, path, 'exec', optimize=1)
            normalise_frozensets(tree)
            text = ast.dump(tree, indent=3)
        else:
            text = ast.unparse(ast.parse(source, path, 'exec'))
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        return '---- stderr\n' + ''.join(traceback.format_exception_only(e)) + '---- exit 1\n'
    return text + '\n---- exit 0\n'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('mode', choices=['constfold', 'unparse'])
    ap.add_argument('pytk')
    ap.add_argument('roots', nargs='+')
    ap.add_argument('--sample', type=int, default=0, help='every Nth file only')
    ap.add_argument('--min-identical', type=int, default=0, help='fail below this many identical files')
    ap.add_argument('--max-differing', type=int, default=-1, help='fail above this many differing files (works for samples too)')
    ap.add_argument('--show', type=int, default=5, help='differing files to name')
    ap.add_argument('--keep', help='copy differing outputs (pytk/CPython) into this directory')
    args = ap.parse_args()
    files = python_files(args.roots)
    if args.sample > 1:
        files = files[::args.sample]
    with tempfile.TemporaryDirectory() as tmp:
        if args.mode == 'constfold':
            cmd = [args.pytk, 'dump-ast', '--no-type-comments', '--passes', 'constfold']
        else:
            cmd = [args.pytk, 'unparse']
        subprocess.run(cmd + ['--batch-out', tmp] + files, check=True, stdout=subprocess.DEVNULL)
        identical = 0
        differing = []
        for i, path in enumerate(files):
            expected = cpython_output(args.mode, path)
            with open(os.path.join(tmp, '%d.out' % i), encoding='utf-8', errors='surrogateescape', newline='') as f:
                actual = f.read()
            if expected == actual:
                identical += 1
                continue
            differing.append(path)
            if args.keep:
                os.makedirs(args.keep, exist_ok=True)
                base = os.path.join(args.keep, '%d_%s' % (i, os.path.basename(path)))
                with open(base + '.pytk', 'w', encoding='utf-8', errors='surrogateescape') as f:
                    f.write(actual)
                with open(base + '.cpython', 'w', encoding='utf-8', errors='surrogateescape') as f:
                    f.write(expected)
    print('%s: %d/%d identical' % (args.mode, identical, len(files)))
    for path in differing[:args.show]:
        print('  differs:', path)
    if identical < args.min_identical:
        print('  below the recorded %d identical files: regression' % args.min_identical)
        return 1
    if args.max_differing >= 0 and len(differing) > args.max_differing:
        print('  more than the recorded %d differing files: regression' % args.max_differing)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
