"""Behaviour check of the -O2 pipeline: every program in programs/ is optimized (`pytk unparse -O2`), and
CPython 3.13 must print the same (stdout, stderr's last line, exit status) for the original and the
optimized source. Run with CPython 3.13.

usage: check.py PYTK [PROGRAM...]
"""
import glob, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run(path):
    p = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=30)
    last = p.stderr.strip().splitlines()[-1:] if p.stderr.strip() else []
    return p.stdout, last, p.returncode


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit('check.py must run under CPython 3.13 (PYENV_VERSION=3.13.0 python3), not %s' % sys.version.split()[0])
    pytk = sys.argv[1]
    programs = sys.argv[2:] or sorted(glob.glob(os.path.join(HERE, 'programs', '*.py')))
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for prog in programs:
            opt = subprocess.run([pytk, 'unparse', '-O2', prog], capture_output=True, text=True)
            if opt.returncode != 0:
                print('FAIL %s: pytk unparse -O2: %s' % (prog, opt.stderr.strip()))
                failed += 1
                continue
            out = os.path.join(tmp, os.path.basename(prog))
            with open(out, 'w') as f:
                f.write(opt.stdout)
            if run(prog) != run(out):
                print('FAIL %s: behaviour differs after -O2' % prog)
                failed += 1
    print('%d/%d programs behave the same after -O2' % (len(programs) - failed, len(programs)))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
