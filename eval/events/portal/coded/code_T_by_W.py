import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from code_W import TAX, PLOVER, MODALITIES, K, L, E, P  # noqa: E402  (the author's own checker and constants)

HERE = os.path.dirname(os.path.abspath(__file__))


# short keys -> (event_type, sub_event_type, default plover)


def build(item, codes):
    text = item["text"]
    b = text.encode()
    out = []
    for c in codes:
        et, st, pl = K[c["key"]]
        if c["plover"]:
            pl = c["plover"]
        if et not in TAX or st not in TAX[et] or pl not in PLOVER:
            sys.exit("bad taxonomy in %s: %s/%s/%s" % (item["id"], et, st, pl))
        if c["modality"] not in MODALITIES:
            sys.exit("bad modality in %s" % item["id"])
        pos = -1
        for _ in range(c["occ"]):
            pos = text.find(c["trigger"], pos + 1)
            if pos < 0:
                sys.exit("trigger %r (occ %d) not found in %s" % (c["trigger"], c["occ"], item["id"]))
        start = len(text[:pos].encode())
        end = start + len(c["trigger"].encode())
        if b[start:end].decode() != c["trigger"]:
            sys.exit("offset mismatch in %s for %r" % (item["id"], c["trigger"]))
        d = c["date"]
        if d == "P":
            d = item["published"]
        elif d == "Y":
            import datetime
            d = (datetime.date.fromisoformat(item["published"]) - datetime.timedelta(days=1)).isoformat()
        out.append({
            "event_type": et, "sub_event_type": st, "plover": pl, "modality": c["modality"],
            "actor1": c["a1"], "actor2": c["a2"], "date": d, "location": c["loc"],
            "fatalities": c["fat"], "background": c["bg"],
            "evidence": {"start": start, "end": end, "text": c["trigger"]},
        })
    return out


def run(infile, outfile, CODES):
    items = [json.loads(l) for l in open(os.path.join(HERE, infile), encoding="utf-8") if l.strip()]
    ids = {it["id"] for it in items}
    for k in CODES:
        if k not in ids:
            sys.exit("unknown id in codes: %s" % k)
    n_ev = 0
    with open(os.path.join(HERE, outfile), "w", encoding="utf-8") as f:
        for it in items:
            it = dict(it)
            it["events"] = build(it, CODES.get(it["id"], []))
            n_ev += len(it["events"])
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    coded = sum(1 for it in items if it["id"] in CODES)
    print("%s: %d items, %d with codes entry, %d events" % (outfile, len(items), coded, n_ev))

AIR_IR = lambda name, adm, prec: E("attacks", 1, "AIR", None, None, P, L(name, "IR", adm, prec))
CODES = {
"portal-2025-05-27-35": [],
"portal-2025-08-05-12": [
    E("strikes", 1, "AIR", "Military Forces of Russia", "Civilians (Ukraine)", P, L("Zaporizhzhia Oblast", "UA", "Zaporizhzhia", 3)),
    E("strikes", 1, "AIR", "Military Forces of Russia", "Civilians (Ukraine)", P, L("Kharkiv Oblast", "UA", "Kharkiv", 3)),
    E("strikes", 1, "AIR", "Military Forces of Russia", "Civilians (Ukraine)", P, L("Odesa Oblast", "UA", "Odesa", 3)),
    E("strikes", 1, "AIR", "Military Forces of Russia", "Civilians (Ukraine)", P, L("Sumy Oblast", "UA", "Sumy", 3))],
"portal-2025-08-20-21": [E("drone explodes", 1, "AIR", "Military Forces of Russia", None, P, L("Osiny", "PL", "Lublin", 1))],
"portal-2025-09-03-68": [],
"portal-2025-09-30-52": [],
"portal-2025-10-23-47": [
    E("rival rallies", 1, "PEACEFUL", "Protesters (Hungary)", None, P, L("Budapest", "HU", "Budapest", 1)),
    E("rival rallies", 1, "PEACEFUL", "Protesters (Hungary)", None, P, L("Budapest", "HU", "Budapest", 1))],
"portal-2025-11-03-19": [E("drone attack", 1, "AIR", "Rapid Support Forces", "Civilians (Sudan)", P, L("North Kordofan", "SD", "North Kordofan", 3), 40)],
"portal-2025-11-18-23": [E("airstrike", 1, "AIR", "Military Forces of Israel", "Civilians (Lebanon)", P, L("Ain al-Hilweh", "LB", "South Lebanon", 1), 13)],
"portal-2025-12-06-40": [E("threw custard", 1, "INTERV", "Protesters (United Kingdom)", "Police Forces of the United Kingdom", P, L("London", "GB", "England", 1))],
"portal-2026-02-25-13": [E("drone strike", 1, "AIR", "Military Forces of Ukraine", "Civilians (Russia)", P, L("Dorogobuzh", "RU", "Smolensk", 2), 7)],
"portal-2026-04-03-63": [],
"portal-2026-04-04-32": [E("airstrike", 1, "AIR", "Military Forces of Israel", "Civilians (Lebanon)", P, L("Tyre", "LB", "South Lebanon", 1))],
"portal-2026-04-07-38": [
    AIR_IR("Tehran", "Tehran", 2), AIR_IR("Ahvaz", "Khuzestan", 1), AIR_IR("Chahbahar", "Sistan and Baluchestan", 1),
    AIR_IR("Jask", "Hormozgan", 1), AIR_IR("Shiraz", "Fars", 1), AIR_IR("Yazd", "Yazd", 1),
    AIR_IR("Shahid Kalantari Port", "Sistan and Baluchestan", 2), AIR_IR("Tis Port", "Sistan and Baluchestan", 2),
    AIR_IR("Imam Ali base", None, 2)],
"portal-2026-06-07-65": [],
"portal-2026-07-09-68": [E("alleged plot", 1, "DISRUPT", "Police Forces of the United States", "Unidentified Armed Group (United States)", "2026-06", L("Washington, D.C.", "US", "District of Columbia", 1), None, "foiled")],
}

if __name__ == "__main__":
    run("double-T-by-W.jsonl", "coded-T-by-W.jsonl", CODES)
