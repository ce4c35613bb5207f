"""Writes NAME.dump and NAME.dump-a for every NAME.py here: CPython 3.13's `python -m ast [-a]` output.

Run with `PYENV_VERSION=3.13.0 python3 tests/corpus/dump-ast/generate.py`.
"""
import ast, os, sys

assert sys.version_info[:2] == (3, 13), "generate with CPython 3.13"
here = os.path.dirname(os.path.abspath(__file__))
for name in sorted(os.listdir(here)):
    if not name.endswith('.py') or name == 'generate.py':
        continue
    with open(os.path.join(here, name), 'rb') as f:
        tree = ast.parse(f.read(), name, 'exec', type_comments=True)
    for suffix, attrs in (('.dump', False), ('.dump-a', True)):
        with open(os.path.join(here, name[:-3] + suffix), 'w', encoding='utf-8', newline='') as f:
            f.write(ast.dump(tree, include_attributes=attrs, indent=3) + '\n')
    print(name)
