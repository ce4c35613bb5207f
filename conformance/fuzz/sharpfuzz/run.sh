#!/usr/bin/env bash
# Coverage-guided fuzzing of pytk's tokenizer and parser in-process: SharpFuzz 2.3.0 instruments Pytk.Grammar.dll,
# afl++ drives the harness (Program.cs). Not part of CI.
#   conformance/fuzz/sharpfuzz/run.sh [SECONDS] [WORKDIR]      (default 600 s, /tmp/pytk-sharpfuzz)
# Needs afl-fuzz (Debian: apt-get install afl++); installs the sharpfuzz tool into WORKDIR/tools. Prints afl's
# figures; exits 1 when afl saved a crash or a hang (WORKDIR/findings/default/{crashes,hangs}; replay one with
# WORKDIR/plain/Pytk.ParserFuzz --replay FILE).
set -euo pipefail
seconds=${1:-600}
work=${2:-/tmp/pytk-sharpfuzz}
root=$(cd "$(dirname "$0")/../../.." && pwd)
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found (apt-get install afl++)" >&2; exit 2; }
mkdir -p "$work"
[ -x "$work/tools/sharpfuzz" ] || dotnet tool install --tool-path "$work/tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null
dotnet build "$root/conformance/fuzz/sharpfuzz" -c Release -v q -o "$work/plain" >/dev/null
rm -rf "$work/instr" "$work/findings" "$work/in"
cp -r "$work/plain" "$work/instr"
"$work/tools/sharpfuzz" "$work/instr/Pytk.Grammar.dll"
# seeds: the small snippets of the syntax-error and tokenize corpora
mkdir -p "$work/in"
for f in "$root"/tests/corpus/syntax-errors/*.py "$root"/tests/corpus/tokenize/*.py; do
    [ "$(stat -c %s "$f")" -le 4096 ] && cp "$f" "$work/in/$(basename "$(dirname "$f")")_$(basename "$f")"
done
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
afl-fuzz -i "$work/in" -o "$work/findings" -t 10000 -m none -V "$seconds" -- "$work/instr/Pytk.ParserFuzz" > "$work/afl.log" 2>&1 || {
    tail -20 "$work/afl.log" >&2; exit 2; }
stats="$work/findings/default/fuzzer_stats"
grep -E "^(run_time|execs_done|execs_per_sec|corpus_count|edges_found|bitmap_cvg|saved_crashes|saved_hangs) " "$stats"
crashes=$(awk '/^saved_crashes/ {print $3}' "$stats")
hangs=$(awk '/^saved_hangs/ {print $3}' "$stats")
[ "$crashes" = 0 ] && [ "$hangs" = 0 ]
