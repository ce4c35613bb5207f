"""Writes expected.txt: CPython 3.13's verdict on every snippet in this folder.

Run with `PYENV_VERSION=3.13.0 python3 tests/corpus/syntax-errors/generate.py`. Each snippet is parsed as
`python -m ast` parses a file (bytes, type comments on); the verdict is what the traceback module prints
for the exception (format_exception_only), or "OK" when CPython accepts the snippet. Blocks are separated
by lines "==== NAME".
"""
import ast, os, sys, traceback

assert sys.version_info[:2] == (3, 13), "generate with CPython 3.13"
here = os.path.dirname(os.path.abspath(__file__))
out = []
for name in sorted(os.listdir(here)):
    if not name.endswith('.py') or name == 'generate.py':
        continue
    with open(os.path.join(here, name), 'rb') as f:
        source = f.read()
    try:
        ast.parse(source, name, 'exec', type_comments=True)
        verdict = 'OK\n'
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        verdict = ''.join(traceback.format_exception_only(e))
    out.append('==== %s\n%s' % (name, verdict))
with open(os.path.join(here, 'expected.txt'), 'w', encoding='utf-8', newline='') as f:
    f.write(''.join(out))
print(len(out), 'snippets')
