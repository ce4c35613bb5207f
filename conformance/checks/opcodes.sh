#!/usr/bin/env bash
# The opcode declarations (vm/Pytk.Compiler/Code/Opcodes.def) and what is generated from them: the enum and table,
# the switch loop's cases, the handler table and docs/opcodes.md must be current (under a second).
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 vm/Pytk.Compiler/Code/gen_opcodes.py --check
echo "opcodes: generated files current"
