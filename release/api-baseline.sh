#!/usr/bin/env bash
# Builds the last release's jars (release/last-release.properties) into target/api-baseline/, the
# baseline the API-compatibility gate compares the version under way with (docs/releasing.md).
# Run by 'mvn -Prelease verify' from the root; by hand: bash release/api-baseline.sh [local repository [mvn]].
# Nothing is committed: the jars are built from the release commit, which every clone's history holds
# (tags are not needed). A baseline already built for the same commit is reused.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
repo="${1:-}"                       # the local repository of the build that runs this (optional)
mvn="${2:-mvn}"                      # its Maven (optional; else mvn on the PATH)
jar="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
props="$root/release/last-release.properties"
out="$root/target/api-baseline"

value() { sed -n "s/^$1=//p" "$props" | tr -d '[:space:]'; }
version="$(value version)"
commit="$(value commit)"
if [ -z "$version" ] || [ -z "$commit" ]; then
  echo "api-baseline: $props names no release; nothing to compare with."
  mkdir -p "$out" && : > "$out/modules.txt" && echo "none" > "$out/commit"
  exit 0
fi
# A module the release did not have (listed in modules.txt or not) is compared with an empty jar: japicmp needs
# a file, and everything in the module is new. The gate (ApiGate.java) reads modules.txt, not these.
new_modules() {
  for pom in "$root"/dti-*/pom.xml; do
    m="$(basename "$(dirname "$pom")")"
    if [ ! -f "$out/$m.jar" ]; then
      mkdir -p "$out/empty" && "$jar" --create --file "$out/$m.jar" -C "$out/empty" .
    fi
  done
  rm -rf "$out/empty"
}
if [ -f "$out/commit" ] && [ "$(cat "$out/commit")" = "$commit" ] && [ -f "$out/modules.txt" ]; then
  new_modules
  echo "api-baseline: dti $version ($commit) already built in $out"
  exit 0
fi
if ! git -C "$root" cat-file -e "$commit^{commit}" 2>/dev/null; then
  echo "api-baseline: the release commit $commit (dti $version) is not in this clone's history." >&2
  echo "  Fetch the full history (git fetch --unshallow), or check release/last-release.properties." >&2
  exit 1
fi

rm -rf "$out"
mkdir -p "$out/src"
git -C "$root" archive "$commit" | tar -x -C "$out/src"
# the published modules of that release: those its BOM manages
modules="$(sed -n 's|.*<artifactId>\(dti-[a-z-]*\)</artifactId>.*|\1|p' "$out/src/dti-bom/pom.xml" | grep -v '^dti-bom$' | sort -u)"
echo "api-baseline: building dti $version ($commit): $(echo $modules | tr ' ' ',')"
# compiled only (no tests, no shading, no jar plugin): japicmp reads the classes, packed here into plain jars
args=(-B -q -Dstyle.color=never -f "$out/src/pom.xml" compile -Dmaven.test.skip=true -Denforcer.skip=true
      -pl "$(echo $modules | tr ' ' ',')")
if [ -n "$repo" ]; then
  args+=("-Dmaven.repo.local=$repo")
fi
"$mvn" "${args[@]}"
for m in $modules; do
  "$jar" --create --file "$out/$m.jar" -C "$out/src/$m/target/classes" .
done
new_modules
echo "$modules" > "$out/modules.txt"
echo "$version" > "$out/version"
rm -rf "$out/src"
echo "$commit" > "$out/commit"
echo "api-baseline: dti $version jars in $out"
