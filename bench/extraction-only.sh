#!/usr/bin/env bash
# ExtractionOnly (the ingest benchmarks' reference: one JVM, a tenth as warm-up, one pass on all
# cores) of two builds in alternating turns on one folder; per turn articles/s and the JVM's CPU
# (user+sys from `time`, set-up included), which the machine's load disturbs less than the wall.
# Usage: bench/extraction-only.sh OLD_CLASSES NEW_CLASSES FOLDER [TURNS]   (from the repository root)
set -euo pipefail
OLD=${1:?usage: bench/extraction-only.sh OLD_CLASSES NEW_CLASSES FOLDER [TURNS]}
NEW=${2:?}
DIR=${3:?}
TURNS=${4:-6}
[ -f target/cp.txt ] && [ -f target/test-classes/org/chronology/bench/ExtractionOnly.class ] ||
  ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
LIBS=$(cat target/cp.txt)
run() { # name classes
  local l0 t0 out
  l0=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date -u +%H:%M:%S)
  out=$({ /usr/bin/time -f 'CPU %U %S' java -cp "target/test-classes:$2:$LIBS" \
    org.chronology.bench.ExtractionOnly "$DIR" 2>&1; } | grep -E 'extraction only|^CPU')
  echo "$t0 $1 load $l0->$(cut -d' ' -f1 /proc/loadavg)" \
    "rate $(echo "$out" | grep -o '= [0-9.]* articles/s' | cut -d' ' -f2)" \
    "cpu $(echo "$out" | awk '/^CPU/{printf "%.2f", $2+$3}')"
}
for t in $(seq 1 "$TURNS"); do
  if [ $((t % 2)) = 1 ]; then run old "$OLD"; run new "$NEW"; else run new "$NEW"; run old "$OLD"; fi
done
