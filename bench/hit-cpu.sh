#!/usr/bin/env bash
# CPU per cached hit: the JVM's and PostgreSQL's (the postmaster of DATA and all its children), from
# /proc/PID/stat around a wrk run of each URL, as µs per request; the static file first and last as
# the reference of the same run.
#   bench/hit-cpu.sh BASE JVM_PID DATA [seconds] [connections] URL...
set -euo pipefail
base=$1 jvm=$2 data=$3 secs=${4:-5} conns=${5:-4}
shift 5
tck=$(getconf CLK_TCK)
pg_pids() {
  local pm
  pm=$(pgrep -f -- "-D $data" | head -1 || true)
  [ -z "$pm" ] && pm=$(pgrep -f -- "$data" | xargs -r ps -o pid=,comm= -p | awk '$2 ~ /postgres/ {print $1; exit}')
  echo "$pm"
  pgrep -P "$pm" || true
}
# "pid ticks" lines for the given pids
ticks() { for p in "$@"; do [ -r /proc/$p/stat ] && awk -v p="$p" '{print p, $14+$15}' /proc/$p/stat; done; true; }
sum_delta() { # before-file after-file
  awk 'NR==FNR {b[$1]=$2; next} {s += $2 - ($1 in b ? b[$1] : 0)} END {print s+0}' "$1" "$2"
}
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) base=$base ${secs}s -t1 -c$conns"
echo "| URL | requests | req/s | JVM µs/req | PostgreSQL µs/req |"
echo "|---|---:|---:|---:|---:|"
b=$(mktemp) a=$(mktemp)
for u in "$@"; do
  curl -fsS -o /dev/null "$base$u"
  wrk -t1 -c"$conns" -d2s "$base$u" >/dev/null
  ticks "$jvm" > "$b.j"; ticks $(pg_pids) > "$b.p"
  out=$(wrk -t1 -c"$conns" -d"${secs}s" "$base$u")
  ticks "$jvm" > "$a.j"; ticks $(pg_pids) > "$a.p"
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  j=$(sum_delta "$b.j" "$a.j"); p=$(sum_delta "$b.p" "$a.p")
  python3 -c "import sys; n=$n; t=$tck; print(f'| \`$u\` | {n} | $rps | {1e6*$j/t/n:.1f} | {1e6*$p/t/n:.1f} |')"
done
rm -f "$b" "$a" "$b".? "$a".?
