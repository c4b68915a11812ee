#!/usr/bin/env bash
# A cold burst on one URL: starts the packaged app from APP_DIR on an existing database (as
# bench/rss.sh: AppCDS archive, start-up ingest of the corpus folder off, as the data's owner), and
# right after readiness runs wrk -t1 -cCONNS for SECONDS on the URL with no warm-up, then once more
# for SECONDS (warm). Prints each run's requests, req/s and non-2xx, the full collections in the
# GC log during each, and the JVM's VmHWM at the end.
# Usage: bench/cold-burst.sh DATA_DIR APP_DIR SECONDS CONNS "JVM FLAGS" [URL]
set -euo pipefail
DATA=$(cd "$1" && pwd); APP=$(cd "$2" && pwd); SECS=$3; CONNS=$4; FLAGS=$5
URL=${6:-/api/events?year=2023}
PORT=${BENCH_PORT:-$((20000 + RANDOM % 20000))}
OWNER=$(stat -c %U "$DATA")
BASE=http://localhost:$PORT
GCLOG="$DATA/cold-burst-gc.log"
rm -f "$GCLOG"
. "$(dirname "$0")/packaged-app.sh"
start_packaged_app "$DATA/cold-burst.log" "$FLAGS -Xlog:gc:file='$GCLOG'"
fulls() { grep -c 'Pause Full' "$GCLOG" || true; }
echo "flags: $FLAGS; URL $URL; load $(cut -d' ' -f1 /proc/loadavg)"
for run in cold warm; do
  f0=$(fulls)
  out=$(wrk -t1 -c"$CONNS" -d"${SECS}s" --timeout 30s "$BASE$URL")
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  rate=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  non=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  echo "  $run: $n requests, $rate req/s, non-2xx ${non:-0}, full collections $(( $(fulls) - f0 )), VmRSS $(( $(awk '/^VmRSS:/ {print $2}' /proc/$jvm/status) / 1024 )) MB, load $(cut -d' ' -f1 /proc/loadavg)"
done
echo "  JVM VmHWM $(( $(awk '/^VmHWM:/ {print $2}' /proc/$jvm/status) / 1024 )) MB"
kill "$jvm"; wait $pid || true
while kill -0 "$jvm" 2>/dev/null; do sleep 0.2; done
