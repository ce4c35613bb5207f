#!/usr/bin/env bash
# CPython 3.13's own regression tests (Lib/test, run in place with the real test.support) on pytk: the
# time-boxed subset in conformance/libtest/ci-modules.txt, one pytk process per module with a 120 s limit.
# Fails when a test listed in conformance/libtest/expected/ passes or an unlisted CPython-passing test fails.
# The whole run (69 modules, modules.txt) is `conformance/libtest/run`.
set -euo pipefail
cd "$(dirname "$0")/../.."
# the Debug build `dotnet test` just made (an incremental build is a no-op then), not a second Release build
dotnet build cli --nologo -v q >/dev/null
PYTK="$PWD/cli/bin/Debug/net10.0/pytk" exec conformance/libtest/run --list conformance/libtest/ci-modules.txt -j 2 --timeout 120
