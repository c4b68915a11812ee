#!/usr/bin/env bash
# Plans of the pages' queries on the running app's embedded PostgreSQL (bench/explain.sql).
#   bench/explain.sh [data-dir] [year]
set -euo pipefail
data=${1:-data}
year=${2:-2023}
port=$(sed -n 4p "$data/postgres/postmaster.pid")
run() { PGPASSWORD=postgres psql -X -q -h localhost -p "$port" -U postgres -d postgres -At -c "$1"; }
# The most frequent actor, and ten actors that share at least one event.
actor=$(run "select actor_id from event_actor group by 1 order by count(*) desc limit 1")
actors=$(run "select '{' || string_agg(actor_id::text, ',') || '}' from (select actor_id from event_actor group by 1 order by count(*) desc limit 10) x")
here=$(cd "$(dirname "$0")" && pwd)
PGPASSWORD=postgres psql -X -q -h localhost -p "$port" -U postgres -d postgres \
  -v year="$year" -v actor="$actor" -v actors="$actors" -v q='زياره:*' -f "$here/explain.sql"
# A word in a fifth of the events and one in 1.5% of them (at 1M): the walk newest first suits the
# first, the side table's bitmap and sort the second.
for q in 'زياره:*' "${MID_WORD:-الرفاعي:*}"; do
  PGPASSWORD=postgres psql -X -q -h localhost -p "$port" -U postgres -d postgres \
    -v q="$q" -f "$here/explain-search.sql"
done
if PGPASSWORD=postgres psql -X -q -h localhost -p "$port" -U postgres -d postgres -At \
    -c "select 1 from pg_class where relname = 'event_day_count'" | grep -q 1; then
  PGPASSWORD=postgres psql -X -q -h localhost -p "$port" -U postgres -d postgres \
    -v year="$year" -f "$here/explain-summary.sql"
fi
if PGPASSWORD=postgres psql -X -q -h localhost -p "$port" -U postgres -d postgres -At \
    -c "select 1 from pg_class where relname = 'actor_pair_count'" | grep -q 1; then
  other=$(run "select other_id from actor_pair_count where actor_id = $actor and year = 0 and other_id <> $actor order by n desc limit 1")
  PGPASSWORD=postgres psql -X -q -h localhost -p "$port" -U postgres -d postgres \
    -v actor="$actor" -v other="$other" -f "$here/explain-actor.sql"
fi
