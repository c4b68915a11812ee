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
echo "kept searches: $(psql -X -q -h localhost -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -At -c 'select count(*) from search_count_query')"
TRIGGERS="event_search:search_count_insert event_search:search_count_update event_search:search_count_delete" \
  LABEL=search-count exec "$(dirname "$0")/side-writes.sh" "$port" "$rounds"
