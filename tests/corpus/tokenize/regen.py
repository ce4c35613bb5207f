"""Regenerates the expected outputs of the tokenize corpus from CPython 3.13.

For every NAME.py here: NAME.out (`python -m tokenize NAME.py`), NAME.e.out (with -e) and, for plain
UTF-8 files without an encoding declaration, NAME.stdin.out (`python -m tokenize < NAME.py`). Each holds
stdout, then "---- stderr" and stderr, then "---- exit N". Run from anywhere:
    PYENV_VERSION=3.13.0 python3 tests/corpus/tokenize/regen.py
"""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(args, stdin=None):
    p = subprocess.run([sys.executable, '-m', 'tokenize'] + args, cwd=HERE, stdin=stdin,
                       capture_output=True, env=dict(os.environ, PYTHONIOENCODING='utf-8'))
    return p.stdout + b'---- stderr\n' + p.stderr + b'---- exit %d\n' % p.returncode


def stdin_friendly(data):
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError:
        return False
    return not text.startswith('\ufeff') and 'coding' not in text


def main():
    assert sys.version_info[:2] == (3, 13), 'run with CPython 3.13 (PYENV_VERSION=3.13.0)'
    for name in sorted(os.listdir(HERE)):
        if not name.endswith('.py') or name == 'regen.py':
            continue
        base = os.path.join(HERE, name[:-3])
        with open(base + '.out', 'wb') as f:
            f.write(run([name]))
        with open(base + '.e.out', 'wb') as f:
            f.write(run(['-e', name]))
        with open(os.path.join(HERE, name), 'rb') as src:
            data = src.read()
        if stdin_friendly(data):
            with open(os.path.join(HERE, name), 'rb') as src, open(base + '.stdin.out', 'wb') as f:
                f.write(run([], stdin=src))
        elif os.path.exists(base + '.stdin.out'):
            os.remove(base + '.stdin.out')


if __name__ == '__main__':
    main()
