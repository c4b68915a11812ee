#!/usr/bin/env bash
# Fills the embedded PostgreSQL of a running Chronology with synthetic events (bench/generate.sql).
#   bench/generate.sh 100000            # adds 100,000 events to ./data
#   bench/generate.sh 100000 /tmp/data  # the data directory of chronology.data-dir
# The app must have run once on that data directory (schema) and be running (it runs the server).
# Any other PostgreSQL: psql -h HOST -p PORT -U USER -d DB -v events=N [-v extractor_version=V] \
#   -f bench/generate.sql
set -euo pipefail
events=${1:?number of events to add}
data=${2:-data}
pid="$data/postgres/postmaster.pid"
[ -f "$pid" ] || { echo "no running embedded PostgreSQL under $data (start the app first)" >&2; exit 1; }
port=$(sed -n 4p "$pid")
here=$(cd "$(dirname "$0")" && pwd)
# The articles are stored as extracted by this version, so that a start-up of the package built from
# this tree does not extract them again (article.StaleArticles).
version=$(sed -n 's/.*int VERSION = \([0-9]*\);.*/\1/p' \
  "$here/../src/main/java/org/chronology/extraction/ArabicEventExtractor.java")
[ -n "$version" ] || { echo "no ArabicEventExtractor.VERSION found" >&2; exit 1; }
start=$(date +%s)
PGPASSWORD=postgres psql -X -q -h localhost -p "$port" -U postgres -d postgres \
  -v events="$events" -v extractor_version="$version" -f "$here/generate.sql"
echo "generated $events events in $(( $(date +%s) - start )) s"
