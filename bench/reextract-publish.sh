#!/usr/bin/env bash
# The year page's and `/`'s p50/p99 during a background re-extraction, for values of
# chronology.reextract.publish-interval in turns, against the static ceiling measured in the same
# start (issue #10; V31). For each interval given, in the order given, starts the packaged app on
# DATA (bench/packaged-app.sh: its AppCDS archive, the corpus folder's ingest off, waits for the
# first 200 of `/`: readiness stays down while the start-up re-extracts articles of an older
# extractor version), waits for the re-extraction's first batch in the log and SETTLE seconds more
# (default 5), then wrk
# -t1 -c8 --latency, each URL after 3 s unmeasured: /css/app.css 10 s, /?year=2023 SECS s, / SECS s,
# /css/app.css 10 s (SECS default 30). Beside each: the load average, the data-version bumps in the
# window (sum of data_version's slots before and after) and the articles the run extracted over the
# whole measurement (pending count before and after). Stops the app after each turn.
# Usage: bench/reextract-publish.sh APP_DIR DATA_DIR PORT "JVM FLAGS" INTERVAL [INTERVAL ...]
#   e.g. bench/reextract-publish.sh /tmp/x/app /tmp/x/data 18820 "$FLAGS" 30s 0 0 30s
# The copy's articles must be at an older extractor version than the app's (or the run is idle).
set -u
APP=$(cd "$1" && pwd); DATA=$(cd "$2" && pwd); PORT=$3; FLAGS=$4; shift 4
BASE=http://localhost:$PORT
OWNER=$(stat -c %U "$DATA")
SECS=${SECS:-30}
. "$(dirname "$0")/packaged-app.sh"
sql() { PGPASSWORD=postgres psql -X -q -At -h localhost -p "$(sed -n 4p "$DATA/postgres/postmaster.pid")" -U postgres -d postgres -c "$1"; }
version() { sql "select sum(version) from data_version"; }
echo "| turn | interval | URL | req/s | p50 | p99 | max | of ceiling | bumps in window | load before → after |"
echo "|---|---|---|---:|---:|---:|---:|---:|---:|---|"
turn=0
for iv in "$@"; do
  turn=$((turn + 1))
  log="$DATA/reextract-publish-$turn.log"
  READY_PATH=/ start_packaged_app "$log" "$FLAGS -Dchronology.reextract.publish-interval=$iv"
  # the start-up's re-extraction begins after 10 s with no request; wait for its first batch
  until grep -q 'extraction: [1-9][0-9]*/' "$log"; do kill -0 "$pid" || exit 1; sleep 1; done
  sleep "${SETTLE:-5}"
  pend0=$(sql "select count(*) from article where extraction_state = 'pending'")
  t0=$(date +%s)
  rows=(); rates=()
  for spec in "/css/app.css 10" "/?year=2023 $SECS" "/ $SECS" "/css/app.css 10"; do
    read -r u secs <<<"$spec"
    wrk -t1 -c8 -d3s --timeout 10s "$BASE$u" >/dev/null
    l0=$(cut -d' ' -f1 /proc/loadavg); v0=$(version)
    out=$(wrk -t1 -c8 -d"${secs}s" --timeout 10s --latency "$BASE$u")
    v1=$(version); l1=$(cut -d' ' -f1 /proc/loadavg)
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}')
    p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    max=$(echo "$out" | awk '$1=="Latency" {print $4}')
    rows+=("$u|$rps|$p50|$p99|$max|$((v1 - v0))|$l0 → $l1"); rates+=("$rps")
  done
  pend1=$(sql "select count(*) from article where extraction_state = 'pending'")
  t1=$(date +%s)
  ceiling=$(python3 -c "print((${rates[0]} + ${rates[3]}) / 2)")
  for r in "${rows[@]}"; do
    IFS='|' read -r u rps p50 p99 max bumps loads <<<"$r"
    share=$(python3 -c "print(f'{100*$rps/$ceiling:.1f}%')")
    echo "| $turn $(date -u +%H:%M) | $iv | \`$u\` | $rps | $p50 | $p99 | $max | $share | $bumps | $loads |"
  done
  echo "| $turn | $iv | re-extracted in the turn's $((t1 - t0)) s: $((pend0 - pend1)) articles ($pend0 → $pend1 pending) | | | | | | | |"
  kill "$jvm"; wait "$pid" 2>/dev/null || true
done
