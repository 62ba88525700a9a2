#!/usr/bin/env python3
"""Writes a seeded synthetic KPI panel, long format (company,profile,period,kpi,value), for the
report benchmark: COUNT companies, two quarters each, one row per KPI of kpis.tsv.

usage: generate_panel.py COUNT OUT.csv [--catalogue catalogue.xml --kpis-out KPIS.tsv]
With --catalogue, only the KPIs the catalogue knows are generated (so `servicebench report` accepts
the file), and the KPI list used is written to --kpis-out for the Jinja2 side."""
import csv, random, re, sys
from pathlib import Path

def load_kpis(path=Path(__file__).with_name("kpis.tsv")):
    rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [dict(id=r[0], unit=r[1], direction=r[2], dimension=r[3], low=float(r[4]), high=float(r[5]), headline=r[6] == "1", fr=r[7], en=r[8]) for r in rows]

def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    kpis = load_kpis()
    options = dict(zip(sys.argv[3::2], sys.argv[4::2]))
    if "--catalogue" in options:
        known = set(re.findall(r'<kpi\b[^>]*\bid="([a-z0-9_]+)"', Path(options["--catalogue"]).read_text(encoding="utf-8")))
        kpis = [k for k in kpis if k["id"] in known]
        source = Path(__file__).with_name("kpis.tsv").read_text(encoding="utf-8").splitlines()
        kept = [line for line in source if line.startswith("#") or line.split("\t")[0] in known]
        Path(options["--kpis-out"]).write_text("\n".join(kept) + "\n", encoding="utf-8")
    rng = random.Random(20260331)
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["company", "profile", "period", "kpi", "value"])
        for index in range(count):
            name = f"Société {index + 1:05d} & Fils"
            for period in ("2025-Q4", "2026-Q1"):
                for kpi in kpis:
                    value = rng.uniform(kpi["low"], kpi["high"])
                    decimals = 0 if kpi["unit"] in ("count", "points") else 1
                    writer.writerow([name, "general-inbound", period, kpi["id"], f"{value:.{decimals}f}"])

if __name__ == "__main__":
    main()
