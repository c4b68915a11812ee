#!/usr/bin/env bash
# Start-up with an existing database, with and without an application class-data archive (AppCDS),
# in turns: a training start writes the archive (-XX:ArchiveClassesAtExit, JDK 17: the classes a
# start-up loads, the app's own included), then ROUNDS starts without it and with it, each timed to
# the first answer of the static file, with the JVM's CPU time (user + system) at that moment — less
# sensitive to the machine's load than the wall time. The app is stopped after each answer.
# Usage: bench/ingest-startup.sh DATA_DIR [ROUNDS]   (from the repository root; DATA_DIR holds the
# embedded PostgreSQL, e.g. a copy of a 1M database; as root the app runs as the data's owner)
# APP_DIR runs another packaged app; the archive is written to $DATA_DIR/app-cds.jsa.
set -euo pipefail
DATA=$(cd "$1" && pwd)
ROUNDS=${2:-2}
APP_DIR=$(cd "${APP_DIR:-target/quarkus-app}" && pwd)
PORT=${BENCH_PORT:-$((20000 + RANDOM % 20000))}
JSA="$DATA/app-cds.jsa"
OWNER=$(stat -c %U "$DATA")

start() { # log, extra JVM options; prints "seconds cpu-seconds"
  local cmd="cd '$DATA' && CHRONOLOGY_DATA_DIR='$DATA' CHRONOLOGY_CORPUS_INGEST_ON_START=false \
QUARKUS_HTTP_PORT=$PORT exec java -Xmx256m -XX:+UseSerialGC $2 -jar '$APP_DIR/quarkus-run.jar' > '$DATA/$1' 2>&1"
  local t0 pid jvm
  t0=$(date +%s.%N)
  if [ "$(id -u)" = 0 ] && [ "$OWNER" != root ]; then su "$OWNER" -s /bin/bash -c "$cmd" & else bash -c "$cmd" & fi
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/css/app.css"; do
    kill -0 $pid 2>/dev/null || { tail -5 "$DATA/$1"; exit 1; }
    sleep 0.05
  done
  local t1; t1=$(date +%s.%N)
  # The JVM itself: su's child (its shell execs java), or the shell itself when not root.
  jvm=$(pgrep -P "$pid" -f '^java ' || echo "$pid")
  echo "$(echo "$t1 - $t0" | bc) $(awk '{print ($14 + $15) / 100}' /proc/$jvm/stat)"
  sleep 1
  kill "$jvm"
  wait $pid || true
  while kill -0 "$jvm" 2>/dev/null; do sleep 0.2; done
}

echo "load before: $(cat /proc/loadavg)"
rm -f "$JSA"
start training.log "-XX:ArchiveClassesAtExit=$JSA" > /dev/null
ls -la "$JSA"
for i in $(seq "$ROUNDS"); do
  # A command substitution waits for start() to finish (the JVM stopped); a process substitution
  # would let the next start race the previous JVM for the port.
  out=$(start plain.log "") && read -r s c <<< "$out"
  echo "round $i without archive: answered after $s s, JVM CPU $c s, load $(cut -d' ' -f1 /proc/loadavg)"
  out=$(start cds.log "-XX:SharedArchiveFile=$JSA") && read -r s c <<< "$out"
  echo "round $i with archive:    answered after $s s, JVM CPU $c s, load $(cut -d' ' -f1 /proc/loadavg)"
done
grep -ao '"message":"chronology [^"]*started in [^"]*' "$DATA/plain.log" "$DATA/cds.log" || true
