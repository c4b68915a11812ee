#!/usr/bin/env python3
"""A bulk run's articles/s between two UTC times, from the app's JSON log: the progress lines
("re-extraction: N/M articles ...") inside the window, (last N - first N) / their time apart.
Usage: bench/bulk-rate.py LOG FROM TO   (times as epoch seconds, e.g. date +%s.%N)"""
import json, re, sys
from datetime import datetime

log, t_from, t_to = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
points = []
for line in open(log, encoding="utf-8", errors="replace"):
    if "extraction: " not in line:
        continue
    try:
        j = json.loads(line)
    except ValueError:
        continue
    m = re.search(r"extraction: (\d+)/", j.get("message", ""))
    if not m:
        continue
    t = datetime.fromisoformat(j["timestamp"].replace("Z", "+00:00")).timestamp()
    if t_from <= t <= t_to:
        points.append((t, int(m.group(1))))
if len(points) < 2:
    print("n/a (fewer than two progress lines in the window)")
else:
    (t0, n0), (t1, n1) = points[0], points[-1]
    print(f"{(n1 - n0) / (t1 - t0):.2f} articles/s ({n1 - n0} articles in {t1 - t0:.0f} s)")
