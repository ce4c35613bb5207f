"""Compare `pytk tokenize [-e]` with CPython 3.13's `python -m tokenize [-e]` over many files.

Run with CPython 3.13. CPython's side runs tokenize.main() in this one process for every file (stdout,
stderr and exit status captured); pytk's side is one `pytk tokenize --batch-out DIR` process per mode.
Each file's result is "stdout ---- stderr\\n stderr ---- exit N\\n" on both sides, compared byte for byte.

usage: tokenize_compare.py PYTK [--sample N] [--min-identical N] [--show N] ROOT...
"""
import contextlib, io, sys, tokenize

from batch_compare import compare_modes, parse_args, python_files  # noqa: F401 (tokenize_fuzz imports python_files from here)


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
    args = parse_args(__doc__.splitlines()[0])
    return compare_modes(args, 'tokenize', [('tokenize', [], False), ('tokenize -e', ['-e'], True)], cpython_output)


if __name__ == '__main__':
    sys.exit(main())
