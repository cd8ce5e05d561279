#!/usr/bin/env bash
# The transitive footprint of each dti module, as an application that imports dti-bom and depends on
# that one module gets it (docs/embedding.md): the jars on its runtime class path, dti's own
# included, their count and total size. Needs the modules in the local repository
# (mvn -B install -DskipTests at the root). Usage: bash dti-examples/embedding/footprint.sh
# (FOOTPRINT_LARGEST=8 also lists each module's 8 largest jars).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="$(sed -n 's|.*<dti.version>\(.*\)</dti.version>.*|\1|p' "$here/pom.xml")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "| depend on | jars | MB | of which dti's own (KB) |"
echo "|---|---|---|---|"
for module in dti-core dti-rules dti-reporting dti-planning dti-server; do
  cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId><artifactId>footprint</artifactId><version>1</version>
  <dependencyManagement><dependencies><dependency>
    <groupId>vn.dti</groupId><artifactId>dti-bom</artifactId><version>$version</version><type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
  <dependencies><dependency><groupId>vn.dti</groupId><artifactId>$module</artifactId></dependency></dependencies>
</project>
POM
  if ! mvn -B -q -Dstyle.color=never -f "$work/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/cp.txt" >"$work/mvn.log" 2>&1; then
    cat "$work/mvn.log" >&2
    exit 1
  fi
  tr ':' '\n' < "$work/cp.txt" | grep . > "$work/jars.txt"
  count="$(wc -l < "$work/jars.txt")"
  bytes="$(xargs stat -c %s < "$work/jars.txt" | awk '{ s += $1 } END { print s }')"
  own="$(grep '/vn/dti/' "$work/jars.txt" | xargs stat -c %s | awk '{ s += $1 } END { print s }')"
  printf '| `%s` | %d | %.1f | %d |\n' "$module" "$count" "$(awk "BEGIN { print $bytes / 1000000 }")" "$(( own / 1000 ))"
  if [ -n "${FOOTPRINT_LARGEST:-}" ]; then
    xargs ls -S -s --block-size=K < "$work/jars.txt" | sed -n "1,${FOOTPRINT_LARGEST}p" | sed 's|^ *\([0-9K]*\) .*/|    \1 |'
  fi
done
