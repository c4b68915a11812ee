#!/usr/bin/env bash
# The write cost of V16's kept search counts: the writes of bench/side-writes.sh (20 statements of
# 50 events with 3 actor rows each, rolled back) with the triggers on event_search that keep
# search_count on and off, in turns. Their cost grows with the number of kept searches
# (select count(*) from search_count_query).
#   bench/search-count-writes.sh [port] [rounds]   (a database of the generator, e.g. a 1M copy)
set -euo pipefail
port=${1:-5432}
rounds=${2:-3}
export PGPASSWORD=postgres
P="psql -X -q -h localhost -p $port -U postgres -d postgres -v ON_ERROR_STOP=1"
toggle() {
  $P -c "alter table event_search $1 trigger search_count_insert;
         alter table event_search $1 trigger search_count_update;
         alter table event_search $1 trigger search_count_delete;"
}
writes=$(sed -n '/^writes="/,/^rollback;"/p' "$(dirname "$0")/side-writes.sh" | sed '1s/^writes="//;$s/"$//;s/\\\$/$/g')
trap 'toggle enable' EXIT
echo "kept searches: $($P -At -c 'select count(*) from search_count_query')"
for r in $(seq "$rounds"); do
  for mode in enable disable; do
    toggle "$mode"
    s=$(date +%s%N); $P -c "$writes"; e=$(date +%s%N)
    echo "round $r search-count triggers ${mode}d: $(((e - s) / 1000000)) ms, load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
