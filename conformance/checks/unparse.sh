#!/usr/bin/env bash
# `pytk unparse` against CPython 3.13's `ast.unparse(ast.parse(src))`
# on the .py files of the 3.13 standard library (site-packages excluded). One pytk process, one CPython
# process. Prints identical/total; fails above MAX_DIFFERING.
set -euo pipefail
cd "$(dirname "$0")/../.."
# 1725/1726 on the full stdlib: only badsyntax_pep3120.py differs (a parse error message, not unparse).
# A sample must not differ on more files than the whole.
MAX_DIFFERING=1
SAMPLE=${UNPARSE_SAMPLE:-1}
export PYENV_VERSION=3.13.0
STDLIB=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
dotnet publish cli -c Release -o "$OUT/pytk" --nologo -v q >/dev/null
python3 conformance/passes_compare.py unparse "$OUT/pytk/pytk" "$STDLIB" --sample "$SAMPLE" --max-differing "$MAX_DIFFERING" --show "${UNPARSE_SHOW:-5}" ${UNPARSE_KEEP:+--keep "$UNPARSE_KEEP"}
