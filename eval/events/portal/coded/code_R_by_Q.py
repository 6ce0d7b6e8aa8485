#!/usr/bin/env python3
"""Annotator Q: blind double codes for double-R-by-Q.jsonl -> coded-R-by-Q.jsonl (standard library only)."""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from code_Q import P, E, L, build  # noqa: E402  (the author's own checker and constants)

HERE = os.path.dirname(os.path.abspath(__file__))
IN = os.path.join(HERE, "double-R-by-Q.jsonl")
OUT = os.path.join(HERE, "coded-R-by-Q.jsonl")


CODES = {}


def C(iid, *evs):
    if iid in CODES:
        sys.exit("duplicate code for %s" % iid)
    CODES[iid] = list(evs)


# ---------------- double items (R's batch, coded blind by Q) ----------------
C("portal-2025-01-12-22",
  E("attack", 1, "Attack", "Boko Haram", "Civilians (Nigeria)", P, L("Dumba", "NG", "Borno", 1), 40))
C("portal-2025-01-23-32")
C("portal-2025-03-04-21",
  E("blow themselves up", 1, "Suicide bomb", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan", P,
    L("Bannu", "PK", "Khyber Pakhtunkhwa", 1), 12),
  E("storm", 1, "Armed clash", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan", P,
    L("Bannu", "PK", "Khyber Pakhtunkhwa", 1), 6))
C("portal-2025-03-09-14",
  E("clashes", 1, "Armed clash", "Military Forces of Syria", "Pro-Assad Militia (Syria)", P,
    L("Syria", "SY", None, 4), None),
  E("reprisal massacres", 1, "Attack", "Military Forces of Syria", "Civilians (Syria)", P,
    L("Syria", "SY", None, 4), 973))
C("portal-2025-04-22-38")
C("portal-2025-05-11-46")
C("portal-2025-06-16-42")
C("portal-2025-09-10-75")
C("portal-2025-12-18-29",
  E("mass shooting", 1, "Attack", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
    L("Providence", "US", "Rhode Island", 1), None, bg=True))
C("portal-2026-02-18-42")
C("portal-2026-03-16-35")
C("portal-2026-03-29-30",
  E("crashes", 1, "Other", "Military Forces of Ukraine", None, P, L("Kouvola", "FI", "Kymenlaakso", 2), None))
C("portal-2026-06-29-34",
  E("established checkpoints", 1, "Headquarters or base established", "Military Forces of Sudan", None, P,
    L("El-Obeid", "SD", "North Kordofan", 1), None))
C("portal-2026-06-30-63")
C("portal-2026-08-12-35")


def main():
    rows = [json.loads(l) for l in open(IN, encoding="utf-8") if l.strip()]
    ids = {r["id"] for r in rows}
    for k in CODES:
        if k not in ids:
            sys.exit("unknown id %s" % k)
    n_done = n_ev = n_empty = 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            if r["id"] not in CODES:
                continue  # not yet coded
            evs = [build(e, r["text"], r["published"], r["id"]) for e in CODES[r["id"]]]
            out = dict(r)
            out["events"] = evs
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            n_done += 1
            n_ev += len(evs)
            n_empty += (not evs)
    print("coded %d/%d items, %d events, %d items with no event" % (n_done, len(rows), n_ev, n_empty))


if __name__ == "__main__":
    main()
