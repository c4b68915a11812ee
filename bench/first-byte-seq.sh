#!/usr/bin/env bash
# One request at a time: median and max first byte (curl time_starttransfer, ms) of N requests per
# URL, as a reader and signed in, on one or more running apps in alternating turns.
#   bench/first-byte-seq.sh USER PASSWORD N TURNS BASE_URL...
# URLs: /css/app.css, /events/ID (anonymous: the page cache; signed in: rendered), /articles/new and
# /review (signed in).
set -euo pipefail
user=$1 pass=$2 n=$3 turns=$4
shift 4
declare -A cookie
source "$(dirname "$0")/sign-in.sh"
for base in "$@"; do
  cookie[$base]=$(sign_in "$base" "$user" "$pass")
done
event=${EVENT:-$(curl -fsS "$1/api/events?size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)}
rows=("anonymous|/css/app.css" "anonymous|/events/$event" "signed in|/events/$event" "signed in|/articles/new" "signed in|/review")
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) n=$n turns=$turns"
echo
echo "| turn | app | kind | URL | median ms | max ms | load |"
echo "|---|---|---|---|---:|---:|---|"
for t in $(seq 1 "$turns"); do
  for base in "$@"; do
    for row in "${rows[@]}"; do
      IFS='|' read -r kind u <<<"$row"
      h=()
      [ "$kind" = "signed in" ] && h=(-H "Cookie: ${cookie[$base]}")
      times=$(for i in $(seq 1 "$n"); do curl -s -o /dev/null -w '%{time_starttransfer}\n' "${h[@]}" "$base$u"; done | sort -n)
      med=$(awk '{a[NR]=$1} END {printf "%.1f", 1000*a[int((NR+1)/2)]}' <<<"$times")
      max=$(awk 'END {printf "%.1f", 1000*$1}' <<<"$times")
      echo "| $t | $base | $kind | \`$u\` | $med | $max | $(cut -d' ' -f1 /proc/loadavg) |"
    done
  done
done
