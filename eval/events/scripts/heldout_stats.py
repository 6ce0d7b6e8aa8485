#!/usr/bin/env python3
"""Print the count tables of eval/events/heldout.jsonl (markdown), in the layout of stats.py
(whose table() helper is reused), for the held-out section of eval/events/README.md."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from stats import event_tables, table  # noqa: E402

HELDOUT = os.path.join(os.path.dirname(HERE), "heldout.jsonl")


def main(path=HELDOUT):
    docs = [json.loads(l) for l in open(path, encoding="utf-8")]
    evs = event_tables(docs)
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
