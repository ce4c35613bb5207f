#!/usr/bin/env bash
# `pytk compile --verify` over a copy of CPython 3.13's standard library (site-packages excluded): every file
# CPython's compile() accepts must be compiled, written to __pycache__ and read back to the same code; prints
# identical/total (files where pytk and CPython agree on compiles / does not compile) and fails when more than
# MAX_DISAGREE files disagree. Also times the compile (one process, -j 2).
set -euo pipefail
cd "$(dirname "$0")/../.."
# 12 on the full stdlib, all compiler gaps: type alias statements (typing.py, test_type_aliases, test_type_params,
# mod_generics_cache), starred bases/**kwargs in class definitions (3), await/async comprehensions in nested
# functions (test_asyncgen, test_coroutines), a free variable in test_scope, a starred annotation (ann_module695),
# and a late `from __future__` import pytk accepts (badsyntax_future).
MAX_DISAGREE=12
export PYENV_VERSION=3.13.0
STDLIB=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
dotnet publish cli -c Release -o "$OUT/pytk" --nologo -v q >/dev/null
mkdir "$OUT/lib"
(cd "$STDLIB" && find . -name '*.py' -not -path './site-packages/*' | tar cf - -T -) | (cd "$OUT/lib" && tar xf -)
start=$(date +%s.%N)
set +e
"$OUT/pytk/pytk" compile -q -j 2 --verify "$OUT/lib" > "$OUT/pytk.txt"
set -e
end=$(date +%s.%N)
python3 - "$OUT/lib" "$OUT/pytk.txt" "$MAX_DISAGREE" "$start" "$end" <<'PY'
import os, sys
root, report, limit, start, end = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
lines = open(report, encoding='utf-8').read().splitlines()
pytk_failed = {l.split(':', 1)[0] for l in lines if l.startswith(root)}
files, cpython_failed = [], set()
for d, _, names in os.walk(root):
    for n in names:
        if n.endswith('.py'):
            p = os.path.join(d, n)
            files.append(p)
            try:
                compile(open(p, 'rb').read(), p, 'exec')
            except (SyntaxError, ValueError):
                cpython_failed.add(p)
disagree = sorted(pytk_failed ^ cpython_failed)
print(lines[-1] if lines else 'no summary')
print(f'pyc: {len(files) - len(disagree)}/{len(files)} identical (pytk compile --verify vs CPython compile()), {end - start:.1f} s')
for p in disagree[:20]:
    why = next((l for l in lines if l.startswith(p)), p + ': compiled by pytk, rejected by CPython')
    print('  differs:', why.replace(root + '/', ''))
if not any(l.endswith(' s') and ' files: ' in l for l in lines[-1:]):
    sys.exit('pytk compile printed no summary')
sys.exit(1 if len(disagree) > limit else 0)
PY
