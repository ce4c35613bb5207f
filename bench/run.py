#!/usr/bin/env python3
"""Benchmark runner: each program under CPython 3.13, `pytk run --dispatch switch` and
`pytk run --dispatch threaded`, alternating the runs, several repetitions each.

Prints median wall time, peak memory (max RSS of the process), the ratios against CPython and the
geometric mean, checks that the outputs agree, and with --write updates bench/RESULTS.md.

With --cpu the times are user+sys CPU seconds of the process instead of wall time: steadier on a shared,
busy machine (where other processes' load stretches wall time), at the cost of not counting waiting.

With --baseline PATH (another built pytk, e.g. one published from main) both of its loops run too, alternated with
the others, and a before/after table follows: what a branch gains, measured in one run on the same machine state.

usage: bench/run.py [-n REPS] [--pytk PATH] [--baseline PATH] [--cpu] [--write] [PROGRAM ...]
"""
import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from math import exp, log
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


CPU_TIME = False


def measure(cmd):
    """Run cmd once; return (seconds, peak RSS in KiB of that process, exit code, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        # wait4 reaps this child alone and gives its own rusage, so ru_maxrss is its peak memory.
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        if CPU_TIME:
            elapsed = usage.ru_utime + usage.ru_stime
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return elapsed, usage.ru_maxrss, proc.returncode, out.read(), err.read()


def publish_pytk(out_dir):
    print(f"building pytk (Release, ReadyToRun) into {out_dir} ...", file=sys.stderr)
    subprocess.run(["dotnet", "publish", str(ROOT / "cli"), "-c", "Release", "-o", str(out_dir),
                    "-p:PublishReadyToRun=true", "--nologo", "-v", "q"], check=True)
    return out_dir / "pytk"


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return exp(sum(log(x) for x in xs) / len(xs)) if xs else float("nan")


def machine_description():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{mem}, {platform.system()} {platform.release()}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--reps", type=int, default=5)
    ap.add_argument("--pytk", help="path to a built pytk (default: publish one into bench/.pytk)")
    ap.add_argument("--python", default="python3", help="CPython 3.13 command (PYENV_VERSION=3.13.0 is set)")
    ap.add_argument("--cpu", action="store_true", help="measure user+sys CPU time instead of wall time")
    ap.add_argument("--write", action="store_true", help="write bench/RESULTS.md")
    ap.add_argument("--unspecialized", action="store_true",
                    help="also run both loops with PYTK_NO_SPECIALIZE=1 (quickening off) and report what it gains")
    ap.add_argument("--baseline", help="a second built pytk (before a change): its loops run alternated with the rest")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    global CPU_TIME
    CPU_TIME = args.cpu

    os.environ["PYENV_VERSION"] = "3.13.0"
    pytk = Path(args.pytk) if args.pytk else publish_pytk(HERE / ".pytk")
    programs = [Path(p) for p in args.programs] or sorted((HERE / "programs").glob("*.py"))
    variants = [
        ("cpython", lambda p: [args.python, str(p)]),
        ("switch", lambda p: [str(pytk), "run", "--dispatch", "switch", str(p)]),
        ("threaded", lambda p: [str(pytk), "run", "--dispatch", "threaded", str(p)]),
    ]
    if args.unspecialized:
        variants += [
            ("switch-nospec", lambda p: ["env", "PYTK_NO_SPECIALIZE=1", str(pytk), "run", "--dispatch", "switch", str(p)]),
            ("threaded-nospec", lambda p: ["env", "PYTK_NO_SPECIALIZE=1", str(pytk), "run", "--dispatch", "threaded", str(p)]),
        ]
    if args.baseline:
        base = str(Path(args.baseline).resolve())
        variants += [
            ("switch-before", lambda p: [base, "run", "--dispatch", "switch", str(p)]),
            ("threaded-before", lambda p: [base, "run", "--dispatch", "threaded", str(p)]),
        ]
    rows = []
    for prog in programs:
        times = {v: [] for v, _ in variants}
        rss = {v: 0 for v, _ in variants}
        outputs = {}
        failed = {}
        for _ in range(args.reps):
            for name, make in variants:  # alternate the variants within each repetition
                if name in failed:
                    continue
                t, peak, code, out, err = measure(make(prog))
                if code != 0:
                    failed[name] = (err.decode(errors="replace").strip().splitlines() or ["exit %d" % code])[-1]
                    continue
                times[name].append(t)
                rss[name] = max(rss[name], peak)
                outputs.setdefault(name, out)
        ref = outputs.get("cpython")
        row = {"program": prog.stem}
        for name, _ in variants:
            if name in failed:
                row[name] = None
                row[name + "_note"] = "failed: " + failed[name][:60]
            else:
                row[name] = statistics.median(times[name])
                row[name + "_rss"] = rss[name]
                row[name + "_note"] = "" if outputs.get(name) == ref else "OUTPUT DIFFERS"
        rows.append(row)
        print(format_row(row), flush=True)

    table = render(rows)
    if args.unspecialized:
        table += "\n\n" + render_specialization(rows)
    if args.baseline:
        table += "\n\n" + render_before_after(rows)
    print()
    print(table)
    if args.write:
        text = ["# Benchmark results", "",
                f"Machine: {machine_description()}.", "",
                f"Each figure is the median of {args.reps} whole-process runs "
                f"({'user+sys CPU seconds' if args.cpu else 'wall seconds'}), the variants alternated "
                "within each repetition. Ratios are pytk time / CPython time (lower is faster); memory is "
                "peak RSS.", "", table, ""]
        (HERE / "RESULTS.md").write_text("\n".join(text))


def fmt_t(x):
    return "—" if x is None else f"{x:.3f}"


def format_row(r):
    parts = [f"{r['program']:<16}"]
    for v in ("cpython", "switch", "threaded"):
        parts.append(f"{v}={fmt_t(r.get(v))}s {r.get(v + '_note', '')}".rstrip())
    for v in ("switch-nospec", "threaded-nospec", "switch-before", "threaded-before"):
        if v in r:
            parts.append(f"{v}={fmt_t(r.get(v))}s {r.get(v + '_note', '')}".rstrip())
    return "  ".join(parts)


def render(rows):
    head = ("| program | CPython s | switch s | threaded s | switch/CPython | threaded/CPython | "
            "threaded speed-up | CPython MiB | pytk MiB (threaded) | notes |")
    lines = [head, "|" + "---|" * 10]
    ratios_s, ratios_t, speedups = [], [], []
    for r in rows:
        c, s, t = r.get("cpython"), r.get("switch"), r.get("threaded")
        rs = s / c if c and s else None
        rt = t / c if c and t else None
        sp = s / t if s and t else None
        ratios_s.append(rs); ratios_t.append(rt); speedups.append(sp)
        notes = "; ".join(n for n in (r.get("switch_note"), r.get("threaded_note")) if n)
        lines.append(f"| {r['program']} | {fmt_t(c)} | {fmt_t(s)} | {fmt_t(t)} | "
                     f"{'—' if rs is None else f'{rs:.2f}'} | {'—' if rt is None else f'{rt:.2f}'} | "
                     f"{'—' if sp is None else f'{sp:.2f}×'} | {r.get('cpython_rss', 0) / 1024:.1f} | "
                     f"{r.get('threaded_rss', 0) / 1024:.1f} | {notes} |")
    lines.append(f"| **geometric mean** | | | | {geomean(ratios_s):.2f} | {geomean(ratios_t):.2f} | "
                 f"{geomean(speedups):.2f}× | | | |")
    return "\n".join(lines)


def render_specialization(rows):
    """What quickening gains: each loop with PYTK_NO_SPECIALIZE=1 against the same loop with it (same build)."""
    head = ("| program | switch, no quickening s | switch s | gain | threaded, no quickening s | threaded s | gain | "
            "threaded/CPython without | threaded/CPython with |")
    lines = [head, "|" + "---|" * 9]
    gs, gt, rw, rwo = [], [], [], []
    for r in rows:
        c, s0, s1, t0, t1 = (r.get(k) for k in ("cpython", "switch-nospec", "switch", "threaded-nospec", "threaded"))
        g1 = s0 / s1 if s0 and s1 else None
        g2 = t0 / t1 if t0 and t1 else None
        a = t0 / c if c and t0 else None
        b = t1 / c if c and t1 else None
        gs.append(g1); gt.append(g2); rwo.append(a); rw.append(b)
        f = lambda x, suf="": "—" if x is None else f"{x:.2f}{suf}"
        lines.append(f"| {r['program']} | {fmt_t(s0)} | {fmt_t(s1)} | {f(g1, '×')} | {fmt_t(t0)} | {fmt_t(t1)} | "
                     f"{f(g2, '×')} | {f(a)} | {f(b)} |")
    lines.append(f"| **geometric mean** | | | {geomean(gs):.2f}× | | | {geomean(gt):.2f}× | {geomean(rwo):.2f} | "
                 f"{geomean(rw):.2f} |")
    return "\n".join(lines)


def render_before_after(rows):
    """What the build under test gains over --baseline: each loop before and after, and both against CPython."""
    head = ("| program | switch before s | switch after s | gain | threaded before s | threaded after s | gain | "
            "threaded/CPython before | threaded/CPython after |")
    lines = [head, "|" + "---|" * 9]
    gs, gt, rb, ra = [], [], [], []
    f = lambda x, suf="": "—" if x is None else f"{x:.2f}{suf}"
    for r in rows:
        c, s0, s1, t0, t1 = (r.get(k) for k in ("cpython", "switch-before", "switch", "threaded-before", "threaded"))
        g1 = s0 / s1 if s0 and s1 else None
        g2 = t0 / t1 if t0 and t1 else None
        a = t0 / c if c and t0 else None
        b = t1 / c if c and t1 else None
        gs.append(g1); gt.append(g2); rb.append(a); ra.append(b)
        lines.append(f"| {r['program']} | {fmt_t(s0)} | {fmt_t(s1)} | {f(g1, '×')} | {fmt_t(t0)} | {fmt_t(t1)} | "
                     f"{f(g2, '×')} | {f(a)} | {f(b)} |")
    lines.append(f"| **geometric mean** | | | {geomean(gs):.2f}× | | | {geomean(gt):.2f}× | {geomean(rb):.2f} | "
                 f"{geomean(ra):.2f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
