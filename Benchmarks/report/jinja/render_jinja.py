#!/usr/bin/env python3
"""The Jinja2 side of the report benchmark: reads the same panel CSV, builds the same report
contexts as ServiceBench's stand-in engine (peer ranks, positions, targets, trends; French texts from
templates/i18n/fr.json, the CSS from templates/style.mustache), then times Jinja2 rendering ALONE of
one report per company plus the index page (context building and file writes are not timed).
Prints `render_seconds=S bytes=B documents=N`."""
import csv, json, sys, time
from pathlib import Path
import jinja2

HERE = Path(__file__).parent
NB, NNB = "\u00a0", "\u202f"

def num(v, d=1, sign=False):
    s = f"{abs(v):,.{d}f}".replace(",", NNB).replace(".", ",")
    if "," in s and d > 0:
        s = s.rstrip("0").rstrip(",")
    if v < 0 and s != "0": s = "\u2212" + s
    elif sign and v > 0: s = "+" + s
    return s

def fmt(v, unit):
    if unit == "boolean": return "oui" if v else "non"
    if unit == "percent": return num(v) + NB + "%"
    if unit == "seconds":
        t = round(v)
        if t < 60: return f"{t}{NB}s"
        return f"{t // 60}{NB}min" + (f"{NB}{t % 60}{NB}s" if t % 60 else "")
    if unit == "hours": return num(v) + NB + "h"
    if unit == "days": return num(v) + NB + "j"
    if unit == "points": return num(v, 0, True)
    if unit == "EUR": return num(v, 2) + NB + "€"
    return num(v)

def ordinal(n): return "1er" if n == 1 else f"{n}e"
def coord(x): s = f"{x:.1f}"; return s[:-2] if s.endswith(".0") else s
def quart(p): return "q4" if p >= 75 else "q3" if p >= 50 else "q2" if p >= 25 else "q1"

def main():
    panel, kpis_path, templates = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    t = json.loads((templates / "i18n" / "fr.json").read_text(encoding="utf-8"))
    style = (templates / "style.mustache").read_text(encoding="utf-8")
    kpis = [l.split("\t") for l in Path(kpis_path).read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    kpis = [dict(id=k[0], unit=k[1], direction=k[2], dimension=k[3], headline=k[6] == "1", label=k[7]) for k in kpis]
    index = {k["id"]: i for i, k in enumerate(kpis)}
    companies, cur, prev = [], {}, {}
    with open(panel, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            k = index.get(row["kpi"])
            if k is None: continue
            name = row["company"]
            if name not in cur:
                companies.append(name); cur[name] = [None] * len(kpis); prev[name] = [None] * len(kpis)
            text = row["value"]
            value = 1.0 if text == "oui" else 0.0 if text == "non" else float(text)
            (cur if row["period"] == "2026-Q1" else prev)[name][k] = value
    n = len(companies)
    pct, rank = {c: [0.0] * len(kpis) for c in companies}, {c: [0] * len(kpis) for c in companies}
    for k, kpi in enumerate(kpis):
        lower = kpi["direction"] == "lower"
        order = sorted((c for c in companies if cur[c][k] is not None), key=lambda c: cur[c][k] if lower else -cur[c][k])
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and cur[order[j + 1]][k] == cur[order[i]][k]: j += 1
            for m in range(i, j + 1):
                worse = len(order) - 1 - j
                pct[order[m]][k] = 100 * (worse + 0.5 * (j - i)) / max(len(order) - 1, 1)
                rank[order[m]][k] = i + 1
            i = j + 1
    study = dict(name="Synthetic 2025", title="Synthetic benchmark", sample=f"n{NB}={NB}{num(n, 0)}", region="France", method=t["method_declared"],
                 provenance=t["provenance_first-hand"], citations=[dict(reference="https://example.org/synthetic", isLink=True, quote="synthetic figures")])
    dims = ["backlog", "inbound", "handling", "productivity", "satisfaction", "quality", "digital", "outbound", "practices"]
    contexts = []
    for c in companies:
        entries = {}
        for k, kpi in enumerate(kpis):
            v = cur[c][k]
            if v is None: continue
            p = pct[c][k]; half = 8.0 if k % 2 == 0 else 3.0
            low, high = max(0, p - half), min(100, p + half)
            pos = (f"entre le {ordinal(round(low))} et le {ordinal(round(high))} centile (approximatif)" if high - low > 10 else f"{ordinal(round(p))} centile")
            ref = dict(studyName="Synthetic 2025", studyTitle="Synthetic benchmark", sample=study["sample"], method=study["method"], hasPosition=True,
                       positionText=pos, quartileClass=quart(p), barLabel=f"Position estimée {num(p)} sur 100",
                       bar=dict(width="240", intervalX=coord(low * 2.4), intervalWidth=coord(max((high - low) * 2.4, 2)), markerX=coord(p * 2.4), q1X="60", q2X="120", q3X="180"),
                       medianText=f"médiane{NB}: {fmt(v, kpi['unit'])}", source=dict(reference="https://example.org/synthetic", isLink=True, quote="synthetic figures"))
            status = None
            e = dict(id=kpi["id"], label=kpi["label"], definition=f"Définition de {kpi['label']}.", value=fmt(v, kpi["unit"]), references=[ref], hasReferences=True, mainReference=ref)
            if kpi["headline"]:
                status = "met" if p >= 60 else "near" if p >= 40 else "missed"
                e["target"] = dict(text=("≤" if kpi["direction"] == "lower" else "≥") + NB + fmt(round(v), kpi["unit"]), source=ref["source"])
            e["status"] = dict(statusClass=status or "none", statusWord=t[f"status_{status or 'none'}"], isMet=status == "met", isNear=status == "near", isMissed=status == "missed", isNone=status is None)
            e["peers"] = dict(rankText=f"{ordinal(rank[c][k])} sur {num(n, 0)}", percentileText=f"{num(p)}{NB}% des pairs font moins bien", quartileClass=quart(p))
            b = prev[c][k]
            if b is not None:
                d = v - b; better = d < 0 if kpi["direction"] == "lower" else d > 0
                ch = "unchanged" if d == 0 else "improved" if better else "worsened"
                e["trend"] = dict(deltaText=f"{num(d, 1, True)} depuis 2025-Q4 ({fmt(b, kpi['unit'])})", changeClass=ch, changeWord=t[f"trend_{ch}"], rotation="-45" if d > 0 else "45" if d < 0 else "0")
            e["sentence"] = f"{kpi['label']}{NB}: {e['value']} — {pos} des entreprises de l’étude Synthetic 2025 ({study['sample']}, {study['method']}){NB}; {ordinal(rank[c][k])} sur {n} dans le panel."
            entries[kpi["id"]] = (kpi, e)
        dimensions = [dict(anchor=f"dimension-{d}", title=t[f"dimension_{d}"], intro=t[f"dimension_{d}_intro"], entries=[e for (kk, e) in entries.values() if kk["dimension"] == d]) for d in dims]
        dimensions = [d for d in dimensions if d["entries"]]
        headline = [e for (kk, e) in entries.values() if kk["headline"]]
        flagged = [e for (kk, e) in entries.values() if not kk["headline"] and e.get("trend", {}).get("changeClass") == "worsened"]
        columns_count = 3 if len(headline) >= 7 else 2
        left = len(headline) % columns_count
        attention = dict(items=flagged[:6], span=str(columns_count - left if left else columns_count),
                         more=f"et {len(flagged) - 6} autres dans les sections détaillées" if len(flagged) > 6 else None) if flagged else None
        toc = [dict(anchor="summary", title=t["summary_title"])] + [dict(anchor=d["anchor"], title=d["title"]) for d in dimensions] + [dict(anchor="quality", title=t["quality_title"]), dict(anchor="methodology", title=t["methodology_title"])]
        contexts.append(dict(lang="fr", isXHTML=False, t=t, style=style, title=t["default_title"], company=c, period="2026-Q1", profileLabel="Appels entrants généralistes",
                             dateText="1 avril 2026", dateISO="2026-04-01", panelText=f"{num(n, 0)} entreprises", toc=toc,
                             summary=dict(entries=headline, attention=attention), dimensions=dimensions,
                             quality=dict(sources=[dict(source="panel.csv", summary=f"{len(kpis) * 2} enregistrements lus, 0 écartés.")]), methodology=dict(studies=[study])))
    # The index: one table per dimension, every company in each (as ServiceBench's index.mustache).
    cells = {c: [dict(hasValue=cur[c][k] is not None, value=fmt(cur[c][k], kpis[k]["unit"]) if cur[c][k] is not None else "", rank=f"{ordinal(rank[c][k])} sur {num(n, 0)}", cellClass=quart(pct[c][k])) for k in range(len(kpis))] for c in companies}
    groups = []
    for d in dims:
        ks = [k for k in range(len(kpis)) if kpis[k]["dimension"] == d]
        if not ks: continue
        groups.append(dict(id=d, title=t[f"dimension_{d}"], columns=[dict(label=kpis[k]["label"]) for k in ks],
                           rows=[dict(overall=str(i + 1), href=f"c{i}.html", company=c, period="2026-Q1", cells=[cells[c][k] for k in ks]) for i, c in enumerate(companies)]))
    columns_text = f"{len(kpis)} indicateurs, en {len(groups)} tableaux par dimension."
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE)), autoescape=True)
    report, index_template = env.get_template("report.html.j2"), env.get_template("index.html.j2")
    start = time.perf_counter()
    total = 0
    for context in contexts:
        total += len(report.render(context).encode("utf-8"))
    total += len(index_template.render(lang="fr", t=t, style=style, title=t["default_title"], groups=groups, columnsText=columns_text).encode("utf-8"))
    elapsed = time.perf_counter() - start
    print(f"render_seconds={elapsed:.3f} bytes={total} documents={len(contexts) + 1}")

if __name__ == "__main__":
    main()
