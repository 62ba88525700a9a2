"""Computes the benchmark KPIs with DuckDB or polars, as an analyst would, and prints them as JSON.

Usage: python peers.py duckdb|polars calls|queue-log FILE THREADS [company|queue]
Prints {"seconds": compute time after imports, "kpis": {"QUEUE 2026-Q1": {"calls_offered": ..., ...}}}
(QUEUE empty for the company's figures). The formulas are ServiceBench's (README, `kpis`): waits
for the 90th percentile are whole seconds (truncated), quantile with linear interpolation; service
level = answered within T / offered; AHT = talk + wrap-up (calls CSV) or talk (queue_log, no
wrap-up there).

polars is used the way its documentation recommends for a file larger than the query needs: a
lazy `scan_csv`, only the needed columns selected (projection pushdown), the filter before the
aggregation (predicate pushdown), one `collect()`: the engine streams the file instead of loading
it whole as the eager `read_csv` did (4.6 GB peak)."""
import json
import os
import sys
import time

tool, kind, path, threads = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
by = sys.argv[5] if len(sys.argv) > 5 else "company"
os.environ["POLARS_MAX_THREADS"] = threads
THRESHOLDS = (20, 60)


def kpis(rows):
    """rows: dicts with queue (per queue), y, q, offered, answered, abandoned, wait_ms, p90, a20, a60, handle_ms, transferred."""
    out = {}
    for r in rows:
        period = f"{r.get('queue') or ''} {int(r['y'])}-Q{int(r['q'])}"
        offered, answered = int(r["offered"]), int(r["answered"])
        k = {"calls_offered": offered,
             "answer_rate": 100 * answered / offered,
             "abandon_rate": 100 * int(r["abandoned"]) / offered,
             "asa": int(r["wait_ms"]) / 1000 / answered,
             "wait_p90": float(r["p90"])}
        for t in THRESHOLDS:
            k[f"service_level_{t}s"] = 100 * int(r[f"a{t}"]) / offered
        k["aht"] = int(r["handle_ms"]) / 1000 / answered
        if kind == "queue-log":
            k["transfer_rate"] = 100 * int(r["transferred"]) / answered
        out[period] = k
    return out


start = time.perf_counter()
if tool == "duckdb":
    import duckdb

    con = duckdb.connect()
    con.execute(f"SET threads={int(threads)}")
    queue_select = "queue, " if by == "queue" else ""
    if kind == "calls":
        sql = f"""
        WITH c AS (
          SELECT {queue_select}enter_ts, outcome,
                 date_diff('millisecond', enter_ts, answer_ts) AS wait_ms,
                 date_diff('millisecond', answer_ts, end_ts) + coalesce(wrap_s, 0) * 1000 AS handle_ms
          FROM read_csv('{path}', header = true, columns = {{
            'call_id': 'VARCHAR', 'queue': 'VARCHAR', 'enter_ts': 'TIMESTAMP', 'answer_ts': 'TIMESTAMP',
            'end_ts': 'TIMESTAMP', 'outcome': 'VARCHAR', 'agent': 'VARCHAR', 'wrap_s': 'BIGINT'}}))
        SELECT {queue_select}year(enter_ts) AS y, quarter(enter_ts) AS q, count(*) AS offered,
               count(*) FILTER (WHERE outcome = 'answered') AS answered,
               count(*) FILTER (WHERE outcome = 'abandoned') AS abandoned,
               sum(wait_ms) FILTER (WHERE outcome = 'answered') AS wait_ms,
               quantile_cont(wait_ms // 1000, 0.9) FILTER (WHERE outcome = 'answered') AS p90,
               count(*) FILTER (WHERE outcome = 'answered' AND wait_ms <= 20000) AS a20,
               count(*) FILTER (WHERE outcome = 'answered' AND wait_ms <= 60000) AS a60,
               sum(handle_ms) FILTER (WHERE outcome = 'answered') AS handle_ms,
               0 AS transferred
        FROM c GROUP BY ALL ORDER BY ALL"""
    else:
        sql = f"""
        WITH e AS (
          SELECT {queue_select}ts, event,
                 CASE WHEN event LIKE 'COMPLETE%' THEN CAST(d1 AS BIGINT) ELSE CAST(d3 AS BIGINT) END AS wait,
                 CASE WHEN event LIKE 'COMPLETE%' THEN CAST(d2 AS BIGINT) ELSE 0 END AS talk
          FROM read_csv('{path}', delim = '|', header = false, quote = '', null_padding = true, columns = {{
            'ts': 'BIGINT', 'callid': 'VARCHAR', 'queue': 'VARCHAR', 'agent': 'VARCHAR', 'event': 'VARCHAR',
            'd1': 'VARCHAR', 'd2': 'VARCHAR', 'd3': 'VARCHAR'}})
          WHERE event IN ('COMPLETECALLER', 'COMPLETEAGENT', 'ABANDON', 'EXITWITHTIMEOUT')),
        c AS (SELECT {queue_select}epoch_ms((ts - wait - talk) * 1000) AS enter_ts, event, wait, talk FROM e)
        SELECT {queue_select}year(enter_ts) AS y, quarter(enter_ts) AS q, count(*) AS offered,
               count(*) FILTER (WHERE event LIKE 'COMPLETE%') AS answered,
               count(*) FILTER (WHERE event = 'ABANDON') AS abandoned,
               sum(wait * 1000) FILTER (WHERE event LIKE 'COMPLETE%') AS wait_ms,
               quantile_cont(wait, 0.9) FILTER (WHERE event LIKE 'COMPLETE%') AS p90,
               count(*) FILTER (WHERE event LIKE 'COMPLETE%' AND wait <= 20) AS a20,
               count(*) FILTER (WHERE event LIKE 'COMPLETE%' AND wait <= 60) AS a60,
               sum(talk * 1000) FILTER (WHERE event LIKE 'COMPLETE%') AS handle_ms,
               0 AS transferred
        FROM c GROUP BY ALL ORDER BY ALL"""
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
else:
    import polars as pl

    keys = (["queue"] if by == "queue" else []) + ["y", "q"]
    if kind == "calls":
        fmt = "%Y-%m-%dT%H:%M:%SZ"
        lf = pl.scan_csv(path, schema_overrides={"queue": pl.Utf8, "enter_ts": pl.Utf8, "answer_ts": pl.Utf8, "end_ts": pl.Utf8,
                                                  "outcome": pl.Utf8, "wrap_s": pl.Int64})
        lf = lf.select(([pl.col("queue")] if by == "queue" else []) + [
            pl.col("outcome"),
            pl.col("enter_ts").str.strptime(pl.Datetime("ms"), fmt).alias("enter"),
            pl.col("answer_ts").str.strptime(pl.Datetime("ms"), fmt).alias("answer"),
            pl.col("end_ts").str.strptime(pl.Datetime("ms"), fmt).alias("end"),
            pl.col("wrap_s"),
        ]).with_columns(
            wait_ms=(pl.col("answer") - pl.col("enter")).dt.total_milliseconds(),
            handle_ms=(pl.col("end") - pl.col("answer")).dt.total_milliseconds() + pl.col("wrap_s").fill_null(0) * 1000,
            answered=pl.col("outcome") == "answered",
            y=pl.col("enter").dt.year(), q=pl.col("enter").dt.quarter(),
        )
        answered = pl.col("answered")
        grouped = lf.group_by(keys).agg(
            offered=pl.len(),
            answered=answered.sum(),
            abandoned=(pl.col("outcome") == "abandoned").sum(),
            wait_ms=pl.col("wait_ms").filter(answered).sum(),
            p90=(pl.col("wait_ms").filter(answered) // 1000).quantile(0.9, interpolation="linear"),
            a20=(answered & (pl.col("wait_ms") <= 20000)).sum(),
            a60=(answered & (pl.col("wait_ms") <= 60000)).sum(),
            handle_ms=pl.col("handle_ms").filter(answered).sum(),
            transferred=pl.lit(0),
        )
    else:
        lf = pl.scan_csv(path, separator="|", has_header=False, quote_char=None,
                         new_columns=["ts", "callid", "queue", "agent", "event", "d1", "d2", "d3"],
                         schema_overrides={"ts": pl.Int64, "callid": pl.Utf8, "queue": pl.Utf8, "agent": pl.Utf8,
                                           "event": pl.Utf8, "d1": pl.Utf8, "d2": pl.Utf8, "d3": pl.Utf8})
        complete = pl.col("event").str.starts_with("COMPLETE")
        lf = lf.select(([pl.col("queue")] if by == "queue" else []) + ["ts", "event", "d1", "d2", "d3"]).filter(
            pl.col("event").is_in(["COMPLETECALLER", "COMPLETEAGENT", "ABANDON", "EXITWITHTIMEOUT"])).with_columns(
            wait=pl.when(complete).then(pl.col("d1")).otherwise(pl.col("d3")).cast(pl.Int64),
            talk=pl.when(complete).then(pl.col("d2").cast(pl.Int64)).otherwise(0),
            answered=complete,
        ).with_columns(enter=pl.from_epoch(pl.col("ts") - pl.col("wait") - pl.col("talk"), time_unit="s"))
        answered = pl.col("answered")
        grouped = lf.with_columns(y=pl.col("enter").dt.year(), q=pl.col("enter").dt.quarter()).group_by(keys).agg(
            offered=pl.len(),
            answered=answered.sum(),
            abandoned=(pl.col("event") == "ABANDON").sum(),
            wait_ms=(pl.col("wait").filter(answered) * 1000).sum(),
            p90=pl.col("wait").filter(answered).quantile(0.9, interpolation="linear"),
            a20=(answered & (pl.col("wait") <= 20)).sum(),
            a60=(answered & (pl.col("wait") <= 60)).sum(),
            handle_ms=(pl.col("talk").filter(answered) * 1000).sum(),
            transferred=pl.lit(0),
        )
    grouped = grouped.collect()
    rows = grouped.sort(keys).to_dicts()
result = kpis(rows)
print(json.dumps({"seconds": time.perf_counter() - start, "kpis": result}))
