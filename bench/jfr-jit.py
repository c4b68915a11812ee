#!/usr/bin/env python3
"""The JIT's work in a JFR recording (JDK 17 `jfr print --json`): C2 compilations by package and by
method (wall time, count, code size), the methods compiled more than once, our methods, then the C2
deoptimisations by reason, by compiled method and by place (method, bci, instruction, reason).
Record with jdk.Compilation at threshold 0 and jdk.Deoptimization on, e.g.
  JAVA_OPTS=-XX:StartFlightRecording=filename=r.jfr,settings=profile,jdk.Compilation#threshold=0ms,jdk.Deoptimization#enabled=true
Usage: FROM=HH:MM:SS.s TO=HH:MM:SS.s bench/jfr-jit.py r.jfr [TOP]
FROM and TO (UTC, as `jfr print` shows them) keep the events that start in that window, e.g. the
extraction-and-merge phase: from the log's "ingest corpus: ... finished" to its "Start-up:" line.
A trap is reported four times at one place before the method is recompiled (the JVM's per-place trap limit)."""
import json, os, subprocess, sys, re
from collections import Counter, defaultdict
jfr = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
lo, hi = os.environ.get("FROM", "00:00:00"), os.environ.get("TO", "99")
def dump(event, depth):
    return json.loads(subprocess.run(["jfr", "print", "--json", "--stack-depth", str(depth), "--events", event, jfr],
                                     capture_output=True, text=True, check=True).stdout)
def dur(s):
    m = re.match(r"PT(?:(\d+)M)?([\d.]+)S", s); return (int(m.group(1) or 0) * 60 + float(m.group(2))) if m else 0.0
def name(m):
    return m["type"]["name"].replace("/", ".") + "." + m["name"]
def inwin(t):
    t = t[11:23]; return lo <= t[:len(lo)] and t[:len(hi)] <= hi
ce = dump("jdk.Compilation", 1)["recording"]["events"]
byid = {}
c2t, c2n, c1t = Counter(), Counter(), 0.0
pkg, pkgn, size, codesum = Counter(), Counter(), {}, Counter()
c2total, c2count, osr = 0.0, 0, Counter()
for e in ce:
    v = e["values"]; m = name(v["method"]); byid[v["compileId"]] = m
    if not inwin(v["startTime"]): continue
    d = dur(v["duration"])
    if v["compiler"] == "c2":
        c2t[m] += d; c2n[m] += 1; c2total += d; c2count += 1
        p = m.split(".")
        key = ".".join(p[:4]) if p[0] == "org" and p[1] in ("chronology", "hibernate", "postgresql", "antlr") else ".".join(p[:3])
        pkg[key] += d; pkgn[key] += 1
        size[m] = max(size.get(m, 0), v.get("codeSize", 0))
        codesum[m] += v.get("codeSize", 0)
        if v.get("isOsr"): osr[m] += 1
    else:
        c1t += d
print(f"C2: {c2count} compilations of {len(c2n)} methods ({sum(1 for c in c2n.values() if c > 1)} compiled more than once,"
      f" {sum(c - 1 for c in c2n.values())} recompilations; {sum(osr.values())} OSR), {c2total:.1f} s wall,"
      f" {sum(codesum.values()) / 1024:.0f} kB of code; C1 {c1t:.1f} s wall")
def owner(m):
    for k in ("org.chronology.extraction", "org.chronology.text", "org.chronology.time", "org.chronology",
              "org.hibernate", "org.postgresql", "org.antlr", "com.fasterxml", "java.", "jdk.", "sun."):
        if m.startswith(k):
            return "JDK" if k in ("java.", "jdk.", "sun.") else k
    return "other"
ow = defaultdict(lambda: [0, 0.0, 0])
for m, n in c2n.items():
    x = ow[owner(m)]; x[0] += n; x[1] += c2t[m]; x[2] += codesum[m]
print("\nC2 by owner: compilations, share of C2 wall time, code")
for k, x in sorted(ow.items(), key=lambda kv: -kv[1][1]):
    print(f"{x[0]:5d} {100 * x[1] / c2total:5.1f}% {x[2] / 1024:6.0f} kB  {k}")
print(f"\nC2 time by package (top {top})")
for k, t in pkg.most_common(top): print(f"{t:7.2f} s {100*t/c2total:5.1f}% {pkgn[k]:5d}  {k}")
print(f"\nC2 time by method (top {top})")
for k, t in c2t.most_common(top): print(f"{t:7.3f} s  x{c2n[k]:<3d} {size[k]:7d} B  {k}")
print(f"\nC2 recompiled most (top {top})")
for k, n in c2n.most_common(top): print(f"x{n:<3d} {c2t[k]:7.3f} s  osr {osr[k]}  {k}")
print("\nchronology methods by C2 time")
for k, t in c2t.most_common():
    if k.startswith("org.chronology"): print(f"{t:7.3f} s  x{c2n[k]:<3d} {size[k]:7d} B  {k}")
de = dump("jdk.Deoptimization", 1)["recording"]["events"]
reason, where, comp_m, act = Counter(), Counter(), Counter(), Counter()
n = 0
for e in de:
    v = e["values"]
    if not inwin(v["startTime"]) or v.get("compiler") != "c2": continue
    n += 1
    reason[v["reason"]] += 1
    where[(name(v["method"]), v["bci"], v["instruction"], v["reason"])] += 1
    comp_m[byid.get(v["compileId"], "?")] += 1
print(f"\nC2 deoptimisations: {n}")
for k, c in reason.most_common(): print(f"{c:5d}  {k}")
print(f"\nby compiled method (top {top})")
for k, c in comp_m.most_common(top): print(f"{c:5d}  {k}")
print(f"\nby place (method, bci, instruction, reason) (top {top})")
for k, c in where.most_common(top): print(f"{c:5d}  {k}")
print("\nchronology places")
for k, c in where.most_common():
    if k[0].startswith("org.chronology"): print(f"{c:5d}  {k}")
print("\ncompiled chronology methods deoptimised")
for k, c in comp_m.most_common():
    if k.startswith("org.chronology"): print(f"{c:5d}  {k}")
