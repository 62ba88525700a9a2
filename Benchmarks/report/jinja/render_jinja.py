#!/usr/bin/env python3
"""The Jinja2 side of the report benchmark.

usage: render_jinja.py report|slides OUTDIR TEMPLATES [--sample K] [--check]

OUTDIR is what `servicebench report PANEL --format html|slides --output OUTDIR` has just written.
Untimed, the script reads back the first K documents (default 100) and, in report mode, the index
page, into the contexts the Jinja2 templates take (`report.html.j2`, `deck.html.j2`,
`index.html.j2`: templates/*.mustache line for line), so that both sides render the same reports:
the same sections, KPIs, study references, priorities, texts and CSS. Then it times Jinja2
(autoescape on) rendering one document per company of OUTDIR, cycling through the K contexts, plus the index in report mode; nothing is written.
Prints `render_seconds=S bytes=B documents=N servicebench_bytes=B2`.

With --check it renders each of the K documents and compares it with ServiceBench's file, byte for
byte, and exits 1 on the first difference (showing it): the proof that the templates are equivalent.

The reader stops (exit 2) on a section it does not know (maturity, series charts, the staffing
chart, a data-quality table): the generated panel shows none, and the templates would need them.
"""
import html, json, re, sys, time
from pathlib import Path
import jinja2
from markupsafe import Markup

HERE = Path(__file__).parent
U = html.unescape


class Unsupported(Exception):
    pass


def find(pattern, text, group=1, default=None):
    m = re.search(pattern, text, re.S)
    return U(m.group(group)) if m and m.group(group) is not None else default


def block(text, start, end):
    """The text from the first `start` to the following `end` (included), or None."""
    i = text.find(start)
    if i < 0:
        return None
    j = text.index(end, i)
    return text[i:j + len(end)]


# ---- chart partials ----

def status(markup):
    m = re.search(r'<span class="status (\w+)"><svg[^>]*>.*?</svg> <span class="status-word">(.*?)</span></span>\n', markup, re.S)
    c = m.group(1)
    return dict(statusClass=c, statusWord=U(m.group(2)), isMet=c == "met", isNear=c == "near", isMissed=c == "missed", isNone=c == "none")


TREND = re.compile(r'<span class="trend (\w+)"><svg[^>]*><g transform="rotate\(([^ ]+) 9 9\)">.*?<span class="trend-word">(.*?)</span> <span class="trend-delta">(.*?)</span></span>\n', re.S)


def trend(markup):
    m = TREND.search(markup)
    return dict(changeClass=m.group(1), rotation=m.group(2), changeWord=U(m.group(3)), deltaText=U(m.group(4))) if m else None


BAR = re.compile(r'<svg xmlns="http://www.w3.org/2000/svg" class="position-bar( uninformative)?"[^>]*><title>(.*?)</title><rect class="track"[^>]*/><rect class="interval ([^"]*)" x="([^"]*)" y="5" width="([^"]*)"[^>]*/>(?:<line class="tick[^"]*"[^>]*/>){3}(?:<line class="marker" x1="([^"]*)")?', re.S)


def bar(markup, into):
    """The chart-position fields of a reference (bar, barLabel, quartileClass, uninformative)."""
    m = BAR.search(markup)
    if not m:
        into["bar"] = None
        return into
    into.update(uninformative=bool(m.group(1)), barLabel=U(m.group(2)), quartileClass=m.group(3),
                bar=dict(intervalX=m.group(4), intervalWidth=m.group(5), hasMarker=m.group(6) is not None, markerX=m.group(6)))
    return into


SOURCE = re.compile(r'(?:([^<]*?) (?=<a |<cite>))?(?:<a href="[^"]*">(.*?)</a>|<cite>(.*?)</cite>)?(?: — <q>(.*?)</q>)?\n$', re.S)


def source(markup):
    m = SOURCE.match(markup)
    if m is None:
        raise Unsupported(f"source link: {markup[:80]!r}")
    if m.group(2) is None and m.group(3) is None and m.group(4) is None:
        return None
    return dict(lead=U(m.group(1)) if m.group(1) else None, isLink=m.group(2) is not None, isText=m.group(3) is not None,
                reference=U(m.group(2) or m.group(3) or ""), quote=U(m.group(4)) if m.group(4) is not None else None)


# ---- the report ----

def report_context(doc, t):
    for marker in ('<section class="maturity"', '<figure class="series-chart"', '<figure class="staffing-chart"', '<table class="quality-table"'):
        if marker in doc.split("</style>", 1)[1]:
            raise Unsupported(marker)
    c = dict(lang=find(r'<html [^>]*lang="([^"]*)"', doc), isXHTML=doc.startswith("<?xml"))
    cover = block(doc, '<header class="cover"', "</header>")
    c.update(title=find(r"<h1>(.*?)</h1>", cover), company=find(r'<p class="company">(.*?)</p>', cover),
             period=find(rf"<dt>{re.escape(t['period_label'])}</dt><dd>(.*?)</dd>", cover),
             profileLabel=find(rf"<dt>{re.escape(t['profile_label'])}</dt><dd>(.*?)</dd>", cover),
             dateISO=find(r'<time datetime="([^"]*)">', cover), dateText=find(r'<time datetime="[^"]*">(.*?)</time>', cover),
             panelText=find(rf"<dt>{re.escape(t['panel_label'])}</dt><dd>(.*?)</dd>", cover),
             panelWarning=find(r'<p class="warning"><span class="warning-sign" aria-hidden="true">⚠</span> (.*?)</p>', cover),
             peerGroupNote=find(r'<p class="note peer-group-note">(.*?)</p>', cover),
             hasKeyMessages='<section class="key-messages"' in cover,
             keyMessages=[U(x) for x in re.findall(r"<li>(.*?)</li>", block(cover, '<section class="key-messages"', "</section>") or "")],
             toc=[dict(anchor=a, title=U(b)) for a, b in re.findall(r'<li><a href="#([^"]*)">(.*?)</a></li>', block(cover, "<nav", "</nav>"))])
    c["summary"] = summary(block(doc, '<section class="summary"', "</section>"), t)
    c["priorities"] = priorities(block(doc, '<section class="priorities"', "</section>"))
    c["dimensions"] = [dimension(m.group(0), t) for m in re.finditer(r'<section class="dimension".*?</section>', doc, re.S)]
    c["staffing"] = staffing(block(doc, '<section class="staffing"', "</section>"))
    quality = block(doc, '<section class="quality"', "</section>")
    c["quality"] = None if quality is None else dict(sources=[
        dict(source=U(s), summary=U(p), notes=[U(n) for n in re.findall(r'<p class="note">(.*?)</p>\n', rest)])
        for s, p, rest in re.findall(r'<div class="quality-source">\n<h3>(.*?)</h3>\n<p>(.*?)</p>\n(.*?)</div>', quality, re.S)])
    c["methodology"] = methodology(block(doc, '<section class="methodology"', "</section>"))
    return c


def card(markup):
    e = dict(label=find(r"<h3>(.*?)</h3>", markup), value=find(r'<p class="card-value">(.*?)</p>', markup), margin=find(r'<p class="card-margin value-margin">(.*?)</p>', markup),
             sentence=find(r'<p class="sentence">(.*?)</p>', markup), noInformativeStudy=find(r'<p class="position-text no-study">(.*?)</p>', markup))
    head = find(r'(<p class="card-status">.*?</p>)', markup)
    e["status"] = status(head)
    target = find(r'<span class="target-text">(.*?)</span></p>', markup)
    e["target"] = dict(text=target) if target is not None else None
    position = block(markup, '<div class="card-position">', "</div>")
    if position:
        line = find(r'<p class="study-line">(.*?)</p>', position).split(" · ")
        e["mainReference"] = bar(position, dict(positionText=find(r'<p class="position-text">(.*?)</p>', position), studyName=line[0],
                                                sample=line[1], method=line[2], regionName=line[3] if len(line) > 3 else None))
    else:
        e["mainReference"] = None
    e["trend"] = trend(block(markup, '<p class="card-trend">', "</p>") or "")
    return e


def summary(section, t):
    if section is None:
        return None
    # The peers line, the fallback note (if any) included: one text renders the same bytes.
    s = dict(columns=find(r'<div class="cards cards-(\w+)">', section), peersText=find(r'<p class="note summary-peers">(.*?)</p>', section), peerGroupNote=None,
             rejected=[U(x) for x in re.findall(r'<p class="note summary-rejected">(.*?)</p>', section)],
             entries=[card(m) for m in re.findall(r'<article class="card .*?</article>', section, re.S)])
    aside = block(section, '<aside class="attention', "</aside>")
    s["attention"] = None
    if aside:
        items = []
        for m in re.finditer(r'<li><a href="#kpi-([^"]*)">(.*?)</a> <strong>(.*?)</strong>(.*?)</li>\n', aside, re.S):
            rest = m.group(4)
            target = find(r'<span class="target-text">(.*?)</span>', rest)
            items.append(dict(id=m.group(1), label=U(m.group(2)), value=U(m.group(3)), target=dict(text=target) if target is not None else None,
                              status=status(rest) if target is not None else None, trend=trend(rest)))
        s["attention"] = dict(span=find(r'<aside class="attention span-(\w+)">', aside), items=items, more=find(r'<p class="note">(.*?)</p>', aside))
    fix = block(section, '<div class="fix-first">', "</div>")
    s["fixFirst"] = dict(items=[dict(rank=r, sentence=U(x)) for r, x in re.findall(r'<li><a href="#priority-(\d+)">(.*?)</a></li>', fix)]) if fix else None
    return s


def priorities(section):
    if section is None:
        return None
    items = [dict(rank=r, id=i, label=U(label), value=U(value), reasons=[U(x) for x in re.findall(r"<li>(.*?)</li>", reasons)], ask=U(ask) if ask else None)
             for r, i, label, value, reasons, ask in re.findall(
                 r'<li id="priority-(\d+)"><p class="priority-head"><a href="#kpi-([^"]*)">(.*?)</a> <strong class="priority-value">(.*?)</strong></p>\n'
                 r'<ul class="priority-reasons">(.*?)</ul>\n(?:<p class="priority-ask">(.*?)</p>\n)?</li>', section, re.S)]
    return dict(method=find(r'<p class="intro">(.*?)</p>', section), items=items)


REFERENCE = re.compile(r'<div class="reference">\n<div class="reference-position">\n(.*?)\n<p class="position-text">(.*?)</p>\n</div>\n'
                       r'<p class="study-line"><strong>(.*?)</strong> — (.*?)</p>\n<p class="reference-figures">(.*?)</p>\n'
                       r'<p class="source">[^<]*? (.*?)</p>\n(?:<p class="note">(.*?)</p>\n)?</div>\n', re.S)


def figures(markup, t, into):
    """A reference's figures (medianText, meanText, formulaVariant) from its `reference-figures` spans."""
    into.update(medianText=None, meanText=None, formulaVariant=None)
    for span in re.findall(r"<span>(.*?)</span>", markup):
        span = U(span)
        if span.startswith(t["formula_label"] + " "):
            into["formulaVariant"] = span[len(t["formula_label"]) + 1:]
        elif into["medianText"] is None and into["meanText"] is None and span.startswith(t["median_word"]):
            into["medianText"] = span
        else:
            into["meanText"] = span
    return into


def reference(m, t):
    """A positioned reference (`<div class="reference">`)."""
    r = bar(m.group(1), dict(studyName=U(m.group(3)), source=source(m.group(6)), note=U(m.group(7)) if m.group(7) else None))
    position, _, band = m.group(2).partition(f" · {t['band_label']} ")
    r.update(positionText=U(position), band=U(band) if band else None)
    parts = U(m.group(4)).split(" · ")
    r["segment"] = parts.pop()[len(t["segment_label"]) + 1:] if parts[-1].startswith(t["segment_label"] + " ") else None
    if len(parts) >= 4:
        r.update(studyTitle=" · ".join(parts[:-3]), sample=parts[-3], method=parts[-2], regionName=parts[-1])
    else:
        r.update(studyTitle=" · ".join(parts[:-2]), sample=parts[-2], method=parts[-1], regionName=None)
    return figures(m.group(5), t, r)


def context_reference(m, t):
    """A study that gives no position: one line of `<ul class="context-references">`. Without a
    `<span class="source">` the figure's source is one of the study's citations (sourceInStudies) and
    the line gives its quote alone."""
    r = dict(studyAnchor=U(m.group(1)), studyName=U(m.group(2)), segment=U(m.group(3)) if m.group(3) is not None else None,
             positionText=U(m.group(5)), sourceInStudies=m.group(7) is None, note=U(m.group(8)) if m.group(8) is not None else None)
    if r["sourceInStudies"]:
        r["source"] = dict(quote=U(m.group(6))) if m.group(6) is not None else None
    else:
        r["source"] = source(m.group(7))
    return figures(m.group(4), t, r)


def context_pattern(t):
    return re.compile(r'<li><a class="study-ref" href="#([^"]*)">(.*?)</a>(?: · ' + re.escape(t["segment_label"]) + r' (.*?))? · <span class="reference-figures">(.*?)</span> — '
                      r'<span class="position-text">(.*?)</span>\.(?: <q>(.*?)</q>| <span class="source">[^<]*? (.*?)</span>)?(?: <span class="note">(.*?)</span>)?</li>\n', re.S)


def dimension(section, t):
    d = dict(anchor=find(r'<section class="dimension" id="([^"]*)">', section), title=find(r"<h2>(.*?)</h2>", section),
             intro=find(r'<p class="intro">(.*?)</p>', section), entries=[])
    for m in re.finditer(r'<article class="kpi status-(\w+)" id="kpi-([^"]*)">(.*?)</article>', section, re.S):
        a = m.group(3)
        facts = block(a, '<dl class="kpi-facts">', "</dl>")
        e = dict(id=m.group(2), label=find(r"<h3>(.*?)</h3>", a), value=find(r'<p class="kpi-value">(.*?)(?: <span class="value-margin">.*?</span>)?</p>', a),
                 margin=find(r'<p class="kpi-value">.*?<span class="value-margin">(.*?)</span></p>', a),
                 definition=find(r'<p class="definition">(.*?)</p>', a), series=None,
                 variant=find(rf"<div><dt>{re.escape(t['variant_label'])}</dt><dd>(.*?)</dd></div>", facts), target=None, peers=None, trend=None)
        e["status"] = dict(statusClass=m.group(1))
        tm = re.search(rf'<div><dt>{re.escape(t["target_label"])}</dt><dd><span class="target-text">(.*?)</span> (.*?)<br/><span class="source">[^<]*? (?:([^<]*?) — )?(.*?)</span></dd></div>\n', facts, re.S)
        if tm:
            e["status"] = status(tm.group(2))
            e["target"] = dict(text=U(tm.group(1)), study=U(tm.group(3)) if tm.group(3) else None, source=source(tm.group(4)) if tm.group(4) else None)
        pm = re.search(rf'<div><dt>{re.escape(t["peers_label"])}</dt><dd><span class="rank (\w+)">(.*?)</span> \((.*?)\)(?: <span class="peer-group">(.*?)</span>)?(?:<br/><span class="peer-rate">(.*?)</span>)?(?:<br/><span class="warning"><span class="warning-sign" aria-hidden="true">⚠</span> (.*?)</span>)?</dd></div>', facts, re.S)
        if pm:
            e["peers"] = dict(quartileClass=pm.group(1), rankText=U(pm.group(2)), percentileText=U(pm.group(3)), groupText=U(pm.group(4)) if pm.group(4) else None,
                              rateText=U(pm.group(5)) if pm.group(5) else None, warning=U(pm.group(6)) if pm.group(6) else None)
        e["unrankedText"] = find(rf'<div><dt>{re.escape(t["peers_label"])}</dt><dd class="unranked">(.*?)</dd></div>', facts)
        tr = block(facts, f"<div><dt>{t['trend_label']}</dt>", "</dd></div>")
        if tr:
            e["trend"] = trend(tr)
            e["trend"]["yearOverYear"] = find(r'<span class="year-over-year">(.*?)</span>', tr)
        refs = a[a.index('<div class="references">'):] if '<div class="references">' in a else ""
        e["positioned"] = [reference(r, t) for r in REFERENCE.finditer(refs)]
        context = block(refs, '<ul class="context-references">', "</ul>") or ""
        e["context"] = [context_reference(r, t) for r in context_pattern(t).finditer(context)]
        e["hasContext"] = bool(e["context"])
        e["hasReferences"] = bool(e["positioned"] or e["context"])
        if refs and (len(re.findall(r'<div class="reference">', refs)) != len(e["positioned"]) or context.count("<li>") != len(e["context"])):
            raise Unsupported(f"references of {e['id']}")
        d["entries"].append(e)
    return d


def staffing(section):
    if section is None:
        return None
    rows = [dict(label=U(a), calls=U(b), aht=U(c), agents=U(d), serviceLevel=U(e) if e != NOT_AVAILABLE else None)
            for a, b, c, d, e in re.findall(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>', section)]
    return dict(targetText=find(r'<p class="intro">(.*?)</p>', section), basisText=find(r'<p class="note">(.*?)</p>', section), rows=rows)


def study_line(line):
    parts = U(line).split(" · ")
    sample, _, description = parts[0].partition(" (")
    s = dict(sample=sample, sampleDescription=description[:-1] if description else None, provenance=parts[-1], method=parts[-2], region=parts[1])
    s["sector"] = parts[2] if len(parts) == 5 else None
    return s


def methodology(section):
    studies = []
    for anchor, name, title, line, citations in re.findall(r'<li id="([^"]*)">\n<p><strong>(.*?)</strong> — <cite>(.*?)</cite></p>\n<p class="study-line">(.*?)</p>\n(.*?)</li>\n', section, re.S):
        s = study_line(line)
        s.update(anchor=U(anchor), name=U(name), title=U(title), citations=[source(x) for x in re.findall(r'<p class="citation">(.*?)</p>\n', citations, re.S)])
        studies.append(s)
    return dict(studies=studies)


# ---- the index ----

def index_context(doc, t):
    c = dict(lang=find(r'<html [^>]*lang="([^"]*)"', doc), isXHTML=doc.startswith("<?xml"), title=find(r"<h1>(.*?)</h1>", doc),
             panelText=find(rf"<dt>{re.escape(t['panel_label'])}</dt><dd>(.*?)</dd>", doc), periods=find(rf"<dt>{re.escape(t['period_label'])}</dt><dd>(.*?)</dd>", doc),
             dateISO=find(r'<time datetime="([^"]*)">', doc), dateText=find(r'<time datetime="[^"]*">(.*?)</time>', doc),
             panelWarning=find(r'<p class="warning"><span class="warning-sign" aria-hidden="true">⚠</span> (.*?)</p>', doc),
             columnsText=re.findall(r'<p class="intro">(.*?)</p>', doc)[1], groups=[])
    c["columnsText"] = U(c["columnsText"])
    cell = re.compile(r'<td class="cell ([^"]*)">(?:<span class="cell-value">(.*?)</span><br/><span class="cell-rank">(.*?)</span>|<span class="cell-empty">—</span>)</td>')
    row = re.compile(r'<tr><td class="overall">(.*?)(?:<br/><span class="overall-basis">(.*?)</span>)?</td><th scope="row"><a href="([^"]*)">(.*?)</a> <span class="period">(.*?)</span>'
                     r'<br/><span class="peer-group">(.*?)</span></th>(.*?)</tr>\n')
    for g in re.finditer(r'<h3 id="panel-([^"]*)">(.*?)</h3>\n<div class="table-scroll">(.*?)</table>', doc, re.S):
        head, body = g.group(3).split("</thead>")
        rows = [dict(overall=U(r.group(1)), overallBasis=U(r.group(2)) if r.group(2) else None, href=U(r.group(3)), company=U(r.group(4)), period=U(r.group(5)),
                     peerGroup=U(r.group(6)),
                     cells=[dict(cellClass=m.group(1), hasValue=m.group(2) is not None, value=U(m.group(2) or ""), rank=U(m.group(3) or ""))
                            for m in cell.finditer(r.group(7))])
                for r in row.finditer(body)]
        c["groups"].append(dict(id=g.group(1), title=U(g.group(2)), columns=[dict(label=U(x)) for x in re.findall(r'<th scope="col">(.*?)</th>', head)[2:]], rows=rows))
    return c


# ---- the deck ----

def deck_context(doc, t):
    if "slide-quarters" in doc or '<figure class="staffing-chart"' in doc:
        raise Unsupported("quarters slide or staffing chart")
    title = block(doc, '<section class="slide slide-title"', "</section>")
    facts = re.findall(r'<p class="deck-facts">(.*?)</p>', title)
    first = re.sub(r" · <time.*", "", facts[0]).split(" · ")
    c = dict(lang=find(r'<html [^>]*lang="([^"]*)"', doc), isXHTML=doc.startswith("<?xml"), title=find(r"<h1[^>]*>(.*?)</h1>", title),
             company=find(r'<p class="company">(.*?)</p>', title), period=U(first[0]), profileLabel=U(first[1]) if len(first) > 1 else None,
             dateISO=find(r'<time datetime="([^"]*)">', title), dateText=find(r'<time datetime="[^"]*">(.*?)</time>', title), panelText=U(facts[1]),
             panelWarning=find(r'<p class="warning"><span class="warning-sign" aria-hidden="true">⚠</span> (.*?)</p>', title))
    head = block(doc, '<section class="slide slide-headline"', "</section>")
    c["headline"], c["columns"] = [], None
    if head:
        c["columns"] = find(r'<div class="deck-cards deck-cards-(\w+)">', head)
        for a in re.findall(r'<article class="deck-card .*?</article>', head, re.S):
            target = find(r'<span class="target-text">(.*?)</span></p>', a)
            c["headline"].append(dict(label=find(r"<h3>(.*?)</h3>", a), value=find(r'<p class="deck-value">(.*?)(?: <span class="deck-margin">.*?</span>)?</p>', a),
                                      margin=find(r'<p class="deck-value">.*?<span class="deck-margin">(.*?)</span></p>', a), status=status(a),
                                      target=dict(text=target) if target is not None else None, trend=trend(a)))
    p = block(doc, '<section class="slide slide-priorities"', "</section>")
    c["priorities"] = None if p is None else dict(items=[
        dict(label=U(label), value=U(value), reasons=[U(x) for x in re.findall(r'<span class="deck-reason">(.*?)</span>', reasons)], ask=U(ask) if ask else None)
        for label, value, reasons, ask in re.findall(
            r'<li><strong>(.*?)</strong> <span class="deck-priority-value">(.*?)</span>\n<span class="deck-reasons">(.*?)</span>\n(?:<span class="deck-ask">(.*?)</span>\n)?</li>', p, re.S)])
    c["positions"] = []
    positions = block(doc, '<section class="slide slide-positions"', "</section>") or ""
    for label, value, rest in re.findall(r'<tr><th scope="row">(.*?)<br/><span class="deck-small">(.*?)</span></th>\n(.*?)\n</tr>', positions, re.S):
        ref = None
        if 'class="deck-none"' not in rest:
            line = find(r'<br/><span class="deck-small">(.*?)</span></td>$', rest).split(" · ")
            ref = bar(rest, dict(positionText=find(r"<td><strong>(.*?)</strong>", rest), studyName=line[0], sample=line[1], method=line[2]))
        c["positions"].append(dict(label=U(label), value=U(value), reference=ref))
    peers = block(doc, '<section class="slide slide-peers"', "</section>")
    # The peers line, the fallback note (if any) included: one text renders the same bytes.
    c.update(peersText=find(r'<p class="deck-facts">(.*?)</p>', peers), peerGroupNote=None)
    c["peers"] = [dict(label=U(a), value=U(b), percentileText=U(d), quartileClass=q, barWidth=w, rankText=U(r))
                  for a, b, d, q, w, r in re.findall(
                      r'<tr><th scope="row">(.*?)<br/><span class="deck-small">(.*?)</span></th>\n<td class="deck-bar"><svg[^>]*><title>(.*?)</title><rect class="track"[^>]*/>'
                      r'<rect class="interval (\w+)" x="0" y="5" width="([^"]*)"[^>]*/>.*?</svg></td>\n<td><strong>(.*?)</strong>', peers, re.S)]
    s = block(doc, '<section class="slide slide-staffing"', "</section>")
    c["staffing"], c["staffingAsk"] = None, None
    if s:
        small = re.findall(r'<p class="deck-small">(.*?)</p>', s)
        rows = re.findall(r'<div><dt>[^<]*</dt><dd>(.*?)</dd></div>\n<div><dt>[^<]*</dt><dd>(.*?)</dd></div>\n<div><dt>[^<]*</dt><dd>(.*?)</dd></div>', s)
        c["staffing"] = dict(targetText=U(small[0]), basisText=U(small[1]) if len(small) > 1 else None,
                             rows=[dict(agents=U(a), calls=U(b), aht=U(h)) for a, b, h in rows])
        c["staffingAsk"] = find(r'<p class="deck-ask-big">(.*?)</p>', s)
    m = block(doc, '<section class="slide slide-method"', "</section>")
    c["methodology"] = None if m is None else dict(studies=[
        dict(name=U(n), title=" · ".join(U(rest).split(" · ")[:-3]), sample=U(rest).split(" · ")[-3], method=U(rest).split(" · ")[-2], region=U(rest).split(" · ")[-1])
        for n, rest in re.findall(r"<li><strong>(.*?)</strong> — (.*?)</li>", m)])
    return c


NOT_AVAILABLE = None


def main():
    global NOT_AVAILABLE
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    options = sys.argv[1:]
    mode, outdir, templates = args[0], Path(args[1]), Path(args[2])
    sample = int(options[options.index("--sample") + 1]) if "--sample" in options else 100
    check = "--check" in options
    t = json.loads((templates / "i18n" / "fr.json").read_text(encoding="utf-8"))
    t["median_word"] = t["median"].split("{", 1)[0]
    NOT_AVAILABLE = t["not_available"]
    # The stylesheets are template text (Mustache partials), inlined as they are, like a Jinja2 include.
    style = Markup((templates / "style.mustache").read_text(encoding="utf-8").rstrip("\n"))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE)), autoescape=True, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    if mode == "slides":
        files = sorted(outdir.glob("*-slides.html"))
        template, reader, extra = env.get_template("deck.html.j2"), deck_context, dict(deckStyle=Markup((templates / "deck-style.mustache").read_text(encoding="utf-8").rstrip("\n")))
        index = None
    else:
        files = sorted(f for f in outdir.glob("*.html") if f.name != "index.html")
        template, reader, extra = env.get_template("report.html.j2"), report_context, {}
        index = outdir / "index.html"
    sb_bytes = sum(f.stat().st_size for f in files) + (index.stat().st_size if index else 0)
    contexts = []
    for f in files[:sample]:
        doc = f.read_text(encoding="utf-8")
        try:
            context = reader(doc, t)
        except Unsupported as error:
            sys.exit(f"render_jinja.py: {f}: the Jinja2 templates do not have {error}")
        context.update(t=t, style=style, **extra)
        if check:
            mine = template.render(context)
            if mine != doc:
                i = next((k for k in range(min(len(mine), len(doc))) if mine[k] != doc[k]), min(len(mine), len(doc)))
                print(f"{f.name}: differs at character {i} of {len(doc)}:\n servicebench: {doc[max(0, i - 150):i + 150]!r}\n jinja2:       {mine[max(0, i - 150):i + 150]!r}")
                sys.exit(1)
        contexts.append(context)
    index_context_ = None
    if index is not None:
        index_doc = index.read_text(encoding="utf-8")
        index_context_ = index_context(index_doc, t)
        index_context_.update(t=t, style=style)
        index_template = env.get_template("index.html.j2")
        if check and index_template.render(index_context_) != index_doc:
            mine = index_template.render(index_context_)
            i = next((k for k in range(min(len(mine), len(index_doc))) if mine[k] != index_doc[k]), min(len(mine), len(index_doc)))
            print(f"index.html: differs at character {i}:\n servicebench: {index_doc[max(0, i - 150):i + 150]!r}\n jinja2:       {mine[max(0, i - 150):i + 150]!r}")
            sys.exit(1)
    # One document per company of OUTDIR, through the K contexts read (a context's cost to render
    # does not depend on which company it is).
    per_company = [contexts[i % len(contexts)] for i in range(len(files))]
    start, cpu = time.perf_counter(), time.process_time()
    total = 0
    for context in per_company:
        total += len(template.render(context).encode("utf-8"))
    if index_context_ is not None:
        total += len(index_template.render(index_context_).encode("utf-8"))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"render_seconds={elapsed:.3f} cpu_seconds={cpu:.1f} bytes={total} documents={len(per_company) + (1 if index_context_ else 0)} servicebench_bytes={sb_bytes}"
          + (f" checked={len(contexts)}{' +index' if index_context_ else ''}" if check else ""))


if __name__ == "__main__":
    main()
