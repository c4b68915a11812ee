#!/usr/bin/env bash
# Ingest benchmark: N synthetic articles (default 2000) ingested and extracted end to end by the
# packaged app into a fresh embedded PostgreSQL at start-up, against extraction alone on the same
# articles in the same run (the reference), then the latency of single uploads into that database.
# Usage: bench/ingest.sh [N] [UPLOADS]      (run from the repository root; writes under target/bench-ingest)
# JAVA_OPTS is passed to the app, e.g. JAVA_OPTS=-XX:StartFlightRecording=filename=target/ingest.jfr
# APP_DIR runs another packaged app (a copy of an earlier target/quarkus-app) on the same corpus;
# CORPUS_KEEP=1 keeps the corpus and reference of the last run (same articles for both apps);
# NO_REFERENCE=1 skips extraction alone.
set -euo pipefail
N=${1:-2000}
UPLOADS=${2:-20}
W=target/bench-ingest
APP_DIR=${APP_DIR:-target/quarkus-app}
PORT=${BENCH_PORT:-$((20000 + RANDOM % 20000))}
PASSWORD=bench-password-$$
KEEP=
if [ "${CORPUS_KEEP:-}" = 1 ] && [ -d "$W/corpus" ]; then
  rm -rf "$W/data" "$W/app.log" "$W/cookies" && KEEP=1
else
  rm -rf "$W" && mkdir -p "$W" && KEEP=
fi

[ -f "$APP_DIR/quarkus-run.jar" ] || ./mvnw -q package -DskipTests
[ -n "$KEEP" ] && [ -f target/cp.txt ] || ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/cp.txt)"

echo "load before: $(cat /proc/loadavg)"
if [ -z "$KEEP" ]; then
  java -cp "$CP" org.chronology.bench.SyntheticArticles "$W/corpus" "$N" 7
  java -cp "$CP" org.chronology.bench.SyntheticArticles "$W/uploads" "$UPLOADS" 8
fi
# CPU seconds (user + system) of the app's JVM (java), or of its PostgreSQL (pg: the postmaster of
# the data directory, with its backends that ended, and its live processes).
cpu() {
  local ticks pm pids
  ticks=$(getconf CLK_TCK)
  if [ "$1" = java ]; then
    pids=$APP
  else
    pm=$(head -1 "$W/data/postgres/postmaster.pid" 2>/dev/null || true)
    [ -n "$pm" ] || { echo "?"; return; }
    pids="$pm $(pgrep -d ' ' -P "$pm" || true)"
  fi
  for p in $pids; do
    # A backend may end between pgrep and the read: its CPU is then in the postmaster's figure.
    awk -v pm="${pm:-}" -v p="$p" '{ s = $14 + $15; if (p == pm) s += $16 + $17; print s }' "/proc/$p/stat" 2>/dev/null || true
  done | awk -v t="$ticks" '{ s += $1 } END { printf "%.1f", s / t }'
}
# Each thread's CPU ticks of the app's JVM (name, then utime + stime), summed by name without digits.
threads() {
  for t in /proc/$APP/task/*; do
    printf '%s %s\n' "$(tr ' ' '_' < "$t/comm" 2>/dev/null | sed 's/[-_#]*[0-9]*$//')" \
      "$(awk '{ print $14 + $15 }' "$t/stat" 2>/dev/null)"
  done | awk 'NF == 2 { s[$1] += $2 } END { for (k in s) print k, s[k] }' | sort
}
TIMEFORMAT='extraction alone CPU: %U s user, %S s system'
# NO_REFERENCE=1 leaves out extraction alone (turns of two apps on one kept corpus: the ingest only).
if [ "${NO_REFERENCE:-}" != 1 ]; then
  time java -cp "$CP" org.chronology.bench.ExtractionOnly "$W/corpus" | tee "$W/reference.txt"
fi

if curl -s -o /dev/null "http://localhost:$PORT/"; then echo "port $PORT is in use; set BENCH_PORT"; exit 1; fi
start=$(date +%s.%N)
CHRONOLOGY_CORPUS_PATH="$W/corpus" CHRONOLOGY_DATA_DIR="$W/data" CHRONOLOGY_ADMIN_PASSWORD="$PASSWORD" \
  QUARKUS_HTTP_PORT=$PORT java -Xmx512m ${JAVA_OPTS:-} -jar "$APP_DIR/quarkus-run.jar" > "$W/app.log" 2>&1 &
APP=$!
# On exit the app is stopped and waited for, with the database it started, so that a next turn
# never removes or initialises its data folder while that PostgreSQL is still shutting down.
stop_app() {
  kill $APP 2>/dev/null || true
  wait $APP 2>/dev/null || true
  for _ in $(seq 150); do
    pgrep -f -- "$(realpath -m "$W/data")" > /dev/null || break
    sleep 0.2
  done
}
trap stop_app EXIT
until curl -sf -o /dev/null "http://localhost:$PORT/css/app.css"; do
  kill -0 $APP 2>/dev/null || { tail -50 "$W/app.log"; exit 1; }
  sleep 0.2
done
answers=$(date +%s.%N)
jvm0=$(cpu java); pg0=$(cpu pg); threads > "$W/threads0.txt"
echo "app answers after $(echo "$answers - $start" | bc) s"
# The start-up ingest runs after the app answers; readiness is up once it is over. Its end is
# read from the app's own "Start-up:" line first: each readiness probe opens a new database
# connection (a PostgreSQL backend started for it), and probing five times a second during the
# ingest added that cost to the PostgreSQL CPU measured here.
until grep -q '"message":"Start-up: ' "$W/app.log"; do
  kill -0 $APP 2>/dev/null || { tail -50 "$W/app.log"; exit 1; }
  sleep 0.2
done
until curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready"; do
  kill -0 $APP 2>/dev/null || { tail -50 "$W/app.log"; exit 1; }
  sleep 0.2
done
ready=$(date +%s.%N)
echo "app ready (ingest + extraction of $N articles done) after $(echo "$ready - $start" | bc) s"
jvm1=$(cpu java); pg1=$(cpu pg); threads > "$W/threads1.txt"
# The JVM's CPU from answering to ready by thread (a thread that ended meanwhile is not counted).
echo "JVM CPU by thread, answer → ready (s): $(join -a 2 -e 0 -o 0,1.2,2.2 "$W/threads0.txt" "$W/threads1.txt" |
  awk -v t="$(getconf CLK_TCK)" '{ d = ($3 - $2) / t; if (d >= 0.05) printf "%s %.2f\n", $1, d }' | sort -k2 -rn | head -12 | tr '\n' ';')"
echo "CPU from answering to ready (the ingest and extraction): app JVM $(echo "$jvm1 - $jvm0" | bc) s, PostgreSQL $(echo "$pg1 - $pg0" | bc) s (at readiness: JVM $jvm1 s, PostgreSQL $pg1 s)"
grep -E "Start-up:|start-up extraction:.*finished|ingest corpus:.*finished" "$W/app.log" | tail -3 || true

# Single uploads into the filled database: sign in, then each upload with a fresh CSRF token.
J="$W/cookies"
# The sign-in form carries a CSRF token too.
login=$(curl -s -c "$J" -b "$J" "http://localhost:$PORT/login" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -c "$J" -b "$J" -o /dev/null -w "sign-in: %{http_code} %{redirect_url}\n" \
  -d "j_username=admin&j_password=$PASSWORD&csrf-token=$login" "http://localhost:$PORT/j_security_check"
: > "$W/uploads.txt"
for f in "$W"/uploads/*.txt; do
  token=$(curl -s -c "$J" -b "$J" "http://localhost:$PORT/articles/new" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$J" -b "$J" -o /dev/null -w "%{http_code} %{time_total}\n" \
    -F "csrf-token=$token" -F "file=@$f;type=text/plain" "http://localhost:$PORT/articles/new" >> "$W/uploads.txt"
done
static=$(for i in $(seq 20); do curl -s -o /dev/null -w "%{time_total}\n" "http://localhost:$PORT/css/app.css"; done | sort -n | sed -n 10p)
echo "uploads (status, seconds): $(sort -k2 -n "$W/uploads.txt" | awk '{a[NR]=$2; s[$1]++} END {printf "median %.3f s, max %.3f s;", a[int((NR+1)/2)], a[NR]; for (k in s) printf " %s x%d", k, s[k]}')"
echo "static file median: $static s"
echo "load after: $(cat /proc/loadavg)"
