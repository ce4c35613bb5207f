#!/usr/bin/env bash
# `pytk tokenize` and `pytk tokenize -e` against CPython 3.13's `python -m tokenize [-e]` on every .py file
# of the 3.13 standard library (about 1700 files, ~1.5 min on 2 cores). One pytk process per mode
# (--batch-out); CPython runs tokenize.main() for all files in one process. Prints identical/total per mode.
set -euo pipefail
cd "$(dirname "$0")/../.."
# Identical files per mode that have landed (all of them: 1726 files in 3.13.0's stdlib, 3 of which
# CPython itself rejects, with the same error text on both sides).
MIN_IDENTICAL=1726
export PYENV_VERSION=3.13.0
STDLIB=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
dotnet publish cli -c Release -o "$OUT/pytk" --nologo -v q >/dev/null
python3 conformance/tokenize_compare.py "$OUT/pytk/pytk" "$STDLIB" --min-identical "$MIN_IDENTICAL"
