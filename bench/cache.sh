#!/usr/bin/env bash
# Start-up with and without the __pycache__ cache: runs bench/startup/app (20 modules) with pytk cold (no cache,
# -B), cold while writing the cache, and warm; CPython 3.13 the same way for reference. Median of N runs each,
# whole-process wall time. usage: bench/cache.sh [N]   (PYTK=path/to/pytk to skip the Release publish)
set -euo pipefail
cd "$(dirname "$0")/.."
export PYENV_VERSION=3.13.0
N=${1:-7}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ -z "${PYTK:-}" ]; then
  dotnet publish cli -c Release -o "$WORK/pytk" --nologo -v q >/dev/null
  PYTK="$WORK/pytk/pytk"
fi
cp -r bench/startup/app "$WORK/app"
find "$WORK/app" -name __pycache__ -prune -exec rm -rf {} +
python3 - "$PYTK" "$WORK/app" "$N" <<'PY'
import shutil, statistics, subprocess, sys, time, pathlib

pytk, app, n = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3])
main = str(app / "main.py")

def clear():
    for d in app.rglob("__pycache__"):
        shutil.rmtree(d)

def timed(cmd, before=None):
    times, out = [], None
    for _ in range(n):
        if before: before()
        start = time.perf_counter()
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - start)
        if r.returncode != 0: sys.exit(f"{cmd} failed: {r.stderr}")
        out = r.stdout
    return statistics.median(times), out

cold, expected = timed([pytk, "run", "-B", main], clear)
write, out2 = timed([pytk, "run", main], clear)
warm, out3 = timed([pytk, "run", main])
assert expected == out2 == out3, "outputs differ between cold and warm runs"
clear()
c_cold, c_out = timed([sys.executable, "-B", main], clear)
timed([sys.executable, main])
c_warm, _ = timed([sys.executable, main])
print(f"pytk run, 20 modules (median of {n}): no cache {cold*1000:.0f} ms, writing the cache {write*1000:.0f} ms, warm cache {warm*1000:.0f} ms"
      f" -> warm is {cold/warm:.2f}x as fast ({(cold-warm)*1000:.0f} ms saved)")
print(f"CPython 3.13 for reference: -B {c_cold*1000:.0f} ms, warm {c_warm*1000:.0f} ms; same output: {c_out == expected}")
PY
