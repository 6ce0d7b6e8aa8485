import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from code_T import TAX, PLOVER, MODS, K, L, E, P  # noqa: E402  (the author's own checker and constants)

HERE = os.path.dirname(os.path.abspath(__file__))


# short keys -> (event_type, sub_event_type, default PLOVER)


def _prev_day(d):
    import datetime
    return (datetime.date.fromisoformat(d) - datetime.timedelta(days=1)).isoformat()


def build(item, spec):
    text = item["text"]
    b = text.encode()
    trig = spec["trigger"].encode()
    pos = -1
    for _ in range(spec["occ"]):
        pos = b.find(trig, pos + 1)
        if pos < 0:
            sys.exit("ERROR: trigger %r occurrence %d not found in %s" % (spec["trigger"], spec["occ"], item["id"]))
    start, end = pos, pos + len(trig)
    if b[start:end].decode() != spec["trigger"]:
        sys.exit("ERROR: evidence mismatch in %s" % item["id"])
    if spec["key"] not in K:
        sys.exit("ERROR: unknown type key %r in %s" % (spec["key"], item["id"]))
    et, st, pl = K[spec["key"]]
    if spec["plover"]:
        pl = spec["plover"]
    if et not in TAX or st not in TAX[et] or pl not in PLOVER:
        sys.exit("ERROR: bad taxonomy in %s" % item["id"])
    if spec["modality"] not in MODS:
        sys.exit("ERROR: bad modality in %s" % item["id"])
    d = spec["date"]
    if d == "P":
        d = item["published"]
    elif d == "P-1":
        d = _prev_day(item["published"])
    return {"event_type": et, "sub_event_type": st, "plover": pl, "modality": spec["modality"],
            "actor1": spec["a1"], "actor2": spec["a2"], "date": d, "location": spec["loc"],
            "fatalities": spec["fat"], "background": spec["bg"],
            "evidence": {"start": start, "end": end, "text": spec["trigger"]}}


def run(infile, outfile, CODES):
    items = [json.loads(l) for l in open(os.path.join(HERE, infile), encoding="utf-8") if l.strip()]
    ids = {it["id"] for it in items}
    for k in CODES:
        if k not in ids:
            sys.exit("ERROR: unknown id %s" % k)
    n_ev = n_coded = 0
    with open(os.path.join(HERE, outfile), "w", encoding="utf-8") as f:
        for it in items:
            out = dict(it)
            out["events"] = [build(it, s) for s in CODES.get(it["id"], [])]
            if it["id"] in CODES:
                n_coded += 1
            n_ev += len(out["events"])
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("%s: %d items, %d listed in CODES, %d events" % (outfile, len(items), n_coded, n_ev))


CODES = {
"portal-2025-03-23-40": [],
"portal-2025-04-24-54": [E("attack", "Unidentified Armed Group (France)", "Civilians (France)", P, L("Nantes", "FR", "Pays de la Loire", 1), 1, "mass stabbing")],
"portal-2025-07-18-40": [E("arrests", None, "Yoon Suk Yeol", None, L("South Korea", "KR", None, 4), None, "re-arrested", bg=True)],
"portal-2025-09-05-23": [E("ied", "Ambazonian Separatists", "Military Forces of Cameroon", P, L("Southwest Region", "CM", "Southwest", 3), 7, "roadside bomb")],
"portal-2025-09-16-79": [],
"portal-2025-10-22-43": [E("attack", "Unidentified Armed Group (Sri Lanka)", "Civilians (Sri Lanka)", P, L("Weligama", "LK", "Southern", 1), 1, "shot and killed")],
"portal-2026-02-10-20": [
    E("ied", "Unidentified Armed Group (Syria)", "Civilians (Syria)", P, L("Deir ez-Zor Governorate", "SY", "Deir ez-Zor", 3), 4, "strikes a land mine"),
    E("ied", "Unidentified Armed Group (Syria)", "Civilians (Syria)", P, L("Taanah", "SY", "Aleppo", 1), 1, "triggers a land mine")],
"portal-2026-03-02-61": [E("attack", "Unidentified Armed Group (India)", "Civilians (India)", P, L("Churu", "IN", "Rajasthan", 2), 1, "mass shooting")],
"portal-2026-03-03-16": [E("air", "Military Forces of Iran", None, P, L("Fujairah", "AE", "Fujairah", 1), None, "Shahed drone attack")],
"portal-2026-04-10-20": [],
"portal-2026-05-02-58": [],
"portal-2026-06-19-18": [E("air", "Military Forces of Israel", "Civilians (Lebanon)", P, L("South Lebanon", "LB", "South Lebanon", 3), 47, "airstrikes")],
"portal-2026-07-09-79": [],
"portal-2026-07-15-24": [],
"portal-2026-07-30-23": [E("air", None, None, "P-1", L("Damietta", "EG", "Damietta", 1), None, "a drone has hit")],
}

if __name__ == "__main__":
    run("double-U-by-T.jsonl", "coded-U-by-T.jsonl", CODES)
