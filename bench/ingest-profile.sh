#!/usr/bin/env bash
# Where the start-up ingest's time goes: the statements the database ran per article
# (pg_stat_statements, with the statements inside triggers) and the threads' samples (JFR).
# It also writes every statement with its buffers to pgss.csv: bench/pgss-compare.py compares two sizes.
# A first start with an empty corpus makes the database and seeds the gazetteer; the second start,
# with pg_stat_statements preloaded, ingests N synthetic articles end to end.
# Usage: bench/ingest-profile.sh [N]   (from the repository root; writes under target/bench-profile)
# JAVA_OPTS is passed to the app beside the recording. Needs psql and jfr on the PATH; the packaged app (./mvnw package -DskipTests).
set -euo pipefail
N=${1:-300}
W=${PROFILE_DIR:-target/bench-profile}
APP_DIR=${APP_DIR:-target/quarkus-app}   # another packaged app, e.g. a copy of an earlier build
PORT=${BENCH_PORT:-$((20000 + RANDOM % 20000))}
rm -rf "$W" && mkdir -p "$W/empty"

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests
[ -f target/cp.txt ] || ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
java -cp "$CP" org.chronology.bench.SyntheticArticles "$W/corpus" "$N" 7

run() { # corpus, log, extra JVM options
  CHRONOLOGY_CORPUS_PATH="$1" CHRONOLOGY_DATA_DIR="$W/data" CHRONOLOGY_ADMIN_PASSWORD=bench-$$ \
    QUARKUS_HTTP_PORT=$PORT java -Xmx512m ${3:-} -jar "$APP_DIR/quarkus-run.jar" > "$2" 2>&1 &
  APP=$!
  # The ingest's end from the app's log: a readiness probe starts a PostgreSQL backend each time.
  if [ -n "${4:-}" ]; then
    until grep -q '"message":"Start-up: ' "$2"; do
      kill -0 $APP 2>/dev/null || { tail -50 "$2"; exit 1; }
      sleep 0.2
    done
  fi
  until curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready"; do
    kill -0 $APP 2>/dev/null || { tail -50 "$2"; exit 1; }
    sleep 0.2
  done
}
stop() { kill $APP; wait $APP || true; }
trap 'kill $APP 2>/dev/null || true' EXIT

run "$W/empty" "$W/first.log"
stop
cat >> "$W/data/postgres/postgresql.auto.conf" <<EOF
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = 'all'
pg_stat_statements.max = 10000
pg_stat_statements.track_planning = on
track_functions = 'all'
EOF
echo "load before: $(cat /proc/loadavg)"
# 256 frames: the callers of deep frames (Hibernate's HQL parser under Panache) are not cut off.
run "$W/corpus" "$W/app.log" "-XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename=$W/ingest.jfr,settings=profile ${JAVA_OPTS:-}" wait-for-log
echo "load after: $(cat /proc/loadavg)"
grep -E "Start-up:|start-up extraction:.*finished" "$W/app.log" | tail -2 || true
PG=$(sed -n 's/.*Embedded PostgreSQL started in .* on port \([0-9]*\).*/\1/p' "$W/app.log" | tail -1)
Q() { psql -X -q -h localhost -p "$PG" -U postgres -d postgres -P pager=off "$@"; }
Q -c "create extension if not exists pg_stat_statements"
ARTICLES=$(Q -At -c "select count(*) from article where extraction_state = 'done'")
echo "articles done: $ARTICLES"
Q -c "select sum(calls) as statements, round(sum(calls)::numeric / $ARTICLES, 1) as per_article,
        round(sum(total_exec_time)::numeric) as ms, round(sum(total_plan_time)::numeric) as plan_ms
      from pg_stat_statements where toplevel" |
  tee "$W/statements.txt"
Q -c "select left(regexp_replace(query, '\s+', ' ', 'g'), 70) as statement, sum(calls) as calls,
        round(sum(calls)::numeric / $ARTICLES, 2) as per_article, round(sum(total_exec_time)::numeric) as ms,
        round(sum(total_plan_time)::numeric) as plan_ms
      from pg_stat_statements where toplevel group by 1 order by 2 desc limit 30" | tee -a "$W/statements.txt"
Q -c "select left(regexp_replace(query, '\s+', ' ', 'g'), 70) as statement, sum(calls) as calls,
        round(sum(total_plan_time)::numeric) as plan_ms, round(sum(total_exec_time)::numeric) as ms
      from pg_stat_statements where toplevel group by 1 order by 3 desc limit 10" | tee -a "$W/statements.txt"
Q -c "select calls, round(calls::numeric / $ARTICLES, 2) as per_article, round(total_exec_time::numeric) as ms,
        rows, toplevel as top, left(regexp_replace(query, '\s+', ' ', 'g'), 150) as query
      from pg_stat_statements order by total_exec_time desc limit 40" | tee -a "$W/statements.txt"
# The functions (trigger functions included) by total time: self_time leaves out the functions they call.
Q -c "select funcname, calls, round(total_time::numeric) as total_ms, round(self_time::numeric) as self_ms,
        round(total_time::numeric / nullif(calls, 0), 2) as mean_ms
      from pg_stat_user_functions order by total_time desc limit 25" | tee -a "$W/statements.txt"
Q -c "\\copy (select funcname, calls, total_time, self_time from pg_stat_user_functions) to '$W/functions.csv' with csv header"
# Every statement with its buffers (load-independent), for comparing two sizes: bench/pgss-compare.py.
Q -c "\\copy (select queryid, toplevel, calls, total_exec_time, total_plan_time, rows, shared_blks_hit, shared_blks_read, shared_blks_dirtied, regexp_replace(query, '\\s+', ' ', 'g') as query from pg_stat_statements) to '$W/pgss.csv' with csv header"
stop
jfr print --stack-depth 256 --events jdk.ExecutionSample,jdk.NativeMethodSample "$W/ingest.jfr" > "$W/samples.txt"
echo "samples in $W/samples.txt, statements in $W/statements.txt"
