#!/usr/bin/env bash
# Where the year page's p99 goes at 1M, during the start-up's background re-extraction (MODE=during:
# after its first batch + 5 s; the copy's articles at an older extractor version) or idle
# (MODE=idle: after readiness). Starts the packaged app APP_DIR on DATA_DIR with FLAGS (add
# `-Xlog:gc,safepoint:file=F:utctime` or `-XX:StartFlightRecording=filename=F,settings=profile`),
# then: wrk -t1 -c8 3 s unmeasured, wrk -t1 -c8 --latency SECS s, and bench/slow-requests.py for
# SECS s (8 connections; each request slower than 500 ms grouped in bursts with their wall-clock
# times, to set beside the GC log and the batches' commits, printed after it from the app's log).
# Stops the app (a JFR recording is written at exit).
# REPEAT=N: the wrk and slow-requests.py pair N times.
# Usage: MODE=during|idle [SECS=40] [REPEAT=1] [URL_PATH=/?year=2023] bench/year-tail.sh APP_DIR DATA_DIR PORT "FLAGS"
set -u
APP=$(cd "$1" && pwd); DATA=$(cd "$2" && pwd); PORT=$3; FLAGS=$4
BASE=http://localhost:$PORT
OWNER=$(stat -c %U "$DATA")
MODE=${MODE:-during}; SECS=${SECS:-40}; P=${URL_PATH:-/?year=2023}
. "$(dirname "$0")/packaged-app.sh"
log="$DATA/year-tail-$MODE-$(date +%H%M%S).log"
READY_PATH=/ start_packaged_app "$log" "$FLAGS"
if [ "$MODE" = during ]; then
  until grep -q 'extraction: [1-9][0-9]*/' "$log"; do kill -0 "$pid" || exit 1; sleep 1; done
  sleep 5
else
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")" = 200 ]; do sleep 1; done
fi
wrk -t1 -c8 -d3s --timeout 10s "$BASE$P" > /dev/null
for r in $(seq "${REPEAT:-1}"); do
echo "== wrk $(date -u +%T), load $(cut -d' ' -f1 /proc/loadavg)"
wrk -t1 -c8 -d"${SECS}s" --timeout 10s --latency "$BASE$P" | grep -E "Latency|50%|99%|Requests/sec"
echo "== slow-requests.py $(date -u +%T), load $(cut -d' ' -f1 /proc/loadavg)"
python3 "$(dirname "$0")"/slow-requests.py "$BASE$P" "$SECS" 8
done
echo "== batches committed (UTC), load $(cut -d' ' -f1 /proc/loadavg)"
sed -n 's/.*"timestamp":"[0-9-]*T\([0-9:.]*\)Z".*"message":"\([^"]*extraction: [0-9]*\/[^"]*\)".*/\1 \2/p' "$log" | cut -c1-120 | tail -30
kill "$jvm"; wait "$pid" 2>/dev/null || true
echo "app log: $log"
