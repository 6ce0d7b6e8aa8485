import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from code_V import TAX, PLOVER, MODALITIES, SUB, E, L, byte_span, IL, PAL  # noqa: E402  (the author's own checker and constants)

HERE = os.path.dirname(os.path.abspath(__file__))

SUB2TYPE = {s: t for t, subs in TAX.items() for s in subs}

# short sub-type keys


def build(codes, infile, outfile):
    inp = os.path.join(HERE, infile)
    out = os.path.join(HERE, outfile)
    rows = [json.loads(l) for l in open(inp, encoding="utf-8") if l.strip()]
    ids = {r["id"] for r in rows}
    for k in codes:
        if k not in ids:
            sys.exit("unknown id %s" % k)
    n_ev = 0
    n_empty = 0
    n_coded = 0
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            if r["id"] not in codes:
                continue  # not yet coded
            n_coded += 1
            evs = []
            for c in codes[r["id"]]:
                sub = SUB.get(c["sub"], c["sub"])
                if sub not in SUB2TYPE:
                    sys.exit("%s: bad sub-type %r" % (r["id"], sub))
                if c["plover"] not in PLOVER:
                    sys.exit("%s: bad plover %r" % (r["id"], c["plover"]))
                if c["modality"] not in MODALITIES:
                    sys.exit("%s: bad modality %r" % (r["id"], c["modality"]))
                s, e = byte_span(r["text"], c["trigger"], c["occ"])
                ev = {"event_type": SUB2TYPE[sub], "sub_event_type": sub, "plover": c["plover"],
                      "modality": c["modality"], "actor1": c["a1"], "actor2": c["a2"],
                      "date": c["date"], "location": c["loc"], "fatalities": c["fat"],
                      "background": c["background"],
                      "evidence": {"start": s, "end": e, "text": c["trigger"]}}
                if r["text"].encode()[s:e].decode() != ev["evidence"]["text"]:
                    sys.exit("%s: evidence mismatch" % r["id"])
                if ev["event_type"] not in TAX or ev["sub_event_type"] not in TAX[ev["event_type"]]:
                    sys.exit("%s: taxonomy error" % r["id"])
                evs.append(ev)
            n_ev += len(evs)
            n_empty += (not evs)
            row = dict(r)
            row["events"] = evs
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("%s: %d/%d items coded, %d events, %d items without event" % (outfile, n_coded, len(rows), n_ev, n_empty))


# ---------------------------------------------------------------------------
# Blind codes of annotator V for double-W-by-V.jsonl
# E(trigger, occurrence, sub-type key, PLOVER, actor1, actor2, date, location, fatalities, modality, background)
# ---------------------------------------------------------------------------

CODES = {
    "portal-2025-02-13-25": [
        E("vehicle-ramming attack", 1, "attack", "ASSAULT", "Unidentified Armed Group (Germany)", "Protesters (Germany)",
          "2025-02-13", L("Munich", "DE", "Bavaria", 1), None),
        E("demonstration", 1, "peaceful", "PROTEST", "Protesters (Germany)", None, "2025-02-13",
          L("Munich", "DE", "Bavaria", 1), None),
        E("arrest", 1, "arrests", "COERCE", "Police Forces of Germany", "Unidentified Armed Group (Germany)",
          "2025-02-13", L("Munich", "DE", "Bavaria", 1), None)],
    "portal-2025-04-10-13": [
        # the 16 executions are a 72-hour tally over unnamed places: not split, not coded
        E("seized", 1, "looting", "COERCE", "Pro-Government Militia (Syria)", "Civilians (Syria)", "2025-04-10",
          L("Tartus Governorate", "SY", "Tartus", 3), None)],
    "portal-2025-05-31-36": [],
    "portal-2025-07-15-13": [
        E("airstrikes", 1, "air", "ASSAULT", IL, PAL, "2025-07-15", L("Gaza City", "PS", "Gaza Strip", 1), None),
        E("the Gaza Strip", 1, "air", "ASSAULT", IL, PAL, "2025-07-15", L("Gaza Strip", "PS", "Gaza Strip", 3), None)],
    "portal-2025-09-17-62": [],
    "portal-2025-12-08-13": [
        E("captures", 1, "overtake", "ASSAULT", "Southern Transitional Council", None, "2025-12-08",
          L("Southern Yemen", "YE", None, 3), None),
        E("withdraws", 1, "transfer", "RETREAT", "Military Forces of Saudi Arabia", None, "2025-12-08",
          L("Aden", "YE", "Aden", 1), None)],
    "portal-2025-12-08-49": [],
    "portal-2026-02-06-14": [
        E("airstrike", 1, "air", "ASSAULT", IL, None, "2026-02-06", L("Gaza City", "PS", "Gaza Strip", 1), None)],
    "portal-2026-03-03-35": [
        E("clashes", 1, "clash", "ASSAULT", "Military Forces of Pakistan", "Military Forces of Afghanistan",
          "2026-03-03", L("Afghanistan-Pakistan border", "AF", None, 4), 28)],
    "portal-2026-03-05-81": [],
    "portal-2026-03-31-31": [
        E("is kidnapped", 1, "abduct", "COERCE", "Unidentified Armed Group (Iraq)", "Civilians (United States)",
          "2026-03-31", L("Baghdad", "IQ", "Baghdad", 1), None)],
    "portal-2026-06-10-15": [
        E("attacked", 1, "air", "ASSAULT", "Military Forces of Iran", "Military Forces of the United States",
          "2026-06-10", L("Bahrain", "BH", None, 4), None, modality="claimed"),
        E("strikes", 1, "air", "ASSAULT", "Military Forces of the United States", None, "2026-06-09",
          L("Sirik", "IR", "Hormozgan", 1), None, background=True)],
    "portal-2026-06-19-27": [
        E("drone strike", 1, "air", "ASSAULT", "Rapid Support Forces", None, "2026-06-19",
          L("El-Obeid", "SD", "North Kordofan", 2), None)],
    "portal-2026-06-26-25": [],
    "portal-2026-07-22-24": [
        E("killed", 1, "clash", "ASSAULT", IL, "Hamas", "2026-07-22", L("North Gaza", "PS", "Gaza Strip", 3), 3,
          modality="claimed"),
        E("October 7 attacks", 1, "attack", "ASSAULT", "Hamas", "Civilians (Israel)", None,
          L("Israel", "IL", None, 4), None, background=True)],
}

if __name__ == "__main__":
    build(CODES, "double-W-by-V.jsonl", "coded-W-by-V.jsonl")
