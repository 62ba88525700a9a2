#!/usr/bin/env python3
"""Writes a seeded synthetic KPI panel, long format (company,profile,period,kpi,value), for the
report benchmark: COUNT companies, two quarters each, one row per KPI.

usage: generate_panel.py COUNT OUT.csv [--catalogue catalogue.xml] [--kpis-out KPIS.tsv]

Without --catalogue the KPIs are those of kpis.tsv (40, for the renderer-only bench). With it, every
measure and yes/no practice of the catalogue is generated (so `servicebench report` accepts the
file), with the plausible ranges of kpis.tsv where it has them; --kpis-out writes the KPI list used,
in kpis.tsv's format, for the Jinja2 side."""
import csv, random, re, sys
from pathlib import Path

HERE = Path(__file__).parent
DEFAULT_RANGES = {"percent": (20, 95), "seconds": (10, 400), "hours": (1, 72), "days": (0.5, 20), "count": (10, 100000),
                  "per_hour": (4, 20), "EUR": (2, 15), "points": (-40, 70), "score": (1.5, 6.5), "boolean": (0, 1)}

def load_kpis(path=HERE / "kpis.tsv"):
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [dict(id=r[0], unit=r[1], direction=r[2], dimension=r[3], low=float(r[4]), high=float(r[5]), headline=r[6], fr=r[7], en=r[8]) for r in rows]

def catalogue_kpis(path):
    known = {k["id"]: k for k in load_kpis()}
    kpis = []
    for attributes in re.findall(r"<kpi\b([^>]*)>", Path(path).read_text(encoding="utf-8")):
        a = dict(re.findall(r'(\w+)="([^"]*)"', attributes))
        if a.get("unit") not in DEFAULT_RANGES:
            continue  # categories need an option, not a number
        base = known.get(a["id"])
        low, high = (base["low"], base["high"]) if base else DEFAULT_RANGES[a["unit"]]
        low, high = max(low, float(a.get("min", low))), min(high, float(a.get("max", high)))
        kpis.append(dict(id=a["id"], unit=a["unit"], direction=a.get("direction", "higher"), dimension=a.get("dimension", "inbound"),
                         low=low, high=high, headline="1" if a.get("headline") == "true" else "0",
                         fr=base["fr"] if base else a["id"], en=base["en"] if base else a["id"]))
    return kpis

def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    options = dict(zip(sys.argv[3::2], sys.argv[4::2]))
    kpis = catalogue_kpis(options["--catalogue"]) if "--catalogue" in options else load_kpis()
    if "--kpis-out" in options:
        lines = ["# id\tunit\tdirection\tdimension\tlow\thigh\theadline\tlabel_fr\tlabel_en"]
        lines += ["\t".join([k["id"], k["unit"], k["direction"], k["dimension"], str(k["low"]), str(k["high"]), k["headline"], k["fr"], k["en"]]) for k in kpis]
        Path(options["--kpis-out"]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    rng = random.Random(20260331)
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["company", "profile", "period", "kpi", "value"])
        for index in range(count):
            name = f"Société {index + 1:05d} & Fils"
            for period in ("2025-Q4", "2026-Q1"):
                for kpi in kpis:
                    if kpi["unit"] == "boolean":
                        writer.writerow([name, "general-inbound", period, kpi["id"], "oui" if rng.random() < 0.7 else "non"])
                        continue
                    value = rng.uniform(kpi["low"], kpi["high"])
                    decimals = 0 if kpi["unit"] in ("count", "points") else 1
                    writer.writerow([name, "general-inbound", period, kpi["id"], f"{value:.{decimals}f}"])

if __name__ == "__main__":
    main()
