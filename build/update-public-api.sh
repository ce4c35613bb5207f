#!/usr/bin/env bash
# Rewrites the public-API baselines (PublicAPI.Shipped.txt) of the packaged libraries from what they declare
# now. Run it after an intended change of Pytk.Syntax's, Pytk.Semantics' or Pytk.Passes' public surface and review the diff:
# that diff is the API change plugin authors will see. (The analyzer fails the build on any change the
# baseline does not list: RS0016 for a new public member, RS0017 for one that went away.)
set -euo pipefail
cd "$(dirname "$0")/.."
for project in grammar/Pytk.Syntax grammar/Pytk.Semantics passes/Pytk.Passes; do
  printf '#nullable enable\n' > "$project/PublicAPI.Shipped.txt"
  printf '#nullable enable\n' > "$project/PublicAPI.Unshipped.txt"
  log=$(mktemp)
  # warnings instead of errors, and a full rebuild so every RS0016 is reported
  dotnet build "$project" --no-incremental -v q -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= -p:MinVerSkip=true >"$log" 2>&1 || true
  { printf '#nullable enable\n'
    grep -o "RS0016: Symbol '.*' is not part of the declared public API" "$log" \
      | sed -e "s/^RS0016: Symbol '//" -e "s/' is not part of the declared public API\$//" | LC_ALL=C sort -u
  } > "$project/PublicAPI.Shipped.txt"
  rm -f "$log"
  echo "$project: $(($(wc -l < "$project/PublicAPI.Shipped.txt") - 1)) public symbols"
done
