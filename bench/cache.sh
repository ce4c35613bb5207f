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
import resource, shutil, statistics, subprocess, sys, time, pathlib

pytk, app, n = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3])
main = str(app / "main.py")

def clear():
    for d in app.rglob("__pycache__"):
        shutil.rmtree(d)

cpu_of = {}

def timed(cmd, before=None):
    times, cpus, out = [], [], None
    for _ in range(n):
        if before: before()
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - start)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
        if r.returncode != 0: sys.exit(f"{cmd} failed: {r.stderr}")
        out = r.stdout
    wall = statistics.median(times)
    cpu_of[wall] = statistics.median(cpus)
    return wall, out

def imports_only():
    cold, _ = timed([pytk, "run", "-B", main, "--imports-only"], clear)
    timed([pytk, "run", main, "--imports-only"], clear)
    warm, _ = timed([pytk, "run", main, "--imports-only"])
    return cold, warm

i_cold, i_warm = imports_only()
cold, expected = timed([pytk, "run", "-B", main], clear)
write, out2 = timed([pytk, "run", main], clear)
warm, out3 = timed([pytk, "run", main])
assert expected == out2 == out3, "outputs differ between cold and warm runs"
clear()
c_cold, c_out = timed([sys.executable, "-B", main], clear)
timed([sys.executable, main])
c_warm, _ = timed([sys.executable, main])
ms = lambda t: f"{t*1000:.0f} ms (CPU {cpu_of[t]*1000:.0f} ms)"
print(f"pytk run, 20 modules, median of {n}, wall (CPU): no cache {ms(cold)}, writing the cache {ms(write)}, warm cache {ms(warm)}")
print(f"  warm vs no cache: {cold/warm:.2f}x by wall, {cpu_of[cold]/cpu_of[warm]:.2f}x by CPU ({(cpu_of[cold]-cpu_of[warm])*1000:.0f} ms CPU saved)")
print(f"imports only (no work after the imports): no cache {ms(i_cold)}, warm cache {ms(i_warm)};"
      f" {i_cold/i_warm:.2f}x by wall, {cpu_of[i_cold]/cpu_of[i_warm]:.2f}x by CPU")
print(f"CPython 3.13 for reference: -B {ms(c_cold)}, warm {ms(c_warm)}; same output: {c_out == expected}")
PY
