#!/usr/bin/env bash
# Times `pytk tokenize --summary` against CPython 3.13's tokenize module over the same files (default: the
# whole 3.13 standard library), one process each side, and prints the ratio. usage: bench/tokenize.sh [PATH...]
set -euo pipefail
cd "$(dirname "$0")/.."
export PYENV_VERSION=3.13.0
if [ $# -eq 0 ]; then set -- "$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"; fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
dotnet publish cli -c Release -o "$OUT/pytk" --nologo -v q >/dev/null
echo "== pytk tokenize --summary"
pytk=$("$OUT/pytk/pytk" tokenize --summary "$@")
echo "$pytk"
echo "== CPython 3.13 tokenize module"
cpy=$(python3 bench/tokenize_cpython.py "$@")
echo "$cpy"
# The machine may be shared, so the ratio is given for wall-clock and for CPU time.
python3 - "$pytk" "$cpy" <<'PY'
import re, sys
def times(text):
    m = re.search(r'elapsed: ([0-9.]+) s  cpu: ([0-9.]+) s', text)
    return float(m.group(1)), float(m.group(2))
(pw, pc), (cw, cc) = times(sys.argv[1]), times(sys.argv[2])
print('pytk is %.2fx as fast as CPython tokenize by wall-clock (%.3f s vs %.3f s), %.2fx by CPU time (%.3f s vs %.3f s)'
      % (cw / pw, pw, cw, cc / pc, pc, cc))
PY
