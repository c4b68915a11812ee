#!/usr/bin/env bash
# Start-up with an existing database, two packaged apps in alternating turns: each start is timed
# to the first answer of the static file and to readiness (/q/health/ready 200), with the JVM's CPU
# time (user + system) at the first answer — steadier than the wall time on a shared machine — and
# the load average. An app directory holding app-cds.jsa (quarkus.package.jar.appcds.enabled) is
# run from that directory with -XX:SharedArchiveFile=app-cds.jsa, as the README says; set
# NO_CDS=1 to leave the archive out; FIRST_ONLY=1 stops each app at its first answer (readiness
# waits for the start-up work, e.g. a whole re-extraction when the extractor's version changed).
# The CPU at the first answer is also split by thread: main, the JIT compilers (C1 + C2), the rest.
# PAGE=/ (or another path) also times that page's first answer, asked right after the static file's
# (the first served page: its queries and its template on a cold JVM), in seconds from the launch.
# The embedded PostgreSQL's start as the app logs it ("Embedded PostgreSQL started in N ms") is a
# column of its own.
# Extra JVM flags: JAVA_FLAGS for both apps, JAVA_FLAGS_A / JAVA_FLAGS_B for one of them (the same
# app directory may then be given twice, e.g. JAVA_FLAGS_B=-XX:TieredStopAtLevel=1).
# Usage: [DATA_B=DATA_DIR_B] bench/startup-turns.sh DATA_DIR ROUNDS APP_DIR_A APP_DIR_B
#   (DATA_DIR holds the embedded PostgreSQL, e.g. a copy of a 1M database; as root the apps run as
#   the data's owner; the start-up ingest of the corpus folder is off)
set -euo pipefail
DATA=$(cd "$1" && pwd)
# DATA_B: another copy for app B (e.g. when A's start-up writes what B's start-up checks).
DATA_A=$DATA
DATA_B=$(cd "${DATA_B:-$1}" && pwd)
ROUNDS=$2
A=$(cd "$3" && pwd)
B=$(cd "$4" && pwd)
PORT=${BENCH_PORT:-$((20000 + RANDOM % 20000))}
# Extra JIT flags for the server (none by default; docs/benchmarks.md measures later C2 thresholds).
JIT_FLAGS=${JIT_FLAGS-}
OWNER=$(stat -c %U "$DATA")

threads() { # pid; prints "main/jit/rest" CPU seconds of its threads
  local t st name rest main=0 jit=0 other=0 c
  for t in /proc/$1/task/*; do
    st=$(cat "$t/stat" 2>/dev/null) || continue
    name=${st#*\(}; name=${name%\)*}; rest=${st##*\) }
    read -r -a f <<< "$rest"
    c=$(( f[11] + f[12] ))
    case $name in
      java) main=$((main + c)) ;;
      C1\ Compiler*|C2\ Compiler*) jit=$((jit + c)) ;;
      *) other=$((other + c)) ;;
    esac
  done
  echo "$(echo "scale=2; $main/100" | bc)/$(echo "scale=2; $jit/100" | bc)/$(echo "scale=2; $other/100" | bc)"
}

start() { # app dir, log, extra flags; prints "first-answer-s cpu-s ready-s main/jit/rest"
  local cds=""
  if [ -f "$1/app-cds.jsa" ] && [ -z "${NO_CDS:-}" ]; then cds="-XX:SharedArchiveFile=app-cds.jsa"; fi
  local cmd="cd '$1' && CHRONOLOGY_DATA_DIR='$DATA' CHRONOLOGY_CORPUS_INGEST_ON_START=false \
QUARKUS_HTTP_PORT=$PORT exec java -Xmx256m -XX:+UseSerialGC $JIT_FLAGS $cds ${JAVA_FLAGS:-} $3 -jar quarkus-run.jar > '$DATA/$2' 2>&1"
  local t0 t1 t2 pid jvm cpu split
  t0=$(date +%s.%N)
  if [ "$(id -u)" = 0 ] && [ "$OWNER" != root ]; then su "$OWNER" -s /bin/bash -c "$cmd" & else bash -c "$cmd" & fi
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/css/app.css"; do
    kill -0 $pid 2>/dev/null || { tail -5 "$DATA/$2"; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  jvm=$(pgrep -P "$pid" -f '^java ' || echo "$pid")
  cpu=$(awk '{print ($14 + $15) / 100}' /proc/$jvm/stat)
  split=$(threads "$jvm")
  local page=-
  if [ -n "${PAGE:-}" ]; then
    curl -sf -o /dev/null "http://localhost:$PORT$PAGE" || { echo "no answer from $PAGE" >&2; exit 1; }
    page=$(echo "$(date +%s.%N) - $t0" | bc)
  fi
  if [ -n "${FIRST_ONLY:-}" ]; then
    echo "$(echo "$t1 - $t0" | bc) $cpu - $split $page"
  else
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/q/health/ready")" = 200 ]; do
      sleep 0.05
    done
    t2=$(date +%s.%N)
    echo "$(echo "$t1 - $t0" | bc) $cpu $(echo "$t2 - $t0" | bc) $split $page"
  fi
  sleep 1
  kill "$jvm"
  wait $pid || true
  while kill -0 "$jvm" 2>/dev/null; do sleep 0.2; done
}

echo "load before: $(cat /proc/loadavg)"
echo "| round | app | first answer (s) | JVM CPU then (s) | main / JIT / rest (s) | first page (s) | ready (s) | embedded PostgreSQL start (ms) | load |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
for i in $(seq "$ROUNDS"); do
  for name in A B; do
    app=$([ "$name" = A ] && echo "$A" || echo "$B")
    DATA=$([ "$name" = A ] && echo "$DATA_A" || echo "$DATA_B")
    flags=$([ "$name" = A ] && echo "${JAVA_FLAGS_A:-}" || echo "${JAVA_FLAGS_B:-}")
    out=$(start "$app" "turn-$name.log" "$flags") && read -r s c r t pg <<< "$out"
    db=$(grep -ao 'Embedded PostgreSQL started in [0-9]*' "$DATA/turn-$name.log" | grep -o '[0-9]*$' || echo -)
    echo "| $i | $name | $s | $c | $t | $pg | $r | $db | $(cut -d' ' -f1 /proc/loadavg) |"
  done
done
echo "A = $A; B = $B"
grep -ao '"message":"chronology [^"]*started in [^"]*' "$DATA_A/turn-A.log" "$DATA_B/turn-B.log" || true
