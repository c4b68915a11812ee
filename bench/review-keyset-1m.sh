#!/usr/bin/env bash
# The review queue's deep pages at a million events, by offset (an old ?page= link) and by key (the
# pager's link from the page before), on one running app; the static file as the reference of the
# same run. Per turn and URL: a write first (an editor confirms the queue's first event, so the data
# version moves and the page's ids are read again), then the first read (curl, first byte in ms),
# then a wrk run of the same URL (the cached page: what a hit costs).
#   [KEYED=URL] [LAST=URL] bench/review-keyset-1m.sh BASE USER PASSWORD TURNS [PAGE]
# (KEYED, LAST: the URLs to time as the keyed and the last page, when not read from the pager)
set -euo pipefail
export LC_ALL=C.UTF-8
base=$1 user=$2 pass=$3 turns=$4 deep=${5:-8000}
secs=${SECS:-5}
source "$(dirname "$0")/sign-in.sh"
cookie=$(sign_in "$base" "$user" "$pass")
out=$(mktemp)
get() { curl -s -o "$out" -w '%{time_starttransfer} %{http_code}' --max-time 300 -H "Cookie: $cookie" "$base$1"; }
write() {
  local page id token
  page=$(curl -s --max-time 300 -H "Cookie: $cookie" "$base/review")
  id=$(grep -o '<tr data-id="[0-9]*"' <<<"$page" | head -1 | grep -o '[0-9]*')
  token=$(grep -o 'name="csrf-token" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -H "Cookie: $cookie" --data-urlencode "confirm=$id" \
    --data-urlencode "csrf-token=$token" "$base/review/confirm"
}
# The key link to page $deep: the "next" link of page $deep - 1.
get "/review?page=$((deep - 1))" >/dev/null
keyed=${KEYED:-}; [ -n "$keyed" ] || keyed=$(grep -o 'rel="next" href="[^"]*"' "$out" | sed 's/.*href="//; s/"$//; s/&amp;/\&/g')
last=${LAST:-}; [ -n "$last" ] || last=$(grep -o '<a href="/review?[^"]*page=[0-9]*[^"]*"' "$out" | tail -1 | sed 's/.*href="//; s/"$//; s/&amp;/\&/g')
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) turns=$turns page=$deep"
echo
echo "| turn | URL | first read after a write (ms) | status | rows | wrk req/s (cached) | p99 | load |"
echo "|---:|---|---:|---|---:|---:|---|---|"
for turn in $(seq 1 "$turns"); do
  for u in /css/app.css "/review?page=$deep" "$keyed" "$last"; do
    [ "$u" = /css/app.css ] || write
    read -r fb code <<<"$(get "$u")"
    rows=$(grep -c '<tr data-id=' "$out" || true)
    w=$(wrk -t1 -c4 -d"${secs}s" --latency -H "Cookie: $cookie" "$base$u")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$w")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$w")
    printf '| %s | `%s` | %.1f | %s | %s | %s | %s | %s |\n' "$turn" "$u" \
      "$(awk "BEGIN {print 1000*$fb}")" "$code" "$rows" "$rps" "$p99" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
rm -f "$out"
