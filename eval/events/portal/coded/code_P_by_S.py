#!/usr/bin/env python3
"""Annotator S: blind codes for double-P-by-S.jsonl -> coded-P-by-S.jsonl (standard library only)."""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from code_S import TAX, PLOVER, MODALITY, DEFAULT_PLOVER, PUB, PREV, L, E  # noqa: E402  (the author's own checker and constants)

HERE = os.path.dirname(os.path.abspath(__file__))
IN, OUT = "double-P-by-S.jsonl", "coded-P-by-S.jsonl"

SUB2TYPE = {s: t for t, subs in TAX.items() for s in subs}


# id -> list of events (trigger phrase + its occurrence number in the text)
C = {}


def prev_day(d):
    import datetime
    return (datetime.date.fromisoformat(d) - datetime.timedelta(days=1)).isoformat()


def build(item, ev):
    text = item["text"]
    b = text.encode()
    tb = ev["trig"].encode()
    pos = -1
    for _ in range(ev["occ"]):
        pos = b.find(tb, pos + 1)
        if pos < 0:
            sys.exit("trigger %r occurrence %d not found in %s" % (ev["trig"], ev["occ"], item["id"]))
    start, end = pos, pos + len(tb)
    if b[start:end].decode() != ev["trig"]:
        sys.exit("evidence mismatch in %s" % item["id"])
    sub = ev["sub"]
    if sub not in SUB2TYPE:
        sys.exit("unknown sub-type %r in %s" % (sub, item["id"]))
    et = SUB2TYPE[sub]
    pl = ev["plover"] or DEFAULT_PLOVER.get(sub) or DEFAULT_PLOVER[et]
    if pl not in PLOVER:
        sys.exit("unknown PLOVER %r in %s" % (pl, item["id"]))
    if ev["mod"] not in MODALITY:
        sys.exit("unknown modality %r in %s" % (ev["mod"], item["id"]))
    date = ev["date"]
    if date == PUB:
        date = item["published"]
    elif date == PREV:
        date = prev_day(item["published"])
    if date is not None:
        import re
        if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", date):
            sys.exit("bad date %r in %s" % (date, item["id"]))
    loc = ev["loc"]
    if loc is not None and loc["precision"] not in (1, 2, 3, 4):
        sys.exit("bad precision in %s" % item["id"])
    if ev["fat"] is not None and not isinstance(ev["fat"], int):
        sys.exit("bad fatalities in %s" % item["id"])
    return {"event_type": et, "sub_event_type": sub, "plover": pl, "modality": ev["mod"],
            "actor1": ev["a1"], "actor2": ev["a2"], "date": date, "location": loc,
            "fatalities": ev["fat"], "background": ev["bg"],
            "evidence": {"start": start, "end": end, "text": ev["trig"]}}


def main():
    items = [json.loads(l) for l in open(os.path.join(HERE, IN), encoding="utf-8") if l.strip()]
    ids = {it["id"] for it in items}
    for k in C:
        if k not in ids:
            sys.exit("unknown id %s" % k)
    n_ev = n_coded = n_empty = 0
    with open(os.path.join(HERE, OUT), "w", encoding="utf-8") as f:
        for it in items:
            out = dict(it)
            if it["id"] in C:
                out["events"] = [build(it, ev) for ev in C[it["id"]]]
                n_coded += 1
                n_ev += len(out["events"])
                n_empty += not out["events"]
            else:
                out["events"] = []
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("items coded: %d / %d, events: %d, coded-empty: %d" % (n_coded, len(items), n_ev, n_empty))


# ---------------------------------------------------------------- codes
C["portal-2025-04-21-14"] = [
    E("Attack", "Islamic State", "Civilians (Nigeria)", "2025-04", L("Borno State", "NG", "Borno", 3), 5,
      "attacks", mod="claimed"),
    E("Attack", "Islamic State", "Civilians (Nigeria)", "2025-04", L("Adamawa State", "NG", "Adamawa", 3), 4,
      "attacks", mod="claimed")]
C["portal-2025-05-20-18"] = [
    E("Shelling/artillery/missile attack", "Al-Shabaab", "Military Forces of Somalia", PUB,
      L("Hiilweyne", "SO", "Middle Shabelle", 1), 3, "mortar attack")]
C["portal-2025-06-29-35"] = [
    E("Peaceful protest", "Protesters (Serbia)", None, PUB, L("Belgrade", "RS", "Belgrade", 1), None,
      "demonstrate"),
    E("Peaceful protest", "Protesters (Serbia)", None, PUB, L("Serbia", "RS", None, 4), None,
      "other major Serbian cities"),
    E("Arrests", "Police Forces of Serbia", "Protesters (Serbia)", PREV, L("Serbia", "RS", None, 4), None,
      "were arrested", bg=True)]
C["portal-2025-10-17-19"] = [
    E("Attack", "Military Forces of Israel", "Civilians (Palestine)", PUB, L("Gaza City", "PS", "Gaza Strip", 1),
      11, "fire at a vehicle")]
C["portal-2025-12-09-74"] = []
C["portal-2026-02-01-13"] = [
    E("Armed clash", "Military Forces of Pakistan", "Baloch Liberation Army", PUB,
      L("Balochistan", "PK", "Balochistan", 3), 181, "counterterrorism operation")]
C["portal-2026-02-13-37"] = [
    E("Arrests", "Police Forces of Iran", "Civilians (Iran)", None, L("Iran", "IR", None, 4), None,
      "were arrested", bg=True)]
C["portal-2026-03-02-27"] = [
    E("Shelling/artillery/missile attack", "Military Forces of Kuwait", "Military Forces of the United States",
      PUB, L("Kuwait", "KW", None, 4), 0, "mistakenly shot down")]
C["portal-2026-03-04-20"] = [
    E("Disrupted weapons use", "Military Forces of Turkey", "Military Forces of Iran", PUB,
      L("Turkey", "TR", None, 4), None, "shoot down")]
C["portal-2026-04-05-27"] = []
C["portal-2026-06-10-35"] = [
    E("Armed clash", "Jalisco New Generation Cartel", "Police Forces of Mexico", PUB,
      L("Mojonera", "MX", "Michoacan", 2), 5, "ambush")]
C["portal-2026-06-12-23"] = [
    E("Armed clash", "Military Forces of the United States", "Tren de Aragua", PUB, None, 1, "has killed")]
C["portal-2026-06-19-61"] = []  # drug seizure and arrest of two smugglers: not political
C["portal-2026-07-03-19"] = [
    E("Non-state actor overtakes territory", "Military Forces of Russia", "Military Forces of Ukraine", PUB,
      L("Kostyantynivka", "UA", "Donetsk", 1), None, "captured", mod="claimed")]
C["portal-2026-07-24-19"] = [
    E("Disrupted weapons use", "Military Forces of Kuwait", "Military Forces of Iran", PUB,
      L("Kuwait", "KW", None, 4), None, "confronted")]

if __name__ == "__main__":
    main()
