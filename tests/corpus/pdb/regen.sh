#!/usr/bin/env bash
# Regenerates the expected results of the debugger corpus from CPython 3.13 (the oracle):
#   NAME.py (its first line says how it runs: `# run: -m pdb` or `# run: plain`), NAME.cmds (what is typed at the
#   (Pdb) prompt, fed on stdin) -> NAME.stdout and NAME.status (line 1 exit status, line 2 last line of stderr).
# Outputs are normalized as the test normalizes pytk's (normalize.py): the corpus folder's path is dropped, object
# addresses become 0x..., and bdb's own run() frame of `where` under -m pdb (CPython's install path) is dropped.
# Usage: tests/corpus/pdb/regen.sh [NAME.py ...]   (all programs when none are given)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
files=("$@")
[ ${#files[@]} -eq 0 ] && files=("$here"/*.py)
for f in "${files[@]}"; do
  name="$(basename "${f%.py}")"
  [ "$name" = normalize ] && continue
  how="$(head -n 1 "$here/$name.py")"
  case "$how" in
    "# run: -m pdb") cmd=(python3 -m pdb "$name.py") ;;
    "# run: plain") cmd=(python3 "$name.py") ;;
    *) echo "$name.py: first line must be '# run: -m pdb' or '# run: plain'" >&2; exit 2 ;;
  esac
  set +e
  (cd "$here" && PYENV_VERSION=3.13.0 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 TERM=dumb NO_COLOR=1 timeout 20 "${cmd[@]}" \
    < "$here/$name.cmds" > /tmp/pytk-regen-pdb.out 2> /tmp/pytk-regen-pdb.err)
  status=$?
  set -e
  PYENV_VERSION=3.13.0 python3 "$here/normalize.py" "$here/" < /tmp/pytk-regen-pdb.out > "$here/$name.stdout"
  last=$(grep -v '^\s*$' /tmp/pytk-regen-pdb.err | tail -n 1 | sed "s|$here/||g" || true)
  printf '%s\n%s\n' "$status" "$last" > "$here/$name.status"
done
echo "regenerated ${#files[@]} session(s)"
