#!/usr/bin/env bash
# Replaces a packaged app's AppCDS archive by one trained on a whole start-up: the app is started
# with -XX:ArchiveClassesAtExit on a throwaway embedded database (Flyway creates the schema, the
# start-up ingest of the corpus folder is off), asked for the static file and `/` once, and stopped;
# the JVM writes the archive of every class it loaded as it exits. The build's archive
# (quarkus.package.jar.appcds.enabled) holds only the classes of static initialisation. Same JDK and
# same jars only: make it again after each build. As root, the app runs as OWNER (default: the app
# directory's owner).
# Usage: bench/appcds-train.sh APP_DIR [PORT]
set -euo pipefail
APP=$(cd "$1" && pwd)
PORT=${2:-$((20000 + RANDOM % 20000))}
OWNER=${OWNER:-$(stat -c %U "$APP")}
DATA=$(mktemp -d)
chown "$OWNER" "$DATA" 2>/dev/null || true
rm -f "$APP/app-cds.jsa"
cmd="cd '$APP' && CHRONOLOGY_DATA_DIR='$DATA' CHRONOLOGY_CORPUS_INGEST_ON_START=false \
QUARKUS_HTTP_PORT=$PORT exec java -Xmx256m -XX:+UseSerialGC -XX:ArchiveClassesAtExit=app-cds.jsa \
-jar quarkus-run.jar > '$DATA/train.log' 2>&1"
if [ "$(id -u)" = 0 ] && [ "$OWNER" != root ]; then su "$OWNER" -s /bin/bash -c "$cmd" & else bash -c "$cmd" & fi
pid=$!
until curl -sf -o /dev/null "http://localhost:$PORT/css/app.css"; do
  kill -0 $pid 2>/dev/null || { tail -5 "$DATA/train.log"; exit 1; }
  sleep 0.2
done
curl -s -o /dev/null "http://localhost:$PORT/"
sleep 1
jvm=$(pgrep -P "$pid" -f '^java ' || echo "$pid")
kill "$jvm"
wait $pid || true
ls -la "$APP/app-cds.jsa"
rm -rf "$DATA"
