#!/usr/bin/env bash
# Start-up time and resident memory of Nastavnik (demo profile, fresh H2 file) next to a bare Camunda 7.24 starter
# (webapps + REST + H2, bench/bare-camunda), measured in the same run, alternating, RUNS times each.
# Usage: bench/startup.sh [RUNS]   (default 5). Prints a Markdown table; docs/performance.md holds a copy.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=bench/out
mkdir -p "$out"

./mvnw -q -B package -DskipTests
./mvnw -q -B -f bench/bare-camunda/pom.xml package
app_jar=$(ls target/nastavnik-*.jar | grep -v original | head -1)
bare_jar=$(ls bench/bare-camunda/target/bare-camunda-*.jar | grep -v original | head -1)

# one start: fresh working directory (so a fresh ./data), wait for "Started", let it settle, read VmRSS, stop
measure() {
  local name=$1 jar=$2 port=$3
  local dir; dir=$(mktemp -d)
  local begin; begin=$(date +%s%N)
  (cd "$dir" && exec java -jar "$OLDPWD/$jar" --server.port="$port" > "$dir/log" 2>&1) &
  local pid=$!
  for _ in $(seq 1 600); do
    grep -q "Started .* in" "$dir/log" 2>/dev/null && break
    sleep 0.1
  done
  local wall=$(( ($(date +%s%N) - begin) / 1000000 ))
  local jvm; jvm=$(grep -o "Started .* in [0-9.]* seconds" "$dir/log" | grep -o "[0-9.]* seconds" | cut -d' ' -f1)
  sleep 5
  local rss; rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
  echo "$name $jvm $wall $rss"
}

: > "$out/startup.txt"
for i in $(seq 1 "$runs"); do
  measure bare "$bare_jar" 18081 >> "$out/startup.txt"
  measure nastavnik "$app_jar" 18080 >> "$out/startup.txt"
done

summary() {
  awk -v name="$1" '$1 == name { n++; s += $2; w += $3; r += $4; if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2 }
    END { printf "| %s | %d | %.2f (%.2f–%.2f) | %.2f | %d |\n", name, n, s / n, min, max, w / n / 1000, r / n }' "$out/startup.txt"
}
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1)"
echo
echo "| application | runs | start-up reported by Spring, s (min–max) | wall time to \"Started\", s | RSS 5 s after start, MiB |"
echo "|---|---|---|---|---|"
summary bare
summary nastavnik
