#!/usr/bin/env bash
# The database a start-up ingest leaves, without surrogate ids or timestamps, for comparing two
# builds' writes: every table's row count, then bench/ingest-compare.sql (the summaries folded,
# every event with its columns, version, actor rows, mentions and side rows, every actor with its
# aliases, revisions, articles' states, by natural keys). The count and delta tables' row counts
# depend on when the compactor ran; their folded sums are what compares.
# Usage: bench/ingest-compare.sh APP_DIR CORPUS OUT [PORT]     (PORT: the app's HTTP port)
#   e.g. bench/ingest-compare.sh /tmp/old corpus /tmp/old-seed.txt 18710, the same with the new
#   package, then: diff /tmp/old-seed.txt /tmp/new-seed.txt
set -euo pipefail
APP_DIR=$1
CORPUS=$2
OUT=$3
PORT=${4:-18710}
W=$(mktemp -d "${TMPDIR:-/tmp}/ingest-compare.XXXXXX")
if curl -s -o /dev/null "http://localhost:$PORT/"; then echo "port $PORT is in use"; exit 1; fi
CHRONOLOGY_CORPUS_PATH="$CORPUS" CHRONOLOGY_DATA_DIR="$W/data" CHRONOLOGY_ADMIN_PASSWORD="compare-$$" \
  QUARKUS_HTTP_PORT=$PORT java -Xmx512m -jar "$APP_DIR/quarkus-run.jar" > "$W/app.log" 2>&1 &
APP=$!
stop_app() {
  kill $APP 2>/dev/null || true
  wait $APP 2>/dev/null || true
  for _ in $(seq 150); do
    pgrep -f -- "$W/data" > /dev/null || break
    sleep 0.2
  done
  rm -rf "$W"
}
trap stop_app EXIT
until grep -q '"message":"Start-up: ' "$W/app.log"; do
  kill -0 $APP 2>/dev/null || { tail -50 "$W/app.log"; exit 1; }
  sleep 0.5
done
until curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready"; do
  kill -0 $APP 2>/dev/null || { tail -50 "$W/app.log"; exit 1; }
  sleep 0.5
done
grep -h '"message":"Start-up: ' "$W/app.log" | sed 's/.*"message":"\([^"]*\)".*/# \1/' >&2
pg=$(sed -n 4p "$W/data/postgres/postmaster.pid")
sql() { PGPASSWORD=postgres psql -X -q -At -v ON_ERROR_STOP=1 -h localhost -p "$pg" -U postgres -d postgres "$@"; }
{
  for t in $(sql -c "select table_name from information_schema.tables where table_schema = 'public'
      and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by 1"); do
    echo "rows $t $(sql -c "select count(*) from $t")"
  done
  sql -f "$(dirname "$0")/ingest-compare.sql"
} > "$OUT"
echo "$(wc -l < "$OUT") lines, md5 $(md5sum < "$OUT" | cut -c1-32): $OUT" >&2
