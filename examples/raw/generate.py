#!/usr/bin/env python3
"""Writes the fictional raw exports of "Opaline Énergie (fictional)" used by the README demo:
calls.csv, queue_log, tickets.csv and surveys.csv, for the first quarter of 2026 (Europe/Paris,
UTC+01:00). Seeded: running it again gives the same bytes. Usage: python3 generate.py [SEED]"""
import datetime as dt
import random
import sys

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 2026
rng = random.Random(SEED)
PARIS = dt.timezone(dt.timedelta(hours=1))
START = dt.datetime(2026, 1, 5, tzinfo=PARIS)  # a Monday
DAYS = 84  # twelve weeks, all in 2026-Q1
QUEUES = [("facturation", 0.45), ("depannage", 0.35), ("souscription", 0.20)]
# The calls' contact reasons come from a generator of their own, so that adding them left every
# other figure of the files unchanged. About 3 % of the calls have none (a blank cell).
reason_rng = random.Random(SEED + 1)
CALL_REASONS = {
    "facturation": [("Facture incomprise", 0.5), ("Échéancier de paiement", 0.25), ("Relevé de compteur", 0.22), ("", 0.03)],
    "depannage": [("Panne", 0.55), ("Coupure programmée", 0.2), ("Relevé de compteur", 0.22), ("", 0.03)],
    "souscription": [("Changement d'offre", 0.45), ("Déménagement", 0.4), ("Résiliation", 0.12), ("", 0.03)],
}


# The agent who handled a ticket, or the contact a survey answers, from a generator of their own
# too: written channels by the eight agents of the back office (Agent 19 to Agent 26) and some of the
# phone agents; a ticket no one answered has none (a blank cell).
agent_rng = random.Random(SEED + 2)
WRITTEN_AGENTS = [f"Agent {n:02d}" for n in range(19, 27)] + ["Agent 03", "Agent 07", "Agent 12"]
PHONE_AGENTS = [f"Agent {n:02d}" for n in range(1, 19)]


def agent_for(channel):
    return agent_rng.choice(PHONE_AGENTS if channel == "phone" else WRITTEN_AGENTS)


def call_reason(queue):
    u, acc = reason_rng.random(), 0.0
    for name, weight in CALL_REASONS[queue]:
        acc += weight
        if u < acc:
            return name
    return CALL_REASONS[queue][-1][0]


def iso(t):
    return t.isoformat(timespec="seconds")


def pick(weighted):
    u, acc = rng.random(), 0.0
    for name, weight in weighted:
        acc += weight
        if u < acc:
            return name
    return weighted[-1][0]


def arrivals(count):
    """Arrival times on weekdays 8:30-18:00 and Saturday mornings, busiest around 10:00 and 14:00."""
    times = []
    while len(times) < count:
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        weekday = day.weekday()
        if weekday == 6 or (weekday == 5 and rng.random() < 0.7):
            continue
        hour = rng.choice([8.5, 9, 9.5, 10, 10, 10.5, 11, 11.5, 13.5, 14, 14, 14.5, 15, 16, 17])
        if weekday == 5 and hour >= 12:
            continue
        times.append(day + dt.timedelta(hours=hour, seconds=rng.randrange(1800)))
    return sorted(times)


def calls_and_queue_log(count=3000):
    rows, events = [], []
    for n, enter in enumerate(arrivals(count)):
        queue = pick(QUEUES)
        epoch = int(enter.timestamp())
        call_id = f"{epoch}.{n}"
        agent = f"Agent {rng.randrange(1, 19):02d}"
        u = rng.random()
        events.append((epoch, n, 0, f"{epoch}|{call_id}|{queue}|NONE|ENTERQUEUE||06{rng.randrange(10**8):08d}|1"))
        if u < 0.86:
            wait = int(rng.expovariate(1 / 28))
            talk = 30 + int(rng.expovariate(1 / 260))
            wrap = rng.randrange(5, 90)
            answer, end = enter + dt.timedelta(seconds=wait), enter + dt.timedelta(seconds=wait + talk)
            rows.append(f"{call_id},{queue},{iso(enter)},{iso(answer)},{iso(end)},answered,{agent},{wrap},{call_reason(queue)}")
            if rng.random() < 0.15:
                other = f"Agent {rng.randrange(1, 19):02d}"
                events.append((epoch + wait // 2, n, 1, f"{epoch + wait // 2}|{call_id}|{queue}|{other}|RINGNOANSWER|{15000 + rng.randrange(5000)}"))
            events.append((epoch + wait, n, 2, f"{epoch + wait}|{call_id}|{queue}|{agent}|CONNECT|{wait}|{epoch + wait}.{n + 7}|{rng.randrange(2, 9)}"))
            if rng.random() < 0.08:
                events.append((epoch + wait + talk, n, 3, f"{epoch + wait + talk}|{call_id}|{queue}|{agent}|BLINDTRANSFER|3000|from-internal|{wait}|{talk}|1"))
            else:
                kind = "COMPLETECALLER" if rng.random() < 0.6 else "COMPLETEAGENT"
                events.append((epoch + wait + talk, n, 3, f"{epoch + wait + talk}|{call_id}|{queue}|{agent}|{kind}|{wait}|{talk}|1"))
        elif u < 0.975:
            wait = int(rng.expovariate(1 / 50))
            end = enter + dt.timedelta(seconds=wait)
            rows.append(f"{call_id},{queue},{iso(enter)},,{iso(end)},abandoned,,,{call_reason(queue)}")
            if rng.random() < 0.1:
                events.append((epoch + wait, n, 3, f"{epoch + wait}|{call_id}|{queue}|NONE|EXITWITHKEY|1|2|1|{wait}"))
            else:
                events.append((epoch + wait, n, 3, f"{epoch + wait}|{call_id}|{queue}|NONE|ABANDON|1|1|{wait}"))
        else:
            end = enter + dt.timedelta(seconds=300)
            rows.append(f"{call_id},{queue},{iso(enter)},,{iso(end)},timeout,,,{call_reason(queue)}")
            events.append((epoch + 300, n, 3, f"{epoch + 300}|{call_id}|{queue}|NONE|EXITWITHTIMEOUT|1|1|300"))
    first = int(START.timestamp()) + 8 * 3600
    events.append((first, -1, 0, f"{first}|NONE|NONE|NONE|QUEUESTART|"))
    for day in range(0, DAYS, 7):
        t = first + day * 86400 + 60
        events.append((t, -1, 0, f"{t}|MANAGER|depannage|Agent 03|ADDMEMBER|"))
        events.append((t + 7200, -1, 0, f"{t + 7200}|NONE|depannage|Agent 03|PAUSE|Pause déjeuner"))
        events.append((t + 9000, -1, 0, f"{t + 9000}|NONE|depannage|Agent 03|UNPAUSE|"))
    events.sort()
    return rows, [line for *_, line in events]


def tickets(count=1500):
    channels = [("email", 0.5), ("chat", 0.2), ("formulaire web", 0.15), ("phone", 0.1), ("réseaux sociaux", 0.05)]
    reasons = [("Facture incomprise", 0.3), ("Relevé de compteur", 0.2), ("Déménagement", 0.15), ("Panne", 0.15),
               ("Changement d'offre", 0.1), ("Réclamation", 0.1)]
    rows = []
    for n, created in enumerate(arrivals(count)):
        channel = pick(channels)
        mean = 0.05 if channel == "chat" else 14.0
        first = created + dt.timedelta(hours=rng.expovariate(1 / mean)) if rng.random() < 0.97 else None
        resolved = None
        if first and rng.random() < 0.9:
            resolved = first + dt.timedelta(hours=rng.expovariate(1 / 30))
        replies = (1 if rng.random() < 0.7 else rng.randrange(2, 5)) if first else 0
        reopened = 1 if resolved and rng.random() < 0.06 else 0
        reason = pick(reasons)
        if "'" in reason or "," in reason:
            reason = f'"{reason}"'
        agent = agent_for(channel) if first else ""
        rows.append(",".join([f"T{n + 1:05d}", channel, iso(created), iso(first) if first else "", iso(resolved) if resolved else "",
                              str(reopened), str(replies), reason, agent]))
    return rows


def surveys(count=900):
    rows = []
    for n, when in enumerate(arrivals(count)):
        kind = pick([("csat", 0.5), ("nps", 0.3), ("ces", 0.15), ("ces5", 0.05)])
        score = {"csat": lambda: pick([("5", 0.45), ("4", 0.3), ("3", 0.12), ("2", 0.07), ("1", 0.06)]),
                 "nps": lambda: str(min(10, max(0, int(rng.gauss(8.4, 1.7))))),
                 "ces": lambda: str(min(7, max(1, int(rng.gauss(5.4, 1.3))))),
                 "ces5": lambda: str(min(5, max(1, int(rng.gauss(2.2, 1.0)))))}[kind]()
        channel = pick([("phone", 0.5), ("email", 0.3), ("chat", 0.2)])
        rows.append(f"S{n + 1:05d},{kind},{score},{channel},{iso(when + dt.timedelta(hours=2))},{agent_for(channel)}")
    return rows


calls, log = calls_and_queue_log()
with open("calls.csv", "w", newline="\n") as out:
    out.write("call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s,contact_reason\n" + "\n".join(calls) + "\n")
with open("queue_log", "w", newline="\n") as out:
    out.write("\n".join(log) + "\n")
with open("tickets.csv", "w", newline="\n") as out:
    out.write("ticket_id,channel,created_ts,first_response_ts,resolved_ts,reopen_count,agent_replies,contact_reason,agent\n" + "\n".join(tickets()) + "\n")
with open("surveys.csv", "w", newline="\n") as out:
    out.write("response_id,type,score,channel,submitted_ts,agent\n" + "\n".join(surveys()) + "\n")
