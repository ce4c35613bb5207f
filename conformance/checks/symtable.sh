#!/usr/bin/env bash
# `pytk symtable` against CPython 3.13's `python -m symtable` on the .py files of the 3.13 standard library
# (site-packages excluded): one pytk process (--batch-out); CPython runs Lib/symtable.py's main() for every
# file in one process (PYTHONHASHSEED=0; names that only pass through a block are compared sorted, since
# CPython lists them in hash order). About 1 minute on 2 cores plus the publish; SYMTABLE_SAMPLE=N takes
# every Nth file.
# Landed: 1725/1726 identical; the other file is one CPython rejects with a UTF-8 decoding error inside a
# string literal, which pytk words differently (as in dump-ast.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
SAMPLE=${SYMTABLE_SAMPLE:-1}
if [ "$SAMPLE" = 1 ]; then MIN_IDENTICAL=1725; else MIN_IDENTICAL=0; fi
export PYENV_VERSION=3.13.0 PYTHONHASHSEED=0
STDLIB=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
dotnet publish cli -c Release -o "$OUT/pytk" --nologo -v q >/dev/null
python3 conformance/symtable_compare.py "$OUT/pytk/pytk" "$STDLIB" --sample "$SAMPLE" --min-identical "$MIN_IDENTICAL" --show "${SYMTABLE_SHOW:-5}"
