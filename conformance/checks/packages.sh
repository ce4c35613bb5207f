#!/usr/bin/env bash
# The course kit as a new user gets it (issue 16): pack Pytk.Syntax, Pytk.Passes, Pytk.Templates and the pytk
# .NET tool into a local feed; install the tool into a temporary path with `dotnet tool install`; install the
# templates; make a plugin with `dotnet new pytk-pass`; build it against the packages alone (no source tree:
# its own package cache and a folder outside the repository); run it with the installed tool. Prints the time
# from `dotnet new` to the plugin's first run. Everything lives in a temporary folder that is removed at exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed=$work/feed
mkdir -p "$feed"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

start=$(date +%s)
# the first package's version (MinVer, from git tags) for all of them, so they depend on each other exactly
dotnet pack grammar/Pytk.Syntax -c Release -o "$feed" -v q --nologo >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
version=$(basename "$(ls "$feed"/Pytk.Syntax.*.nupkg | grep -v snupkg)" .nupkg | sed 's/^Pytk\.Syntax\.//')
for project in grammar/Pytk.Semantics passes/Pytk.Passes templates/Pytk.Templates cli; do
  dotnet pack "$project" -c Release -o "$feed" -v q --nologo -p:MinVerVersionOverride="$version" >"$work/pack.log" 2>&1 \
    || { cat "$work/pack.log"; exit 1; }
done
echo "packed version $version in $(( $(date +%s) - start )) s: $(cd "$feed" && ls | tr '\n' ' ')"
# the library packages carry what a package page shows: licence, readme, description, XML docs
for p in Pytk.Syntax Pytk.Semantics Pytk.Passes; do
  python3 - "$feed/$p.$version.nupkg" "$p" <<'PY' || exit 1
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1]); name = sys.argv[2]; files = z.namelist()
spec = z.read(name + ".nuspec").decode()
for what, ok in [("licence", '<license type="expression">' in spec), ("readme", "README.md" in files),
                 ("description", "<description>Package Description" not in spec),
                 ("XML docs", f"lib/net10.0/{name}.xml" in files)]:
    if not ok: sys.exit(f"FAIL: {name} has no {what}")
PY
done

# the local feed next to the machine's own package sources
cat > "$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="pytk-local" value="$feed" />
  </packageSources>
</configuration>
CONFIG
cd "$work"
# from here on, a new user: a package cache and a dotnet home of their own (nothing stale from an earlier run,
# nothing left behind), and no pytk source tree
export NUGET_PACKAGES=$work/packages DOTNET_CLI_HOME=$work/home

dotnet tool install pytk --tool-path "$work/tool" --version "$version" --configfile "$work/nuget.config" >"$work/tool.log" 2>&1 \
  || { cat "$work/tool.log"; exit 1; }
"$work/tool/pytk" --version
dotnet new install "$feed/Pytk.Templates.$version.nupkg" >"$work/new.log" 2>&1 || { cat "$work/new.log"; exit 1; }

t0=$(date +%s.%N)
dotnet new pytk-pass -n FoldStrings -o "$work/FoldStrings" >>"$work/new.log" 2>&1 || { cat "$work/new.log"; exit 1; }
[ -f "$work/FoldStrings/FoldStrings.cs" ] || { echo "FAIL: -n did not rename the file"; ls "$work/FoldStrings"; exit 1; }
grep -q 'class FoldStrings : AstPass' "$work/FoldStrings/FoldStrings.cs" || { echo "FAIL: -n did not rename the class"; exit 1; }
grep -q '"fold-strings"' "$work/FoldStrings/FoldStrings.cs" || { echo "FAIL: -n did not name the pass fold-strings"; exit 1; }
if grep -q "ProjectReference\|$repo" "$work/FoldStrings/FoldStrings.csproj"; then echo "FAIL: the plugin refers to the source tree"; exit 1; fi
dotnet build "$work/FoldStrings" -o "$work/out" -v q --nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
printf 'def greet(name):\n    print("hello", name)\ngreet("world")\n' > "$work/prog.py"
out=$("$work/tool/pytk" run -B --plugin "$work/out/FoldStrings.dll" --passes fold-strings,O2 "$work/prog.py")
t1=$(date +%s.%N)
[ "$out" = "HELLO world" ] || { echo "FAIL: the plugin ran but printed: $out"; exit 1; }
listing=$("$work/tool/pytk" passes --plugin "$work/out/FoldStrings.dll")
grep -q "fold-strings.min-length=int" <<<"$listing" || { echo "FAIL: pytk passes does not list the plugin's option"; exit 1; }
echo "packages: dotnet new pytk-pass -> running plugin: $(python3 -c "print(f'{$t1 - $t0:.1f}')") s (build against the packages from a local feed)"
echo "packages: 1/1 (tool installed from the feed, plugin from the installed template built and ran), $(( $(date +%s) - start )) s in all"
