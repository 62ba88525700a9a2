#!/usr/bin/env python3
"""Writes a synthetic KPI panel for the `report --format json` benchmark: N fictional companies, four
quarters (2025-Q4 .. 2026-Q3), every KPI and practice of the catalogue (37 per company and quarter),
as a long CSV (company,profile,sector,size,period,kpi,value) with ',' and '.'.

Seeded: the same --seed and --companies give byte-identical files."""
import argparse
import math
import random

PERIODS = ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]
PROFILES = [("general-inbound", 0.7), ("technical-hotline", 0.2), ("outbound-sales", 0.1)]
SECTORS = ["energy", "telecom", "banking", "insurance", "retail", "transport", "software", "utilities", "public"]
SIZES = [("small", 35_000), ("medium", 160_000), ("large", 650_000)]

# id: (kind, median, spread, lo, hi, decimals). kind 'log' = log-normal around the median,
# 'lin' = normal with standard deviation `spread`.
MEASURES = {
    "answer_rate": ("lin", 89, 4, 70, 99, 1),
    "abandon_rate": ("lin", 8, 3.5, 0.5, 25, 1),
    "asa": ("log", 40, 0.5, 5, 600, 0),
    "wait_p90": ("log", 120, 0.5, 15, 1800, 0),
    "service_level_20s": ("lin", 68, 12, 10, 99, 1),
    "service_level_60s": ("lin", 84, 9, 25, 100, 1),
    "email_response_time": ("log", 18, 0.6, 1, 200, 1),
    "email_answered_24h": ("lin", 68, 15, 5, 100, 1),
    "chat_first_response_time": ("log", 90, 0.6, 5, 1200, 0),
    "aht": ("log", 360, 0.3, 90, 1800, 0),
    "fcr": ("lin", 70, 6, 39, 91, 1),
    "resolution_time": ("log", 36, 0.6, 1, 720, 1),
    "transfer_rate": ("lin", 11, 3.5, 1, 35, 1),
    "backlog_age": ("log", 3.5, 0.5, 0.2, 60, 1),
    "occupancy": ("lin", 82, 4, 60, 97, 1),
    "contacts_per_agent_hour": ("log", 7.5, 0.3, 1, 30, 1),
    "cost_per_contact": ("log", 5.8, 0.35, 1, 40, 2),
    "csat": ("lin", 82, 5, 50, 99, 1),
    "nps": ("lin", 20, 15, -60, 80, 0),
    "ces": ("lin", 5.3, 0.5, 1, 7, 2),
    "survey_response_rate": ("log", 13, 0.4, 2, 70, 1),
    "qa_score_calls": ("lin", 83, 5, 50, 100, 1),
    "qa_score_written": ("lin", 79, 6, 45, 100, 1),
    "digital_share": ("lin", 40, 12, 2, 95, 1),
    "selfcare_transfer_rate": ("lin", 22, 6, 2, 70, 1),
    "conversion_rate": ("lin", 14, 4, 1, 45, 1),
}
COUNTS = ["calls_offered", "calls_made", "backlog_open", "channels_offered"]
PRACTICES = {"measures_response_time": 0.87, "measures_aht": 0.78, "measures_satisfaction": 0.73,
             "has_fcr_target": 0.5, "measures_agent_quality": 0.73, "email_auto_ack": 0.59}


def pick(rng, weighted):
    r = rng.random()
    for value, weight in weighted:
        r -= weight
        if r < 0:
            return value
    return weighted[-1][0]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--companies", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lines = ["company,profile,sector,size,period,kpi,value"]
    for number in range(1, args.companies + 1):
        name = f"Synthetic {number:04d} (fictional)"
        profile = pick(rng, PROFILES)
        sector = rng.choice(SECTORS)
        size, volume = rng.choice(SIZES)
        prefix = f"{name},{profile},{sector},{size}"
        quality = rng.gauss(0, 1)  # > 0: a better service than the median
        base = {}
        for kpi, (kind, median, spread, lo, hi, _) in MEASURES.items():
            better_low = kpi in ("abandon_rate", "asa", "wait_p90", "email_response_time", "chat_first_response_time",
                                 "resolution_time", "transfer_rate", "backlog_age", "cost_per_contact", "selfcare_transfer_rate")
            shift = -quality if better_low else quality
            if kind == "log":
                base[kpi] = median * math.exp(spread * (0.6 * shift + 0.8 * rng.gauss(0, 1)))
            else:
                base[kpi] = median + spread * (0.6 * shift + 0.8 * rng.gauss(0, 1))
        calls = volume * math.exp(rng.gauss(0, 0.3))
        channels = max(1, min(12, round(rng.gauss(6, 1.5))))
        practices = {k: "yes" if rng.random() < p else "no" for k, p in PRACTICES.items()}
        practices["outsourcing"] = pick(rng, [("none", 0.6), ("partial", 0.29), ("full", 0.11)])
        for period in PERIODS:
            for kpi, (kind, median, spread, lo, hi, decimals) in MEASURES.items():
                noise = math.exp(rng.gauss(0, 0.06)) if kind == "log" else 1 + rng.gauss(0, 0.02)
                value = min(hi, max(lo, base[kpi] * noise))
                lines.append(f"{prefix},{period},{kpi},{value:.{decimals}f}")
            lines.append(f"{prefix},{period},calls_offered,{round(calls * math.exp(rng.gauss(0, 0.05)))}")
            lines.append(f"{prefix},{period},calls_made,{round(calls * 0.3 * math.exp(rng.gauss(0, 0.05)))}")
            lines.append(f"{prefix},{period},backlog_open,{round(calls / 45 * math.exp(rng.gauss(0, 0.1)))}")
            lines.append(f"{prefix},{period},channels_offered,{channels}")
            for practice, answer in practices.items():
                lines.append(f"{prefix},{period},{practice},{answer}")
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")
    print(f"{args.output}: {args.companies} companies, {len(PERIODS)} quarters, {len(lines) - 1} rows")


if __name__ == "__main__":
    main()
