#!/usr/bin/env bash
# Regenerates the expected results of the interactive sessions here from CPython 3.13: `python3 -i < NAME.in`
# -> NAME.stdout, NAME.stderr (without CPython's two banner lines) and NAME.status (exit status); and the
# output of codeop_cases.py.
# Usage: tests/corpus/repl/regen.sh
set -euo pipefail
cd "$(dirname "$0")"
for f in *.in; do
  name="${f%.in}"
  set +e
  PYENV_VERSION=3.13.0 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 timeout 20 python3 -i < "$f" > "$name.stdout" 2> /tmp/pytk-regen-repl.err
  status=$?
  set -e
  tail -n +3 /tmp/pytk-regen-repl.err > "$name.stderr"
  echo "$status" > "$name.status"
done
PYENV_VERSION=3.13.0 python3 codeop_cases.py > codeop_cases.stdout
echo "regenerated $(ls *.in | wc -l) session(s) and codeop_cases.stdout"
