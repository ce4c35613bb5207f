#!/usr/bin/env bash
# Regenerates the expected results of every module program here from CPython 3.13 (the oracle):
#   a single program NAME.py        -> NAME.stdout, NAME.status
#   a multi-file program DIR/main.py -> DIR/main.stdout, DIR/main.status (run from its own folder's parent)
# .status: line 1 exit status, line 2 last line of standard error (empty if none).
# Usage: tests/corpus/modules/regen.sh [PROGRAM.py | DIR/main.py ...]   (all when none are given)
set -euo pipefail
cd "$(dirname "$0")"
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(*.py */main.py)
for f in "${files[@]}"; do
  name="${f%.py}"
  set +e
  PYENV_VERSION=3.13.0 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 timeout 20 python3 "$PWD/$f" arg1 arg2 \
    > "$name.stdout" 2> /tmp/pytk-regen-modules.err < /dev/null
  status=$?
  set -e
  last=$(grep -v '^\s*$' /tmp/pytk-regen-modules.err | tail -n 1 || true)
  printf '%s\n%s\n' "$status" "$last" > "$name.status"
done
echo "regenerated ${#files[@]} program(s)"
