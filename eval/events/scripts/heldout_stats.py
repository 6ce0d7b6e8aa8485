#!/usr/bin/env python3
"""Print the count tables of eval/events/heldout.jsonl (markdown), in the layout of stats.py
(whose table() helper is reused), for the held-out section of eval/events/README.md."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from stats import table  # noqa: E402

HELDOUT = os.path.join(os.path.dirname(HERE), "heldout.jsonl")


def main():
    docs = [json.loads(l) for l in open(HELDOUT, encoding="utf-8")]
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
    names = {1: "1 (town or site)", 2: "2 (near a town / district)", 3: "3 (province / region)",
             4: "4 (country only)", "null": "null (no country inferable)"}
    prec = Counter(e["location"]["precision"] if e["location"] else "null" for e in evs)
    table(["location precision", "events"], [(names[k], v) for k, v in sorted(prec.items(), key=lambda kv: str(kv[0]))])
    a1 = sum(1 for e in evs if e["actor1"] is None)
    a2 = sum(1 for e in evs if e["actor2"] is None)
    actors = {e[k] for e in evs for k in ("actor1", "actor2") if e[k] is not None}
    print(f"actor1 null: {a1}; actor2 null: {a2}; distinct actor names: {len(actors)}")


if __name__ == "__main__":
    main()
