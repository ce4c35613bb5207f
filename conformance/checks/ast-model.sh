#!/usr/bin/env bash
# The AST model and its dumpers against CPython 3.13, without pytk's parser:
#  1. Model/Ast.def matches CPython's ast classes (generated.sh checks the generated model is current);
#  2. over the stdlib (a fixed sample: every 4th file, ~1.5 min; PYTK_AST_MODEL_EVERY=1 for all 1722), trees parsed by
#     CPython and loaded by pytk dump identically (ast.dump indent=3, with and without attributes) and
#     write back the same JSON, and AstValidator finds nothing wrong. Prints identical/total per format;
#     fails below 100%.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PYENV_VERSION=3.13.0
python3 conformance/ast_def_check.py
dotnet build cli -c Release -v q -nologo >/dev/null
python3 conformance/ast_model_check.py --every "${PYTK_AST_MODEL_EVERY:-4}" dotnet cli/bin/Release/net10.0/pytk.dll
