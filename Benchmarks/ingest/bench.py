"""Times ServiceBench, DuckDB and polars on the same files, per company and per queue, checks that
they agree, prints a table.

Usage: python bench.py --servicebench PATH --calls FILE --queue-log FILE [--runs N] [--threads 2]
       [--before PATH]   # a second ServiceBench build timed in the same run (e.g. the base commit)

Runs are interleaved (run 1 of every tool, then run 2, ...), so that a load that comes and goes on a
shared machine falls on every tool alike."""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTS = {"calls_offered"}


def timed(command):
    """Runs command under /usr/bin/time -v; returns (wall seconds, max RSS MB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{proc.stderr[-2000:]}")
    rss = next(int(line.split(":")[1]) for line in proc.stderr.splitlines() if "Maximum resident set size" in line)
    return wall, rss / 1024, proc.stdout


def servicebench_kpis(stdout, by):
    """Keys as peers.py writes them: "QUEUE PERIOD", QUEUE empty for the company's figures."""
    table = {}
    for m in json.loads(stdout)["measurements"]:
        queue = m["company"].split(" / ", 1)[1] if " / " in m["company"] else ""
        if by == "queue" and not queue:
            continue
        table.setdefault(f"{queue} {m['period']}", {})[m["kpi"]] = m["value"]
    return table


def agree(reference, other, name):
    problems = []
    for period, kpis in reference.items():
        for kpi, value in kpis.items():
            theirs = other.get(period, {}).get(kpi)
            if theirs is None:
                problems.append(f"{name}: {period} {kpi} missing")
            elif kpi in COUNTS:
                if int(theirs) != int(value):
                    problems.append(f"{name}: {period} {kpi} {theirs} != {value}")
            elif abs(theirs - value) > 1e-9 * max(1.0, abs(value)):
                problems.append(f"{name}: {period} {kpi} {theirs!r} != {value!r}")
    for period in other:
        if period not in reference:
            problems.append(f"{name}: extra period {period}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--servicebench", required=True)
    parser.add_argument("--calls", required=True)
    parser.add_argument("--queue-log", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threads", default="2")
    parser.add_argument("--before", help="another servicebench build to time in the same run")
    parser.add_argument("--by", default="company,queue", help="company, queue or both (comma-separated)")
    args = parser.parse_args()
    python = sys.executable
    rows, failures = [], []
    modes = args.by.split(",")
    for kind, path in (("calls", args.calls), ("queue-log", args.queue_log)):
        size_mb = os.path.getsize(path) / 1e6
        for by in modes:
            grouping = ["--by", "queue"] if by == "queue" else []
            sb = ["kpis", path, "--source", kind, "--service-level", "20,60", "--threads", args.threads, "--format", "json"] + grouping
            tools = {"servicebench": [args.servicebench] + sb}
            if args.before:
                tools["sb-before"] = [args.before] + sb
            tools["duckdb"] = [python, os.path.join(HERE, "peers.py"), "duckdb", kind, path, args.threads, by]
            tools["polars"] = [python, os.path.join(HERE, "peers.py"), "polars", kind, path, args.threads, by]
            walls = {tool: [] for tool in tools}
            rsss = {tool: [] for tool in tools}
            inner = {tool: [] for tool in tools}
            results = {}
            for run in range(args.runs):
                for tool, command in tools.items():
                    wall, rss, stdout = timed(command)
                    walls[tool].append(wall)
                    rsss[tool].append(rss)
                    if tool in ("servicebench", "sb-before"):
                        results[tool] = servicebench_kpis(stdout, by)
                    else:
                        parsed = json.loads(stdout)
                        inner[tool].append(parsed["seconds"])
                        results[tool] = parsed["kpis"]
                    print(f"  {kind:9} {by:7} {tool:12} run {run + 1}/{args.runs}: {wall:7.2f} s, {rss:7.1f} MB", file=sys.stderr, flush=True)
            for tool in tools:
                median = statistics.median(walls[tool])
                rows.append((kind, by, tool, median, size_mb / median, max(rsss[tool]), statistics.median(inner[tool]) if inner[tool] else None))
            for tool in tools:
                if tool != "servicebench":
                    failures += agree(results["servicebench"], results[tool], f"{kind}/{by}/{tool}")
    print(f"\n{'file':10} {'by':8} {'tool':13} {'wall s (median)':>16} {'MB/s':>8} {'peak MB':>9} {'compute s':>10}")
    for kind, by, tool, wall, speed, rss, inner_s in rows:
        print(f"{kind:10} {by:8} {tool:13} {wall:16.2f} {speed:8.0f} {rss:9.1f} {'' if inner_s is None else f'{inner_s:10.2f}'}")
    print()
    for kind in ("calls", "queue-log"):
        for by in modes:
            timing = {tool: wall for k, b, tool, wall, *_ in rows if k == kind and b == by}
            line = (f"{kind} per {by}: ServiceBench is {timing['polars'] / timing['servicebench']:.2f}x polars' speed, "
                    f"{timing['duckdb'] / timing['servicebench']:.2f}x DuckDB's")
            if "sb-before" in timing:
                line += (f"; before: {timing['polars'] / timing['sb-before']:.2f}x polars, {timing['duckdb'] / timing['sb-before']:.2f}x DuckDB"
                         f" (after / before time {timing['servicebench'] / timing['sb-before']:.3f})")
            print(line)
    if failures:
        print("\nDISAGREEMENT:\n" + "\n".join(failures))
        sys.exit(1)
    print("all tools agree (counts exactly, other KPIs within 1e-9 relative)")


main()
