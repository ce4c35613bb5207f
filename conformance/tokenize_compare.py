"""Compare `pytk tokenize [-e]` with CPython 3.13's `python -m tokenize [-e]` over many files.

Run with CPython 3.13. CPython's side runs tokenize.main() in this one process for every file (stdout,
stderr and exit status captured); pytk's side is one `pytk tokenize --batch-out DIR` process per mode.
Each file's result is "stdout ---- stderr\\n stderr ---- exit N\\n" on both sides, compared byte for byte.

usage: tokenize_compare.py PYTK [--sample N] [--min-identical N] [--show N] ROOT...
"""
import argparse, contextlib, io, os, subprocess, sys, tempfile, tokenize


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


def cpython_output(path, exact):
    out, err = io.StringIO(), io.StringIO()
    sys.argv = ['tokenize'] + (['-e'] if exact else []) + [path]
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            tokenize.main()
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
        except Exception:
            code = 1
    return out.getvalue() + '---- stderr\n' + err.getvalue() + '---- exit %d\n' % code


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
        for exact in (False, True):
            mode = 'tokenize -e' if exact else 'tokenize'
            outdir = os.path.join(tmp, 'e' if exact else 'plain')
            cmd = [args.pytk, 'tokenize'] + (['-e'] if exact else []) + ['--batch-out', outdir] + files
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            identical = cpython_errors = 0
            differing = []
            for i, path in enumerate(files):
                expected = cpython_output(path, exact)
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
