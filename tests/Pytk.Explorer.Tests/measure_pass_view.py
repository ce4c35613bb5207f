"""Times the explorer's server on one file, one edit after another (docs/explore.md, "Speed").

    pytk explore FILE --port 18777 &      # then:
    python3 tests/Pytk.Explorer.Tests/measure_pass_view.py FILE PID [REPEATS] [VIEW]

Each round appends a line to the source (a change), asks for the pass list with the selected pass's diff
(-O2, VIEW: source, ast or dis), then for the other panes, and prints wall time, the server process's CPU
time (user + system, from /proc/PID/stat) and the server's own timings; then the medians after two warm-ups.
"""
import json
import sys
import time
import urllib.request

path, pid = sys.argv[1], int(sys.argv[2])
# `pytk explore` serves from a process it starts (tiered compilation off): measure that one
try:
    import glob
    kids = [k for f in glob.glob(f"/proc/{pid}/task/*/children") for k in open(f).read().split()]
    servers = [int(k) for k in kids if b"--worker" not in open(f"/proc/{k}/cmdline", "rb").read()]
    if servers:
        pid = servers[0]
except OSError:
    pass
repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 7
view = sys.argv[4] if len(sys.argv) > 4 else "source"
source = open(path, encoding="utf-8").read()
base = "http://127.0.0.1:18777"


def cpu():
    fields = open(f"/proc/{pid}/stat").read().split(")")[1].split()
    return (int(fields[11]) + int(fields[12])) / 100


def post(api, body):
    start = time.perf_counter()
    request = urllib.request.Request(base + api, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    answer = json.loads(urllib.request.urlopen(request).read())
    return answer, time.perf_counter() - start


rounds = []
for k in range(repeats):
    text = source + f"\nX{k} = {k}\n"
    c0 = cpu()
    pipes, wall_p = post("/api/pipelines", {"source": text, "pipelines": [{"name": "p", "spec": "O2"}], "view": view})
    c1 = cpu()
    stages, wall_s = post("/api/stages", {"source": text})
    c2 = cpu()
    rounds.append((wall_p, c1 - c0, wall_s, c2 - c1))
    print(f"pass list + diff: wall {wall_p * 1000:.0f} ms, cpu {(c1 - c0) * 1000:.0f} ms, server {pipes['timings']}"
          f" | stages: wall {wall_s * 1000:.0f} ms, cpu {(c2 - c1) * 1000:.0f} ms", flush=True)


def median(xs):
    return sorted(xs)[len(xs) // 2] * 1000


steady = rounds[2:] or rounds
print("median after two warm-ups: pass list + diff wall %.0f ms, cpu %.0f ms; stages wall %.0f ms, cpu %.0f ms"
      % tuple(median([r[i] for r in steady]) for i in range(4)))
