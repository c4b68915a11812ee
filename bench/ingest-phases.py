#!/usr/bin/env python3
"""The critical path of one start-up ingest turn (bench/ingest.sh), from the app's log and the script's output:
wall time of each phase (PostgreSQL's start/initdb, Hibernate's boot, the migrations, the rest of the boot, the
gazetteer and stale check, the files' read, the extraction and merge, the tail until readiness), the rates of the
extraction's thirds (from its progress lines: warm-up against steady state), the merging thread's split (its log
line: merging, waiting for extractions, reading; the extraction threads' busy share) and, with STAT, the machine's
idle CPU during the extraction and merge (a file of `EPOCH user nice system idle iowait irq softirq steal` lines
sampled from /proc/stat, e.g. every 0.5 s while the turn runs:
  while :; do echo "$(date +%s.%N) $(head -1 /proc/stat | cut -d' ' -f3-)" >> stat.txt; sleep 0.5; done).
Usage: bench/ingest-phases.py APP_LOG INGEST_OUTPUT [STAT]
  e.g. bench/ingest.sh 3000 5 | tee out.txt; bench/ingest-phases.py target/bench-ingest/app.log out.txt"""
import datetime, json, re, sys

def ts(s):
    return datetime.datetime.fromisoformat(s[:26]).timestamp()

log, out = sys.argv[1], open(sys.argv[2]).read()
ev, progress = {}, []
for line in open(log):
    if not line.startswith("{"):
        continue
    try:
        j = json.loads(line)
    except ValueError:
        continue
    m, t = j["message"], ts(j["timestamp"])
    for k, p in [("pg", "Embedded PostgreSQL started in"), ("mig0", "Schema history table|Current version of schema"),
                 ("mig1", "Successfully applied"), ("started", "on JVM .*started in"),
                 ("first", "Start-up ingest begins"), ("stale", "articles to extract again"), ("folder", "^Folder "),
                 ("extr", "start-up extraction: .*finished"), ("split", "start-up extraction: \\d+ ms;"),
                 ("su", "^Start-up:")]:
        if k not in ev and re.search(p, m):
            ev[k] = (t, m)
    g = re.match(r"start-up extraction: (\d+)/(\d+) articles", m)
    if g:
        progress.append((t, int(g.group(1)), int(g.group(2))))
qs = float(re.search(r"started in ([\d.]+)s", ev["started"][1]).group(1))
t0 = ev["started"][0] - qs
ready = float(re.search(r"ready \(.*\) after (\S+) s", out).group(1))
rows = [("JVM start → PostgreSQL up (initdb, start)", ev["pg"][0] - t0),
        ("PostgreSQL up → migrations begin (Hibernate's boot)", ev["mig0"][0] - ev["pg"][0]),
        ("migrations", ev["mig1"][0] - ev["mig0"][0]),
        ("rest of the boot → Quarkus started", ev["started"][0] - ev["mig1"][0]),
        ("started → first request (ingest begins)", ev["first"][0] - ev["started"][0]),
        ("gazetteer, stale articles", ev["stale"][0] - ev["first"][0]),
        ("files read and stored", ev["folder"][0] - ev["stale"][0]),
        ("extraction and merge", ev["extr"][0] - ev["folder"][0]),
        ("tail until readiness (warm-up, probe)", ready - (ev["extr"][0] - t0))]
for name, s in rows:
    print(f"{name}: {s:.1f} s ({s / ready:.0%})")
print(f"ready after {ready:.1f} s")
if progress:
    n = progress[-1][2]
    def at(k):
        for (ta, a, _), (tb, b, _) in zip(progress, progress[1:]):
            if a <= k <= b and b > a:
                return ta + (tb - ta) * (k - a) / (b - a)
    marks = [ev["folder"][0], at(n // 3), at(2 * n // 3), ev["extr"][0]]
    thirds = [f"{(n / 3) / (b - a):.1f}" if a and b else "?" for a, b in zip(marks, marks[1:])]
    print(f"extraction thirds (articles/s): {', '.join(thirds)}; whole phase {n / (marks[3] - marks[0]):.1f}")
if "split" in ev:
    print("merging thread:", ev["split"][1])
if len(sys.argv) > 3:
    a, b = ev["folder"][0], ev["extr"][0]
    s = [list(map(float, x.split())) for x in open(sys.argv[3])]
    s = [x for x in s if a <= x[0] <= b]
    d = [y - x for x, y in zip(s[0][1:], s[-1][1:])]
    tot = sum(d[:8])
    print(f"machine idle during extraction and merge: {(d[3] + d[4]) / tot:.1%} ({len(s)} samples)")
