#!/usr/bin/env bash
# First contentful paint and layout shift of the main pages in the browser tests' Chromium (issue
# #12: FCP <= 300 ms on every page, no layout shift), against a reference measured in the same run.
# Usage: bench/first-paint.sh [OUT.md]            (from the repository's root)
#   RUNS=5 loads per cell after one warm load; WIDTHS=1366,390; PORT (the test server's, 18550);
#   DATA (the test database's directory, target/test-data).
# Runs FirstPaintMatrixReport (a @QuarkusTest over the seed corpus, the page cache off as in every
# test): `/`, `/?year=2022`, an event, an actor, a comparison, `/story` and `/review` (signed in as
# an editor), in Arabic and English, each load in a fresh browser context (nothing cached). The
# reference is /first-paint-styled-reference.html (src/test/resources/META-INF/resources), a static
# page served by the app with the site's stylesheet and fonts; the ratio column is FCP / the
# reference's FCP at the same size. Writes the Markdown table to OUT.md (default
# target/first-paint-matrix.md) and prints it.
set -euo pipefail
OUT=${1:-target/first-paint-matrix.md}
./mvnw -q -B -o test -Dtest=FirstPaintMatrixReport -Dsurefire.failIfNoSpecifiedTests=false \
  -DfirstPaint=true -DfirstPaint.runs="${RUNS:-5}" -DfirstPaint.widths="${WIDTHS:-1366,390}" \
  -Dquarkus.http.test-port="${PORT:-18550}" -Dchronology.data-dir="${DATA:-target/test-data}"
if [ "$OUT" != target/first-paint-matrix.md ]; then
  cp target/first-paint-matrix.md "$OUT"
fi
cat "$OUT"
