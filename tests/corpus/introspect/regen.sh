#!/usr/bin/env bash
# Regenerates the expected results of the introspection corpora from CPython 3.13 (the oracle):
#   tests/corpus/introspect/NAME.py (tokenize, ast, dis, code objects, tracing, py_compile programs) and
#   tests/corpus/seeds/NAME.py (the seeds' lesson cells, made by tests/corpus/seeds/extract.py)
# -> NAME.stdout and NAME.status (line 1 exit status, line 2 last line of standard error).
# Outputs are normalized as the test normalizes pytk's: object addresses become 0x..., the corpus folder's
# path is dropped, and when NAME.filter exists the lines matching its regex (a disassembly listing, which is
# CPython's bytecode here and pytk's there) are removed.
# Usage: tests/corpus/introspect/regen.sh [PROGRAM.py ...]   (all of both folders when none are given)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seeds="$(cd "$here/../seeds" && pwd)"
files=("$@")
[ ${#files[@]} -eq 0 ] && files=("$here"/*.py "$seeds"/seed*.py)
for f in "${files[@]}"; do
  f="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
  name="${f%.py}"
  dir="$(dirname "$f")"
  set +e
  (cd "$dir" && PYENV_VERSION=3.13.0 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 timeout 20 python3 "$f" \
    > /tmp/pytk-regen-introspect.out 2> /tmp/pytk-regen-introspect.err < /dev/null)
  status=$?
  set -e
  PYENV_VERSION=3.13.0 python3 - "$dir/" "$name.filter" /tmp/pytk-regen-introspect.out > "$name.stdout" <<'PY'
import os, re, sys
text = open(sys.argv[3], encoding='utf-8').read().replace(sys.argv[1], '')
text = re.sub(r'0x[0-9a-f]+', '0x...', text)
if os.path.exists(sys.argv[2]):
    pattern = re.compile(open(sys.argv[2]).read().strip())
    text = ''.join(l for l in text.splitlines(True) if not pattern.search(l.rstrip('\n')))
sys.stdout.write(text)
PY
  last=$(grep -v '^\s*$' /tmp/pytk-regen-introspect.err | tail -n 1 | sed "s|$dir/||g" || true)
  printf '%s\n%s\n' "$status" "$last" > "$name.status"
done
echo "regenerated ${#files[@]} program(s)"
