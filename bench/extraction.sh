#!/usr/bin/env bash
# Extraction alone, two builds in alternating turns on the same articles: each turn is a fresh JVM
# running org.chronology.bench.ExtractionSpeed (one thread, warm-up passes, then measured passes;
# articles/s and CPU ms per article, of the thread and of the whole JVM with its GC and JIT).
# Usage: bench/extraction.sh OLD_CLASSES [NEW_CLASSES] [TURNS]     (from the repository root)
#   OLD_CLASSES, NEW_CLASSES: a build's target/classes (copy one aside before changing the code:
#   cp -r target/classes /tmp/old-classes); NEW_CLASSES defaults to target/classes.
# The articles: the dev set, the corpus, the held-out set and 300 synthetic articles (seed 7).
# DUMP=1 also writes every event and cluster of both builds (target/bench-extraction/dump-*.txt)
# and compares them: the outputs must be identical. WARMUP, PASSES set the passes (3, 5).
set -euo pipefail
OLD=${1:?usage: bench/extraction.sh OLD_CLASSES [NEW_CLASSES] [TURNS]}
NEW=${2:-target/classes}
TURNS=${3:-3}
W=target/bench-extraction
mkdir -p "$W"
[ -f target/cp.txt ] && [ -f target/test-classes/org/chronology/bench/ExtractionSpeed.class ] ||
  ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
LIBS=$(cat target/cp.txt)
[ -d "$W/syn" ] || java -cp "target/test-classes:$NEW:$LIBS" org.chronology.bench.SyntheticArticles "$W/syn" 300 7
SETS="src/test/resources/eval/dev/articles corpus src/test/resources/heldout/articles $W/syn"
run() { # name classes [extra args]
  local name=$1 classes=$2
  shift 2
  echo "== $name $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp "target/test-classes:$classes:$LIBS" org.chronology.bench.ExtractionSpeed \
    --warmup "${WARMUP:-3}" --passes "${PASSES:-5}" "$@" $SETS | grep -E 'set-up|first pass|median'
}
if [ "${DUMP:-}" = 1 ]; then
  run old "$OLD" --passes 1 --warmup 0 --dump "$W/dump-old.txt" > /dev/null
  run new "$NEW" --passes 1 --warmup 0 --dump "$W/dump-new.txt" > /dev/null
  cmp "$W/dump-old.txt" "$W/dump-new.txt" && echo "outputs identical ($(wc -l < "$W/dump-old.txt") lines)"
fi
for t in $(seq 1 "$TURNS"); do
  if [ $((t % 2)) = 1 ]; then run old "$OLD"; run new "$NEW"; else run new "$NEW"; run old "$OLD"; fi
done
