#!/usr/bin/env bash
# `pytk dump-ast --passes constfold` against CPython 3.13's `ast.dump(ast.parse(src, optimize=1), indent=3)`
# on the .py files of the 3.13 standard library (site-packages excluded). One pytk process, one CPython
# process. Prints identical/total; fails above MAX_DIFFERING.
set -euo pipefail
cd "$(dirname "$0")/../.."
# 1725/1726 on the full stdlib: only badsyntax_pep3120.py (CPython rejects it; our parse error message differs).
# A sample must not differ on more files than the whole.
MAX_DIFFERING=1
SAMPLE=${CONSTFOLD_SAMPLE:-1}
export PYENV_VERSION=3.13.0
STDLIB=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
dotnet publish cli -c Release -o "$OUT/pytk" --nologo -v q >/dev/null
python3 conformance/passes_compare.py constfold "$OUT/pytk/pytk" "$STDLIB" --sample "$SAMPLE" --max-differing "$MAX_DIFFERING" --show "${CONSTFOLD_SHOW:-5}" ${CONSTFOLD_KEEP:+--keep "$CONSTFOLD_KEEP"}
