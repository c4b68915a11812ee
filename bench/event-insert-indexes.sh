#!/usr/bin/env bash
# Per-row cost of the event insert with and without one of event's indexes, on a generated database
# (bench/generate.sql): the newest N events inserted again by one statement (new ids, review
# 'extracted' as an import writes them, every trigger on), rolled back; the variants in turns,
# ROUNDS times, each in its own transaction (the index dropped or made inside it, before the timer),
# event and its side table vacuumed after each (a rolled-back insert leaves its index entries).
#   bench/event-insert-indexes.sh PORT [N] [ROUNDS]   (psql on the PATH, host /tmp, user postgres)
set -euo pipefail
port=${1:?port}; n=${2:-8725}; rounds=${3:-4}
cols="type, title, status, review, confidence, date_start, date_end, date_precision, date_approximate,
  date_text, date_resolved_against, location_name, location_name_en, extractor_version, edited_fields,
  note, search_text, created_at, updated_at, version"
ext="'extracted'"
insert="insert into event ($cols) select ${cols/review/$ext} from event
  where id > (select max(id) from event) - $n"
declare -A pre=(
  [all]=""
  [no_date_idx]="drop index event_date_idx;"
  [rejected_partial]="drop index event_date_idx;
    create index event_rejected_idx on event (date_start, date_end, id) where review = 'rejected';"
  [no_gin]="drop index event_search_tsv_idx;"
)
order=(all no_date_idx rejected_partial no_gin)
for r in $(seq 1 "$rounds"); do
  for i in "${!order[@]}"; do
    v=${order[$(( (i + r - 1) % ${#order[@]} ))]}
    ms=$(psql -X -q -h /tmp -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL | grep -o 'Time: [0-9.]*' | tail -1
begin;
${pre[$v]}
\timing on
$insert;
\timing off
rollback;
SQL
)
    psql -X -q -h /tmp -p "$port" -U postgres -d postgres -c "vacuum event" -c "vacuum event_search"
    echo "round $r  $v  ${ms#Time: } ms  load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
