#!/usr/bin/env bash
# Keystroke -> drawn pass view of `pytk explore` on CPython's argparse.py at -O2 (docs/explore.md, "Speed").
#
#   bench/explore_edit.sh [ROUNDS] [FILE]
#
# Runs the browser test EditTimingTests (tests/Pytk.Explorer.Tests) in Release: it starts the real
# `pytk explore FILE` (its server process, tiered compilation off), opens it in headless Chromium, types one
# digit at a time into a constant expression at the end of the file and prints, per keystroke, the time to the
# drawn pass view and to every pane (each includes the page's 250 ms debounce), the server's CPU time and the
# page's own timings, then the medians and the machine's load average before and after. FILE defaults to
# CPython 3.13's argparse.py (PYENV_VERSION=3.13.0 python3), else the test's generated program of that size.
# Needs Chromium (/usr/bin/chromium or PYTK_CHROMIUM). Times on a shared machine are noisy: run it twice.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-8}
file=${2:-$(PYENV_VERSION=3.13.0 python3 -c 'import argparse; print(argparse.__file__)' 2>/dev/null || true)}
dotnet build tests/Pytk.Explorer.Tests -c Release -v q --nologo | grep -E " error |rror\(s\)" || true
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
PYTK_EXPLORE_BENCH_FILE="$file" PYTK_EXPLORE_BENCH_ROUNDS="$rounds" \
  dotnet test tests/Pytk.Explorer.Tests -c Release --no-build --filter "FullyQualifiedName~EditTimingTests" \
  --logger "console;verbosity=detailed" | grep -E "lines at|keystroke|Passed|Failed|rror"
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) after"
