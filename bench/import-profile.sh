#!/usr/bin/env bash
# Where a folder import's time goes: one `import DIR` of a packaged app, run directly in the C1 JVM
# the command relaunches itself into, with JFR (profile settings, socket reads and writes from 1 ms)
# and pg_stat_statements (track = all: statements inside triggers too; planning tracked) preloaded
# into a data directory made by a first import of an empty folder.
# Usage: bench/import-profile.sh APP_DIR CORPUS OUT   (PG_BIN as in bench/import.sh; needs jfr, psql)
# Writes OUT/statements.txt (grouped by the statement's first 60 characters, every level) and
# OUT/events.txt (jfr print of the execution samples and socket reads, for grouping by caller).
set -euo pipefail
APP=$(cd "$1" && pwd); CORPUS=$(cd "$2" && pwd); W=$(mkdir -p "$3" && cd "$3" && pwd)
PG_BIN=${PG_BIN:-/tmp/ingest41-pg/bin0/bin}
rm -rf "${W:?}"/* && mkdir -p "$W/empty"
JDK=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
sed -E '/<event name="jdk.Socket(Read|Write)">/,/<\/event>/ s#(<setting name="threshold"[^>]*>)[^<]*#\11 ms#' \
  "$JDK/lib/jfr/profile.jfc" > "$W/io.jfc"
cds=""; [ -f "$APP/app-cds.jsa" ] && cds="-XX:SharedArchiveFile=app-cds.jsa"
cd "$APP"
CHRONOLOGY_DATA_DIR=$W/data java -Xmx512m $cds -jar quarkus-run.jar import "$W/empty" > "$W/first.log" 2>&1
cat >> "$W/data/postgres/postgresql.auto.conf" <<X
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = 'all'
pg_stat_statements.max = 10000
pg_stat_statements.track_planning = on
X
echo "load before: $(cat /proc/loadavg)"
t0=$(date +%s.%N)
CHRONOLOGY_DATA_DIR=$W/data java -Xmx512m $cds -XX:TieredStopAtLevel=1 -Dchronology.import.c1-only=false \
  -XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename=$W/import.jfr,settings=$W/io.jfc \
  -jar quarkus-run.jar import "$CORPUS" > "$W/import.log" 2>&1
echo "load after: $(cat /proc/loadavg); wall $(echo "$(date +%s.%N) - $t0" | bc) s"
# PostgreSQL's own tools refuse root: as root, a copy owned by the postgres user.
pgdata="$W/data/postgres" as=(bash -c)
if [ "$(id -u)" = 0 ]; then
  cp -a "$W/data/postgres" "$W/pg" && chown -R postgres "$W/pg"; pgdata="$W/pg"; as=(su postgres -s /bin/bash -c)
fi
port=$((30000 + RANDOM % 20000))
"${as[@]}" "'$PG_BIN/pg_ctl' -D '$pgdata' -o '-p $port -k /tmp' -w -l /tmp/import-profile-$port.log start > /dev/null"
psql -X -q -h /tmp -p $port -U postgres -d postgres -P pager=off -c "create extension if not exists pg_stat_statements" \
  -c "select sum(calls) calls, round(sum(total_exec_time)::numeric) exec_ms, round(sum(total_plan_time)::numeric) plan_ms
      from pg_stat_statements where toplevel" \
  -c "select left(regexp_replace(query, '\s+', ' ', 'g'), 60) statement, toplevel top, sum(calls) calls,
        round(sum(total_exec_time)::numeric) ms, round(sum(total_plan_time)::numeric) plan_ms
      from pg_stat_statements group by 1, 2 order by 4 desc limit 40" > "$W/statements.txt"
"${as[@]}" "'$PG_BIN/pg_ctl' -D '$pgdata' -w stop > /dev/null"
jfr print --stack-depth 256 --events jdk.ExecutionSample,jdk.SocketRead "$W/import.jfr" > "$W/events.txt"
grep -o '"message":"extraction: [^"]*finished' "$W/import.log" || true
echo "statements in $W/statements.txt, samples and socket reads in $W/events.txt"
