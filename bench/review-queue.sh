#!/usr/bin/env bash
# wrk against the review queue (signed in) and the static ceiling in the same run, on one or more
# running apps in alternating turns (old/new): prints one Markdown row per URL and turn.
#   bench/review-queue.sh USER PASSWORD SECONDS TURNS BASE_URL...
# Signs in once per app as a browser does (the sign-in form's CSRF token, then the form post) and
# gives wrk the session cookies. URLs: /css/app.css, /review, /review?year=Y (Y from the queue's
# year list) and /review?page=1 when the queue has a second page; the home page for reference.
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
year=${YEAR:-$(curl -fsS -H "Cookie: ${cookie[$first]}" "$first/review" | grep -o '<datalist id="review-years"><option value="[0-9]*"' | grep -o '[0-9]*"$' | tr -d '"')}
urls=("/css/app.css" "/" "/review" "/review?year=$year" "/review?page=1")
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) ${secs}s -t1 -c$conns year=$year turns=$turns"
echo
echo "| turn | app | URL | req/s | p50 | p99 | non-2xx | bytes | load |"
echo "|---|---|---|---:|---:|---:|---:|---:|---|"
for t in $(seq 1 "$turns"); do
  for base in "$@"; do
    for u in "${urls[@]}"; do
      bytes=$(curl -s -o /dev/null -w '%{size_download}' -H "Cookie: ${cookie[$base]}" "$base$u")
      wrk -t1 -c"$conns" -d2s -H "Cookie: ${cookie[$base]}" "$base$u" >/dev/null 2>&1 || true
      out=$(wrk -t1 -c"$conns" -d"${secs}s" --latency -H "Cookie: ${cookie[$base]}" "$base$u" 2>&1)
      rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
      p50=$(awk '$1=="50%" {print $2}' <<<"$out")
      p99=$(awk '$1=="99%" {print $2}' <<<"$out")
      bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
      echo "| $t | $base | \`$u\` | $rps | $p50 | $p99 | ${bad:-0} | $bytes | $(cut -d' ' -f1 /proc/loadavg) |"
    done
  done
done
