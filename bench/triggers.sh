#!/usr/bin/env bash
# Write cost of the summary triggers, without the app: two scratch databases in one throw-away
# PostgreSQL cluster, "before" migrated up to V10 (V7/V8 row triggers) and "after" with every
# migration, take the same writes — BATCHES transactions, each one multi-row insert of PER events
# and one of their actor rows (about three each, Zipf-like actors), as a merge flushes them — in
# turns, ROUNDS times, plus a third run on "after" with every trigger off (session_replication_role
# replica, foreign keys included) on a third copy as the floor. Then each database's kept summaries are compared
# with recounting them from the events (rows that differ: must be 0).
# Usage: bench/triggers.sh [BATCHES] [PER] [ROUNDS]   (run from the repository root; needs initdb,
# pg_ctl and psql on the PATH or in /usr/local/bin; as root the cluster runs as user postgres)
set -euo pipefail
BATCHES=${1:-100}
PER=${2:-50}
ROUNDS=${3:-2}
W=$(mktemp -d /tmp/chronology-triggers.XXXXXX)
PORT=${BENCH_PORT:-$((20000 + RANDOM % 20000))}
PATH=$PATH:/usr/local/bin
AS=(); [ "$(id -u)" = 0 ] && { chown postgres "$W"; AS=(su postgres -c); }
as() { if [ ${#AS[@]} -gt 0 ]; then "${AS[@]}" "$*"; else bash -c "$*"; fi; }
as "initdb -D $W/data -A trust -U postgres" > "$W/initdb.log"
as "pg_ctl -D $W/data -o '-p $PORT -k $W' -l $W/pg.log start" > /dev/null
trap 'as "pg_ctl -D $W/data stop -m fast" > /dev/null; rm -rf "$W"' EXIT
P=(psql -h "$W" -p "$PORT" -U postgres -q -v ON_ERROR_STOP=1)
# Flyway's order: by version number, V4 before V4_1.
migrations=$(ls db/migration/V*.sql | sed 's/.*\/V\([0-9_]*\)__.*/\1 &/' \
  | awk '{split($1, v, "_"); printf "%05d%05d %s\n", v[1], v[2], $2}' | sort | cut -d' ' -f2)
for db in before after; do
  "${P[@]}" -c "create database $db"
  for f in $migrations; do
    v=$(basename "$f" | sed 's/^V\([0-9]*\).*/\1/')
    [ $db = before ] && [ "$v" -gt 10 ] && continue
    "${P[@]}" -d $db -f "$f" > /dev/null
  done
  "${P[@]}" -d $db <<'SQL'
insert into actor (kind, name) select 'person', 'actor ' || g from generate_series(1, 2000) g;
create procedure bench_batches(batches integer, per integer) language plpgsql as $$
declare
  i integer; ids bigint[];
begin
  perform setseed(0.42);
  for i in 1..batches loop
    with ins as (
      insert into event (type, title, status, date_precision, date_start, review)
      select (array['visit','meeting','deal','statement'])[1 + (random()*3)::int], 't', 'happened',
             'day', case when random() < 0.1 then null else date '1990-01-01' + (random()*13000)::int end,
             case when random() < 0.05 then 'rejected' else 'extracted' end
      from generate_series(1, per) returning id)
    select array_agg(id) into ids from ins;
    insert into event_actor (event_id, actor_id)
      select distinct e, 1 + floor(power(random(), 3) * 2000)::bigint
      from unnest(ids) e cross join generate_series(1, 3)
      on conflict do nothing;
    commit;
  end loop;
end $$;
create function chronology_summary_rows() returns table (t text, k1 text, k2 text, k3 text, n bigint)
language sql as $$
  select 'day', day::text, type, '', n from event_day_count
  union all select 'year', year::text, type, '', n from event_year_count
  union all select 'actor', year::text, actor_id::text, '', n from actor_year_count
  union all select 'type', actor_id::text, year::text, type, n from actor_type_year_count
  union all select 'pair', actor_id::text, year::text, other_id::text, n from actor_pair_count
$$;
SQL
done
"${P[@]}" -c "create database floor template after"
secs() { local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
for r in $(seq "$ROUNDS"); do
  b=$(secs "${P[@]}" -d before -c "call bench_batches($BATCHES, $PER)")
  a=$(secs "${P[@]}" -d after -c "call bench_batches($BATCHES, $PER)")
  n=$(PGOPTIONS='-c session_replication_role=replica' secs "${P[@]}" -d floor -c "call bench_batches($BATCHES, $PER)")
  echo "round $r: before ${b}s after ${a}s no triggers ${n}s; after/before $(echo "scale=3; $a / $b" | bc); trigger cost after/before $(echo "scale=3; ($a - $n) / ($b - $n)" | bc); load $(cut -d' ' -f1-3 /proc/loadavg)"
done
for db in before after; do
  "${P[@]}" -d $db -At <<'SQL' | tail -1 | sed "s/^/$db: summary rows differing from a recount (kept, recounted): /"
select chronology_compact_summary();
create temp table kept as select * from chronology_summary_rows();
select chronology_rebuild_summary();
select (select count(*) from (select * from kept except all select * from chronology_summary_rows()) a)
  || ', ' || (select count(*) from (select * from chronology_summary_rows() except all select * from kept) b);
SQL
done
