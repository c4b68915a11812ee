#!/usr/bin/env bash
# One upload at a time into a running app, each timed, then the time from the upload's start until
# its events are on the chronology: the article page is read until it no longer says "pending"
# (uploads merge after the answer), then `/?article=ID` lists them. The static file is the floor of
# the same run.
# Usage: bench/upload.sh BASE_URL ADMIN_PASSWORD FILE...
set -euo pipefail
BASE=$1; PASSWORD=$2; shift 2
J=$(mktemp)
trap 'rm -f "$J"' EXIT
token() { curl -s -c "$J" -b "$J" "$BASE$1" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -1; }
curl -s -c "$J" -b "$J" -o /dev/null -w "sign-in: %{http_code}\n" \
  -d "j_username=admin&j_password=$PASSWORD&csrf-token=$(token /login)" "$BASE/j_security_check"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| file | status | upload answered (s) | events on /?article= after the upload's start (s) | events listed | article | sent, answered, visible (UTC) |"
echo "|---|---:|---:|---:|---:|---:|---|"
for f in "$@"; do
  t=$(token /articles/new)
  t0=$(date +%s.%N)
  out=$(curl -s -c "$J" -b "$J" -o /dev/null -w "%{http_code} %{time_total} %{redirect_url}" \
    -F "csrf-token=$t" -F "file=@$f;type=text/plain" "$BASE/articles/new")
  read -r code secs url <<< "$out"
  id=${url##*/}
  for i in $(seq 600); do
    curl -s -o "$J.page" "$BASE/articles/$id"
    grep -q 'id="extraction-pending"' "$J.page" || break
    sleep 0.05
  done
  curl -s -o "$J.page" "$BASE/?article=$id"
  t1=$(date +%s.%N)
  v=$(echo "$t1 - $t0" | bc)
  n=$(grep -o 'href="/events/[0-9]*"' "$J.page" | sort -u | wc -l)
  at() { date -u -d "@$1" +%H:%M:%S.%3N; }
  echo "| $(basename "$f") | $code | $secs | $v | $n | $id | $(at "$t0"), $(at "$(echo "$t0 + $secs" | bc)"), $(at "$t1") |"
done
s=$(for i in $(seq 20); do curl -s -o /dev/null -w "%{time_total}\n" "$BASE/css/app.css"; done | sort -n | sed -n 10p)
echo "static file median: $s s; load: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$J.page"
