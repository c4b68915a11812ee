#!/usr/bin/env bash
# wrk against the running app, every page and the static ceiling in the same run; prints a
# Markdown table (req/s, p50, p99, share of the ceiling's req/s).
#   bench/pages.sh [base-url] [seconds] [connections]
# Each URL is first loaded for $WARMUP seconds (default 3), unmeasured.
# Picks a busy year, a popular actor, one of its events and a search word from the database
# through the public API, so it works at any scale. A text search is read with its counts page
# (counts=1) too.
set -euo pipefail
base=${1:-http://localhost:8080}
secs=${2:-10}
conns=${3:-8}
api() { curl -fsS "$base$1"; }
year=$(api "/api/events?size=1&year=2023" >/dev/null && echo 2023)
# The actor the year page links to most often (its event cards' actor links), and one of its events.
actor=${ACTOR:-$(curl -fsS "$base/?year=$year" | grep -o 'href="/actors/[0-9]*"' | sort | uniq -c | sort -rn | head -1 | grep -o '/actors/[0-9]*' | grep -o '[0-9]*')}
event=$(api "/api/events?size=1&actor=$actor" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
word=${SEARCH_WORD:-زيارة}
q=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$word")
urls=(
  "/css/app.css"
  "/?year=$year"
  "/"
  "/?actor=$actor"
  "/?q=$q"
  "/?q=$q&counts=1"
  "/events/$event"
  "/actors/$actor"
  "/api/events?year=$year"
)
# MID_ACTOR: an actor of about 1% of the events (its pages walk far more rows without V14_1).
[ -n "${MID_ACTOR:-}" ] && urls+=("/?actor=$MID_ACTOR" "/actors/$MID_ACTOR")
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) base=$base ${secs}s -t1 -c$conns year=$year actor=$actor event=$event q=$word"
echo
echo "| URL | req/s | p50 | p99 | of ceiling | non-2xx |"
echo "|---|---:|---:|---:|---:|---:|"
# The static ceiling is measured first and again last (the machine's load moves during a run); each
# page's share is of the mean of the two.
rows=()
rates=()
for u in "${urls[@]}" "${urls[0]}"; do
  curl -fsS -o /dev/null "$base$u" # fail early on an error
  wrk -t1 -c"$conns" -d"${WARMUP:-3}s" --timeout 10s "$base$u" >/dev/null # JIT and caches
  out=$(wrk -t1 -c"$conns" -d"${secs}s" --timeout 10s --latency "$base$u")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  bad=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  rows+=("$u|$rps|$p50|$p99|${bad:-0}")
  rates+=("$rps")
done
ceiling=$(python3 -c "print(($rates + ${rates[-1]}) / 2)")
for i in "${!rows[@]}"; do
  IFS='|' read -r u rps p50 p99 bad <<<"${rows[$i]}"
  [ "$i" -eq $((${#rows[@]} - 1)) ] && u="$u (again, last)"
  share=$(python3 -c "print(f'{100*$rps/$ceiling:.1f}%')")
  echo "| \`$u\` | $rps | $p50 | $p99 | $share | $bad |"
done
echo
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
