#!/usr/bin/env bash
# Fills the embedded PostgreSQL of a running Chronology with synthetic events (bench/generate.sql).
#   bench/generate.sh 100000            # adds 100,000 events to ./data
#   bench/generate.sh 100000 /tmp/data  # the data directory of chronology.data-dir
# The app must have run once on that data directory (schema) and be running (it runs the server).
# Any other PostgreSQL: psql -h HOST -p PORT -U USER -d DB -v events=N -f bench/generate.sql
set -euo pipefail
events=${1:?number of events to add}
data=${2:-data}
pid="$data/postgres/postmaster.pid"
[ -f "$pid" ] || { echo "no running embedded PostgreSQL under $data (start the app first)" >&2; exit 1; }
port=$(sed -n 4p "$pid")
here=$(cd "$(dirname "$0")" && pwd)
start=$(date +%s)
PGPASSWORD=postgres psql -X -q -h localhost -p "$port" -U postgres -d postgres \
  -v events="$events" -f "$here/generate.sql"
echo "generated $events events in $(( $(date +%s) - start )) s"
