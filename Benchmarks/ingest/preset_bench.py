"""Times `kpis --preset` on the calls rewritten in a vendor layout (vendor.py) against `kpis` on the
plain calls CSV, interleaved run by run, and prints the medians and their ratio (the budget is 1.5x).

Usage: python preset_bench.py --servicebench PATH --calls PLAIN_CSV --vendor VENDOR_CSV --preset 3cx [--runs 3]"""
import argparse
import statistics
import subprocess
import sys
import time


def timed(command):
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{proc.stderr[-2000:]}")
    return time.perf_counter() - start


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
    for name, values in times.items():
        print(f"{name:7} median {statistics.median(values):.2f} s  runs {', '.join(f'{v:.2f}' for v in values)}")
    print(f"ratio preset/plain {statistics.median(times['preset']) / statistics.median(times['plain']):.2f} (budget 1.5)")


if __name__ == "__main__":
    main()
