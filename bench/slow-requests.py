#!/usr/bin/env python3
"""Where a page's latency tail falls in time: C keep-alive connections (threads) request URL for
SECS seconds, each request's start (epoch seconds) and latency kept; prints p50/p99/max and the
requests slower than SLOW_MS (default 500) grouped into bursts (requests within 0.5 s of each other),
so that each burst can be set beside the GC log's pauses (-Xlog:gc with uptime, plus the JVM's start)
and the re-extraction's batch commits in the app's log.
Usage: bench/slow-requests.py URL SECS C [SLOW_MS] > out.txt"""
import http.client
import sys
import threading
import time
import urllib.parse

url, secs, conns = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
slow = float(sys.argv[4]) / 1000 if len(sys.argv) > 4 else 0.5
u = urllib.parse.urlsplit(url)
path = u.path + ("?" + u.query if u.query else "")
rows = []
lock = threading.Lock()
end = time.time() + secs


def worker():
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    mine = []
    while time.time() < end:
        t = time.time()
        try:
            c.request("GET", path)
            r = c.getresponse()
            r.read()
            status = r.status
        except Exception:
            c.close()
            c = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
            status = 0
        mine.append((t, time.time() - t, status))
    with lock:
        rows.extend(mine)


threads = [threading.Thread(target=worker) for _ in range(conns)]
for t in threads:
    t.start()
for t in threads:
    t.join()
rows.sort()
lat = sorted(r[1] for r in rows)
n = len(lat)
print(f"requests {n} ({n / secs:.0f}/s), p50 {1000 * lat[n // 2]:.1f} ms, p99 {1000 * lat[int(n * 0.99)]:.1f} ms,"
      f" max {1000 * lat[-1]:.1f} ms, non-200 {sum(1 for r in rows if r[2] != 200)}")
slows = [r for r in rows if r[1] >= slow]
print(f"slower than {1000 * slow:.0f} ms: {len(slows)} ({100 * len(slows) / n:.2f} %)")
bursts = []
for r in slows:
    if bursts and r[0] - bursts[-1][-1][0] < 0.5:
        bursts[-1].append(r)
    else:
        bursts.append([r])
print("burst start (UTC) | requests | longest (ms) | burst end incl. latency (UTC)")
for b in bursts:
    s = b[0][0]
    e = max(r[0] + r[1] for r in b)
    print(f"{time.strftime('%H:%M:%S', time.gmtime(s))}.{int(s * 1000) % 1000:03d} | {len(b)} |"
          f" {1000 * max(r[1] for r in b):.0f} | {time.strftime('%H:%M:%S', time.gmtime(e))}.{int(e * 1000) % 1000:03d}")
