#!/usr/bin/env bash
# Every checked-in generated file is current: each generator in the repository (gen_*.py outside the test
# corpora) runs with --check, which exits non-zero when regenerating would change its output. A generator
# without --check fails this check, so a new one cannot be forgotten. About 15 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PYENV_VERSION=3.13.0
status=0 total=0 current=0
while IFS= read -r gen; do
  total=$((total + 1))
  if ! grep -q -- '--check' "$gen"; then
    echo "$gen: has no --check mode"
    status=1
  elif python3 "$gen" --check; then
    current=$((current + 1))
  else
    echo "$gen: generated output is out of date"
    status=1
  fi
done < <(git ls-files '*gen_*.py' | grep -v '^tests/corpus/' | sort)
echo "generated files current: $current/$total generators"
exit $status
