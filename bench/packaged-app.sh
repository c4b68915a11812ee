# Sourced by the bench scripts that start the packaged app on an existing database.
# start_packaged_app LOG "JVM FLAGS": starts APP/quarkus-run.jar (its AppCDS archive if the package
# has one) on DATA at PORT, the start-up ingest of the corpus folder off, as the data's owner when
# run as root; waits for readiness (or, with READY_PATH=/ say, for that path's first 200: readiness
# stays down while the start-up re-extracts articles of an older extractor version, hours at 1M);
# sets `pid` (the launcher) and `jvm` (the java process).
# Needs DATA, APP, PORT, OWNER and BASE set.
start_packaged_app() {
  local log=$1 flags=$2 cds="" cmd
  [ -f "$APP/app-cds.jsa" ] && cds="-XX:SharedArchiveFile=app-cds.jsa"
  cmd="cd '$APP' && CHRONOLOGY_DATA_DIR='$DATA' CHRONOLOGY_CORPUS_INGEST_ON_START=false \
QUARKUS_HTTP_PORT=$PORT exec java $flags $cds -jar quarkus-run.jar > '$log' 2>&1"
  if [ "$(id -u)" = 0 ] && [ "$OWNER" != root ]; then su "$OWNER" -s /bin/bash -c "$cmd" & else bash -c "$cmd" & fi
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE${READY_PATH:-/q/health/ready}")" = 200 ]; do
    kill -0 $pid 2>/dev/null || { tail -5 "$log"; exit 1; }
    sleep 0.2
  done
  jvm=$(pgrep -P "$pid" -f '^java ' || echo "$pid")
}
