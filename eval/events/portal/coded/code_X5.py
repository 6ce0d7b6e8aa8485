#!/usr/bin/env python3
"""Annotator X5 codes for batch-X5.jsonl (Portal:Current events, training round).
Standard library only. Each event keeps its trigger phrase + occurrence number;
UTF-8 byte offsets are computed and checked here."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

TAXONOMY = {
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
MODALITIES = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"}

AB = {
    "CLASH": ("Battles", "Armed clash"),
    "GRT": ("Battles", "Government regains territory"),
    "NSO": ("Battles", "Non-state actor overtakes territory"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike"),
    "SHELL": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "SUICIDE": ("Explosions/Remote violence", "Suicide bomb"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "CHEM": ("Explosions/Remote violence", "Chemical weapon"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT": ("Violence against civilians", "Abduction/forced disappearance"),
    "SEXV": ("Violence against civilians", "Sexual violence"),
    "PEACEFUL": ("Protests", "Peaceful protest"),
    "INTERV": ("Protests", "Protest with intervention"),
    "EXCESS": ("Protests", "Excessive force against protesters"),
    "RIOT": ("Riots", "Violent demonstration"),
    "MOB": ("Riots", "Mob violence"),
    "AGREE": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE": ("Strategic developments", "Change to group/activity"),
    "DWU": ("Strategic developments", "Disrupted weapons use"),
    "HQ": ("Strategic developments", "Headquarters or base established"),
    "LOOT": ("Strategic developments", "Looting/property destruction"),
    "NVT": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
}
DEFAULT_PLOVER = {
    "Battles": "ASSAULT", "Explosions/Remote violence": "ASSAULT", "Violence against civilians": "ASSAULT",
    "Riots": "PROTEST", "Protests": "PROTEST",
    ("Strategic developments", "Agreement"): "AGREE", ("Strategic developments", "Arrests"): "COERCE",
    ("Strategic developments", "Change to group/activity"): "MOBILIZE",
    ("Strategic developments", "Disrupted weapons use"): "COERCE",
    ("Strategic developments", "Headquarters or base established"): "MOBILIZE",
    ("Strategic developments", "Looting/property destruction"): "COERCE",
    ("Strategic developments", "Non-violent transfer of territory"): "RETREAT",
    ("Strategic developments", "Other"): "COERCE",
}
PUB = "P"  # sentinel: the item's published date


def L(name, cc, admin1=None, p=1):
    return {"name": name, "country": cc, "admin1": admin1, "precision": p}


def E(t, trig, occ=1, a1=None, a2=None, loc=None, fat=None, date=PUB, mod="occurred", bg=False, plover=None):
    et, st = AB[t]
    if plover is None:
        plover = DEFAULT_PLOVER.get((et, st)) or DEFAULT_PLOVER.get(et)
        if et == "Protests" and st == "Excessive force against protesters":
            plover = "ASSAULT"
    if bg and date == PUB:
        date = None
    return {"event_type": et, "sub_event_type": st, "plover": plover, "modality": mod,
            "actor1": a1, "actor2": a2, "date": date, "location": loc, "fatalities": fat,
            "background": bg, "_trig": trig, "_occ": occ}


def find_occ(text, trig, occ):
    b = text.encode()
    t = trig.encode()
    pos = -1
    for _ in range(occ):
        pos = b.find(t, pos + 1)
        if pos < 0:
            raise SystemExit(f"trigger {trig!r} occurrence {occ} not found")
    return pos, pos + len(t)


def check_event(iid, e, published):
    if e["event_type"] not in TAXONOMY or e["sub_event_type"] not in TAXONOMY[e["event_type"]]:
        raise SystemExit(f"{iid}: bad type {e['event_type']}/{e['sub_event_type']}")
    if e["plover"] not in PLOVER:
        raise SystemExit(f"{iid}: bad plover {e['plover']}")
    if e["modality"] not in MODALITIES:
        raise SystemExit(f"{iid}: bad modality {e['modality']}")
    d = e["date"]
    if d is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d):
        raise SystemExit(f"{iid}: bad date {d}")
    loc = e["location"]
    if loc is not None:
        if not re.fullmatch(r"[A-Z]{2}", loc["country"]) or loc["precision"] not in (1, 2, 3, 4):
            raise SystemExit(f"{iid}: bad location {loc}")
    if e["fatalities"] is not None and (not isinstance(e["fatalities"], int) or e["fatalities"] < 0):
        raise SystemExit(f"{iid}: bad fatalities")
    if not isinstance(e["background"], bool):
        raise SystemExit(f"{iid}: bad background")


def build(item, evs):
    out = []
    for e in evs:
        e = dict(e)
        trig, occ = e.pop("_trig"), e.pop("_occ")
        if e["date"] == PUB:
            e["date"] = item["published"]
        s, en = find_occ(item["text"], trig, occ)
        e["evidence"] = {"start": s, "end": en, "text": trig}
        if item["text"].encode()[s:en].decode() != e["evidence"]["text"]:
            raise SystemExit(f"{item['id']}: evidence mismatch")
        check_event(item["id"], e, item["published"])
        out.append(e)
    return out


def run(inp, outp, codes, require_all=False):
    items = [json.loads(l) for l in open(inp, encoding="utf-8") if l.strip()]
    ids = {it["id"] for it in items}
    unknown = set(codes) - ids
    if unknown:
        raise SystemExit(f"unknown ids: {sorted(unknown)}")
    n_items = n_ev = n_empty = 0
    missing = []
    with open(outp, "w", encoding="utf-8") as f:
        for it in items:
            if it["id"] not in codes:
                missing.append(it["id"])
                continue
            it = dict(it)
            it["events"] = build(it, codes[it["id"]])
            n_items += 1
            n_ev += len(it["events"])
            n_empty += not it["events"]
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    if require_all and missing:
        raise SystemExit(f"not coded: {missing}")
    print(f"{outp}: {n_items} items coded, {n_ev} events, {n_empty} empty, {len(missing)} not yet coded")


ISR = "Military Forces of Israel"
RUS = "Military Forces of Russia"
UKR = "Military Forces of Ukraine"
USA = "Military Forces of the United States"
RSF = "Rapid Support Forces"
CPS = "Civilians (Palestine)"
CUA = "Civilians (Ukraine)"
CSD = "Civilians (Sudan)"
SET = "Settlers (Israel)"
HOU = "Houthis (Ansar Allah)"
GAZA = L("Gaza Strip", "PS", "Gaza Strip", 3)
WB = "West Bank"
JNIM = "JNIM: Jama'at Nasr al-Islam wal-Muslimin"

def UAG(c): return f"Unidentified Armed Group ({c})"
def CIV(c): return f"Civilians ({c})"

CODES = {
"portal-2025-01-02-18": [E("AIR", "airstrike", a1=ISR, a2=CPS, loc=L("al-Mawasi", "PS", "Gaza Strip", 1), fat=11)],
"portal-2025-01-03-65": [],
"portal-2025-01-04-14": [E("DWU", "shot down", a1=RUS, a2=UKR, mod="foiled")],
"portal-2025-01-05-13": [E("CLASH", "offensive", a1=UKR, a2=RUS, loc=L("Kursk Oblast", "RU", "Kursk", 3))],
"portal-2025-01-06-13": [],
"portal-2025-01-17-17": [
    E("RIOT", "clashes", a1="Rioters (South Sudan)", a2="Police Forces of South Sudan", loc=L("Juba", "SS", "Central Equatoria", 1)),
    E("RIOT", "clashes", a1="Rioters (South Sudan)", a2="Police Forces of South Sudan", loc=L("Aweil", "SS", "Northern Bahr el Ghazal", 1)),
    E("ATTACK", "killing", a1="Military Forces of Sudan", a2=CIV("South Sudan"), loc=L("Wad Madani", "SD", "Al Jazirah", 1), mod="claimed", bg=True)],
"portal-2025-01-19-17": [E("AGREE", "ceasefire agreement", a1="Hamas", a2="Government of Israel", loc=GAZA)],
"portal-2025-01-20-49": [],
"portal-2025-01-26-18": [E("CLASH", "advance", a1="M23: March 23 Movement", loc=L("Goma", "CD", "North Kivu", 1))],
"portal-2025-01-29-20": [],
"portal-2025-02-06-14": [],
"portal-2025-02-06-20": [E("AIR", "guided bomb attack", a1=RUS, a2=CUA, loc=L("Myropillia", "UA", "Sumy", 1), fat=3)],
"portal-2025-02-17-14": [E("NSO", "captured", a1=RUS, a2=UKR, loc=L("Fyholivka", "UA", "Kharkiv", 1), mod="claimed")],
"portal-2025-02-20-25": [E("ABDUCT", "kidnapped", a1="Hamas", a2=CIV("Israel"), loc=L("Nir Oz", "IL", "Southern District", 1), date="2023-10-07", bg=True)],
"portal-2025-02-21-13": [],
"portal-2025-02-26-53": [],
"portal-2025-03-01-34": [E("CLASH", "armed confrontations", a1="Police Forces of Syria", a2="Druze Militia (Syria)", loc=L("Jaramana", "SY", "Rif Dimashq", 1), fat=1)],
"portal-2025-03-06-59": [],
"portal-2025-03-06-60": [E("ARREST", "are arrested", a1="Police Forces of Romania", a2=CIV("Romania"), loc=L("Romania", "RO", None, 4))],
"portal-2025-03-16-12": [E("AIR", "strikes", a1=USA, loc=L("Yemen", "YE", None, 4), fat=53, date="2025-03-15")],
"portal-2025-03-17-13": [E("ATTACK", "massacres", a1=UAG("Syria"), a2=CIV("Syria"), loc=L("coastal Syria", "SY", None, 3), fat=57)],
"portal-2025-03-17-19": [],
"portal-2025-03-21-29": [E("ATTACK", "attack", a1="Islamic State", a2=CIV("Niger"), loc=L("Fambita", "NE", "Tillaberi", 1), fat=44)],
"portal-2025-03-28-20": [E("AIR", "drone attack", a1=RUS, a2=CUA, loc=L("Dnipro", "UA", "Dnipropetrovsk", 1), fat=4)],
"portal-2025-03-31-15": [E("AIR", "drones hit", a1=RUS, a2=CUA, loc=L("Kharkiv", "UA", "Kharkiv", 1))],
"portal-2025-04-03-15": [
    E("AIR", "airstrikes", a1=ISR, a2=CPS, loc=GAZA, fat=73),
    E("AIR", "One of the strikes", a1=ISR, a2=CPS, loc=L("North Gaza", "PS", "Gaza Strip", 3), fat=27)],
"portal-2025-04-06-16": [E("SHELL", "missile strike", a2=CUA, loc=L("Kryvyi Rih", "UA", "Dnipropetrovsk", 1), fat=20, date="2025-04-04")],
"portal-2025-04-07-21": [E("CLASH", "raid", a1="Military Forces of Pakistan", a2="TTP: Tehreek-i-Taliban Pakistan", loc=L("Dera Ismail Khan", "PK", "Khyber Pakhtunkhwa", 1), fat=9)],
"portal-2025-04-12-14": [
    E("ATTACK", "attacks", a1=RSF, a2=CSD, loc=L("Al-Fashir", "SD", "North Darfur", 1)),
    E("ATTACK", "attacks", a1=RSF, a2=CSD, loc=L("Al-Fashir", "SD", "North Darfur", 2))],
"portal-2025-04-14-20": [E("CLASH", "clashes", a1="Communal Militia (Nigeria)", a2="Communal Militia (Nigeria)", loc=L("Plateau State", "NG", "Plateau", 3), fat=51)],
"portal-2025-04-24-17": [E("ATTACK", "shoot and injure", a1=SET, a2=CPS, loc=L("West Bank", "PS", WB, 3))],
"portal-2025-04-24-50": [E("ATTACK", "mass shooting", a1=UAG("United States"), a2=CIV("United States"), loc=L("Highland Park", "US", "Illinois", 1), fat=7, date="2022-07-04", bg=True)],
"portal-2025-04-28-51": [],
"portal-2025-05-02-48": [],
"portal-2025-05-03-50": [],
"portal-2025-05-07-21": [E("ATTACK", "drive-by shooting", a1=UAG("Palestine"), a2=CPS, loc=L("Reihan crossing", "PS", WB, 1))],
"portal-2025-05-07-22": [E("ATTACK", "car ramming and stabbing", a1=UAG("Palestine"), a2=CPS, loc=L("Mount Hebron", "PS", WB, 2), mod="attempted")],
"portal-2025-05-07-35": [E("ATTACK", "mass stabbing attack", a1=UAG("Poland"), a2=CIV("Poland"), loc=L("Warsaw", "PL", "Masovia", 1), fat=1)],
"portal-2025-05-09-13": [E("SHELL", "launched ballistic missiles", a1="Military Forces of India", a2="Military Forces of Pakistan", loc=L("Pakistan", "PK", None, 4), mod="claimed")],
"portal-2025-05-09-15": [E("IED", "improvised explosive device explosion", a1=UAG("Palestine"), a2=ISR, loc=L("Shijaiyah", "PS", "Gaza Strip", 1))],
"portal-2025-05-16-14": [
    E("AIR", "airstrikes", a1=ISR, a2=HOU, loc=L("Hudaydah", "YE", "Al Hudaydah", 1)),
    E("AIR", "airstrikes", a1=ISR, a2=HOU, loc=L("Salif", "YE", "Al Hudaydah", 1))],
"portal-2025-05-17-44": [E("ATTACK", "mass shooting", a1=UAG("United States"), a2=CIV("United States"), loc=L("Seattle", "US", "Washington", 1), fat=3)],
"portal-2025-05-18-48": [],
"portal-2025-05-18-56": [],
"portal-2025-05-23-15": [E("AGREE", "prisoner exchange", a1="Government of Russia", a2="Government of Ukraine")],
"portal-2025-05-23-38": [E("ARREST", "pre-trial detention", a1="Police Forces of Georgia", a2="Coalition for Change", loc=L("Georgia", "GE", None, 4))],
"portal-2025-05-23-47": [],
"portal-2025-05-24-18": [E("CLASH", "operation", a1="Police Forces of India", a2="CPI (Maoist)", loc=L("Latehar", "IN", "Jharkhand", 1), fat=2)],
"portal-2025-05-28-50": [],
"portal-2025-05-30-13": [E("AIR", "drone strike", a1=RSF, a2=CSD, loc=L("El Obeid", "SD", "North Kordofan", 1), fat=6)],
"portal-2025-06-03-14": [E("ATTACK", "killed", a1=ISR, a2=CPS, loc=L("Rafah", "PS", "Gaza Strip", 2), fat=27)],
"portal-2025-06-05-52": [],
"portal-2025-06-06-12": [E("SHELL", "missile and drone attack", a1=RUS, a2=CUA, loc=L("Kyiv", "UA", "Kyiv City", 1), fat=3)],
"portal-2025-06-08-12": [E("ATTACK", "Israeli fire", a1=ISR, a2=CPS, loc=GAZA, fat=12)],
"portal-2025-06-09-37": [E("LOOT", "arson attack", a1=UAG("Czech Republic"), loc=L("Czech Republic", "CZ", None, 4), bg=True)],
"portal-2025-06-13-16": [E("AIR", "targeted", 2, a1=ISR, loc=L("Natanz", "IR", "Isfahan", 1))],
"portal-2025-06-13-19": [],
"portal-2025-06-15-14": [E("AIR", "targeted", a1=ISR, a2="Military Forces of Iran", loc=L("Mashhad", "IR", "Razavi Khorasan", 1))],
"portal-2025-06-15-16": [],
"portal-2025-06-22-15": [
    E("AIR", "strikes", a1=USA, loc=L("Natanz", "IR", "Isfahan", 1)),
    E("AIR", "strikes", a1=USA, loc=L("Fordow", "IR", "Qom", 1))],
"portal-2025-06-22-26": [E("SUICIDE", "detonates an explosive device", a1="Islamic State", a2=CIV("Syria"), loc=L("Damascus", "SY", "Damascus", 1), fat=23)],
"portal-2025-06-27-12": [E("AGREE", "peace agreement", a1="Government of Rwanda", a2="Government of the Democratic Republic of Congo", loc=L("Washington, D.C.", "US", "District of Columbia", 1))],
"portal-2025-06-28-13": [
    E("ATTACK", "kill", a1=ISR, a2=CPS, loc=GAZA, fat=40),
    E("ATTACK", "kill", a1=ISR, a2=CPS, loc=L("Tuffah", "PS", "Gaza Strip", 1), fat=20)],
"portal-2025-07-08-16": [E("AIR", "airstrike", a1=ISR, a2=CIV("Lebanon"), loc=L("Tripoli", "LB", "North", 1), fat=3)],
"portal-2025-07-08-34": [],
"portal-2025-07-26-16": [],
"portal-2025-07-30-15": [E("ATTACK", "killed", a2=CPS, loc=GAZA, fat=71)],
"portal-2025-08-07-39": [],
"portal-2025-08-10-33": [E("ATTACK", "mass shooting", a1=UAG("Ecuador"), a2=CIV("Ecuador"), loc=L("Santa Lucia", "EC", "Guayas", 2), fat=8)],
"portal-2025-08-13-15": [E("AIR", "drone attack", a1="FARC Dissidents", a2="Military Forces of Colombia", loc=L("Naya River", "CO", None, 2), fat=3)],
"portal-2025-08-16-32": [E("ATTACK", "mass shooting", a1=UAG("Italy"), a2=CIV("Italy"), loc=L("Forio", "IT", "Campania", 1), fat=3)],
"portal-2025-08-30-37": [E("ATTACK", "assassinated", a1=UAG("Ukraine"), a2=CUA, loc=L("Lviv", "UA", "Lviv", 1), fat=1)],
"portal-2025-08-30-44": [E("CHANGE", "sworn in", a1=RSF, loc=L("Nyala", "SD", "South Darfur", 1))],
"portal-2025-09-02-17": [
    E("AIR", "airstrikes", a1=ISR, a2=CPS, loc=GAZA),
    E("ATTACK", "shootings", a1=ISR, a2=CPS, loc=GAZA)],
"portal-2025-09-02-49": [],
"portal-2025-09-04-46": [],
"portal-2025-09-06-35": [E("INTERV", "demonstration", a1="Protesters (United Kingdom)", a2="Police Forces of the United Kingdom", loc=L("London", "GB", "England", 1))],
"portal-2025-09-11-50": [E("CLASH", "attack", a1="White Army (Nuer)", loc=L("South Sudan", "SS", None, 4), bg=True)],
"portal-2025-09-12-21": [
    E("ARREST", "arrest", a1="Police Forces of Turkey", a2="Islamic State", loc=L("Istanbul", "TR", "Istanbul", 1)),
    E("ARREST", "arrest", a1="Police Forces of Turkey", a2="Islamic State", loc=L("Ankara", "TR", "Ankara", 1)),
    E("ARREST", "arrest", a1="Police Forces of Turkey", a2="Islamic State", loc=L("Turkey", "TR", None, 4))],
"portal-2025-09-29-20": [E("AIR", "shoots down", a1=UKR, a2=RUS, loc=L("Nadiivka", "UA", "Donetsk", 1), fat=10, mod="claimed")],
"portal-2025-10-01-14": [
    E("ATTACK", "Israeli attacks", a1=ISR, a2=CPS, loc=GAZA),
    E("ATTACK", "Israeli attacks", a1=ISR, a2=CPS, loc=L("Gaza City", "PS", "Gaza Strip", 1))],
"portal-2025-10-03-28": [E("CLASH", "operation", a1="Military Forces of Pakistan", a2=UAG("Pakistan"), loc=L("Sherani", "PK", "Balochistan", 2), fat=7)],
"portal-2025-10-03-55": [],
"portal-2025-10-14-23": [E("IED", "car bomb explosion", a1=UAG("Ecuador"), a2=CIV("Ecuador"), loc=L("Guayaquil", "EC", "Guayas", 1), fat=1)],
"portal-2025-10-14-55": [E("OTHER", "seized power", a1="Military Forces of Madagascar", a2="Government of Madagascar", loc=L("Madagascar", "MG", None, 4), mod="claimed")],
"portal-2025-10-15-24": [E("IED", "Explosive devices detonate", a1=UAG("Ecuador"), loc=L("Ecuador", "EC", None, 4), fat=0)],
"portal-2025-10-20-17": [E("ATTACK", "mass shooting", a1=RUS, a2=CUA, loc=L("Zvanivka", "UA", "Donetsk", 1), fat=5)],
"portal-2025-10-20-44": [],
"portal-2025-10-26-17": [E("NSO", "captured", a1=RSF, a2="Military Forces of Sudan", loc=L("El Fasher", "SD", "North Darfur", 1), mod="claimed")],
"portal-2025-10-26-45": [E("RIOT", "clashes", a1="Rioters (Cameroon)", a2="Police Forces of Cameroon", loc=L("Douala", "CM", "Littoral", 1), fat=4)],
"portal-2025-10-28-54": [E("ATTACK", "mass stabbing", a1=UAG("United Kingdom"), a2=CIV("United Kingdom"), loc=L("London", "GB", "England", 1), fat=1)],
"portal-2025-10-31-28": [E("ATTACK", "assassination", a1=UAG("India"), a2=CIV("India"), loc=L("Chittoor", "IN", "Andhra Pradesh", 1), fat=2, bg=True)],
"portal-2025-11-03-14": [E("AGREE", "in exchange", a1=ISR, a2="Hamas")],
"portal-2025-11-03-16": [
    E("ATTACK", "attacks", a1=SET, a2=CPS, loc=L("Hebron", "PS", WB, 1), fat=1),
    E("ATTACK", "attacks", a1=SET, a2=CPS, loc=L("Beit Furik", "PS", WB, 1), fat=1)],
"portal-2025-11-07-54": [],
"portal-2025-11-10-12": [E("IED", "car bombing", a1=UAG("India"), a2=CIV("India"), loc=L("New Delhi", "IN", "Delhi", 1), fat=13)],
"portal-2025-11-13-16": [E("LOOT", "set fire", a1=SET, a2=CPS, loc=L("Deir Istiya", "PS", WB, 1))],
"portal-2025-11-13-48": [],
"portal-2025-11-14-70": [],
"portal-2025-11-15-12": [E("AIR", "airstrike", a1=USA, fat=3)],
"portal-2025-11-15-17": [E("ATTACK", "drive-by shooting", a1=UAG("Syria"), a2=CIV("Syria"), loc=L("Abu Jarin", "SY", "Aleppo", 1))],
"portal-2025-11-19-24": [E("CLASH", "army raids", a1="Military Forces of Pakistan", a2="TTP: Tehreek-i-Taliban Pakistan", loc=L("Kurram", "PK", "Khyber Pakhtunkhwa", 2), fat=23)],
"portal-2025-11-19-26": [E("CLASH", "attack", a1="JNIM: Jama'at Nasr al-Islam wal-Muslimin", a2="Military Forces of Niger", loc=L("Garbougna", "NE", "Tillaberi", 1), fat=10)],
"portal-2025-11-26-56": [],
"portal-2025-11-26-68": [
    E("OTHER", "coup d'état", a1="Military Forces of Guinea-Bissau", a2="Government of Guinea-Bissau", loc=L("Guinea-Bissau", "GW", None, 4)),
    E("ARREST", "is detained", a1="Military Forces of Guinea-Bissau", a2="Government of Guinea-Bissau", loc=L("Guinea-Bissau", "GW", None, 4))],
"portal-2025-11-28-34": [],
"portal-2025-12-10-64": [],
"portal-2025-12-12-25": [E("ARREST", "pre-trial detention", a1="Police Forces of Bolivia", a2=CIV("Bolivia"), loc=L("La Paz", "BO", "La Paz", 1))],
"portal-2025-12-15-13": [E("AIR", "airstrikes", a1=USA, fat=8)],
"portal-2025-12-23-22": [E("AGREE", "agreement", a1="Government of Yemen", a2=HOU, loc=L("Yemen", "YE", None, 4))],
"portal-2025-12-25-13": [E("AIR", "airstrikes", a1=USA, a2="Islamic State", loc=L("Sokoto State", "NG", "Sokoto", 3))],
"portal-2025-12-25-35": [E("ATTACK", "attack", a1=UAG("Sweden"), a2=CIV("Sweden"), loc=L("Boden", "SE", "Norrbotten", 1), fat=1)],
"portal-2025-12-27-50": [],
"portal-2026-01-14-53": [],
"portal-2026-01-16-34": [E("RIOT", "Clashes", a1="Rioters (Uganda)", a2="Police Forces of Uganda", loc=L("Butambala", "UG", "Central", 2), fat=7)],
"portal-2026-01-17-49": [],
"portal-2026-01-17-57": [],
"portal-2026-01-18-43": [],
"portal-2026-01-25-12": [],
"portal-2026-01-26-58": [],
"portal-2026-01-30-28": [E("ATTACK", "killing", a1=UAG("United States"), a2=CIV("United States"), loc=L("United States", "US", None, 4), fat=1, bg=True)],
"portal-2026-01-31-28": [E("ARREST", "arrest", a1="Police Forces of Iran", a2="Protesters (Iran)", loc=L("Iran", "IR", None, 4), bg=True)],
"portal-2026-02-06-25": [E("SUICIDE", "suicide bombing", a1="Islamic State - Pakistan Province", a2=CIV("Pakistan"), loc=L("Islamabad", "PK", "Islamabad Capital Territory", 1), fat=32)],
"portal-2026-02-08-19": [E("AIR", "airstrikes", a1="Military Forces of Myanmar", a2=CIV("Myanmar"), loc=L("Chin State", "MM", "Chin", 3), fat=3)],
"portal-2026-02-23-21": [E("CLASH", "kill", a1="Military Forces of Nigeria", a2="Lakurawa", loc=L("Mayama Hill", "NG", "Kebbi", 2), fat=5)],
"portal-2026-03-03-39": [],
"portal-2026-03-07-17": [
    E("AIR", "attacks targeting their territories", a1="Military Forces of Iran", loc=L("Bahrain", "BH", None, 4)),
    E("AIR", "attacks targeting their territories", a1="Military Forces of Iran", loc=L("Kuwait", "KW", None, 4)),
    E("AIR", "attacks targeting their territories", a1="Military Forces of Iran", loc=L("Qatar", "QA", None, 4)),
    E("AIR", "attacks targeting their territories", a1="Military Forces of Iran", loc=L("Saudi Arabia", "SA", None, 4)),
    E("AIR", "attacks targeting their territories", a1="Military Forces of Iran", loc=L("United Arab Emirates", "AE", None, 4))],
"portal-2026-03-11-22": [
    E("AIR", "struck", a2=CIV("India"), loc=L("Khor Al Zubair", "IQ", "Basra", 2), fat=1),
    E("AIR", "struck", loc=L("Al-Faw", "IQ", "Basra", 2))],
"portal-2026-03-11-27": [E("AIR", "drones fall", a2=CIV("United Arab Emirates"), loc=L("Dubai", "AE", "Dubai", 1))],
"portal-2026-03-12-14": [],
"portal-2026-03-14-29": [E("GRT", "capture", a1="Military Forces of Afghanistan", a2="Military Forces of Pakistan", loc=L("Kunar", "AF", "Kunar", 3), fat=14, mod="claimed")],
"portal-2026-03-16-24": [E("AIR", "suicide drones", a2="Government of the United States", loc=L("Baghdad", "IQ", "Baghdad", 1), mod="claimed")],
"portal-2026-03-18-21": [
    E("DWU", "intercept", a1="Military Forces of Saudi Arabia", loc=L("Eastern Province", "SA", "Eastern Province", 3), mod="foiled"),
    E("SHELL", "ballistic missiles", loc=L("Riyadh", "SA", "Riyadh", 1))],
"portal-2026-03-18-37": [E("AGREE", "agree", a1="Government of Pakistan", a2="Government of Afghanistan")],
"portal-2026-03-21-15": [E("SHELL", "ballistic missile attacks", a1="Military Forces of Iran", a2=CIV("Israel"), loc=L("Dimona", "IL", "Southern District", 1))],
"portal-2026-03-22-19": [E("LOOT", "destroys", a1=ISR, loc=L("Litani River", "LB", "South", 2))],
"portal-2026-03-22-52": [E("PEACEFUL", "gather", a1="Protesters (Netherlands)", loc=L("Amsterdam", "NL", "North Holland", 1))],
"portal-2026-03-27-20": [
    E("SHELL", "ballistic missile attacks", a1="Military Forces of Iran", a2=CIV("Israel"), loc=L("Central District", "IL", "Central District", 3)),
    E("SHELL", "ballistic missile attacks", a1="Military Forces of Iran", a2=CIV("Israel"), loc=L("Southern District", "IL", "Southern District", 3))],
"portal-2026-03-27-45": [E("ATTACK", "mass stabbing", a1=UAG("Chile"), a2=CIV("Chile"), loc=L("Calama", "CL", "Antofagasta", 1), fat=1)],
"portal-2026-03-27-52": [],
"portal-2026-03-30-24": [
    E("AIR", "drone attacks", a2="Military Forces of Syria", loc=L("Syria", "SY", None, 4)),
    E("DWU", "shot down", a1="Military Forces of Syria", loc=L("Syria", "SY", None, 4), mod="foiled")],
"portal-2026-04-03-17": [],
"portal-2026-04-03-30": [E("AIR", "drone and missile strikes", a1=RUS, a2=CUA, loc=L("Ukraine", "UA", None, 4), fat=6)],
"portal-2026-04-06-31": [
    E("SHELL", "missile strike", a1="Military Forces of Iran", a2=CIV("Israel"), loc=L("Petah Tikva", "IL", "Central District", 1)),
    E("SHELL", "missile strike", a1="Military Forces of Iran", a2=CIV("Israel"), loc=L("Tel Aviv", "IL", "Tel Aviv", 1)),
    E("SHELL", "cluster bomb", a1="Military Forces of Iran", a2=CIV("Israel"), loc=L("Haifa", "IL", "Haifa", 1))],
"portal-2026-04-06-44": [
    E("AIR", "Nighttime attacks", a2=CIV("Iran"), loc=L("Bandar Lengeh", "IR", "Hormozgan", 1)),
    E("AIR", "Nighttime attacks", a2=CIV("Iran"), loc=L("Kong", "IR", "Hormozgan", 1))],
"portal-2026-04-07-31": [],
"portal-2026-04-07-32": [],
"portal-2026-04-07-41": [E("SHELL", "rocket", a2=CIV("Iraq"), loc=L("Basra", "IQ", "Basra", 1), fat=5)],
"portal-2026-04-08-16": [],
"portal-2026-04-08-25": [E("AIR", "drone attack", a1="Military Forces of Iran", loc=L("Kuwait", "KW", None, 4))],
"portal-2026-04-08-44": [],
"portal-2026-04-12-15": [],
"portal-2026-04-13-25": [E("AIR", "airstrike", a1=USA, fat=2)],
"portal-2026-04-20-34": [E("AIR", "drone strikes", a1="FARC Dissidents", a2="Military Forces of Colombia", loc=L("Ipiales", "CO", "Narino", 1), fat=3)],
"portal-2026-04-25-16": [],
"portal-2026-04-26-26": [
    E("NVT", "withdraw", a1="Military Forces of Mali", loc=L("Kidal", "ML", "Kidal", 1)),
    E("CLASH", "attacks", a1=UAG("Mali"), a2="Military Forces of Mali", loc=L("Kidal", "ML", "Kidal", 1), date="2026-04-25", bg=True)],
"portal-2026-04-29-35": [],
"portal-2026-05-01-17": [E("ATTACK", "attacking", a1=UAG("United Kingdom"), a2=CIV("United Kingdom"), loc=L("London", "GB", "England", 1), date="2026-04-29", bg=True)],
"portal-2026-05-01-30": [E("DWU", "safely detonated", a1="Military Forces of the United Kingdom", loc=L("Plymouth", "GB", "England", 1))],
"portal-2026-05-03-30": [E("AIR", "drone strikes", a1=RSF, loc=L("Rabak", "SD", "White Nile", 2))],
"portal-2026-05-08-62": [],
"portal-2026-05-13-25": [E("AIR", "drone strike", a1="Military Forces of Sudan", a2=CSD, loc=L("El Geneina", "SD", "West Darfur", 1), fat=2)],
"portal-2026-05-14-23": [E("AGREE", "sign a deal", a1="Government of Yemen", a2=HOU, loc=L("Amman", "JO", "Amman", 1))],
"portal-2026-05-15-19": [E("AGREE", "agreed to extend their ceasefire", a1="Government of Israel", a2="Government of Lebanon")],
"portal-2026-05-15-26": [E("CLASH", "mass shooting", a1=UAG("Nigeria"), a2="Police Forces of Nigeria", loc=L("Buni Yadi", "NG", "Yobe", 1), fat=17)],
"portal-2026-05-18-28": [
    E("OTHER", "released", a1=RSF, plover="MOBILIZE"),
    E("ARREST", "arrested", a1=RSF, a2=RSF, bg=True),
    E("ATTACK", "massacring", a1=RSF, a2=CSD, loc=L("El Fasher", "SD", "North Darfur", 1), bg=True)],
"portal-2026-05-28-24": [E("ATTACK", "Israeli attacks", a1=ISR, a2=CIV("Lebanon"), loc=L("southern Lebanon", "LB", "South", 3), fat=19)],
"portal-2026-06-04-22": [E("CLASH", "is killed", a2=ISR, loc=L("southern Lebanon", "LB", "South", 3), fat=1)],
"portal-2026-06-08-72": [E("ARREST", "detains", a1="Police Forces of India", a2=CIV("Bangladesh"), loc=L("West Bengal", "IN", "West Bengal", 3))],
"portal-2026-06-11-29": [
    E("AIR", "strikes", a1=USA, loc=L("Bandar Abbas", "IR", "Hormozgan", 1)),
    E("AIR", "strikes", a1=USA, loc=L("Kargan, Minab", "IR", "Hormozgan", 2))],
"portal-2026-06-17-16": [],
"portal-2026-06-17-21": [],
"portal-2026-06-19-20": [E("CLASH", "shootout", a1="Hezbollah", a2=ISR, loc=L("Nabatieh", "LB", "Nabatieh", 2), fat=4)],
"portal-2026-06-28-73": [],
"portal-2026-06-30-15": [],
"portal-2026-06-30-24": [
    E("AIR", "drone attack", a1=UKR, loc=L("Dubna", "RU", "Moscow Oblast", 1)),
    E("AIR", "drone struck", a1=UKR, a2=CIV("Russia"), loc=L("Yegoryevsk", "RU", "Moscow Oblast", 1), fat=1),
    E("AIR", "drone strike", a1=UKR, a2=CIV("Russia"), loc=L("Tver Oblast", "RU", "Tver", 3), fat=1)],
"portal-2026-07-04-16": [
    E("CLASH", "coordinated attacks", a1=JNIM, a2="Military Forces of Mali", loc=L("Aguelhok", "ML", "Kidal", 1)),
    E("CLASH", "coordinated attacks", a1=JNIM, a2="Military Forces of Mali", loc=L("Anefis", "ML", "Kidal", 1)),
    E("CLASH", "coordinated attacks", a1=JNIM, a2="Military Forces of Mali", loc=L("Gao", "ML", "Gao", 1)),
    E("CLASH", "coordinated attacks", a1=JNIM, a2="Military Forces of Mali", loc=L("Sevare", "ML", "Mopti", 1))],
"portal-2026-07-08-20": [E("DWU", "intercepts", a1="Military Forces of Kuwait", a2="Military Forces of Iran", loc=L("Kuwait", "KW", None, 4), mod="foiled")],
"portal-2026-07-08-31": [E("GRT", "recaptured", a1="Military Forces of Sudan", loc=L("Kurmuk", "SD", "Blue Nile", 1), mod="claimed")],
"portal-2026-07-08-39": [E("CLASH", "militant attacks", a1=UAG("Pakistan"), a2="Military Forces of Pakistan", loc=L("Balochistan", "PK", "Balochistan", 3), fat=96, date="2026-07")],
"portal-2026-07-10-15": [E("CLASH", "killed", a1=ISR, a2="Hezbollah", loc=L("Ali al-Taher", "LB", "Nabatieh", 1), fat=1, mod="claimed")],
"portal-2026-07-14-18": [E("SHELL", "fires projectiles", a1="Military Forces of Iran", fat=2)],
"portal-2026-07-14-22": [],
"portal-2026-07-17-17": [E("DWU", "intercepted", a1="Military Forces of Jordan", a2="Military Forces of Iran", loc=L("Jordan", "JO", None, 4), mod="foiled")],
"portal-2026-07-18-26": [],
"portal-2026-07-18-33": [E("CLASH", "ambush", a1=JNIM, a2="Military Forces of Mali", loc=L("Gao Region", "ML", "Gao", 3))],
"portal-2026-07-20-29": [E("DWU", "intercepted", a1="Military Forces of Kuwait", loc=L("Kuwait", "KW", None, 4), mod="foiled")],
"portal-2026-07-30-35": [],
"portal-2026-07-30-86": [],
"portal-2026-08-01-32": [],
"portal-2026-08-01-39": [E("SHELL", "shelling", a1=RSF, loc=L("Jebel Aulia", "SD", "Khartoum", 1), bg=True)],
"portal-2026-08-02-58": [],
"portal-2026-08-03-47": [],
"portal-2026-08-05-56": [],
"portal-2026-08-06-25": [],
"portal-2026-08-07-53": [],
"portal-2026-08-08-22": [
    E("ATTACK", "attacks", a1="SPLM-N: Sudan People's Liberation Movement-North", a2=CSD, loc=L("Kauda", "SD", "South Kordofan", 2), mod="claimed"),
    E("ARREST", "detained", a2=CSD, loc=L("Kauda", "SD", "South Kordofan", 2))],
"portal-2026-08-13-27": [
    E("AIR", "drone attacks", a1=RSF, loc=L("Khartoum", "SD", "Khartoum", 1)),
    E("DWU", "intercepting", a1="Military Forces of Sudan", a2=RSF, loc=L("Khartoum", "SD", "Khartoum", 1), mod="foiled")],
"portal-2026-08-17-16": [E("SHELL", "cruise missile explodes", a1=RUS, loc=L("Stefan Voda", "MD", "Stefan Voda", 2))],
"portal-2026-08-22-26": [],
}

if __name__ == "__main__":
    run(os.path.join(HERE, "batch-X5.jsonl"), os.path.join(HERE, "coded-X5.jsonl"), CODES,
        require_all="--all" in sys.argv)
