#!/usr/bin/env bash
# Start-up time and resident memory of Nastavnik (demo profile, fresh H2 file) next to a bare Camunda 7.24 starter
# (webapps + REST + H2, bench/bare-camunda), measured in the same run, alternating, RUNS times each.
# Both run with the same JVM options: JAVA_OPTS, by default the Serial collector that README gives for the deployment
# (JAVA_OPTS= bench/startup.sh compares them with the JVM's own choice, G1).
# LAUNCH=cds bench/startup.sh runs both the way Spring Boot recommends for production instead of `java -jar` on the
# fat jar: each jar extracted (java -Djarmode=tools … extract) and started with a class data sharing archive made by
# a training run of its own (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh).
# DEMO=existing bench/startup.sh starts the application on a demo database made once beforehand (its second and every
# later start): the demo then creates nothing, so the start compares with the bare starter's; by default each start is
# the first on a fresh database and includes walking the demo's year (demo.DemoYear).
# Usage: bench/startup.sh [RUNS]   (default 5). Prints a Markdown table; docs/performance.md holds a copy.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=bench/out
java_opts=${JAVA_OPTS--XX:+UseSerialGC}
launch=${LAUNCH:-jar}
demo=${DEMO:-fresh}
mkdir -p "$out"

./mvnw -q -B package -DskipTests
./mvnw -q -B -f bench/bare-camunda/pom.xml package
app_jar=$(ls target/nastavnik-*.jar | grep -v original | head -1)
bare_jar=$(ls bench/bare-camunda/target/bare-camunda-*.jar | grep -v original | head -1)

# the extracted application and its archive: the training run starts the context on a throw-away database and exits
prepare_cds() {
  local name=$1 jar=$2
  local dir="$PWD/$out/cds-$name"
  rm -rf "$dir"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir" > /dev/null
  local training; training=$(mktemp -d)
  # shellcheck disable=SC2086
  (cd "$training" && java $java_opts -XX:ArchiveClassesAtExit="$dir/application.jsa" -Dspring.context.exit=onRefresh \
    -jar "$dir/$(basename "$jar")" --server.port=0 > "$dir/training.log" 2>&1) || true
  rm -rf "$training"
  test -s "$dir/application.jsa" || { echo "no CDS archive for $name, see $dir/training.log" >&2; exit 1; }
  echo "$dir/$(basename "$jar")"
}
if [ "$launch" = cds ]; then
  app_jar=$(prepare_cds nastavnik "$app_jar")
  bare_jar=$(prepare_cds bare "$bare_jar")
fi

# one start: fresh working directory (so a fresh ./data), wait for "Started" (CPU seconds the process has used by
# then: the machine may be busy with other work, CPU time depends on it less than wall time), then for the job
# executor, which Camunda starts once the start-up runners (the demo) are done; let it settle, read VmRSS, stop
measure() {
  local name=$1 jar=$2 port=$3
  local dir; dir=$(mktemp -d)
  local begin; begin=$(date +%s%N)
  # shellcheck disable=SC2086
  local cds=""
  if [ "$launch" = cds ]; then cds="-XX:SharedArchiveFile=$(dirname "$jar")/application.jsa"; fi
  local abs; abs=$(realpath "$jar")
  if [ "$name" = nastavnik ] && [ "$demo" = existing ]; then cp -r "$PWD/$out/demo-data" "$dir/data"; fi
  (cd "$dir" && exec java $java_opts $cds -jar "$abs" --server.port="$port" > "$dir/log" 2>&1) &
  local pid=$!
  for _ in $(seq 1 600); do
    grep -q "Started .* in" "$dir/log" 2>/dev/null && break
    sleep 0.1
  done
  local wall=$(( ($(date +%s%N) - begin) / 1000000 ))
  local cpu; cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$pid/stat")
  local jvm; jvm=$(grep -o "Started .* in [0-9.]* seconds" "$dir/log" | grep -o "[0-9.]* seconds" | cut -d' ' -f1)
  for _ in $(seq 1 600); do
    grep -q "ENGINE-14018" "$dir/log" 2>/dev/null && break
    sleep 0.1
  done
  local ready=$(( ($(date +%s%N) - begin) / 1000000 ))
  sleep 5
  local rss; rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
  echo "$name $jvm $wall $rss $cpu $ready"
}

# the demo database the application restarts on (DEMO=existing): one start that makes it, then stopped
if [ "$demo" = existing ]; then
  seed=$(mktemp -d)
  seed_jar=$(realpath "$app_jar")
  # shellcheck disable=SC2086
  (cd "$seed" && exec java $java_opts -jar "$seed_jar" --server.port=18079 > "$seed/log" 2>&1) &
  seed_pid=$!
  for _ in $(seq 1 1200); do grep -q "ENGINE-14018" "$seed/log" 2>/dev/null && break; sleep 0.1; done
  kill "$seed_pid"; wait "$seed_pid" 2>/dev/null || true
  rm -rf "$out/demo-data"; cp -r "$seed/data" "$out/demo-data"; rm -rf "$seed"
fi

: > "$out/startup.txt"
for i in $(seq 1 "$runs"); do
  measure bare "$bare_jar" 18081 >> "$out/startup.txt"
  measure nastavnik "$app_jar" 18080 >> "$out/startup.txt"
done

summary() {
  awk -v name="$1" '$1 == name { n++; s += $2; w += $3; r += $4; c += $5; y += $6; if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2 }
    END { printf "| %s | %d | %.2f (%.2f–%.2f) | %.2f | %.1f | %.2f | %d |\n", name, n, s / n, min, max, w / n / 1000, c / n, y / n / 1000, r / n }' "$out/startup.txt"
}
# app/bare of each alternating pair, then their mean: both ran next to each other, under the same load
ratios() {
  awk '$1 == "bare" { bs = $2; br = $4; bc = $5 } $1 == "nastavnik" { n++; s += $2 / bs; r += $4 / br; c += $5 / bc }
    END { printf "nastavnik / bare, mean of pairs: start-up %.2f, CPU %.2f, RSS %.2f\n", s / n, c / n, r / n }' "$out/startup.txt"
}
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1); JVM options: $java_opts; launch: $launch; demo database: $demo; load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| application | runs | start-up reported by Spring, s (min–max) | wall time to \"Started\", s | CPU by \"Started\", s | wall time to job executor (demo done), s | RSS 5 s after that, MiB |"
echo "|---|---|---|---|---|---|---|"
summary bare
summary nastavnik
echo
ratios
