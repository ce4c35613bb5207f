#!/usr/bin/env bash
# Regenerates NAME.stderr (the whole standard error, tracebacks with their caret lines) of every program here
# from CPython 3.13. The folder's absolute path is written as DIR, so the files do not depend on the checkout.
# Usage: tests/corpus/tracebacks/regen.sh [NAME.py ...]
set -euo pipefail
cd "$(dirname "$0")"
dir=$(pwd)
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(*.py)
for f in "${files[@]}"; do
  name="${f%.py}"
  PYENV_VERSION=3.13.0 PYTHONHASHSEED=0 timeout 20 python3 "$dir/$f" > /dev/null 2> "$name.stderr" < /dev/null || true
  sed -i "s|$dir|DIR|g" "$name.stderr"
done
echo "regenerated ${#files[@]} program(s)"
