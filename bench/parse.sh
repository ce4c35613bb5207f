#!/usr/bin/env bash
# Times `pytk parse` against CPython 3.13's ast.parse over the same files (default: the whole 3.13 standard
# library), whole process against whole process (start-up included), and prints the ratio by wall-clock and
# by CPU time (the machine may be shared). usage: bench/parse.sh [PATH...]
set -euo pipefail
cd "$(dirname "$0")/.."
export PYENV_VERSION=3.13.0
if [ $# -eq 0 ]; then set -- "$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"; fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
dotnet publish cli -c Release -o "$OUT/pytk" --nologo -v q >/dev/null
python3 - "$OUT/pytk/pytk" "$@" <<'PY'
import resource, subprocess, sys, time

def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(cmd, stdout=subprocess.PIPE, text=True).stdout.strip().splitlines()[-1]
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out, wall, cpu

pytk, paths = sys.argv[1], sys.argv[2:]
# CPython's ast.parse runs on one thread; pytk parse is measured on one thread (-j 1) and on all cores.
s_out, s_wall, s_cpu = run([pytk, "parse", "-q", "-j", "1"] + paths)
c_out, c_wall, c_cpu = run([sys.executable, 'bench/parse_cpython.py'] + paths)
p_out, p_wall, p_cpu = run([pytk, "parse", "-q"] + paths)
print('pytk parse -j 1:   %s  (process: %.2f s wall, %.2f s CPU)' % (s_out, s_wall, s_cpu))
print('pytk parse:        %s  (process: %.2f s wall, %.2f s CPU)' % (p_out, p_wall, p_cpu))
print('CPython ast.parse: %s  (process: %.2f s wall, %.2f s CPU)' % (c_out, c_wall, c_cpu))
print('one thread: pytk is %.2fx as fast as CPython by wall-clock, %.2fx by CPU time' % (c_wall / s_wall, c_cpu / s_cpu))
print('all cores:  pytk is %.2fx as fast as CPython by wall-clock, %.2fx by CPU time' % (c_wall / p_wall, c_cpu / p_cpu))
PY
