#!/usr/bin/env bash
# The review queue at a million events: one request at a time (curl first byte and whole answer),
# on one or more running apps in alternating turns (old/new), each turn starting with a write.
#   bench/review-queue-1m.sh USER PASSWORD TURNS BASE_URL...
# Per turn and app: an editor confirms the queue's first event (read from /review) (a write: the data version moves, so
# every cached count and page is read again), then /review (after that write), /review again
# (cached), /review?year=YEAR, /review?page=1, /review?page=PAGE (deep), and /css/app.css as the
# reference of the same moment. Prints one Markdown row per URL, turn and app: first byte (ms),
# total (ms), bytes, the heading's total and the load.
set -euo pipefail
export LC_ALL=C.UTF-8
user=$1 pass=$2 turns=$3
shift 3
year=${YEAR:-2023}
deep=${DEEP:-10000}
declare -A cookie
source "$(dirname "$0")/sign-in.sh"
for base in "$@"; do
  cookie[$base]=$(sign_in "$base" "$user" "$pass")
done
out=$(mktemp)
get() { # get BASE URL LABEL
  local t
  t=$(curl -s -o "$out" -w '%{time_starttransfer} %{time_total} %{size_download} %{http_code}' \
    --max-time 300 -H "Cookie: ${cookie[$1]}" "$1$2")
  read -r fb tot bytes code <<<"$t"
  heading=$(grep -o '<h1 id="review-h">[^<]*' "$out" | tr -cd '0-9' || true)
  printf '| %s | %s | %s | `%s` | %.0f | %.0f | %s | %s | %s | %s |\n' "$turn" "$1" "$3" "$2" \
    "$(awk "BEGIN {print 1000*$fb}")" "$(awk "BEGIN {print 1000*$tot}")" "$bytes" "$code" \
    "${heading:-}" "$(cut -d' ' -f1 /proc/loadavg)"
}
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) turns=$turns year=$year deep=$deep"
echo
echo "| turn | app | step | URL | first byte ms | total ms | bytes | status | heading | load |"
echo "|---|---|---|---|---:|---:|---:|---|---|---|"
for turn in $(seq 1 "$turns"); do
  for base in "$@"; do
    # The write: confirm the queue's first event, as the queue's button does.
    page=$(curl -s --max-time 300 -H "Cookie: ${cookie[$base]}" "$base/review")
    id=$(grep -o '<tr data-id="[0-9]*"' <<<"$page" | head -1 | grep -o '[0-9]*' || true)
    token=$(grep -o 'name="csrf-token" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//' || true)
    [ -n "$id" ] || echo "no event to confirm on $base (the write is skipped)" >&2
    curl -s -o /dev/null -H "Cookie: ${cookie[$base]}" --data-urlencode "confirm=$id" \
      --data-urlencode "csrf-token=$token" "$base/review/confirm"
    get "$base" /css/app.css "reference"
    get "$base" /review "after a write"
    get "$base" /review "again"
    get "$base" "/review?year=$year" "a year"
    get "$base" "/review?page=1" "second page"
    get "$base" "/review?page=$deep" "deep page"
  done
done
rm -f "$out"
