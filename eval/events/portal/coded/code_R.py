#!/usr/bin/env python3
"""Annotator R: hand codes for batch-R.jsonl -> coded-R.jsonl (standard library only)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
IN = os.path.join(HERE, "batch-R.jsonl")
OUT = os.path.join(HERE, "coded-R.jsonl")

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


RU = "Military Forces of Russia"
UA = "Military Forces of Ukraine"
CIV_UA = "Civilians (Ukraine)"

C = {}
C["portal-2025-01-02-52"] = []
C["portal-2025-01-08-52"] = []
C["portal-2025-01-12-22"] = [
    E("attack", 1, "attack", "ASSAULT", "occurred", "Boko Haram", "Civilians (Nigeria)", "2025-01-12",
      L("Dumba", "NG", "Borno", 1), 40)]
C["portal-2025-01-16-54"] = []
C["portal-2025-01-17-41"] = []
C["portal-2025-01-17-50"] = []
C["portal-2025-01-18-15"] = [
    E("missile and drone attacks", 1, "shell", "ASSAULT", "occurred", RU, CIV_UA, "2025-01-18",
      L("Kyiv", "UA", "Kyiv City", 1), 4)]
C["portal-2025-01-19-42"] = []
C["portal-2025-01-20-64"] = []
C["portal-2025-01-23-20"] = []
C["portal-2025-01-23-32"] = []
C["portal-2025-01-24-26"] = [
    E("have been returned", 1, "agreement", "AGREE", "occurred", None, UA, "2025-01-24",
      L("Ukraine", "UA", None, 4), None)]
C["portal-2025-01-25-14"] = [
    E("surrender", 1, "other", "RETREAT", "occurred", "National Liberation Army (Colombia)",
      "Military Forces of Colombia", "2025-01-25", L("Catatumbo", "CO", "Norte de Santander", 3), None)]
C["portal-2025-02-03-25"] = [
    E("announces a unilateral ceasefire", 1, "agreement", "AGREE", "occurred", "Congo River Alliance", None,
      "2025-02-03", L("Democratic Republic of the Congo", "CD", None, 4), None)]
C["portal-2025-02-07-17"] = [
    E("taken full control", 1, "nsaover", "ASSAULT", "claimed", RU, UA, "2025-02-07",
      L("Toretsk", "UA", "Donetsk", 1), None)]
C["portal-2025-02-09-50"] = []
C["portal-2025-02-13-20"] = [
    E("airstrikes", 1, "air", "ASSAULT", "occurred", None, "Islamic State (Somalia)", "2025-02-13",
      L("Cal Miskaad mountains", "SO", "Bari", 2), 30)]
C["portal-2025-02-19-19"] = [
    E("capture", 1, "arrests", "COERCE", "occurred", "Police Forces of Puntland", "Islamic State (Somalia)",
      "2025-02-19", L("Bosaso", "SO", "Bari", 1), None)]
C["portal-2025-02-22-49"] = [
    E("mass shooting", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (United States)",
      "Civilians (United States)", "2025-02-22",
      L("West Manchester Township", "US", "Pennsylvania", 1), 2)]
C["portal-2025-03-04-21"] = [
    E("blow themselves up", 1, "suicide", "ASSAULT", "occurred", "Unidentified Armed Group (Pakistan)",
      "Military Forces of Pakistan", "2025-03-04", L("Bannu", "PK", "Khyber Pakhtunkhwa", 1), 12),
    E("shootout", 1, "clash", "ASSAULT", "occurred", "Unidentified Armed Group (Pakistan)",
      "Military Forces of Pakistan", "2025-03-04", L("Bannu", "PK", "Khyber Pakhtunkhwa", 1), 6)]
C["portal-2025-03-09-14"] = [
    E("clashes", 1, "clash", "ASSAULT", "occurred", "Military Forces of Syria", "Pro-Assad Militia (Syria)",
      "2025-03-09", L("Syria", "SY", None, 4), None),
    E("reprisal massacres", 1, "attack", "ASSAULT", "occurred", "Military Forces of Syria", "Civilians (Syria)",
      "2025-03-09", L("Syria", "SY", None, 4), 973)]
C["portal-2025-03-09-38"] = [
    E("arrests", 1, "arrests", "COERCE", "occurred", "Police Forces of the United States",
      "Civilians (United States)", "2025-03-09", L("United States", "US", None, 4), None)]
C["portal-2025-03-11-69"] = [
    E("form a blockade", 1, "violentdemo", "PROTEST", "occurred", "Rioters (Serbia)", "Police Forces of Serbia",
      "2025-03-11", L("Belgrade", "RS", "Belgrade", 1), None)]
C["portal-2025-03-12-13"] = [
    E("end the 24-hour siege", 1, "clash", "ASSAULT", "occurred", "Military Forces of Somalia", "Al-Shabaab",
      "2025-03-12", L("Beledweyne", "SO", "Hiran", 1), 6),
    E("siege", 1, "attack", "ASSAULT", "occurred", "Al-Shabaab", "Civilians (Somalia)",
      "2025-03-12", L("Beledweyne", "SO", "Hiran", 1), 15)]
C["portal-2025-03-12-21"] = [
    E("rescue", 1, "clash", "ASSAULT", "occurred", "Military Forces of Pakistan", "Balochistan Liberation Army",
      "2025-03-12", L("Pakistan", "PK", None, 4), 41),
    E("hijacking", 1, "abduct", "ASSAULT", "occurred", "Balochistan Liberation Army", "Civilians (Pakistan)",
      "2025-03-11", L("Pakistan", "PK", None, 4), 29)]
C["portal-2025-03-14-47"] = []
C["portal-2025-03-15-45"] = []
C["portal-2025-04-11-47"] = [
    E("killed three people", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (United States)",
      "Civilians (United States)", "2004-07", L("United States", "US", None, 4), 3, True)]
C["portal-2025-04-17-33"] = [
    E("attacks passengers with a knife", 1, "attack", "ASSAULT", "occurred",
      "Unidentified Armed Group (Belize)", "Civilians (Belize)", "2025-04-17",
      L("Philip S. W. Goldson International Airport", "BZ", "Belize", 1), 1)]
C["portal-2025-04-22-38"] = []
C["portal-2025-04-28-57"] = []
C["portal-2025-04-29-16"] = [
    E("roadside bomb", 1, "ied", "ASSAULT", "occurred", "Unidentified Armed Group (Nigeria)",
      "Civilians (Nigeria)", "2025-04-29", L("Borno State", "NG", "Borno", 3), 26)]
C["portal-2025-05-11-20"] = [
    E("roadside bombing", 1, "ied", "ASSAULT", "occurred", "Unidentified Armed Group (Pakistan)",
      "Police Forces of Pakistan", "2025-05-11", L("Khyber Pakhtunkhwa", "PK", "Khyber Pakhtunkhwa", 3), 2)]
C["portal-2025-05-11-46"] = []
C["portal-2025-05-21-18"] = [
    E("improvised explosive device bombing", 1, "ied", "ASSAULT", "occurred",
      "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", "2025-05-21",
      L("Khuzdar District", "PK", "Balochistan", 2), 6)]
C["portal-2025-05-25-12"] = [
    E("largest air attack", 1, "air", "ASSAULT", "occurred", RU, CIV_UA, "2025-05-25",
      L("Ukraine", "UA", None, 4), 14),
    E("overnight attack", 1, "air", "ASSAULT", "occurred", RU, CIV_UA, "2025-05-25",
      L("Kyiv", "UA", "Kyiv City", 1), None)]
C["portal-2025-05-30-59"] = []
C["portal-2025-06-07-37"] = []
C["portal-2025-06-13-22"] = [
    E("retaliatory strikes", 1, "shell", "ASSAULT", "occurred", "Military Forces of Iran", "Civilians (Israel)",
      "2025-06-13", L("Israel", "IL", None, 4), 3)]
C["portal-2025-06-15-20"] = [
    E("abducted", 1, "abduct", "ASSAULT", "occurred", "Palestinian Islamic Jihad", "Civilians (Israel)",
      "2023-10-07", L("Israel", "IL", None, 4), None, True)]
C["portal-2025-06-16-18"] = [
    E("strike", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", "Military Forces of Iran",
      "2025-06-16", L("Imam Khomeini International Airport", "IR", "Tehran", 1), None)]
C["portal-2025-06-16-42"] = []
C["portal-2025-06-25-20"] = [
    E("attack", 1, "clash", "ASSAULT", "occurred", "Unidentified Armed Group (Nigeria)",
      "Military Forces of Nigeria", "2025-06-25", L("Kaduna State", "NG", "Kaduna", 3), None),
    E("attack", 1, "clash", "ASSAULT", "occurred", "Unidentified Armed Group (Nigeria)",
      "Military Forces of Nigeria", "2025-06-25", L("Niger State", "NG", "Niger", 3), None)]
C["portal-2025-07-07-26"] = [
    E("clashes", 1, "excessive", "ASSAULT", "occurred", "Protesters (Kenya)", "Police Forces of Kenya",
      "2025-07-07", L("Kenya", "KE", None, 4), 11)]
C["portal-2025-07-11-23"] = []
C["portal-2025-07-27-14"] = []
C["portal-2025-07-28-53"] = [
    E("mass stabbing", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (United Kingdom)",
      "Civilians (United Kingdom)", "2025-07-28", L("Southwark", "GB", "England", 1), 2)]
C["portal-2025-08-12-32"] = []
C["portal-2025-08-20-13"] = [
    E("raid", 1, "clash", "ASSAULT", "occurred", "Military Forces of the United States", "Islamic State",
      "2025-08-20", L("Northern Syria", "SY", None, 3), 1)]
C["portal-2025-08-20-16"] = []
C["portal-2025-08-31-17"] = [
    E("shelling", 1, "shell", "ASSAULT", "occurred", "Rapid Support Forces", "Civilians (Sudan)",
      "2025-08-31", L("El Fasher", "SD", "North Darfur", 1), 7)]
C["portal-2025-09-05-19"] = []
C["portal-2025-09-08-62"] = []
C["portal-2025-09-08-79"] = []
C["portal-2025-09-09-14"] = []
C["portal-2025-09-10-24"] = []
C["portal-2025-09-10-75"] = []
C["portal-2025-09-10-77"] = []
C["portal-2025-09-17-22"] = [
    E("kill", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (Niger)", "Civilians (Niger)",
      "2025-09-17", L("Takoubatt", "NE", "Tillaberi", 1), 22)]
C["portal-2025-09-20-17"] = [
    E("drone and missile attack", 1, "air", "ASSAULT", "occurred", RU, CIV_UA, "2025-09-20",
      L("Ukraine", "UA", None, 4), 3)]
C["portal-2025-09-23-59"] = []
C["portal-2025-09-25-63"] = []
C["portal-2025-09-29-53"] = [
    E("protests", 1, "intervention", "PROTEST", "occurred", "Protesters (Morocco)", "Police Forces of Morocco",
      "2025-09-29", L("Morocco", "MA", None, 4), None)]
C["portal-2025-09-30-23"] = [
    E("drone strike", 1, "air", "ASSAULT", "occurred", RU, CIV_UA, "2025-09-30",
      L("Chernechchyna", "UA", "Sumy", 1), 4)]
C["portal-2025-10-11-18"] = [
    E("strike", 1, "air", "ASSAULT", "occurred", RU, CIV_UA, "2025-10-11",
      L("Kostiantynivka", "UA", "Donetsk", 1), 2)]
C["portal-2025-10-16-33"] = [
    E("armed clashes", 1, "clash", "ASSAULT", "occurred", "Unidentified Armed Group (Libya)", None,
      "2025-10-16", L("Zawiya", "LY", "Az Zawiyah", 1), None),
    E("attempted assassination", 1, "clash", "ASSAULT", "attempted", "Unidentified Armed Group (Libya)",
      "Reserve Force (Libya)", "2025-10-16", L("Zawiya", "LY", "Az Zawiyah", 1), None)]
C["portal-2025-10-21-35"] = [
    E("detained", 1, "arrests", "COERCE", "occurred", "Police Forces of Poland", "Civilians (Ukraine)",
      "2025-10-21", L("Poland", "PL", None, 4), None),
    E("arrested", 1, "arrests", "COERCE", "occurred", "Police Forces of Romania", "Civilians (Romania)",
      "2025-10-21", L("Romania", "RO", None, 4), None)]
C["portal-2025-10-23-35"] = []
C["portal-2025-10-24-13"] = [
    E("missile strike", 1, "shell", "ASSAULT", "occurred", "Military Forces of the United States",
      "Civilians (International)", "2025-10-24", None, 6)]
C["portal-2025-10-25-13"] = [
    E("missile and drone strikes", 1, "shell", "ASSAULT", "occurred", RU, CIV_UA, "2025-10-25",
      L("Kyiv", "UA", "Kyiv City", 1), 4)]
C["portal-2025-11-02-40"] = []
C["portal-2025-11-03-18"] = []
C["portal-2025-11-04-20"] = [
    E("shootout", 1, "clash", "ASSAULT", "occurred", "Unidentified Armed Group (Nigeria)",
      "Military Forces of Nigeria", "2025-11-04", L("Shanono", "NG", "Kano", 1), 22)]
C["portal-2025-11-10-69"] = []
C["portal-2025-11-30-42"] = []

# ---- items 76-150 ----
C["portal-2025-12-08-61"] = []
C["portal-2025-12-18-29"] = [
    E("mass shooting", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (United States)",
      "Civilians (United States)", "2025-12-18", L("Providence", "US", "Rhode Island", 1), None, True),
    E("murder", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (United States)",
      "Civilians (United States)", "2025-12-18", L("United States", "US", None, 4), 1, True)]
C["portal-2025-12-20-26"] = []
C["portal-2025-12-24-15"] = [
    E("clashes", 1, "clash", "ASSAULT", "occurred", "Military Forces of Syria", "Pro-Assad Militia (Syria)",
      "2025-12-24", L("Jableh", "SY", "Latakia", 2), 3)]
C["portal-2025-12-27-13"] = [
    E("missile and drone strike", 1, "shell", "ASSAULT", "occurred", RU, CIV_UA, "2025-12-27",
      L("Kyiv", "UA", "Kyiv City", 1), 2)]
C["portal-2025-12-28-33"] = [
    E("mass stabbing spree", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (Suriname)",
      "Civilians (Suriname)", "2025-12-28", L("Richelieu", "SR", "Commewijne", 1), 9)]
C["portal-2025-12-30-20"] = [
    E("are killed", 1, "clash", "ASSAULT", "occurred", "Military Forces of Somalia", "Al-Shabaab",
      "2025-12-30", L("Jabad Godane", "SO", "Middle Shabelle", 1), 29)]
C["portal-2026-01-01-12"] = [
    E("coordinated attacks", 1, "attack", "ASSAULT", "occurred", "Allied Democratic Forces",
      "Civilians (Democratic Republic of Congo)", "2026-01-01", L("Lubero", "CD", "North Kivu", 2), 15)]
C["portal-2026-01-05-49"] = [
    E("abduction", 1, "abduct", "ASSAULT", "occurred", None, "Government of Venezuela", "2026-01-05",
      L("Venezuela", "VE", None, 4), None, True)]
C["portal-2026-01-07-38"] = [
    E("detains", 1, "arrests", "COERCE", "occurred", "Malaysian Anti-Corruption Commission",
      "Civilians (Malaysia)", "2026-01-07", L("Malaysia", "MY", None, 4), None)]
C["portal-2026-01-25-14"] = [
    E("killed by Israeli forces", 1, "attack", "ASSAULT", "occurred", "Military Forces of Israel",
      "Civilians (Palestine)", "2026-01-25", L("Gaza Strip", "PS", "Gaza Strip", 3), None),
    E("two separate incidents", 1, "attack", "ASSAULT", "occurred", "Military Forces of Israel",
      "Civilians (Palestine)", "2026-01-25", L("Gaza Strip", "PS", "Gaza Strip", 3), None)]
C["portal-2026-01-29-24"] = [
    E("swap of bodies", 1, "agreement", "AGREE", "occurred", RU, UA, "2026-01-29", None, None)]
C["portal-2026-02-06-16"] = [
    E("airstrikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Iraq", "Islamic State", "2026-02-06",
      L("Hatra", "IQ", "Nineveh", 2), 4)]
C["portal-2026-02-09-52"] = [
    E("abducted", 1, "abduct", "ASSAULT", "occurred", None, "Civilians (Venezuela)", "2026-02-08",
      L("Venezuela", "VE", None, 4), None)]
C["portal-2026-02-16-24"] = [
    E("plotting an attack", 1, "disrupted", "COERCE", "foiled", None, "Islamic State", None,
      L("Vienna", "AT", "Vienna", 1), None, True)]
C["portal-2026-02-17-13"] = [
    E("drone attack", 1, "air", "ASSAULT", "occurred", RU, CIV_UA, "2026-02-17",
      L("Mykolaivka", "UA", "Donetsk", 1), 3)]
C["portal-2026-02-18-42"] = []
C["portal-2026-03-01-41"] = [
    E("strikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Pakistan", "Taliban", "2026-03-01",
      L("Kabul", "AF", "Kabul", 1), None)]
C["portal-2026-03-01-86"] = []
C["portal-2026-03-03-28"] = [
    E("Airstrikes", 1, "air", "ASSAULT", "occurred", None, "Government of Iran", "2026-03-03",
      L("Qom", "IR", "Qom", 1), None)]
C["portal-2026-03-05-21"] = [
    E("intercepted and destroyed", 1, "disrupted", "COERCE", "occurred", "Military Forces of Bahrain",
      "Military Forces of Iran", "2026-03-05", L("Bahrain", "BH", None, 4), None),
    E("missile hit an oil refinery", 1, "shell", "ASSAULT", "occurred", "Military Forces of Iran", None,
      "2026-03-05", L("Bahrain", "BH", None, 4), None)]
C["portal-2026-03-12-80"] = []
C["portal-2026-03-14-18"] = [
    E("drones struck", 1, "air", "ASSAULT", "occurred", None, "Military Forces of Kuwait", "2026-03-14",
      L("Ahmad al-Jaber Air Base", "KW", None, 1), None)]
C["portal-2026-03-16-35"] = []
C["portal-2026-03-19-21"] = [
    E("destroyed a factory", 1, "air", "ASSAULT", "occurred", "Military Forces of the United States",
      "Islamic Revolutionary Guard Corps", "2026-03-19", L("Karaj", "IR", "Alborz", 1), None)]
C["portal-2026-03-25-76"] = [
    E("arrest", 1, "disrupted", "COERCE", "foiled", "Police Forces of Kuwait", "Hezbollah", "2026-03-25",
      L("Kuwait", "KW", None, 4), None)]
C["portal-2026-03-29-30"] = []
C["portal-2026-03-29-36"] = [
    E("drone strike", 1, "air", "ASSAULT", "occurred", None, "Civilians (Sudan)", "2026-03-29",
      L("Dilling", "SD", "South Kordofan", 1), 14)]
C["portal-2026-04-03-28"] = []
C["portal-2026-04-06-28"] = []
C["portal-2026-04-06-29"] = []
C["portal-2026-04-07-45"] = [
    E("strike", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", "Civilians (Lebanon)", "2026-04-07",
      L("Zebdin", "LB", "Nabatieh", 1), 1)]
C["portal-2026-04-07-51"] = [
    E("shootout", 1, "clash", "ASSAULT", "occurred", "Unidentified Armed Group (Turkey)", "Police Forces of Turkey",
      "2026-04-07", L("Istanbul", "TR", "Istanbul", 1), 1)]
C["portal-2026-04-08-49"] = [
    E("airstrike", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", "Civilians (Palestine)",
      "2026-04-08", L("Sheikh Ijlin", "PS", "Gaza Strip", 1), 2)]
C["portal-2026-04-09-39"] = [
    E("returned 1,000 bodies", 1, "agreement", "AGREE", "occurred", RU, UA, "2026-04-09",
      L("Ukraine", "UA", None, 4), None)]
C["portal-2026-04-09-84"] = []
C["portal-2026-04-15-80"] = [
    E("arrested", 1, "arrests", "COERCE", "occurred", "Police Forces of the United Kingdom",
      "Civilians (United Kingdom)", "2026-04-15", L("Watford", "GB", "England", 1), None),
    E("attempted attack", 1, "looting", "COERCE", "attempted", "Unidentified Armed Group (United Kingdom)",
      "Civilians (United Kingdom)", "2026-04-15", L("North Finchley", "GB", "England", 1), None)]
C["portal-2026-04-16-23"] = []
C["portal-2026-04-18-15"] = [
    E("conducts strikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", "Hezbollah", "2026-04-18",
      L("Southern Lebanon", "LB", None, 3), None)]
C["portal-2026-04-21-24"] = []
C["portal-2026-04-21-74"] = []
C["portal-2026-04-27-24"] = [
    E("begun to withdraw", 1, "transfer", "RETREAT", "claimed", "Jama'at Nusrat al-Islam wal-Muslimin",
      "Military Forces of Mali", "2026-04-27", L("Tessalit", "ML", "Kidal", 1), None),
    E("agreeing to hand over their weapons", 1, "agreement", "AGREE", "claimed", "Military Forces of Mali",
      "Jama'at Nusrat al-Islam wal-Muslimin", "2026-04-27", L("Tessalit", "ML", "Kidal", 1), None)]
C["portal-2026-04-29-65"] = []
C["portal-2026-05-01-73"] = []
C["portal-2026-05-06-34"] = [
    E("drone attack", 1, "air", "ASSAULT", "occurred", None, None, "2026-05-04",
      L("Khartoum International Airport", "SD", "Khartoum", 1), None, True)]
C["portal-2026-05-13-19"] = []
C["portal-2026-05-18-18"] = []
C["portal-2026-05-18-75"] = []
C["portal-2026-05-19-29"] = [
    E("shot down a drone", 1, "disrupted", "COERCE", "occurred", "Military Forces of Romania", None, "2026-05-19",
      L("Estonia", "EE", None, 4), None)]
C["portal-2026-05-25-24"] = []
C["portal-2026-06-05-30"] = [
    E("drone attack", 1, "air", "ASSAULT", "occurred", UA, "Civilians (Azerbaijan)", "2026-06-05",
      L("Taganrog Bay", "RU", "Rostov", 2), 5)]
C["portal-2026-06-15-15"] = [
    E("deal", 1, "agreement", "AGREE", "occurred", "Government of Iran", "Government of the United States",
      "2026-06-15", None, None)]
C["portal-2026-06-20-59"] = [
    E("demonstrations", 1, "peaceful", "PROTEST", "occurred", "Protesters (Mexico)", None, "2026-06",
      L("Mexico City", "MX", "Ciudad de Mexico", 1), None)]
C["portal-2026-06-29-34"] = [
    E("established checkpoints", 1, "hq", "MOBILIZE", "occurred", "Military Forces of Sudan", None, "2026-06-29",
      L("El Obeid", "SD", "North Kordofan", 1), None)]
C["portal-2026-06-30-63"] = []
C["portal-2026-07-02-18"] = []
C["portal-2026-07-07-14"] = [
    E("attacked", 1, "attack", "ASSAULT", "occurred", None, "Civilians (International)", "2026-07-07", None, None)]
C["portal-2026-07-12-55"] = [
    E("assassination", 1, "attack", "ASSAULT", "occurred", "Rapid Support Forces", "Government of Sudan", None,
      L("Geneina", "SD", "West Darfur", 1), 1, True)]
C["portal-2026-07-20-26"] = [
    E("intercepted", 1, "disrupted", "COERCE", "occurred", "Military Forces of Jordan", "Military Forces of Iran",
      "2026-07-20", L("Jordan", "JO", None, 4), None)]
C["portal-2026-07-21-20"] = [
    E("attacked", 1, "attack", "ASSAULT", "occurred", "Military Forces of Iran", "Civilians (International)",
      "2026-07-21", L("Strait of Hormuz", "OM", None, 2), None),
    E("strikes", 1, "air", "ASSAULT", "occurred", "Military Forces of the United States", None, "2026-07-20",
      None, None, True)]
C["portal-2026-07-21-66"] = [
    E("protests", 1, "intervention", "PROTEST", "occurred", "Protesters (India)", "Police Forces of India",
      "2026-07-21", L("New Delhi", "IN", "Delhi", 1), None)]
C["portal-2026-07-22-19"] = [
    E("Tomahawk missile strikes", 1, "shell", "ASSAULT", "occurred", "Military Forces of the United States", None,
      "2026-07-22", L("Larak Island", "IR", "Hormozgan", 1), None)]
C["portal-2026-07-22-68"] = [
    E("attempted to kill", 1, "attack", "ASSAULT", "attempted", "Unidentified Armed Group (United States)",
      "Civilians (United States)", "2022-08", L("New York", "US", "New York", 3), None, True)]
C["portal-2026-07-25-58"] = []
C["portal-2026-07-26-21"] = []
C["portal-2026-07-26-29"] = [
    E("recaptured", 1, "govregain", "ASSAULT", "claimed", "Military Forces of Sudan", None, "2026-07-26",
      L("Umm Qarfa", "SD", "North Kordofan", 1), None),
    E("recaptured", 1, "govregain", "ASSAULT", "claimed", "Military Forces of Sudan", None, "2026-07-26",
      L("Juraikh", "SD", "North Kordofan", 1), None),
    E("seize control of the National Export Highway", 1, "govregain", "ASSAULT", "occurred",
      "Military Forces of Sudan", None, "2026-07-26",
      L("National Export Highway", "SD", "North Kordofan", 3), None)]
C["portal-2026-07-27-24"] = [
    E("drone attack", 1, "air", "ASSAULT", "occurred", "Houthi Movement", None, "2026-07-27",
      L("Abqaiq", "SA", "Eastern Province", 1), None)]
C["portal-2026-07-29-22"] = [
    E("strikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Saudi Arabia", None, "2026-07-29",
      None, 20)]
C["portal-2026-07-30-45"] = [
    E("airstrikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Sudan", "Rapid Support Forces",
      "2026-07-30", L("North Kordofan", "SD", "North Kordofan", 3), None),
    E("airstrikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Sudan", "Rapid Support Forces",
      "2026-07-30", L("West Kordofan", "SD", "West Kordofan", 3), None)]
C["portal-2026-07-31-28"] = [
    E("fatally shot", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (India)", "Civilians (India)",
      "2026-07-31", L("Kulgam", "IN", "Jammu and Kashmir", 2), 1)]
C["portal-2026-08-04-24"] = [
    E("projectile attack", 1, "shell", "ASSAULT", "occurred", None, "Civilians (International)", "2026-08-04",
      L("Hodeidah", "YE", "Al Hudaydah", 2), 0)]
C["portal-2026-08-10-14"] = []
C["portal-2026-08-12-35"] = []
C["portal-2026-08-16-42"] = [
    E("shooting", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (Spain)", "Civilians (Spain)",
      "2026-08-16", L("Isla Cristina", "ES", "Andalusia", 1), 3)]
C["portal-2026-08-21-18"] = [
    E("raid", 1, "clash", "ASSAULT", "occurred", "Military Forces of Pakistan", "Tehrik-i-Taliban Pakistan",
      "2026-08-21", L("Khyber Pakhtunkhwa", "PK", "Khyber Pakhtunkhwa", 3), 49)]

if __name__ == "__main__":
    run(IN, OUT, C, partial_ok=False)
