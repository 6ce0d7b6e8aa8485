# helper shared by code_P.py and code_Q_by_P.py (standard library only)
import json, os, sys

TAX = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other"],
}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODS = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"}

K = {
    "CLASH": ("Battles", "Armed clash", "ASSAULT"),
    "GRT": ("Battles", "Government regains territory", "ASSAULT"),
    "NSO": ("Battles", "Non-state actor overtakes territory", "ASSAULT"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
    "SHELL": ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"),
    "SUI": ("Explosions/Remote violence", "Suicide bomb", "ASSAULT"),
    "GREN": ("Explosions/Remote violence", "Grenade", "ASSAULT"),
    "CHEM": ("Explosions/Remote violence", "Chemical weapon", "ASSAULT"),
    "ATT": ("Violence against civilians", "Attack", "ASSAULT"),
    "ABD": ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT"),
    "SEX": ("Violence against civilians", "Sexual violence", "ASSAULT"),
    "PP": ("Protests", "Peaceful protest", "PROTEST"),
    "PI": ("Protests", "Protest with intervention", "PROTEST"),
    "XF": ("Protests", "Excessive force against protesters", "ASSAULT"),
    "VD": ("Riots", "Violent demonstration", "PROTEST"),
    "MOB": ("Riots", "Mob violence", "ASSAULT"),
    "AGR": ("Strategic developments", "Agreement", "AGREE"),
    "ARR": ("Strategic developments", "Arrests", "COERCE"),
    "CHG": ("Strategic developments", "Change to group/activity", "MOBILIZE"),
    "DWU": ("Strategic developments", "Disrupted weapons use", "COERCE"),
    "HQ": ("Strategic developments", "Headquarters or base established", "MOBILIZE"),
    "LOOT": ("Strategic developments", "Looting/property destruction", "COERCE"),
    "NVT": ("Strategic developments", "Non-violent transfer of territory", "RETREAT"),
    "OTH": ("Strategic developments", "Other", "COERCE"),
}


def E(kind, a1, a2, date, loc, fat, trig, occ=1, mod="occurred", bg=False, plover=None):
    """loc = (name, ISO2, admin1, precision) or None"""
    et, st, pl = K[kind]
    return dict(et=et, st=st, pl=plover or pl, mod=mod, a1=a1, a2=a2, date=date, loc=loc,
                fat=fat, bg=bg, trig=trig, occ=occ)


def build(infile, outfile, codes):
    items = [json.loads(l) for l in open(infile, encoding="utf-8") if l.strip()]
    ids = {it["id"] for it in items}
    for k in codes:
        if k not in ids:
            sys.exit("unknown id in codes: %s" % k)
    out = []
    for it in items:
        if it["id"] not in codes:
            continue  # not coded yet
        text = it["text"]
        b = text.encode("utf-8")
        evs = []
        for c in codes[it["id"]]:
            if c["et"] not in TAX or c["st"] not in TAX[c["et"]]:
                sys.exit("bad type %s / %s in %s" % (c["et"], c["st"], it["id"]))
            if c["pl"] not in PLOVER:
                sys.exit("bad plover %s in %s" % (c["pl"], it["id"]))
            if c["mod"] not in MODS:
                sys.exit("bad modality %s in %s" % (c["mod"], it["id"]))
            tb = c["trig"].encode("utf-8")
            pos = -1
            for _ in range(c["occ"]):
                pos = b.find(tb, pos + 1)
                if pos < 0:
                    sys.exit("trigger %r occurrence %d not found in %s" % (c["trig"], c["occ"], it["id"]))
            start, end = pos, pos + len(tb)
            if b[start:end].decode("utf-8") != c["trig"]:
                sys.exit("evidence mismatch in %s" % it["id"])
            loc = None
            if c["loc"] is not None:
                n, cc, a1, p = c["loc"]
                if p not in (1, 2, 3, 4) or len(cc) != 2:
                    sys.exit("bad location in %s" % it["id"])
                loc = {"name": n, "country": cc, "admin1": a1, "precision": p}
            evs.append({"event_type": c["et"], "sub_event_type": c["st"], "plover": c["pl"],
                        "modality": c["mod"], "actor1": c["a1"], "actor2": c["a2"],
                        "date": c["date"], "location": loc, "fatalities": c["fat"],
                        "background": c["bg"],
                        "evidence": {"start": start, "end": end, "text": c["trig"]}})
        o = dict(it)
        o["events"] = evs
        out.append(o)
    with open(outfile, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    nev = sum(len(o["events"]) for o in out)
    nempty = sum(1 for o in out if not o["events"])
    print("%s: %d/%d items coded, %d events, %d items without event" % (outfile, len(out), len(items), nev, nempty))


# ---------------------------------------------------------------- codes (annotator P, blind double of Q)
C = {}
C["portal-2025-01-06-23"] = [E("AIR", "Military Forces of Russia", "Civilians (Ukraine)", "2025-01-06",
    ("Kherson", "UA", "Kherson", 1), 1, "drone attacks")]
C["portal-2025-02-11-25"] = [E("SUI", "Unidentified Armed Group (Afghanistan)", "Military Forces of Afghanistan", "2025-02-11",
    ("Kunduz", "AF", "Kunduz", 1), 5, "suicide bombing")]
C["portal-2025-04-02-33"] = [
    E("CLASH", "Wazalendo Militia", "M23: March 23 Movement", "2025-04-02", ("Kampala", "CD", None, 1), None, "break through"),
    E("CLASH", "Wazalendo Militia", "M23: March 23 Movement", "2025-04-02", ("Walikale", "CD", "North Kivu", 1), None, "launch an attack")]
C["portal-2025-08-04-17"] = [E("ARR", "Puntland Security Forces", "Islamic State", "2025-08-04",
    ("Sanaag", "SO", "Sanaag", 3), None, "detaining")]
C["portal-2025-09-30-14"] = [E("AIR", "Military Forces of Israel", "Civilians (Palestine)", "2025-09-30",
    ("Gaza Strip", "PS", "Gaza Strip", 3), 59, "Israeli attacks")]
C["portal-2026-01-23-35"] = [E("XF", "Police Forces of Uganda", "Protesters (Uganda)", "2026-01-23",
    ("Uganda", "UG", None, 4), 30, "protests")]
C["portal-2026-01-25-46"] = []
C["portal-2026-02-18-23"] = [
    E("CHG", "Burma National Revolutionary Army", "Military Forces of Myanmar", "2026-02-18",
      ("Myanmar", "MM", None, 4), None, "surrendered", plover="CONCEDE"),
    E("CLASH", "Burma National Revolutionary Army", "Unidentified Armed Group (Myanmar)", None,
      ("Myanmar", "MM", None, 4), None, "clashes", bg=True)]
C["portal-2026-03-15-55"] = []
C["portal-2026-04-14-19"] = []
C["portal-2026-04-17-27"] = [E("SHELL", "Military Forces of Israel", None, "2026-04-17",
    ("Lebanon", "LB", None, 4), None, "artillery shelling")]
C["portal-2026-05-23-20"] = []  # cumulative count since the blockade began
C["portal-2026-07-11-17"] = []
C["portal-2026-07-20-42"] = []  # sanctions; chemical-weapon use only alleged, undated, over the war
C["portal-2026-08-04-47"] = [E("ATT", "Military Forces of Russia", "Civilians (Ukraine)", "2026-08-04",
    ("Sevastopol", "UA", "Crimea", 1), 4, "shooting spree")]

# ==== main
if __name__ == "__main__":
    build(os.path.join(os.path.dirname(os.path.abspath(__file__)), "double-Q-by-P.jsonl"), os.path.join(os.path.dirname(os.path.abspath(__file__)), "coded-Q-by-P.jsonl"), C)
