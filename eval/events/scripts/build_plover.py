#!/usr/bin/env python3
"""Convert the PLOVER gold-standard records (Open Event Data Alliance, CC BY-SA 4.0) into
eval/events/plover.jsonl: one line per coded sentence, with the event type mapped onto the
16 PLOVER categories of PRODUCT.md.

Mapping (the GSR file is coded with an older 18-type PLOVER draft):
  FIGHT -> ASSAULT, DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE,
  every other type maps to itself. The DOCUMENT header record (no text) is skipped.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "plover.jsonl")
SRC = "/work/shared/data/plover_gsr/PLOVER_GSR_CAMEO.json"
sys.path.insert(0, HERE)
from build_texts import normalize  # noqa: E402

MAP = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
PLOVER16 = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
            "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def actors(v):
    # a few records carry "" (no target) or a stray string ("diplomatic" in AGREE-0007) instead of a list
    if not isinstance(v, list):
        return []
    return [{k: a[k] for k in ("actorText", "code", "sector") if k in a} for a in v]


def main():
    records = json.load(open(SRC, encoding="utf-8"))
    n_in = len(records)
    out = []
    seen = Counter()
    for r in records:
        text = r.get("text")
        if not text:
            continue
        ev = r["event"]
        pl = MAP.get(ev, ev)
        assert pl in PLOVER16, (r["id"], ev)
        dead = r.get("dead")
        seen[r["id"]] += 1
        # the source file uses PLOVER-GSR01-COERCE-0004 twice; the second one becomes ...-0004-2
        rid = r["id"] if seen[r["id"]] == 1 else f"{r['id']}-{seen[r['id']]}"
        out.append({
            "id": rid,
            "text": normalize(text),
            "plover": pl,
            "source_actors": actors(r.get("source")),
            "target_actors": actors(r.get("target")),
            "mode": r.get("mode") or None,
            "dead": int(dead) if dead not in (None, "") else None,
            "license": "CC BY-SA 4.0",
            "event_original": ev,
            "event_text": r.get("eventText"),
        })
    assert len({o["id"] for o in out}) == len(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    c = Counter(o["plover"] for o in out)
    print(f"{n_in} records in, {len(out)} written to {OUT}")
    for k, v in sorted(c.items(), key=lambda kv: -kv[1]):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
