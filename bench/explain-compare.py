#!/usr/bin/env python3
"""Compares the plan files of bench/explain-rejected-idx.sh: one Markdown row per query (an `===`
header; a header seen twice, e.g. explain-search.sql for two words, gets #2), with the indexes its
plan reads and the median execution time of each variant's turns (ms; several statements under one
header are joined by /).
    python3 bench/explain-compare.py DIR TURNS"""
import re
import statistics
import sys

d, turns = sys.argv[1], int(sys.argv[2])
VARIANTS = ["all", "rejected_partial"]


def blocks(path):
    out, seen, head = {}, {}, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("=== "):
            h = line[4:].strip()
            seen[h] = seen.get(h, 0) + 1
            head = h if seen[h] == 1 else f"{h} #{seen[h]}"
            out[head] = {"idx": [], "ms": []}
        elif head:
            for m in re.finditer(r"(?:using|Index Scan on|Index Only Scan on) (\w+)", line):
                if m.group(1) not in out[head]["idx"]:
                    out[head]["idx"].append(m.group(1))
            if "Seq Scan on event " in line and "seq event" not in out[head]["idx"]:
                out[head]["idx"].append("seq event")
            m = re.search(r"Execution Time: ([\d.]+) ms", line)
            if m:
                out[head]["ms"].append(float(m.group(1)))
    return out


runs = {v: [blocks(f"{d}/{v}-{t}.txt") for t in range(1, turns + 1)] for v in VARIANTS}
print("| query | indexes now | ms now | indexes with V26 | ms with V26 | V26 / now |")
print("|---|---|---:|---|---:|---:|")
for head in runs["all"][0]:
    cells, meds = [], []
    for v in VARIANTS:
        bs = [r.get(head) for r in runs[v] if r.get(head)]
        if not bs:
            cells += ["—", "—"]
            meds.append(None)
            continue
        n = max(len(b["ms"]) for b in bs)
        med = [statistics.median(b["ms"][i] for b in bs if len(b["ms"]) > i) for i in range(n)]
        cells += [", ".join(f"`{i}`" for i in bs[0]["idx"]) or "—",
                  " / ".join(f"{m:.1f}" if m < 100 else f"{m:.0f}" for m in med) or "—"]
        meds.append(sum(med) if med else None)
    ratio = f"{meds[1] / meds[0]:.2f}" if meds[0] and meds[1] is not None else "—"
    print(f"| {head} | {cells[0]} | {cells[1]} | {cells[2]} | {cells[3]} | {ratio} |")
