#!/usr/bin/env bash
# Regenerates the expected results of every program in programs/ from CPython 3.13 (the oracle), for the
# test that runs them on pytk's VM under each pass and -O2 (tests/Pytk.Tests/Passes/VmCorpusTests.cs):
#   NAME.stdout  - its standard output
#   NAME.status  - line 1: exit status; line 2: the last line of its standard error (empty if none)
# Usage: tests/corpus/passes/regen.sh [NAME.py ...]   (all programs when none are given)
set -euo pipefail
cd "$(dirname "$0")/programs"
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(*.py)
for f in "${files[@]}"; do
  f=$(basename "$f")
  name="${f%.py}"
  set +e
  PYENV_VERSION=3.13.0 PYTHONHASHSEED=0 timeout 20 python3 "$f" > "$name.stdout" 2> /tmp/pytk-passes-regen.err < /dev/null
  status=$?
  set -e
  last=$(grep -v '^\s*$' /tmp/pytk-passes-regen.err | tail -n 1 || true)
  printf '%s\n%s\n' "$status" "$last" > "$name.status"
done
echo "regenerated ${#files[@]} program(s)"
