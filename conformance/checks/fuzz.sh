#!/usr/bin/env bash
# Fixed-seed fuzz smoke (issue 15): 1,600 mutated standard-library files through `pytk parse` (CPython 3.13's
# ast.parse as the oracle) and 400 generated programs run under `pytk run` and CPython (output and ending
# exception compared). Fails on any crash or hang; verdict mismatches are printed, not fatal. About a minute
# and a half on 2 cores. A long campaign: conformance/fuzz/fuzz.py PYTK --inputs 100000 --seed N.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PYENV_VERSION=3.13.0
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
dotnet publish cli -c Release -o "$OUT/pytk" --nologo -v q >/dev/null
python3 conformance/fuzz/fuzz.py "$OUT/pytk/pytk" --inputs 2000 --seed 15
