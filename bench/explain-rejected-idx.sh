#!/usr/bin/env bash
# Every page query's plan (explain.sql, explain-search.sql for two words, explain-summary.sql,
# explain-actor.sql, explain-event-indexes.sql) twice in alternating turns on the running app's
# embedded PostgreSQL: with the indexes as they are, and with event_date_idx replaced by V26's
# partial index on the rejected events (in a transaction rolled back at the end, so the database is
# left as it was; it holds event's lock meanwhile: run it while nothing reads). Then a table, one row
# per query: the indexes its plan reads and its execution time in each turn.
#   bench/explain-rejected-idx.sh DATA_DIR [year] [turns] > plans.txt   (turn files in $OUT, /tmp)
# On a database already past V26 both turns read the new index (the swap is skipped).
set -euo pipefail
data=${1:?data dir}
year=${2:-2023}
turns=${3:-2}
out=${OUT:-/tmp/explain-rejected-idx}
mkdir -p "$out"
port=$(sed -n 4p "$data/postgres/postmaster.pid")
here=$(cd "$(dirname "$0")" && pwd)
psql_() { PGPASSWORD=postgres psql -X -q -h localhost -p "$port" -U postgres -d postgres "$@"; }
run() { psql_ -At -c "$1"; }
actor=$(run "select actor_id from event_actor group by 1 order by count(*) desc limit 1")
actors=$(run "select '{' || string_agg(actor_id::text, ',') || '}' from (select actor_id from event_actor group by 1 order by count(*) desc limit 10) x")
other=$(run "select other_id from actor_pair_count where actor_id = $actor and year = 0 and other_id <> $actor order by n desc limit 1")
has_old=$(run "select count(*) from pg_indexes where indexname = 'event_date_idx'")

# One psql session per turn, its whole output (headers and plans) in the turn's file.
session() { # variant file
  local swap=""
  if [ "$1" = rejected_partial ] && [ "$has_old" = 1 ]; then
    swap="drop index event_date_idx;
create index event_rejected_date_idx on event (date_start, date_end, id) where review = 'rejected';
analyze event;"
  fi
  {
    echo "\\set ON_ERROR_STOP on"
    echo "\\pset pager off"
    echo "begin;"
    echo "\\timing on"
    echo "$swap"
    echo "\\timing off"
    echo "\\i $here/explain.sql"
    echo "\\set q 'زياره:*'"
    echo "\\i $here/explain-search.sql"
    echo "\\set q 'الرفاعي:*'"
    echo "\\i $here/explain-search.sql"
    echo "\\i $here/explain-summary.sql"
    echo "\\i $here/explain-actor.sql"
    echo "\\echo '=== ?review=rejected: max(date_start) as the app sends it (a parameter), prepared, 11th run'"
    echo "prepare newest_r(text) as select max(e.date_start) from event e where e.review = \$1;"
    for _ in $(seq 10); do echo "execute newest_r('rejected');"; done
    echo "explain (analyze, buffers, costs off) execute newest_r('rejected');"
    echo "\\echo '=== ?review=rejected&order=chronological: first 100 as the app sends it, prepared, 11th run'"
    echo "prepare chrono_r(text) as select e.id from event e where e.review = \$1 order by e.date_start asc nulls last, e.date_end asc nulls last, e.id asc limit 100;"
    for _ in $(seq 10); do echo "execute chrono_r('rejected');"; done
    echo "explain (analyze, buffers, costs off) execute chrono_r('rejected');"
    echo "\\echo '=== ?review=confirmed&order=chronological: first 100 (the partial index does not apply)'"
    echo "explain (analyze, buffers, costs off) select e.id from event e where e.review = 'confirmed' order by e.date_start asc nulls last, e.date_end asc nulls last, e.id asc limit 100;"
    echo "rollback;"
  } | psql_ -v year="$year" -v actor="$actor" -v actors="$actors" -v other="$other" -v q='زياره:*' -f - \
    | grep -v -E '^ ?max *$|^-+$|^ *[0-9]{4}-[0-9]{2}-[0-9]{2} *$|^\([0-9]+ rows?\)$|^$' > "$2"
  # explain-event-indexes.sql swaps the index itself (variant rejected_partial), in its own transaction.
  psql_ -v q='زياره:*' -v variant="$1" -f "$here/explain-event-indexes.sql" >> "$2"
}

echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) year=$year actor=$actor other=$other events=$(run 'select count(*) from event') rejected=$(run "select count(*) from event where review = 'rejected'")"
for t in $(seq "$turns"); do
  for v in all rejected_partial; do
    session "$v" "$out/$v-$t.txt"
    echo "turn $t $v done at $(date -u +%T), load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
python3 "$here/explain-compare.py" "$out" "$turns"
