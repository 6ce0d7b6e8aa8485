#!/usr/bin/env python3
"""Annotator R: blind codes for double-S-by-R.jsonl -> coded-S-by-R.jsonl (standard library only)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
IN = os.path.join(HERE, "double-S-by-R.jsonl")
OUT = os.path.join(HERE, "coded-S-by-R.jsonl")

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
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITY = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"}
SUB = {  # short names -> (event_type, sub_event_type)
    "clash": ("Battles", "Armed clash"),
    "govregain": ("Battles", "Government regains territory"),
    "nsaover": ("Battles", "Non-state actor overtakes territory"),
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "grenade": ("Explosions/Remote violence", "Grenade"),
    "chem": ("Explosions/Remote violence", "Chemical weapon"),
    "attack": ("Violence against civilians", "Attack"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "sexual": ("Violence against civilians", "Sexual violence"),
    "peaceful": ("Protests", "Peaceful protest"),
    "intervention": ("Protests", "Protest with intervention"),
    "excessive": ("Protests", "Excessive force against protesters"),
    "violentdemo": ("Riots", "Violent demonstration"),
    "mob": ("Riots", "Mob violence"),
    "agreement": ("Strategic developments", "Agreement"),
    "arrests": ("Strategic developments", "Arrests"),
    "change": ("Strategic developments", "Change to group/activity"),
    "disrupted": ("Strategic developments", "Disrupted weapons use"),
    "hq": ("Strategic developments", "Headquarters or base established"),
    "looting": ("Strategic developments", "Looting/property destruction"),
    "transfer": ("Strategic developments", "Non-violent transfer of territory"),
    "other": ("Strategic developments", "Other"),
}


def L(name, cc, admin1, prec):
    return {"name": name, "country": cc, "admin1": admin1, "precision": prec}


def E(trig, occ, sub, plover, modality, a1, a2, date, loc, fat, bg=False):
    """trig = trigger phrase, occ = its occurrence number (1-based) in the text."""
    return dict(trig=trig, occ=occ, sub=sub, plover=plover, modality=modality, a1=a1, a2=a2,
                date=date, loc=loc, fat=fat, bg=bg)


def build(text, c, iid):
    b = text.encode()
    t = c["trig"].encode()
    pos = -1
    for _ in range(c["occ"]):
        pos = b.find(t, pos + 1)
        if pos < 0:
            sys.exit(f"{iid}: trigger {c['trig']!r} occurrence {c['occ']} not found")
    start, end = pos, pos + len(t)
    if b[start:end].decode() != c["trig"]:
        sys.exit(f"{iid}: evidence mismatch")
    if c["sub"] not in SUB:
        sys.exit(f"{iid}: unknown sub-type key {c['sub']}")
    et, st = SUB[c["sub"]]
    if et not in TAX or st not in TAX[et]:
        sys.exit(f"{iid}: type/sub-type not in taxonomy: {et} / {st}")
    if c["plover"] not in PLOVER:
        sys.exit(f"{iid}: unknown PLOVER {c['plover']}")
    if c["modality"] not in MODALITY:
        sys.exit(f"{iid}: unknown modality {c['modality']}")
    loc = c["loc"]
    if loc is not None and (loc["precision"] not in (1, 2, 3, 4) or not loc["country"] or len(loc["country"]) != 2):
        sys.exit(f"{iid}: bad location {loc}")
    return {"event_type": et, "sub_event_type": st, "plover": c["plover"], "modality": c["modality"],
            "actor1": c["a1"], "actor2": c["a2"], "date": c["date"], "location": loc,
            "fatalities": c["fat"], "background": c["bg"],
            "evidence": {"start": start, "end": end, "text": c["trig"]}}


def run(inp, out, codes, partial_ok=True):
    items = [json.loads(l) for l in open(inp, encoding="utf-8") if l.strip()]
    ids = {d["id"] for d in items}
    for k in codes:
        if k not in ids:
            sys.exit(f"unknown id in codes: {k}")
    n_ev = n_items = n_empty = 0
    with open(out, "w", encoding="utf-8") as f:
        for d in items:
            if d["id"] not in codes:
                if partial_ok:
                    continue
                sys.exit(f"no code for {d['id']}")
            evs = [build(d["text"], c, d["id"]) for c in codes[d["id"]]]
            d = dict(d)
            d["events"] = evs
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
            n_items += 1
            n_ev += len(evs)
            n_empty += (not evs)
    print(f"{out}: {n_items}/{len(items)} items, {n_ev} events, {n_empty} with no event")



C = {}
C["portal-2025-02-03-17"] = [
    E("attack", 1, "attack", "ASSAULT", "occurred", "Rapid Support Forces", "Civilians (Sudan)", "2025-02-03",
      L("Omdurman", "SD", "Khartoum", 1), None, True)]
C["portal-2025-02-24-22"] = []
C["portal-2025-05-13-47"] = []
C["portal-2025-08-24-41"] = []
C["portal-2025-09-29-18"] = [
    E("anti-ship missile attack", 1, "shell", "ASSAULT", "occurred", "Houthi Movement", "Civilians (International)",
      "2025-09-29", None, None)]
C["portal-2025-12-27-44"] = [
    E("arrest", 1, "arrests", "COERCE", "occurred", "Police Forces of Italy", "Civilians (Italy)", "2025-12-27",
      L("Italy", "IT", None, 4), None),
    E("attack on Israel", 1, "attack", "ASSAULT", "occurred", "Hamas", "Civilians (Israel)", None,
      L("Israel", "IL", None, 4), None, True)]
C["portal-2026-01-12-19"] = [
    E("missile strike", 1, "shell", "ASSAULT", "occurred", "Rapid Support Forces", "Civilians (Sudan)", "2026-01-12",
      L("Singa", "SD", "Sennar", 1), 10)]
C["portal-2026-03-02-15"] = [
    E("attacks", 1, "shell", "ASSAULT", "occurred", "Military Forces of Iran", "Military Forces of Kuwait",
      "2026-03-02", L("Kuwait", "KW", None, 4), 2)]
C["portal-2026-04-15-84"] = [
    E("sets up roadblocks", 1, "peaceful", "PROTEST", "occurred", "Protesters (Papua New Guinea)", None,
      "2026-04-15", L("Port Moresby", "PG", "National Capital District", 1), None)]
C["portal-2026-05-17-59"] = [
    E("mass shooting", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)",
      "2026-05-17", L("Tehuitzingo", "MX", "Puebla", 1), 10)]
C["portal-2026-05-20-19"] = []
C["portal-2026-05-30-20"] = [
    E("strikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", None, "2026-05-30",
      L("Beaufort Castle", "LB", "Nabatieh", 2), None),
    E("artillery shelling", 1, "shell", "ASSAULT", "occurred", "Military Forces of Israel", None, "2026-05-30",
      L("Beaufort Castle", "LB", "Nabatieh", 2), None)]
C["portal-2026-06-07-15"] = [
    E("airstrikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", "Hezbollah", "2026-06-07",
      L("Beirut", "LB", "Beirut", 1), 2)]
C["portal-2026-06-08-27"] = [
    E("clashes", 1, "violentdemo", "PROTEST", "occurred", "Rioters (Pakistan)", "Police Forces of Pakistan",
      "2026-06-08", L("Azad Kashmir", "PK", "Azad Kashmir", 3), 11),
    E("arrest", 1, "arrests", "COERCE", "occurred", "Police Forces of Pakistan", "Joint Awami Action Committee",
      "2026-06-08", L("Azad Kashmir", "PK", "Azad Kashmir", 3), None)]
C["portal-2026-06-22-80"] = [
    E("warning strike", 1, "peaceful", "PROTEST", "occurred", "Protesters (Czech Republic)", None, "2026-06-22",
      L("Czech Republic", "CZ", None, 4), None)]

if __name__ == "__main__":
    run(IN, OUT, C, partial_ok=False)
