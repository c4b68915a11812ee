#!/usr/bin/env bash
# The first read of each page after a write (a page-cache and query-cache miss: every count, facet
# and list computed again), then the second read (a hit), with the static file in the same run.
#   bench/after-write.sh [base-url] [data-dir] [rounds]
# The write is one plain SQL update on the app's embedded PostgreSQL (it bumps the data version as
# any edit, upload or re-extraction does). Prints a Markdown table of seconds (curl time_total).
set -euo pipefail
base=${1:-http://localhost:8080}
data=${2:-data}
rounds=${3:-3}
port=$(sed -n 4p "$data/postgres/postmaster.pid")
sql() { PGPASSWORD=postgres psql -X -q -At -h localhost -p "$port" -U postgres -d postgres -c "$1"; }
actor=$(sql "select actor_id from actor_year_count where year = 0 order by n desc limit 1" 2>/dev/null ||
  sql "select actor_id from event_actor group by 1 order by count(*) desc limit 1")
event=$(sql "select event_id from event_actor where actor_id = $actor limit 1")
q=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("زيارة"))')
# A rarer word (1.5% of the generated events): a large search's first response, then its counts.
mid=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("الرفاعي"))')
urls=("/?year=2023" "/" "/?actor=$actor" "/?q=$q" "/?q=$q&counts=1" "/?q=$mid" "/?q=$mid&counts=1"
  "/events/$event" "/actors/$actor" "/?year=2023&page=1")
# MID_ACTOR: an actor of about 1% of the events (its first page walked ~1,900 rows before V14_1).
[ -n "${MID_ACTOR:-}" ] && urls+=("/?actor=$MID_ACTOR" "/actors/$MID_ACTOR")
t() { curl -s -o /dev/null -w "%{http_code} %{time_total}" "$base$1"; }
static=$(for i in $(seq 9); do curl -s -o /dev/null -w "%{time_total}\n" "$base/css/app.css"; done | sort -n | sed -n 5p)
echo "# $(date -u +%FT%TZ) $base load $(cut -d' ' -f1-3 /proc/loadavg) static median ${static}s"
echo
echo "| URL | round | status | first read after the write (s) | second read (s) | first / static |"
echo "|---|---:|---:|---:|---:|---:|"
for r in $(seq "$rounds"); do
  sql "update event set title = title where id = $event" >/dev/null
  for u in "${urls[@]}"; do
    read -r code first <<<"$(t "$u")"
    read -r _ second <<<"$(t "$u")"
    ratio=$(python3 -c "print(f'{$first/$static:.0f}x')")
    echo "| \`$u\` | $r | $code | $first | $second | $ratio |"
  done
done
