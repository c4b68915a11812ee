#!/usr/bin/env bash
# Start-up with an existing database, two packaged apps in alternating turns: each start is timed
# to the first answer of the static file and to readiness (/q/health/ready 200), with the JVM's CPU
# time (user + system) at the first answer — steadier than the wall time on a shared machine — and
# the load average. An app directory holding app-cds.jsa (quarkus.package.jar.appcds.enabled) is
# run from that directory with -XX:SharedArchiveFile=app-cds.jsa, as the README says; set
# NO_CDS=1 to leave the archive out; FIRST_ONLY=1 stops each app at its first answer (readiness
# waits for the start-up work, e.g. a whole re-extraction when the extractor's version changed).
# Usage: bench/startup-turns.sh DATA_DIR ROUNDS APP_DIR_A APP_DIR_B
#   (DATA_DIR holds the embedded PostgreSQL, e.g. a copy of a 1M database; as root the apps run as
#   the data's owner; the start-up ingest of the corpus folder is off)
set -euo pipefail
DATA=$(cd "$1" && pwd)
ROUNDS=$2
A=$(cd "$3" && pwd)
B=$(cd "$4" && pwd)
PORT=${BENCH_PORT:-$((20000 + RANDOM % 20000))}
OWNER=$(stat -c %U "$DATA")

start() { # app dir, log; prints "first-answer-s cpu-s ready-s"
  local cds=""
  if [ -f "$1/app-cds.jsa" ] && [ -z "${NO_CDS:-}" ]; then cds="-XX:SharedArchiveFile=app-cds.jsa"; fi
  local cmd="cd '$1' && CHRONOLOGY_DATA_DIR='$DATA' CHRONOLOGY_CORPUS_INGEST_ON_START=false \
QUARKUS_HTTP_PORT=$PORT exec java -Xmx256m -XX:+UseSerialGC $cds -jar quarkus-run.jar > '$DATA/$2' 2>&1"
  local t0 t1 t2 pid jvm cpu
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
  if [ -n "${FIRST_ONLY:-}" ]; then
    echo "$(echo "$t1 - $t0" | bc) $cpu -"
  else
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/q/health/ready")" = 200 ]; do
      sleep 0.05
    done
    t2=$(date +%s.%N)
    echo "$(echo "$t1 - $t0" | bc) $cpu $(echo "$t2 - $t0" | bc)"
  fi
  sleep 1
  kill "$jvm"
  wait $pid || true
  while kill -0 "$jvm" 2>/dev/null; do sleep 0.2; done
}

echo "load before: $(cat /proc/loadavg)"
echo "| round | app | first answer (s) | JVM CPU then (s) | ready (s) | load |"
echo "|---:|---|---:|---:|---:|---:|"
for i in $(seq "$ROUNDS"); do
  for app in "$A" "$B"; do
    name=$([ "$app" = "$A" ] && echo A || echo B)
    out=$(start "$app" "turn-$name.log") && read -r s c r <<< "$out"
    echo "| $i | $name | $s | $c | $r | $(cut -d' ' -f1 /proc/loadavg) |"
  done
done
echo "A = $A; B = $B"
grep -ao '"message":"chronology [^"]*started in [^"]*' "$DATA/turn-A.log" "$DATA/turn-B.log" || true
