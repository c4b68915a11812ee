#!/usr/bin/env bash
# Issue #10 with two instances on one database: an upload to instance B while instance A's start-up
# re-extracts the archive in the background (the copy's articles at an older extractor version than
# the apps'). Both packaged apps (APP_A, APP_B; bench/packaged-app.sh: their AppCDS archives, the
# corpus folder's ingest off) use the PostgreSQL already running on PG_PORT (user and password
# postgres, database postgres: the embedded server's, started on the copy's data with pg_ctl). A is
# started first and its first batch waited for; then B (its own start-up waits for A's bulk lock);
# one unmeasured upload to B (WARMUP), then FILE... one at a time by bench/upload.sh against B, with
# the static file's latency of the same run; the batches A's log shows meanwhile. Stops both. A sets
# the first administrator's password (PASSWORD) if the copy has none. With TRACE_DIR set, the
# measured uploads are traced there (bench/upload-trace.sh): both instances' sessions and advisory
# locks every 0.1 s (A's connections named chronology-a, B's chronology-b), A's and B's threads every
# second, the load.
# Usage: bench/upload-other-instance.sh APP_A APP_B DATA_DIR PG_PORT PORT_A PORT_B PASSWORD "FLAGS" WARMUP FILE...
set -u
APP_A=$(cd "$1" && pwd); APP_B=$(cd "$2" && pwd); DATA=$(cd "$3" && pwd); PG_PORT=$4
PORT_A=$5; PORT_B=$6; PASSWORD=$7; FLAGS=$8; WARMUP=$9; shift 9
OWNER=$(stat -c %U "$DATA")
. "$(dirname "$0")/packaged-app.sh"
URL=jdbc:postgresql://localhost:$PG_PORT/postgres
export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
export CHRONOLOGY_ADMIN_PASSWORD=$PASSWORD
sql() { PGPASSWORD=postgres psql -X -q -At -h localhost -p "$PG_PORT" -U postgres -d postgres -c "$1"; }
stamp=$(date +%H%M%S)
# A: the re-extracting instance (its page cache and logs under DATA/a).
mkdir -p "$DATA/a" "$DATA/b"
logA="$DATA/a/app-$stamp.log"
APP=$APP_A PORT=$PORT_A BASE=http://localhost:$PORT_A
DATA_SAVED=$DATA; DATA=$DATA_SAVED/a
export QUARKUS_DATASOURCE_JDBC_URL="$URL?ApplicationName=chronology-a"
READY_PATH=/ start_packaged_app "$logA" "$FLAGS"
pidA=$pid jvmA=$jvm
until grep -q 'extraction: [1-9][0-9]*/' "$logA"; do kill -0 "$pidA" || exit 1; sleep 1; done
echo "A ($APP_A): first batch committed: $(grep -m1 'extraction: [1-9][0-9]*/' "$logA" | sed -n 's/.*"timestamp":"[0-9-]*T\([0-9:.]*\)Z".*/\1/p')"
# B: the instance uploaded to.
logB="$DATA_SAVED/b/app-$stamp.log"
APP=$APP_B PORT=$PORT_B BASE=http://localhost:$PORT_B
DATA=$DATA_SAVED/b
export QUARKUS_DATASOURCE_JDBC_URL="$URL?ApplicationName=chronology-b"
READY_PATH=/ start_packaged_app "$logB" "$FLAGS"
pidB=$pid jvmB=$jvm
echo "B ($APP_B) answered /"
"$(dirname "$0")"/upload.sh "$BASE" "$PASSWORD" "$WARMUP" | sed 's/^/warm-up (unmeasured): /'
p0=$(sql "select count(*) from article where extraction_state = 'pending'")
b0=$(grep -c 'extraction: [0-9]*/' "$logA")
if [ -n "${TRACE_DIR:-}" ]; then
  mkdir -p "$TRACE_DIR"
  "$(dirname "$0")"/upload-trace.sh "$PG_PORT" "$jvmA" "$jvmB" "$TRACE_DIR" & tracer=$!
fi
"$(dirname "$0")"/upload.sh "$BASE" "$PASSWORD" "$@"
[ -n "${TRACE_DIR:-}" ] && { kill -- "$tracer"; wait "$tracer" 2>/dev/null; cp "$logA" "$TRACE_DIR/a.log"; cp "$logB" "$TRACE_DIR/b.log"; }
p1=$(sql "select count(*) from article where extraction_state = 'pending'")
echo "pending $p0 -> $p1; A's batches logged during the uploads: $(($(grep -c 'extraction: [0-9]*/' "$logA") - b0))"
sed -n 's/.*"timestamp":"[0-9-]*T\([0-9:.]*\)Z".*"message":"\([^"]*extraction: [0-9]*\/[^"]*\)".*/\1 \2/p' "$logA" | tail -6
kill "$jvmB"; wait "$pidB" 2>/dev/null || true
kill "$jvmA"; wait "$pidA" 2>/dev/null || true
