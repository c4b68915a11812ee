#!/usr/bin/env bash
# Resident memory of the packaged app under wrk load, with the JVM flags given, on an existing
# database: starts the app from APP_DIR (with its AppCDS archive, as the README says), waits for
# readiness, then runs wrk (-t1 -cCONNS, SECONDS each, 3 s unmeasured warm-up per URL) on the
# static file, `/`, the year page, `/api/events?year=` and the static file again, sampling the
# JVM's VmRSS every 0.5 s. Prints req/s per URL and its share of the static file's (mean of the
# two static runs), the JVM's highest VmRSS during each URL, VmHWM at the end, and the embedded
# PostgreSQL's processes separately (sum of their RSS, which counts shared buffers once per
# process, and sum of their PSS, which splits shared pages between them).
# Usage: bench/rss.sh DATA_DIR APP_DIR SECONDS CONNS "JVM FLAGS"
#   (as root the app runs as the data's owner; the start-up ingest of the corpus folder is off;
#   READY_PATH=/ waits for the first 200 of `/` instead of readiness, see packaged-app.sh)
set -euo pipefail
DATA=$(cd "$1" && pwd); APP=$(cd "$2" && pwd); SECS=$3; CONNS=$4; FLAGS=$5
YEAR=${YEAR:-2023}
PORT=${BENCH_PORT:-$((20000 + RANDOM % 20000))}
OWNER=$(stat -c %U "$DATA")
BASE=http://localhost:$PORT
. "$(dirname "$0")/packaged-app.sh"
start_packaged_app "$DATA/rss.log" "$FLAGS"
pg=$(head -1 "$DATA/postgres/postmaster.pid")
kb() { awk -v k="$2:" '$1 == k {print $2}' "/proc/$1/status"; }
pgmem() { # "sum RSS MB / sum PSS MB" of the postmaster and its children
  local r=0 p=0 x
  for x in $pg $(pgrep -P "$pg"); do
    r=$((r + $(kb "$x" VmRSS || echo 0)))
    p=$((p + $(awk '/^Pss:/ {print $2}' "/proc/$x/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo "$((r / 1024)) / $((p / 1024))"
}
echo "flags: $FLAGS; after readiness: JVM VmRSS $(( $(kb "$jvm" VmRSS) / 1024 )) MB; PostgreSQL RSS / PSS $(pgmem) MB; load $(cut -d' ' -f1 /proc/loadavg)"
urls=("/css/app.css" "/" "/?year=$YEAR" "/api/events?year=$YEAR" "/css/app.css")
declare -a rate peak pgpeak
for i in "${!urls[@]}"; do
  u=${urls[$i]}
  wrk -t1 -c"$CONNS" -d3s "$BASE$u" > /dev/null
  max=0; pmax=""
  ( while :; do kb "$jvm" VmRSS; sleep 0.5; done ) > "$DATA/rss.samples" &
  sampler=$!
  out=$(wrk -t1 -c"$CONNS" -d"${SECS}s" "$BASE$u")
  pmax=$(pgmem)
  kill $sampler; wait $sampler 2>/dev/null || true
  max=$(sort -n "$DATA/rss.samples" | tail -1)
  rate[$i]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  peak[$i]=$((max / 1024)); pgpeak[$i]=$pmax
  non=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  echo "  $u: ${rate[$i]} req/s, JVM VmRSS max ${peak[$i]} MB, PostgreSQL at the end $pmax MB, non-2xx ${non:-0}, load $(cut -d' ' -f1 /proc/loadavg)"
done
ref=$(echo "(${rate[0]} + ${rate[4]}) / 2" | bc -l)
echo
echo "| URL | req/s | of static | JVM VmRSS max (MB) | PostgreSQL RSS / PSS (MB) |"
echo "|---|---:|---:|---:|---:|"
for i in "${!urls[@]}"; do
  printf '| `%s` | %s | %.0f%% | %s | %s |\n' "${urls[$i]}" "${rate[$i]}" "$(echo "100 * ${rate[$i]} / $ref" | bc -l)" "${peak[$i]}" "${pgpeak[$i]}"
done
echo "JVM VmHWM at the end: $(( $(kb "$jvm" VmHWM) / 1024 )) MB; load $(cut -d' ' -f1-3 /proc/loadavg)"
kill "$jvm"; wait $pid || true
while kill -0 "$jvm" 2>/dev/null; do sleep 0.2; done
rm -f "$DATA/rss.samples"
