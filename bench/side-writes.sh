#!/usr/bin/env bash
# The write cost of V14's side tables (event_search, actor_event): the same writes with their
# triggers on and off, in turns, each rolled back. 20 statements of 50 events (texts copied from
# existing events) and 3 actor rows per event.
#   bench/side-writes.sh [port] [rounds]   (a database of the generator, e.g. a 1M copy)
# TRIGGERS (table:trigger …) and LABEL measure other triggers with the same writes
# (bench/search-count-writes.sh). Since V33 one insert trigger on event_actor (event_actor_rows_insert)
# writes actor_event and the actor counts together: toggling it measures both.
set -euo pipefail
port=${1:-5432}
rounds=${2:-3}
TRIGGERS=${TRIGGERS:-"event:event_search_insert event:event_search_update event:event_search_delete
  event:event_actor_order_event event_actor:event_actor_rows_insert
  event_actor:event_actor_order_delete event_actor:event_actor_order_update"}
LABEL=${LABEL:-side-table}
export PGPASSWORD=postgres
P="psql -X -q -h localhost -p $port -U postgres -d postgres -v ON_ERROR_STOP=1"
toggle() {
  local sql="" t
  for t in $TRIGGERS; do sql+="alter table ${t%%:*} $1 trigger ${t#*:}; "; done
  $P -c "$sql"
}
writes="begin;
do \$\$
declare i int; ids bigint[];
begin
  for i in 1..20 loop
    with e as (
      insert into event (type, title, status, date_start, date_precision, search_text)
      select (array['visit','meeting','deal','statement'])[1 + g % 4], 'write cost ' || g, 'happened',
             date '2001-01-01' + (g * 37 % 9000), 'day',
             coalesce((select search_text from event where id = 1000 + g * 17 + i), 'write cost')
      from generate_series(1, 50) g returning id)
    select array_agg(id) into ids from e;
    insert into event_actor (event_id, actor_id, position)
      select x, a.id, 0 from unnest(ids) x,
        lateral (select id from actor order by id offset x % 40 limit 3) a;
  end loop;
end \$\$;
rollback;"
trap 'toggle enable' EXIT
for r in $(seq "$rounds"); do
  for mode in enable disable; do
    toggle "$mode"
    s=$(date +%s%N); $P -c "$writes"; e=$(date +%s%N)
    echo "round $r $LABEL triggers ${mode}d: $(((e - s) / 1000000)) ms, load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
