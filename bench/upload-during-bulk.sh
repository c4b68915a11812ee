#!/usr/bin/env bash
# bench/upload-during-bulk.sh NAME APPDIR PORT: one packaged app (APPDIR, e.g. target/quarkus-app)
# on a fresh data dir /tmp/perf62/data-NAME, its corpus folder /tmp/perf62/corpus (a copy of 686 dev
# articles) ingested and extracted at start-up, a background bulk run like a re-extraction's; one
# unmeasured upload, then uploads while that extraction runs, then as many after it (idle), in the
# same JVM, timed by bench/upload.sh. Files to upload in /tmp/perf62/uploads.
set -u
NAME=$1; APP=$2; PORT=$3; BASE=http://localhost:$PORT
DATA=/tmp/perf62/data-$NAME; LOG=/tmp/perf62/app-$NAME.log; U=/tmp/perf62/uploads
rm -rf "$DATA"; mkdir -p "$DATA"
FLAGS="-Xms64m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k"
( cd "$APP" && CHRONOLOGY_DATA_DIR=$DATA CHRONOLOGY_CORPUS_PATH=/tmp/perf62/corpus CHRONOLOGY_ADMIN_PASSWORD=bench-perf62 \
  QUARKUS_HTTP_PORT=$PORT exec java $FLAGS -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar > "$LOG" 2>&1 ) &
pid=$!
echo "$NAME pid $pid"
until grep -q "start-up extraction: " "$LOG"; do kill -0 $pid || { tail -20 "$LOG"; exit 1; }; sleep 0.5; done
echo "extraction started: $(grep -m1 'start-up extraction: ' "$LOG" | cut -c1-23)"
"$(dirname "$0")"/upload.sh $BASE bench-perf62 $U/d693_release.txt > /dev/null  # warm-up, unmeasured
echo "== during the start-up extraction ($(date -u +%T))"
"$(dirname "$0")"/upload.sh $BASE bench-perf62 $U/d694_tv.txt $U/d695_digest.txt $U/d696_column.txt $U/d697_gulf.txt $U/d698_turkish.txt
echo "after the uploads: $(date -u +%T); extraction finished yet? $(grep -c 'Start-up: ' "$LOG")"
until grep -q "Start-up: " "$LOG"; do kill -0 $pid || exit 1; sleep 1; done
grep "Start-up: " "$LOG"
sleep 3
echo "== idle ($(date -u +%T))"
"$(dirname "$0")"/upload.sh $BASE bench-perf62 $U/d699_liveblog.txt $U/d700_aggregator.txt $U/d701_explainer.txt $U/d702_syrian.txt $U/d703_russian.txt
kill $pid; wait $pid
