#!/usr/bin/env bash
# The first read after a write (a page-cache miss) of the year page and `/` on several running apps
# in alternating turns, each against the static file timed on the same app in the same turn.
#   bench/miss-turns.sh ROUNDS NAME=BASE_URL=DATA_DIR [NAME=BASE_URL=DATA_DIR ...] [-- URL ...]
# e.g. bench/miss-turns.sh 4 old=http://localhost:18101=/tmp/pages50/data1 \
#        new=http://localhost:18102=/tmp/pages50/data2
# Each app runs on its own copy of the database (its embedded PostgreSQL in DATA_DIR). The write is
# one plain SQL update of an event's title on that database (it bumps the data version as any edit,
# upload or re-extraction does), made before each of a URL's MISSES (default 5) first reads. Prints a
# Markdown table: the static file's median of 5 reads, the median first read (curl time_total,
# seconds), the second read after the last of them, the first read as a multiple of the static
# median, and the CPU time the app's JVM and its PostgreSQL (the postmaster and every backend) spent
# per miss (from /proc: utime + stime of the running processes; the write comes from a psql whose
# backend has exited by then, so it is not counted), which the machine's
# load moves far less than the wall times.
set -euo pipefail
rounds=$1
shift
apps=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do
  apps+=("$1")
  shift
done
[ "${1:-}" = -- ] && shift
urls=("$@")
[ ${#urls[@]} -eq 0 ] && urls=("/?year=2023" "/")
sql() {
  local port
  port=$(sed -n 4p "$1/postgres/postmaster.pid")
  PGPASSWORD=postgres psql -X -q -At -h localhost -p "$port" -U postgres -d postgres -c "$2"
}
t() { curl -s -o /dev/null -w "%{time_total}" "$1"; }
misses=${MISSES:-5}
tick=$(getconf CLK_TCK)
# CPU seconds (user + system) of the given processes and their children's threads, in ticks.
ticks() { for p in "$@"; do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | paste -sd+ | bc; }
jvm_of() { # the java process listening on the base URL's port
  local port=${1##*:}
  port=${port%%/*}
  ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}
pg_pids() { local pm; pm=$(sed -n 1p "$1/postgres/postmaster.pid"); echo "$pm" $(pgrep -P "$pm"); }
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) rounds=$rounds"
echo
echo "| round | app | URL | static median (s) | first read after a write, median of $misses (s) | second read (s) | first / static | JVM CPU per miss (ms) | PostgreSQL CPU per miss (ms) | load |"
echo "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|"
for r in $(seq "$rounds"); do
  for a in "${apps[@]}"; do
    IFS='=' read -r name base data <<<"$a"
    event=$(sql "$data" "select id from event where review <> 'rejected' order by id limit 1")
    for u in "${urls[@]}"; do
      static=$(for i in 1 2 3 4 5; do t "$base/css/app.css"; echo; done | sort -n | sed -n 3p)
      jvm=$(jvm_of "$base")
      pgs=$(pg_pids "$data")
      j0=$(ticks $jvm)
      p0=$(ticks $pgs)
      firsts=()
      for i in $(seq "$misses"); do
        sql "$data" "update event set title = title where id = $event" >/dev/null
        firsts+=("$(t "$base$u")")
      done
      j1=$(ticks $jvm)
      p1=$(ticks $pgs)
      second=$(t "$base$u")
      first=$(printf '%s\n' "${firsts[@]}" | sort -n | sed -n "$(((misses + 1) / 2))p")
      read -r ratio jms pms <<<"$(python3 -c "print(f'{$first/$static:.0f}x', round(1000*($j1-$j0)/$tick/$misses), round(1000*($p1-$p0)/$tick/$misses))")"
      echo "| $r | $name | \`$u\` | $static | $first | $second | $ratio | $jms | $pms | $(cut -d' ' -f1 /proc/loadavg) |"
    done
  done
done
