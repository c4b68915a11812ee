#!/usr/bin/env python3
"""Per-statement comparison of two ingest profiles (bench/ingest-profile.sh's pgss.csv, the whole
pg_stat_statements table with buffers): calls, total and mean time and shared buffers per call, for
a small and a large ingest, with how each grew per article. Statements inside triggers are
included (top = f). Buffers do not depend on the machine's load; times do.
Usage: bench/pgss-compare.py SMALL_DIR N_SMALL LARGE_DIR N_LARGE [ROWS]"""
import csv, re, sys
from collections import defaultdict


def load(path):
    out = defaultdict(lambda: [0, 0.0, 0, 0, ""])
    for r in csv.DictReader(open(path)):
        q = r["query"]
        # Multi-row inserts differ only by their number of rows: one key.
        key = re.sub(r"(\(\$\d+(,\$\d+)*\),?)+", "(…)", q)[:110] + (" [top]" if r["toplevel"] == "t" else "")
        s = out[key]
        s[0] += int(r["calls"])
        s[1] += float(r["total_exec_time"])
        s[2] += int(r["shared_blks_hit"]) + int(r["shared_blks_read"])
        s[3] += int(r["rows"])
    return out


small, n1, large, n2 = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
rows = int(sys.argv[5]) if len(sys.argv) > 5 else 30
a, b = load(small + "/pgss.csv"), load(large + "/pgss.csv")
keys = sorted(set(a) | set(b), key=lambda k: -(b.get(k, [0, 0])[1]))
print(f"| statement | calls {n1} | calls {n2} | ms {n1} | ms {n2} | mean ms {n1} | mean ms {n2} | buffers/call {n1} | buffers/call {n2} | ms per article {n2}÷{n1} |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for k in keys[:rows]:
    x, y = a.get(k, [0, 0.0, 0, 0]), b.get(k, [0, 0.0, 0, 0])
    mean = lambda s: s[1] / s[0] if s[0] else 0
    buf = lambda s: s[2] / s[0] if s[0] else 0
    grow = (y[1] / n2) / (x[1] / n1) if x[1] else float("nan")
    print(f"| `{k.replace('|', '¦')}` | {x[0]} | {y[0]} | {x[1]:.0f} | {y[1]:.0f} | {mean(x):.2f} | {mean(y):.2f} | {buf(x):.0f} | {buf(y):.0f} | {grow:.2f} |")
