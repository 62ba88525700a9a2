"""Times `kpis --preset` on the calls rewritten in a vendor layout (vendor.py) against `kpis` on the
plain calls CSV, interleaved run by run, and prints the medians and their ratio (the budget is 1.5x).

Usage: python preset_bench.py --servicebench PATH --calls PLAIN_CSV --vendor VENDOR_CSV --preset 3cx [--runs 3]"""
import argparse
import resource
import statistics
import subprocess
import sys
import time


def timed(command):
    """Wall seconds and CPU seconds (user + system) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{proc.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--servicebench", required=True)
    parser.add_argument("--calls", required=True)
    parser.add_argument("--vendor", required=True)
    parser.add_argument("--preset", default="3cx")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    plain = [args.servicebench, "kpis", args.calls, "--source", "calls", "--format", "json"]
    preset = [args.servicebench, "kpis", args.vendor, "--source", "calls", "--preset", args.preset, "--format", "json"]
    times = {"plain": [], "preset": []}
    for _ in range(args.runs):
        times["plain"].append(timed(plain))
        times["preset"].append(timed(preset))
    medians = {}
    for name, runs in times.items():
        walls = [wall for wall, _ in runs]
        cpus = [cpu for _, cpu in runs]
        medians[name] = (statistics.median(walls), statistics.median(cpus))
        print(f"{name:7} wall median {medians[name][0]:.2f} s (runs {', '.join(f'{v:.2f}' for v in walls)}), CPU median {medians[name][1]:.2f} s")
    print(f"ratio preset/plain: wall {medians['preset'][0] / medians['plain'][0]:.2f}, CPU {medians['preset'][1] / medians['plain'][1]:.2f} (budget 1.5)")


if __name__ == "__main__":
    main()
