#!/usr/bin/env bash
# Traces uploads to instance B while instance A re-extracts (bench/upload-other-instance.sh with
# TRACE_DIR): until killed, every 0.1 s both instances' sessions that are not idle (state, wait,
# seconds into the transaction and the statement, the statement) and every advisory lock held or
# asked for (sessions.txt), A's and B's threads every second (threads-a.txt, threads-b.txt: the
# merge, extraction and upload threads' stacks), the load and the JVMs' CPU every second (cpu.txt).
# Usage: bench/upload-trace.sh PG_PORT JVM_A JVM_B DIR
set -u
PG_PORT=$1; A=$2; B=$3; DIR=$4
PGPASSWORD=postgres psql -X -q -At -F ' | ' -h localhost -p "$PG_PORT" -U postgres -d postgres \
  > "$DIR/sessions.txt" 2>&1 <<'SQL' &
select to_char(clock_timestamp() at time zone 'UTC', 'HH24:MI:SS.MS') as t, kind, who, pid, what
from (
  select 's' as kind, right(application_name, 1) as who, pid,
         state || ' ' || coalesce(wait_event_type || ':' || wait_event, '-')
         || ' xact ' || coalesce(round(extract(epoch from clock_timestamp() - xact_start)::numeric, 2)::text, '-')
         || ' stmt ' || round(extract(epoch from clock_timestamp() - query_start)::numeric, 2)
         || ' ' || left(regexp_replace(query, '\s+', ' ', 'g'), 110) as what
  from pg_stat_activity
  where application_name like 'chronology-%' and state <> 'idle' and pid <> pg_backend_pid()
  union all
  select 'l', right(a.application_name, 1), l.pid,
         'advisory ' || l.objid || ' ' || l.mode || case when l.granted then ' held' else ' WAITS' end
  from pg_locks l join pg_stat_activity a on a.pid = l.pid
  where l.locktype = 'advisory'
) x order by kind, who, pid;
\watch 0.1
SQL
psqlpid=$!
(
  while :; do
    t=$(date -u +%H:%M:%S.%3N)
    echo "=== $t" >> "$DIR/threads-a.txt"; echo "=== $t" >> "$DIR/threads-b.txt"
    jcmd "$A" Thread.print 2>/dev/null | awk '/^"/{keep = /start-up|reextraction|extraction|upload|executor/} keep' >> "$DIR/threads-a.txt"
    jcmd "$B" Thread.print 2>/dev/null | awk '/^"/{keep = /extraction|upload-merge|executor/} keep' >> "$DIR/threads-b.txt"
    sleep 1
  done
) > /dev/null &
looppid=$!
# Explicit ids: a trap that listed the jobs failed to parse once, and the tracer kept running.
trap 'kill "$psqlpid" "$looppid" 2>/dev/null; exit 0' TERM INT
while :; do
  echo "$(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg) $(top -b -n1 -p "$A" -p "$B" | awk -v a="$A" -v b="$B" '$1==a{printf "A %s%% ", $9} $1==b{printf "B %s%% ", $9}')$(top -b -n1 | awk '/^%Cpu/{print "us+sy " $2+$4 " id " $8}')" >> "$DIR/cpu.txt"
  sleep 1
done
