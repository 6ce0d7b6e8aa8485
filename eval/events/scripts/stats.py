#!/usr/bin/env python3
"""Print the counts tables used in eval/events/README.md (markdown)."""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(HERE), "gold.jsonl")
PLOVER = os.path.join(os.path.dirname(HERE), "plover.jsonl")


def table(header, rows):
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    print()


def event_tables(docs):
    """Prints the tables every event gold set shares: sources, types, modality, PLOVER,
    fatalities, background and dates. Returns the events."""
    evs = [e for d in docs for e in d["events"]]
    by_src = Counter(d["source_file"] for d in docs)
    ev_src = Counter(d["source_file"] for d in docs for _ in d["events"])
    with_ev = Counter(d["source_file"] for d in docs if d["events"])
    table(["source_file", "documents", "documents with events", "events"],
          [(s, by_src[s], with_ev[s], ev_src[s]) for s in by_src] +
          [("**total**", len(docs), sum(with_ev.values()), len(evs))])
    t = Counter((e["event_type"], e["sub_event_type"]) for e in evs)
    tt = Counter(e["event_type"] for e in evs)
    rows = []
    for et in sorted(tt):
        rows.append((f"**{et}**", "", tt[et]))
        for (a, b), n in sorted(t.items()):
            if a == et:
                rows.append(("", b, n))
    table(["event_type", "sub_event_type", "events"], rows)
    table(["modality", "events"], Counter(e["modality"] for e in evs).most_common())
    table(["plover", "events"], Counter(e["plover"] for e in evs).most_common())
    f_known = [e for e in evs if e["fatalities"] is not None]
    table(["fatalities", "events"], [
        ("number given (> 0)", sum(1 for e in f_known if e["fatalities"] > 0)),
        ("0 (text says nobody died)", sum(1 for e in f_known if e["fatalities"] == 0)),
        ("null (no number in the text)", len(evs) - len(f_known)),
        ("sum of coded fatalities", sum(e["fatalities"] for e in f_known)),
    ])
    bg = Counter(e["background"] for e in evs)
    table(["background", "events"], [("false (news of the article)", bg[False]), ("true (history recalled)", bg[True])])
    dates = Counter()
    for e in evs:
        d = e["date"]
        if d is None:
            dates["null"] += 1
        elif d.startswith("XXXX-W"):
            dates["weekday only (XXXX-WXX-n)"] += 1
        elif d.startswith("XXXX"):
            dates["month/day without year (XXXX-MM[-DD])"] += 1
        elif len(d) == 10:
            dates["full day (YYYY-MM-DD)"] += 1
        elif len(d) == 7:
            dates["month (YYYY-MM)"] += 1
        else:
            dates["year (YYYY)"] += 1
    table(["date", "events"], dates.most_common())
    return evs


def main():
    docs = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
    evs = event_tables(docs)
    prec = Counter(e["location"]["precision"] if e["location"] else "null" for e in evs)
    table(["location precision", "events"], sorted(prec.items(), key=lambda kv: str(kv[0])))
    pl = [json.loads(l) for l in open(PLOVER, encoding="utf-8")]
    c = Counter(r["plover"] for r in pl)
    orig = Counter((r["event_original"], r["plover"]) for r in pl)
    table(["plover", "records", "from GSR event types"],
          [(k, v, ", ".join(f"{o} {n}" for (o, p), n in sorted(orig.items()) if p == k)) for k, v in c.most_common()])


if __name__ == "__main__":
    main()
