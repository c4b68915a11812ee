#!/usr/bin/env python3
"""Top methods of a JFR recording (JDK 17 `jfr print`): self time (top frame), inclusive time,
the first application frame (org.chronology) of each sample, by thread; allocation by class and by
first application frame (jdk.ObjectAllocationSample weights); garbage collection totals.
Usage: [FROM=HH:MM:SS TO=HH:MM:SS] bench/jfr-top.py RECORDING.jfr [TOP] [THREAD_REGEX]
FROM and TO keep the events that start in that window (UTC, as `jfr print` shows them), e.g. the
ingest's, from the app's "Start-up:" line back by its duration."""
import os, re, subprocess, sys
from collections import Counter

jfr, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20
thread_re = re.compile(sys.argv[3]) if len(sys.argv) > 3 else None

def events(name, depth=64):
    out = subprocess.run(["jfr", "print", "--stack-depth", str(depth), "--events", name, jfr],
                         capture_output=True, text=True, check=True).stdout
    ev, frames, in_stack = None, [], False
    for line in out.splitlines():
        s = line.strip()
        if s.startswith(name.split(".")[-1] + " {") or s == name + " {":
            ev, frames, in_stack = {}, [], False
        elif s == "stackTrace = [":
            in_stack = True
        elif in_stack and s == "]":
            in_stack = False
            ev["stack"] = frames
        elif in_stack:
            if s != "...":
                frames.append(re.sub(r"\(.*", "", s))
        elif s == "}" and ev is not None:
            t = ev.get("startTime", "")[:12]
            if (not os.environ.get("FROM") or t >= os.environ["FROM"]) and (
                    not os.environ.get("TO") or t <= os.environ["TO"]):
                yield ev
            ev = None
        elif ev is not None and " = " in s:
            k, v = s.split(" = ", 1)
            ev[k] = v

def table(title, c, total, unit="samples"):
    print(f"\n{title} (of {total} {unit})")
    for k, v in c.most_common(top):
        print(f"{100.0 * v / total:6.2f}%  {v:>9}  {k}")

def app_frame(stack):
    for f in stack:
        if f.startswith("org.chronology."):
            return f
    return "(no application frame)"

selfc, incl, appc, threads, pkg = Counter(), Counter(), Counter(), Counter(), Counter()
n = 0
for e in events("jdk.ExecutionSample"):
    th = re.sub(r"\s*\(.*", "", e.get("sampledThread", "?")).strip('"')
    if thread_re and not thread_re.search(th):
        continue
    st = e.get("stack", [])
    if not st:
        continue
    n += 1
    threads[re.sub(r"[-#]?\d+$", "", th)] += 1
    selfc[st[0]] += 1
    pkg[".".join(st[0].split(".")[:3])] += 1
    for m in set(st):
        incl[m] += 1
    appc[app_frame(st)] += 1
print(f"execution samples: {n}")
table("by thread", threads, n)
table("self time, top frame", selfc, n)
table("self time by package (first 3 parts)", pkg, n)
table("inclusive (method anywhere on the stack, depth 64)", incl, n)
table("first application frame", appc, n)

alloc, alloc_app, wsum = Counter(), Counter(), 0
for e in events("jdk.ObjectAllocationSample"):
    w = int(re.sub(r"[^0-9]", "", e.get("weight", "0").split()[0]) or 0)
    unit = e.get("weight", "0 bytes").split()[-1]
    mult = {"bytes": 1, "kB": 1024, "MB": 1 << 20, "GB": 1 << 30}.get(unit, 1)
    w = float(e.get("weight", "0").split()[0].replace(",", "")) * mult
    wsum += w
    alloc[e.get("objectClass", "?").split(" ")[0]] += w
    alloc_app[app_frame(e.get("stack", []))] += w
print(f"\nallocation samples: total weight {wsum / (1 << 30):.2f} GB")
table("allocation by class", Counter({k: int(v) for k, v in alloc.items()}), int(wsum), "bytes")
table("allocation by first application frame", Counter({k: int(v) for k, v in alloc_app.items()}), int(wsum), "bytes")

gcs, pause = 0, 0.0
names = Counter()
for e in events("jdk.GarbageCollection", 1):
    gcs += 1
    d = e.get("duration", "0 ms")
    v, u = d.split()[0], d.split()[-1]
    sec = float(v) * {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}.get(u, 1e-3)
    pause += sec
    names[e.get("name", "?").strip('"')] += 1
print(f"\ngarbage collections: {gcs}, total duration {pause:.2f} s, {dict(names)}")
