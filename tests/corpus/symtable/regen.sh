#!/usr/bin/env bash
# Regenerates NAME.expected for every NAME.py here from CPython 3.13's `python -m symtable NAME.py`
# (Lib/symtable.py main(), run in one process by conformance/symtable_compare.py's cpython_output):
# its stdout then "---- exit 0", or "---- stderr", the SyntaxError's last lines and "---- exit 1".
# Names that only pass through a block are listed sorted (CPython lists them in hash order).
# Usage: tests/corpus/symtable/regen.sh
set -euo pipefail
cd "$(dirname "$0")"
PYENV_VERSION=3.13.0 PYTHONHASHSEED=0 python3 - <<'PY'
import glob, sys
sys.path.insert(0, '../../../conformance')
from symtable_compare import cpython_output
names = sorted(glob.glob('*.py'))
for path in names:
    with open(path[:-3] + '.expected', 'w', encoding='utf-8', newline='') as f:
        f.write(cpython_output(path, None))
print('regenerated %d file(s)' % len(names))
PY
