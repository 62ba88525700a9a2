"""Times ServiceBench, DuckDB and polars on the same files, checks that they agree, prints a table.

Usage: python bench.py --servicebench PATH --calls FILE --queue-log FILE [--runs N] [--threads 2]"""
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


def servicebench_kpis(stdout):
    table = {}
    for m in json.loads(stdout)["measurements"]:
        table.setdefault(m["period"], {})[m["kpi"]] = m["value"]
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
    args = parser.parse_args()
    python = sys.executable
    rows, failures = [], []
    for kind, path in (("calls", args.calls), ("queue-log", args.queue_log)):
        size_mb = os.path.getsize(path) / 1e6
        tools = {
            "servicebench": [args.servicebench, "kpis", path, "--source", kind, "--service-level", "20,60", "--threads", args.threads, "--format", "json"],
            "duckdb": [python, os.path.join(HERE, "peers.py"), "duckdb", kind, path, args.threads],
            "polars": [python, os.path.join(HERE, "peers.py"), "polars", kind, path, args.threads],
        }
        results = {}
        for tool, command in tools.items():
            walls, rsss, inner, output = [], [], [], None
            for run in range(args.runs):
                wall, rss, stdout = timed(command)
                walls.append(wall)
                rsss.append(rss)
                if tool == "servicebench":
                    output = servicebench_kpis(stdout)
                else:
                    parsed = json.loads(stdout)
                    inner.append(parsed["seconds"])
                    output = parsed["kpis"]
                print(f"  {kind:9} {tool:12} run {run + 1}/{args.runs}: {wall:7.2f} s, {rss:7.1f} MB", file=sys.stderr, flush=True)
            results[tool] = output
            median = statistics.median(walls)
            rows.append((kind, tool, median, size_mb / median, max(rsss), statistics.median(inner) if inner else None))
        for tool in ("duckdb", "polars"):
            failures += agree(results["servicebench"], results[tool], f"{kind}/{tool}")
    print(f"\n{'file':10} {'tool':13} {'wall s (median)':>16} {'MB/s':>8} {'peak MB':>9} {'compute s':>10}")
    for kind, tool, wall, speed, rss, inner in rows:
        print(f"{kind:10} {tool:13} {wall:16.2f} {speed:8.0f} {rss:9.1f} {'' if inner is None else f'{inner:10.2f}'}")
    print()
    for kind in ("calls", "queue-log"):
        timing = {tool: wall for k, tool, wall, *_ in rows if k == kind}
        print(f"{kind}: ServiceBench is {timing['polars'] / timing['servicebench']:.2f}x polars' speed, "
              f"{timing['duckdb'] / timing['servicebench']:.2f}x DuckDB's")
    if failures:
        print("\nDISAGREEMENT:\n" + "\n".join(failures))
        sys.exit(1)
    print("all tools agree (counts exactly, other KPIs within 1e-9 relative)")


main()
