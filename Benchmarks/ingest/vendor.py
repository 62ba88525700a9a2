"""Rewrites the generated calls CSV (call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s)
in a vendor's layout, for timing `kpis --preset` against the plain CSV on the same calls.

Usage: python vendor.py 3cx CALLS_CSV OUT_CSV

3cx: Call Time (2026.01.05 09:00:00), Direction, Queue, Status (Answered/Unanswered), Ringing and
Talking as h:mm:ss. The wait becomes the ring time; timeouts become Unanswered, so the figures
differ from the plain file's by design (the timing is what is compared)."""
import sys
from datetime import datetime, timezone


def clock(seconds):
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


DAYS = {}


def epoch(text):
    """Seconds of `2026-01-05T09:00:00Z`; the day's start is computed once per date."""
    day = DAYS.get(text[:10])
    if day is None:
        day = DAYS[text[:10]] = int(datetime.strptime(text[:10], "%Y-%m-%d").replace(tzinfo=timezone.utc).timestamp())
    return day + int(text[11:13]) * 3600 + int(text[14:16]) * 60 + int(text[17:19])


def main():
    layout, source, target = sys.argv[1:4]
    if layout != "3cx":
        sys.exit(f"unknown layout {layout}; known: 3cx")
    with open(source, encoding="utf-8") as inp, open(target, "w", encoding="utf-8", newline="") as out:
        next(inp)
        out.write("Call Time,Caller ID,Direction,Queue,Status,Ringing,Talking\r\n")
        for line in inp:
            call_id, queue, enter, answer, end, outcome, _agent, _wrap = line.rstrip("\n").split(",")
            start = epoch(enter)
            when = enter[0:4] + "." + enter[5:7] + "." + enter[8:10] + " " + enter[11:19]
            if outcome == "answered":
                ring = epoch(answer) - start
                talk = epoch(end) - epoch(answer)
                status = "Answered"
            else:
                ring = epoch(end) - start
                talk = 0
                status = "Unanswered"
            out.write(f"{when},+33{call_id[-8:]},Inbound,{queue},{status},{clock(ring)},{clock(talk)}\r\n")


if __name__ == "__main__":
    main()
