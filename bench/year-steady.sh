#!/usr/bin/env bash
# The year page's throughput after warm-up as a ratio to the static file's, in one JVM: starts a
# packaged app (its AppCDS archive) on an existing data directory with extra JVM flags, waits for
# readiness (the warm-up included), runs wrk -t1 -c4 for 20 s on /?year=2023 and 5 s on the static
# file as warm-up, then 10 s on each, prints both rates and their ratio, and stops the app. Run it
# for two flag sets in turns of opposite order (docs/benchmarks.md, "Start-up with the 1M database:
# what the main thread still runs"). Runs as the current user (the data directory's owner).
# Usage: bench/year-steady.sh APP_DIR DATA_DIR PORT "JVM FLAGS"
set -u
APP=$(cd "$1" && pwd); DATA=$(cd "$2" && pwd)
PORT=$3; FLAGS=${4:-}
# Extra JIT flags for the server (none by default; docs/benchmarks.md measures later C2 thresholds).
JIT_FLAGS=${JIT_FLAGS-}
cd "$APP"
CHRONOLOGY_DATA_DIR=$DATA CHRONOLOGY_CORPUS_INGEST_ON_START=false QUARKUS_HTTP_PORT=$PORT \
 java -Xmx256m -XX:+UseSerialGC $JIT_FLAGS -XX:SharedArchiveFile=app-cds.jsa $FLAGS -jar quarkus-run.jar > "$DATA/steady-$PORT.log" 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$PORT/q/health/ready)" = 200 ]; do kill -0 $pid || exit 1; sleep 0.2; done
B=http://localhost:$PORT
wrk -t1 -c4 -d20s "$B/?year=2023" > /dev/null
wrk -t1 -c4 -d5s "$B/css/app.css" > /dev/null
y=$(wrk -t1 -c4 -d10s "$B/?year=2023" | awk '/Requests\/sec/{print $2}')
s=$(wrk -t1 -c4 -d10s "$B/css/app.css" | awk '/Requests\/sec/{print $2}')
echo "flags='$FLAGS' year=$y static=$s ratio=$(echo "scale=3; $y/$s" | bc) load=$(cut -d' ' -f1 /proc/loadavg)"
kill $pid; wait $pid
