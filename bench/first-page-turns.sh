#!/usr/bin/env bash
# Start-up to the first 200 of a page (default /), packaged apps in alternating turns, each turn
# beside a reference measured right before it on the same machine: the wall time of a trivial jar's
# start (a main that prints one line, `java -jar`, REF_RUNS runs, their mean). An app directory
# holding app-cds.jsa is run with it, as the README says.
# Usage: bench/first-page-turns.sh DATA_DIR ROUNDS APP_DIR_A [APP_DIR_B]
#   DATA_DIR: an initialised data directory (e.g. the seed corpus ingested by a first start);
#   the start-up ingest of the corpus folder is off. PAGE=/ (default), BENCH_PORT, JAVA_FLAGS,
#   REF_RUNS=5.
# Prints per start: round, app, reference s, first 200 s, ratio, JVM CPU s at that answer, load,
# then from the app's log (kept as DATA_DIR/first-page-ROUND-APP.log): Quarkus' "started in" (s)
# and the main thread's stretch from the end of Hibernate's start (its HHH100501 line, logged as
# the JPA start-up thread finishes) to the listener's line (s).
set -euo pipefail
DATA=$(cd "$1" && pwd)
ROUNDS=$2
APPS=("$(cd "$3" && pwd)")
[ -n "${4:-}" ] && APPS+=("$(cd "$4" && pwd)")
PORT=${BENCH_PORT:-$((20000 + RANDOM % 20000))}
PAGE=${PAGE:-/}
REF_RUNS=${REF_RUNS:-5}
# Extra JIT flags for the server (none by default; docs/benchmarks.md measures later C2 thresholds).
JIT_FLAGS=${JIT_FLAGS-}
REF=$(mktemp -d)
trap 'rm -rf "$REF"' EXIT
cat > "$REF/Hello.java" <<'J'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
J
(cd "$REF" && javac Hello.java && printf 'Main-Class: Hello\n' > m.txt && jar cfm hello.jar m.txt Hello.class)

reference() { # mean wall seconds of REF_RUNS trivial starts
  local t0 t1
  t0=$(date +%s.%N)
  for _ in $(seq "$REF_RUNS"); do java -jar "$REF/hello.jar" > /dev/null; done
  t1=$(date +%s.%N)
  echo "scale=3; ($t1 - $t0) / $REF_RUNS" | bc
}

start() { # app dir, log name; prints "first-200-s cpu-s"
  local cds="" t0 t1 pid jvm cpu
  if [ -f "$1/app-cds.jsa" ]; then cds="-XX:SharedArchiveFile=app-cds.jsa"; fi
  t0=$(date +%s.%N)
  (cd "$1" && CHRONOLOGY_DATA_DIR="$DATA" CHRONOLOGY_CORPUS_INGEST_ON_START=false \
    QUARKUS_HTTP_PORT=$PORT exec java -Xmx256m -XX:+UseSerialGC $JIT_FLAGS $cds ${JAVA_FLAGS:-} \
    -jar quarkus-run.jar > "$DATA/$2" 2>&1) &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT$PAGE")" = 200 ]; do
    kill -0 $pid 2>/dev/null || { tail -5 "$DATA/$2" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  jvm=$(pgrep -P "$pid" -f '^java ' || echo "$pid")
  cpu=$(awk '{print ($14 + $15) / 100}' /proc/$jvm/stat)
  echo "$(echo "$t1 - $t0" | bc) $cpu"
  kill "$jvm"
  wait $pid || true
  while kill -0 "$jvm" 2>/dev/null; do sleep 0.2; done
}

stamp() { # log, pattern; seconds of the day of the first line matching
  grep -m1 "$2" "$1" | grep -o '"timestamp":"[^"]*"' | sed 's/.*T//; s/Z"//' |
    awk -F: '{print $1 * 3600 + $2 * 60 + $3}'
}

printf 'round\tapp\tref_s\tfirst200_s\tratio\tcpu_s\tload\tstarted_in_s\tafter_jpa_s\n'
for r in $(seq "$ROUNDS"); do
  for a in "${APPS[@]}"; do
    ref=$(reference)
    log="first-page-$r-$(basename "$a").log"
    read -r first cpu <<< "$(start "$a" "$log")"
    started=$(grep -o 'started in [0-9.]*s' "$DATA/$log" | head -1 | grep -o '[0-9.]*' || echo -)
    j=$(stamp "$DATA/$log" HHH100501); l=$(stamp "$DATA/$log" 'on JVM (powered by')
    after=$(echo "scale=2; ($l - $j) / 1" | bc 2>/dev/null || echo -)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$r" "$(basename "$a")" "$ref" "$first" \
      "$(echo "scale=1; $first / $ref" | bc)" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)" "$started" "$after"
    sleep 1
  done
done
