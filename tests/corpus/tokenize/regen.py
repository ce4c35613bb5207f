"""Regenerates the expected outputs of the tokenize corpus from CPython 3.13.

For every NAME.py here: NAME.out (`python -m tokenize NAME.py`), NAME.e.out (with -e) and, for plain
UTF-8 files without an encoding declaration, NAME.stdin.out (`python -m tokenize < NAME.py`). Each holds
stdout, then "---- stderr" and stderr, then "---- exit N". Run from anywhere:
    PYENV_VERSION=3.13.0 python3 tests/corpus/tokenize/regen.py
"""
import json, os, subprocess, sys, warnings

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


# Sources whose errors (or SyntaxWarnings) come from CPython's tokenizer in compiler mode; their
# outcome under compile() goes to strict_mode.json for the strict-mode lexer tests.
STRICT_CASES = [
    'x = 1abc\n', 'x = 1if y else 2\n', 'x = 0777\n', 'x = 00\n', 'x = 0_7\n', 'x = 0_0\n',
    'x = (1]\n', 'x = (1,\n 2]\n', 'x = 1)\n', 'x = (1,\n', 'x = [\n(1,\n', 'x = 1 \\\n',
    'a\u20ac = 1\n', 'x = \u00a0\n', 'x = 1\n\x01\n', 'x = 0x1g\n', 'x = 1e5x\n', 'x = 1jx\n',
    'x=1_\n', 'f(**{a: b for a in c]\n', "x = f'{a]}'\n", 'x = 1 + \u2028\n', 'x = \u00b2\n',
    '\u212b = 1\n', 'x = 1.e\n', 'x = 0o7and 1\n', 'x = 1_0\n', '\u03c0 = 3\n', 'na\u00efve = 1\n',
    'x = 1 or 0x1for 2\n', 'x = [0b1in y]\n', 'x = 1not in y\n', 'x = 1is 1\n', "x = 'abc\n",
    'if x:\n    y\n  z\n', 'x = 0b2\n', 'x = 0o\n',
]


def strict_outcome(src):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            compile(src, 'f.py', 'exec')
            error = None
        except SyntaxError as e:
            error = {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                     'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
    return {'source': src, 'error': error,
            'warnings': [str(w.message) for w in caught if w.category is SyntaxWarning]}


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
    with open(os.path.join(HERE, 'strict_mode.json'), 'w', encoding='utf-8') as f:
        json.dump([strict_outcome(src) for src in STRICT_CASES], f, indent=1, ensure_ascii=False)
        f.write('\n')


if __name__ == '__main__':
    main()
