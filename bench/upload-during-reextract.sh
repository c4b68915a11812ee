#!/usr/bin/env bash
# One upload's latency to visible at 1M while the start-up re-extracts the archive in the background
# (issue #10), or idle: starts the packaged app APP_DIR on DATA_DIR (bench/packaged-app.sh: its
# AppCDS archive, the corpus folder's ingest off, waits for the first 200 of `/`), then with
# MODE=during waits for the re-extraction's first batch in the log (the copy's articles must be at
# an older extractor version than the app's), with MODE=idle for readiness (nothing to re-extract);
# one unmeasured upload (WARMUP, its first after start), then FILE... one at a time by
# bench/upload.sh; the batches the log shows meanwhile and the pending count before and after. Stops
# the app. SETTLE=N: first lets the run go on N s with no upload and prints its articles/s then
# (bench/bulk-rate.py), as it prints the run's articles/s while the uploads go on. The admin
# account's password must be PASSWORD on the copy.
# Usage: MODE=during|idle bench/upload-during-reextract.sh APP_DIR DATA_DIR PORT PASSWORD "FLAGS" WARMUP FILE...
set -u
APP=$(cd "$1" && pwd); DATA=$(cd "$2" && pwd); PORT=$3; PASSWORD=$4; FLAGS=$5; WARMUP=$6; shift 6
BASE=http://localhost:$PORT
OWNER=$(stat -c %U "$DATA")
MODE=${MODE:-during}
. "$(dirname "$0")/packaged-app.sh"
sql() { PGPASSWORD=postgres psql -X -q -At -h localhost -p "$(sed -n 4p "$DATA/postgres/postmaster.pid")" -U postgres -d postgres -c "$1"; }
log="$DATA/upload-$MODE-$(date +%H%M%S).log"
t0=$(date +%s)
READY_PATH=/ start_packaged_app "$log" "$FLAGS"
echo "$MODE: $APP answered / after $(($(date +%s) - t0)) s"
if [ "$MODE" = during ]; then
  until grep -q 'extraction: [1-9][0-9]*/' "$log"; do kill -0 "$pid" || exit 1; sleep 1; done
  echo "first batch committed: $(grep -m1 'extraction: [1-9][0-9]*/' "$log" | sed -n 's/.*"timestamp":"[0-9-]*T\([0-9:.]*\)Z".*/\1/p')"
else
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")" = 200 ]; do sleep 1; done
fi
# SETTLE: seconds the run goes on alone first (nobody uploads), for its articles/s without uploads.
SETTLE=${SETTLE:-0}
s0=$(date +%s.%N)
if [ "$SETTLE" -gt 0 ]; then
  sleep "$SETTLE"
  echo "bulk run alone, $SETTLE s: $("$(dirname "$0")"/bulk-rate.py "$log" "$s0" "$(date +%s.%N)"); load: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
"$(dirname "$0")"/upload.sh "$BASE" "$PASSWORD" "$WARMUP" | sed 's/^/warm-up (unmeasured): /'
u0=$(date +%s.%N)
p0=$(sql "select count(*) from article where extraction_state = 'pending'"); q0=$(date +%s.%N)
b0=$(grep -c 'extraction: [0-9]*/' "$log")
"$(dirname "$0")"/upload.sh "$BASE" "$PASSWORD" "$@"
p1=$(sql "select count(*) from article where extraction_state = 'pending'"); q1=$(date +%s.%N)
echo "pending $p0 -> $p1; batches logged during the uploads: $(($(grep -c 'extraction: [0-9]*/' "$log") - b0))"
echo "bulk run during the uploads: $(echo "scale=2; ($p0 - $p1) / ($q1 - $q0)" | bc) articles/s by the pending count ($((p0 - p1)) in $(echo "$q1 - $q0" | bc | cut -d. -f1) s); by the log: $("$(dirname "$0")"/bulk-rate.py "$log" "$u0" "$(date +%s.%N)")"
sed -n 's/.*"timestamp":"[0-9-]*T\([0-9:.]*\)Z".*"message":"\([^"]*extraction: [0-9]*\/[^"]*\)".*/\1 \2/p' "$log" | tail -6
kill "$jvm"; wait "$pid" 2>/dev/null || true
