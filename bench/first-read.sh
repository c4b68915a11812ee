#!/usr/bin/env bash
# The first read of each page after a start, two packaged apps in turns (A B A B ...): per start,
# the app is started on DATA (bench/packaged-app.sh: readiness, the corpus folder's ingest off), its
# warm-up after readiness is waited for (the log's "Warm-up: N steps" line, so that it takes no CPU
# from the reads), then each URL is read once, one at a time, in the order given; the static file
# /css/app.css first, the reference every other first byte is divided by.
#   bench/first-read.sh DATA PORT ROUNDS APP_A APP_B "JVM FLAGS" PATH...
# Prints one row per start: seconds from the launch to readiness, then per path the first byte
# (curl time_starttransfer, ms) and its ratio to the static file's.
set -euo pipefail
DATA=$(cd "$1" && pwd) PORT=$2 ROUNDS=$3 A=$(cd "$4" && pwd) B=$(cd "$5" && pwd) FLAGS=$6
shift 6
BASE=http://127.0.0.1:$PORT
OWNER=$(stat -c %U "$DATA")
source "$(dirname "$0")/packaged-app.sh"
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg); A=$A B=$B"
printf '| start | app | ready s | /css/app.css ms |'; for p in "$@"; do printf ' `%s` ms (/ css) |' "$p"; done; echo ' load |'
for r in $(seq 1 "$ROUNDS"); do
  for app in A B; do
    APP=${!app}
    log=$(mktemp /tmp/first-read.XXXXXX.log)
    t0=$(date +%s.%N)
    start_packaged_app "$log" "$FLAGS"
    ready=$(echo "$(date +%s.%N) - $t0" | bc)
    until grep -q '"Warm-up: ' "$log"; do sleep 0.2; done
    css=$(curl -s -o /dev/null -w '%{time_starttransfer}' "$BASE/css/app.css")
    row="| $r | $app | $(printf %.1f "$ready") | $(printf %.1f "$(echo "$css * 1000" | bc)") |"
    for p in "$@"; do
      t=$(curl -s -o /dev/null -w '%{time_starttransfer}' "$BASE$p")
      row="$row $(printf %.0f "$(echo "$t * 1000" | bc)") ($(printf %.1f "$(echo "$t / $css" | bc -l)")) |"
    done
    echo "$row $(cut -d' ' -f1 /proc/loadavg) |"
    kill "$jvm"; wait "$pid" 2>/dev/null || true
    rm -f "$log"
  done
done
