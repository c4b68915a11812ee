#!/usr/bin/env bash
# Where a signed-in page's time goes, on one or more running apps in alternating turns (old/new):
# wrk on the same pages as a reader, as a reader carrying a stale session cookie, and signed in.
#   bench/review-seed-costs.sh USER PASSWORD SECONDS TURNS BASE_URL...
# Rows (one Markdown row per URL, kind and turn):
#   static       /css/app.css                         the ceiling
#   anonymous    /?year=2022, /events/ID               served from the page cache
#   stale cookie the same with a session cookie that decrypts to nothing: rendered (the page cache
#                skips anyone with a session cookie), no session look-up (the cookie is refused
#                before it), no CSRF token
#   signed in    the same, /review, /articles/new      rendered, the session look-up (account and
#                epoch), and a CSRF token on the pages with a form
# Differences between rows are what each step costs. Needs wrk and curl.
set -euo pipefail
user=$1 pass=$2 secs=$3 turns=$4
shift 4
conns=${CONNS:-4}
declare -A cookie
source "$(dirname "$0")/sign-in.sh"
for base in "$@"; do
  cookie[$base]=$(sign_in "$base" "$user" "$pass")
done
first=$1
event=${EVENT:-$(curl -fsS "$first/api/events?size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)}
stale="quarkus-credential=stale-cookie-that-decrypts-to-nothing"
rows=(
  "static||/css/app.css"
  "anonymous||/?year=2022"
  "stale cookie|$stale|/?year=2022"
  "signed in|SESSION|/?year=2022"
  "anonymous||/events/$event"
  "stale cookie|$stale|/events/$event"
  "signed in|SESSION|/events/$event"
  "signed in|SESSION|/articles/new"
  "signed in|SESSION|/review"
)
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) ${secs}s -t1 -c$conns event=$event turns=$turns"
echo
echo "| turn | app | kind | URL | req/s | p50 | p99 | non-2xx | bytes | load |"
echo "|---|---|---|---|---:|---:|---:|---:|---:|---|"
for t in $(seq 1 "$turns"); do
  for base in "$@"; do
    for row in "${rows[@]}"; do
      IFS='|' read -r kind c u <<<"$row"
      [ "$c" = SESSION ] && c=${cookie[$base]}
      h=()
      [ -n "$c" ] && h=(-H "Cookie: $c")
      bytes=$(curl -s -o /dev/null -w '%{size_download}' "${h[@]}" "$base$u")
      wrk -t1 -c"$conns" -d2s "${h[@]}" "$base$u" >/dev/null 2>&1 || true
      out=$(wrk -t1 -c"$conns" -d"${secs}s" --latency "${h[@]}" "$base$u" 2>&1)
      rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
      p50=$(awk '$1=="50%" {print $2}' <<<"$out")
      p99=$(awk '$1=="99%" {print $2}' <<<"$out")
      bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
      echo "| $t | $base | $kind | \`$u\` | $rps | $p50 | $p99 | ${bad:-0} | $bytes | $(cut -d' ' -f1 /proc/loadavg) |"
    done
  done
done
