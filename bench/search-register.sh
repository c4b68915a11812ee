#!/usr/bin/env bash
# What registering a frequent search costs writers of event_search: one statement of 50 events
# (rolled back) alone, then while a registration counts the search, in turns with V16's way (a SHARE
# lock on event_search for the count) and V18's (the search committed not ready, then one fill
# statement, no lock on the table). Prints each time in ms and the writer's time while registering
# over its time alone. Needs V16 and V18 applied; the search is removed after each turn.
#   bench/search-register.sh [port] [rounds] [tsquery]   (a database of the generator, e.g. a 1M copy)
set -euo pipefail
port=${1:-5432}
rounds=${2:-2}
q=${3:-'زياره:*'}
export PGPASSWORD=postgres
P="psql -X -q -h localhost -p $port -U postgres -d postgres -v ON_ERROR_STOP=1"
writer="begin;
insert into event (type, title, status, date_start, date_precision, search_text)
  select 'visit', 'registration bench ' || g, 'happened', date '2001-01-01' + g, 'day',
         coalesce((select search_text from event where id = 1000 + g * 17), 'registration bench')
  from generate_series(1, 50) g;
rollback;"
old="begin; set local lock_timeout = '10s'; lock table event_search in share mode;
insert into search_count_query (q, tsq) values ('$q', to_tsquery('simple', '$q'));
insert into search_count (query_id, year, type, n)
  select k.id, cast(extract(year from s.date_start) as integer), s.type, count(*)
  from event_search s join search_count_query k on s.search_tsv @@ k.tsq where k.q = '$q'
  group by 1, 2, 3;
commit;"
register="insert into search_count_query (q, tsq, ready) values ('$q', to_tsquery('simple', '$q'), false)"
fill="begin;
select ready from search_count_query where q = '$q' for no key update;
insert into search_count as c (query_id, year, type, n)
  select (select id from search_count_query where q = '$q'), d.year, d.type, sum(d.n) from (
    select cast(extract(year from s.date_start) as integer) as year, s.type, count(*) as n
    from event_search s join search_count_query k on s.search_tsv @@ k.tsq where k.q = '$q'
    group by 1, 2
    union all select c.year, c.type, -c.n from search_count c
      join search_count_query k on k.id = c.query_id where k.q = '$q') d
  group by 2, 3 having sum(d.n) <> 0
  on conflict (query_id, year, type) do update set n = c.n + excluded.n;
update search_count_query set ready = true where q = '$q';
commit;"
ms() { local s e; s=$(date +%s%N); $P -c "$1" > /dev/null; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
# V18's registration: committed first (its own statement), then the fill.
new() { $P -c "$register" -c "$fill"; }
$P -c "delete from search_count_query where q = '$q'"
for r in $(seq "$rounds"); do
  for mode in old new; do
    alone=$(ms "$writer")
    s=$(date +%s%N)
    if [ "$mode" = new ]; then new > /dev/null & reg=$!; else $P -c "$old" > /dev/null & reg=$!; fi
    sleep 1
    during=$(ms "$writer")
    wait $reg; e=$(date +%s%N)
    echo "round $r $mode: registration $(((e - s) / 1000000)) ms; writer alone $alone ms, during $during ms" \
      "($(awk "BEGIN{printf \"%.1f\", $during / $alone}")x), load $(cut -d' ' -f1 /proc/loadavg)"
    $P -c "delete from search_count_query where q = '$q'"
  done
done
