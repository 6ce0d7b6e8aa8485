#!/usr/bin/env python3
"""Annotator X3: hand codes for batch-X3.jsonl (Portal:Current events items).

Each code keeps the trigger phrase and its occurrence number in the text; byte offsets
are computed here and checked. Standard library only.
"""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

TAXONOMY = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"}

# (event_type, sub_event_type, plover)
CLASH = ("Battles", "Armed clash", "ASSAULT")
GOVREG = ("Battles", "Government regains territory", "ASSAULT")
NSO = ("Battles", "Non-state actor overtakes territory", "ASSAULT")
AIR = ("Explosions/Remote violence", "Air/drone strike", "ASSAULT")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb", "ASSAULT")
GRENADE = ("Explosions/Remote violence", "Grenade", "ASSAULT")
CHEM = ("Explosions/Remote violence", "Chemical weapon", "ASSAULT")
ATTACK = ("Violence against civilians", "Attack", "ASSAULT")
ABDUCT = ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT")
SEXV = ("Violence against civilians", "Sexual violence", "ASSAULT")
PEACE = ("Protests", "Peaceful protest", "PROTEST")
INTERV = ("Protests", "Protest with intervention", "PROTEST")
EXCESS = ("Protests", "Excessive force against protesters", "ASSAULT")
VDEMO = ("Riots", "Violent demonstration", "PROTEST")
MOB = ("Riots", "Mob violence", "ASSAULT")
ARREST = ("Strategic developments", "Arrests", "COERCE")
AGREEMENT = ("Strategic developments", "Agreement", "AGREE")
CHANGE = ("Strategic developments", "Change to group/activity", "MOBILIZE")
DISRUPT = ("Strategic developments", "Disrupted weapons use", "COERCE")
HQ = ("Strategic developments", "Headquarters or base established", "MOBILIZE")
LOOT = ("Strategic developments", "Looting/property destruction", "COERCE")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory", "RETREAT")
OTHER = ("Strategic developments", "Other", "COERCE")

P = "PUB"   # the page's date
Y = "YEST"  # the day before


def L(name, country, admin1=None, precision=1):
    return {"name": name, "country": country, "admin1": admin1, "precision": precision}


def E(trigger, kind, a1, a2, date, loc, fat, *, occ=1, mod="occurred", bg=False, plover=None):
    """One event code. kind = (event_type, sub_event_type, plover)."""
    return {"trigger": trigger, "occ": occ, "kind": kind, "a1": a1, "a2": a2, "date": date,
            "loc": loc, "fat": fat, "mod": mod, "bg": bg, "plover": plover}


def byte_span(text, trigger, occ):
    b = text.encode()
    t = trigger.encode()
    pos = -1
    for _ in range(occ):
        pos = b.find(t, pos + 1)
        if pos < 0:
            raise ValueError(f"trigger {trigger!r} occurrence {occ} not found")
    return pos, pos + len(t)


def resolve_date(d, published):
    if d == P:
        return published
    if d == Y:
        return (datetime.date.fromisoformat(published) - datetime.timedelta(days=1)).isoformat()
    return d


def build_event(item, c):
    et, st, pl = c["kind"]
    if c["plover"]:
        pl = c["plover"]
    if et not in TAXONOMY or st not in TAXONOMY[et]:
        raise ValueError(f"{item['id']}: bad type {et!r}/{st!r}")
    if pl not in PLOVER:
        raise ValueError(f"{item['id']}: bad PLOVER {pl!r}")
    if c["mod"] not in MODALITIES:
        raise ValueError(f"{item['id']}: bad modality {c['mod']!r}")
    text = item["text"]
    s, e = byte_span(text, c["trigger"], c["occ"])
    ev = {"event_type": et, "sub_event_type": st, "plover": pl, "modality": c["mod"],
          "actor1": c["a1"], "actor2": c["a2"],
          "date": resolve_date(c["date"], item["published"]),
          "location": c["loc"], "fatalities": c["fat"], "background": c["bg"],
          "evidence": {"start": s, "end": e, "text": c["trigger"]}}
    if text.encode()[s:e].decode() != ev["evidence"]["text"]:
        raise ValueError(f"{item['id']}: evidence mismatch")
    loc = ev["location"]
    if loc is not None:
        if not (isinstance(loc.get("country"), str) and len(loc["country"]) == 2) or loc.get("precision") not in (1, 2, 3, 4):
            raise ValueError(f"{item['id']}: bad location {loc}")
    return ev


def run(codes, infile, outfile, require_all=False):
    items = [json.loads(l) for l in open(os.path.join(HERE, infile), encoding="utf-8") if l.strip()]
    ids = {it["id"] for it in items}
    unknown = set(codes) - ids
    if unknown:
        sys.exit(f"ERROR unknown ids in codes: {sorted(unknown)}")
    n_coded = n_ev = n_empty = 0
    with open(os.path.join(HERE, outfile), "w", encoding="utf-8") as out:
        for it in items:
            rec = dict(it)
            if it["id"] in codes:
                try:
                    rec["events"] = [build_event(it, c) for c in codes[it["id"]]]
                except ValueError as ex:
                    sys.exit(f"ERROR {ex}")
                n_coded += 1
                n_ev += len(rec["events"])
                n_empty += not rec["events"]
            else:
                if require_all:
                    sys.exit(f"ERROR item {it['id']} not coded")
                rec["events"] = []
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{outfile}: {len(items)} items, {n_coded} coded, {n_ev} events, {n_empty} coded items with no event")


# ---------------------------------------------------------------------------
# Codes. id -> list of events ([] = no codable event).
IL = "Military Forces of Israel"
RU = "Military Forces of Russia"
CPAL = "Civilians (Palestine)"
CUA = "Civilians (Ukraine)"
GAZA = L("Gaza Strip", "PS", "Gaza Strip", 3)
GAZACITY = L("Gaza City", "PS", "Gaza Strip", 1)

CODES = {
"portal-2025-01-02-22": [E("airstrikes", AIR, "Military Forces of Puntland", "Islamic State (Somalia)", P, L("Bari", "SO", "Bari", 3), None)],
"portal-2025-01-02-51": [],
"portal-2025-01-04-23": [E("capture", NSO, "M23: March 23 Movement", None, P, L("Katale", "CD", "North Kivu", 1), None)],
"portal-2025-01-06-20": [E("bomb blast", IED, "Communist Party of India (Maoist)", "Police Forces of India", P, L("Bijapur", "IN", "Chhattisgarh", 1), 9)],
"portal-2025-01-10-52": [],
"portal-2025-01-10-54": [],
"portal-2025-01-18-13": [E("ballistic missile strike", SHELL, RU, CUA, P, L("Kryvyi Rih", "UA", "Dnipropetrovsk", 1), 4)],
"portal-2025-01-18-18": [E("approves", AGREEMENT, "Government of Israel", None, P, L("Israel", "IL", None, 4), None)],
"portal-2025-01-20-15": [E("attacks", CLASH, "National Liberation Army (ELN)", None, P, L("Catatumbo", "CO", "Norte de Santander", 3), None)],
"portal-2025-01-29-53": [],
"portal-2025-01-29-64": [E("ousted", NSO, "Rebel Forces (Syria)", "Military Forces of Syria", None, L("Syria", "SY", None, 4), None, bg=True)],
"portal-2025-02-06-47": [],
"portal-2025-02-25-53": [],
"portal-2025-02-26-15": [E("fighting", CLASH, "Military Forces of Sudan", "Rapid Support Forces", P, L("Zamzam", "SD", "North Darfur", 2), None)],
"portal-2025-02-26-52": [E("is detained", ARREST, "Police Forces of Romania", "Civilians (Romania)", P, L("Romania", "RO", None, 4), None)],
"portal-2025-03-01-19": [E("are found dead", ATTACK, "Unidentified Armed Group (Colombia)", "Civilians (Colombia)", P, L("Orú", "CO", "Norte de Santander", 2), 3)],
"portal-2025-03-01-25": [],
"portal-2025-03-05-18": [],
"portal-2025-03-06-58": [],
"portal-2025-03-17-16": [
    E("clashes", CLASH, "Military Forces of Syria", "Hezbollah", P, L("Lebanon–Syria border", "SY", None, 3), None),
    E("killing them", ATTACK, "Hezbollah", "Military Forces of Syria", None, L("Lebanon–Syria border", "SY", None, 3), 3, mod="claimed", bg=True)],
"portal-2025-03-17-22": [E("drone strike", AIR, None, "Civilians (Russia)", P, L("Astrakhan Oblast", "RU", "Astrakhan", 3), None)],
"portal-2025-03-17-24": [E("arson attack", LOOT, "Military Forces of Russia", None, None, L("Vilnius", "LT", "Vilnius", 1), None, mod="claimed", bg=True)],
"portal-2025-03-19-19": [
    E("enter", NSO, "M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo", P, L("Walikale", "CD", "North Kivu", 1), None),
    E("overrunning", CLASH, "M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo", P, L("Walikale", "CD", "North Kivu", 2), None)],
"portal-2025-04-03-55": [E("failed car bombing", SUICIDE, "Unidentified Armed Group (Netherlands)", "Civilians (Netherlands)", P, L("Amsterdam", "NL", "North Holland", 1), 0, mod="attempted")],
"portal-2025-04-11-13": [],
"portal-2025-04-12-21": [E("mass shooting", ATTACK, "Baloch Nationalist Army", "Civilians (Pakistan)", P, L("Mehrestan", "IR", "Sistan and Baluchestan", 1), 8)],
"portal-2025-04-14-18": [],
"portal-2025-04-16-52": [E("announces the establishment", CHANGE, "Rapid Support Forces", None, P, L("Sudan", "SD", None, 4), None)],
"portal-2025-04-18-31": [E("were shot", ATTACK, "Unidentified Armed Group (United States)", "Civilians (United States)", P, L("Garland", "US", "Texas", 1), 1)],
"portal-2025-04-19-28": [],
"portal-2025-04-24-24": [E("seize", NSO, "Al Shabaab", "Clan Militia (Somalia)", P, L("Wargaadhi", "SO", "Middle Shabelle", 1), 52)],
"portal-2025-04-30-38": [E("is shot to death", ATTACK, "Unidentified Armed Group (Kenya)", "Civilians (Kenya)", P, L("Nairobi", "KE", "Nairobi", 1), 1)],
"portal-2025-05-04-36": [
    E("are found dead", ATTACK, "Unidentified Armed Group (Peru)", "Civilians (Peru)", P, L("Pataz", "PE", "La Libertad", 3), 13),
    E("abducted", ABDUCT, "Unidentified Armed Group (Peru)", "Civilians (Peru)", None, L("Pataz", "PE", "La Libertad", 3), None, bg=True)],
"portal-2025-05-07-15": [E("airstrikes", AIR, None, None, None, L("Punjab", "PK", "Punjab", 3), None, bg=True)],
"portal-2025-05-10-19": [E("ceasefire", AGREEMENT, "Military Forces of India", "Military Forces of Pakistan", P, None, None)],
"portal-2025-05-10-20": [],
"portal-2025-05-16-16": [E("shoots him", ATTACK, "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", P, L("Sargodha", "PK", "Punjab", 1), 1)],
"portal-2025-05-17-12": [E("strikes", AIR, IL, CPAL, P, GAZA, 150)],
"portal-2025-05-17-45": [E("mass shooting", ATTACK, "Unidentified Armed Group (South Africa)", "Civilians (South Africa)", P, L("Umlazi", "ZA", "KwaZulu-Natal", 1), 8)],
"portal-2025-05-17-51": [],
"portal-2025-05-24-12": [E("fires two ballistic missiles", SHELL, RU, CUA, P, L("Odesa", "UA", "Odesa", 1), 2)],
"portal-2025-05-25-28": [],
"portal-2025-05-26-32": [E("mass shooting", ATTACK, "Unidentified Armed Group (United States)", "Civilians (United States)", P, L("Philadelphia", "US", "Pennsylvania", 1), 2)],
"portal-2025-05-26-33": [],
"portal-2025-05-28-13": [],
"portal-2025-05-28-41": [E("mass stabbing rampage", ATTACK, "Unidentified Armed Group (Russia)", "Civilians (Russia)", P, L("Irkutsk", "RU", "Irkutsk", 1), 5)],
"portal-2025-05-28-46": [],
"portal-2025-06-01-18": [E("drone attack", AIR, RU, CUA, P, L("Ukraine", "UA", None, 4), None)],
"portal-2025-06-05-14": [E("drone strike", AIR, RU, CUA, P, L("Kharkiv", "UA", "Kharkiv", 1), None)],
"portal-2025-06-11-15": [E("abducted", ABDUCT, "Unidentified Armed Group (Palestine)", "Civilians (Israel)", "2023-10-07", L("Israel", "IL", None, 4), None, bg=True)],
"portal-2025-06-11-20": [E("drone attacks", AIR, RU, CUA, P, L("Kharkiv", "UA", "Kharkiv", 1), 3)],
"portal-2025-06-11-50": [],
"portal-2025-06-13-17": [E("missile strikes", SHELL, None, "Civilians (Iran)", P, L("Tehran", "IR", "Tehran", 1), None)],
"portal-2025-06-19-15": [
    E("ballistic missile", SHELL, "Military Forces of Iran", "Civilians (Israel)", P, L("Beersheba", "IL", "Southern", 1), None),
    E("strikes", SHELL, "Military Forces of Iran", None, P, L("Central Israel", "IL", "Central", 3), None)],
"portal-2025-06-22-16": [],
"portal-2025-06-30-13": [E("kill", ATTACK, IL, CPAL, P, GAZA, 74)],
"portal-2025-07-03-35": [E("go on strike", PEACE, "Protesters (France)", None, P, L("France", "FR", None, 4), None)],
"portal-2025-07-16-14": [E("opened fire", ATTACK, IL, CPAL, P, GAZA, 21, mod="claimed")],
"portal-2025-07-17-12": [E("strikes", AIR, IL, CPAL, P, GAZACITY, 3)],
"portal-2025-07-22-14": [E("gang attack", CLASH, "Unidentified Gang (Haiti)", "Police Forces of Haiti", P, L("Liancourt", "HT", "Artibonite", 1), 3)],
"portal-2025-07-27-17": [
    E("seizes control", NSO, "Al Shabaab", "Military Forces of Somalia", P, L("Mahaas", "SO", "Hiiraan", 1), None),
    E("suicide bombings", SUICIDE, "Al Shabaab", "Military Forces of Somalia", P, L("Mahaas", "SO", "Hiiraan", 2), None)],
"portal-2025-08-04-38": [],
"portal-2025-08-07-13": [
    E("attack", CLASH, "M23: March 23 Movement", "Decisive Movement for the Liberation of Congo", P, L("Kamakombe", "CD", None, 1), None),
    E("attack", CLASH, "M23: March 23 Movement", "Decisive Movement for the Liberation of Congo", P, L("Kasheke", "CD", None, 1), None)],
"portal-2025-08-07-38": [],
"portal-2025-08-10-13": [E("strike", AIR, IL, CPAL, P, GAZACITY, 7)],
"portal-2025-08-13-46": [],
"portal-2025-08-13-48": [],
"portal-2025-08-13-49": [],
"portal-2025-08-26-43": [E("are shot and killed", ATTACK, "Unidentified Armed Group (Australia)", "Police Forces of Australia", P, L("Porepunkah", "AU", "Victoria", 1), 2)],
"portal-2025-08-26-50": [],
"portal-2025-08-26-52": [],
"portal-2025-08-30-35": [
    E("protests", VDEMO, "Rioters (Indonesia)", None, P, L("Indonesia", "ID", None, 4), 3),
    E("attacked by a crowd", MOB, "Rioters (Indonesia)", "Civilians (Indonesia)", P, L("Indonesia", "ID", None, 4), 1)],
"portal-2025-09-04-53": [],
"portal-2025-10-03-26": [E("seize", NSO, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", None, P, L("Kirawa", "NG", "Borno", 1), None)],
"portal-2025-10-03-64": [],
"portal-2025-10-03-66": [E("protest", INTERV, "Protesters (Maldives)", "Police Forces of Maldives", P, L("Malé", "MV", "Malé", 1), None)],
"portal-2025-10-05-14": [E("attacks", AIR, IL, CPAL, P, GAZA, 24)],
"portal-2025-10-08-35": [],
"portal-2025-10-12-13": [
    E("clashes", CLASH, "Military Forces of Pakistan", "Military Forces of Afghanistan", P, L("Afghanistan–Pakistan border", "PK", None, 3), 32),
    E("captured", NSO, "Military Forces of Pakistan", "Military Forces of Afghanistan", P, L("Afghanistan–Pakistan border", "AF", None, 3), None, mod="claimed")],
"portal-2025-10-18-14": [E("struck", SHELL, None, "Civilians (Yemen)", P, L("Aden", "YE", "Aden", 2), None)],
"portal-2025-10-20-35": [
    E("arrest", ARREST, "Police Forces of Armenia", "Government of Armenia", P, L("Gyumri", "AM", "Shirak", 1), None),
    E("protests", INTERV, "Protesters (Armenia)", "Police Forces of Armenia", P, L("Gyumri", "AM", "Shirak", 1), None)],
"portal-2025-10-28-17": [E("airstrikes", AIR, IL, CPAL, P, GAZACITY, 104)],
"portal-2025-10-28-52": [],
"portal-2025-11-03-71": [E("deadly protests", EXCESS, None, "Protesters (Tanzania)", None, L("Tanzania", "TZ", None, 4), None, bg=True)],
"portal-2025-11-15-41": [],
"portal-2025-11-19-60": [],
"portal-2025-11-20-12": [E("attacks", AIR, IL, CPAL, P, L("Khan Yunis", "PS", "Gaza Strip", 1), 5)],
"portal-2025-11-22-14": [
    E("airstrike", AIR, IL, "Civilians (Lebanon)", P, L("Zawtar al-Sharqiyah", "LB", "Nabatieh", 1), 1),
    E("attacks", AIR, IL, None, P, L("Kafr Rumman", "LB", "Nabatieh", 1), None)],
"portal-2025-11-26-62": [],
"portal-2025-11-28-33": [],
"portal-2025-11-30-43": [E("gather", PEACE, "Protesters (Spain)", None, P, L("Madrid", "ES", "Madrid", 1), None)],
"portal-2025-12-10-50": [],
"portal-2025-12-10-60": [E("protests", PEACE, "Protesters (Bulgaria)", None, P, L("Bulgaria", "BG", None, 4), None)],
"portal-2025-12-10-62": [E("protests", PEACE, "Protesters (Honduras)", None, P, L("Honduras", "HN", None, 4), None)],
"portal-2025-12-10-66": [],
"portal-2025-12-11-45": [],
"portal-2025-12-17-13": [E("attack", ATTACK, "Unidentified Armed Group (Australia)", "Civilians (Australia)", None, L("Bondi Beach", "AU", "New South Wales", 1), 15, bg=True)],
"portal-2025-12-17-16": [E("attacked", AIR, "Military Forces of the United States", "Civilians (International)", P, None, 4)],
"portal-2025-12-21-12": [],
"portal-2025-12-21-34": [E("mass shooting", ATTACK, "Unidentified Armed Group (South Africa)", "Civilians (South Africa)", P, L("Bekkersdal", "ZA", "Gauteng", 1), 9)],
"portal-2025-12-23-13": [E("break into", ATTACK, "Settlers (Israel)", CPAL, P, L("West Bank", "PS", "West Bank", 3), None)],
"portal-2025-12-23-20": [E("detonates a bomb", IED, "Tehrik-i-Taliban Pakistan", "Police Forces of Pakistan", P, L("Karak", "PK", "Khyber Pakhtunkhwa", 1), 5)],
"portal-2025-12-23-48": [],
"portal-2025-12-29-41": [E("Protests", PEACE, "Protesters (Iran)", None, P, L("Tehran", "IR", "Tehran", 1), None)],
"portal-2026-01-04-28": [],
"portal-2026-01-12-13": [E("assassinated", ATTACK, "Counter-Terrorism Strike Force", "Hamas", P, L("Khan Yunis", "PS", "Gaza Strip", 1), 1, mod="claimed")],
"portal-2026-01-13-13": [],
"portal-2026-01-16-12": [E("are killed", CLASH, "Balochistan Liberation Army", "Military Forces of Pakistan", P, L("Kharan", "PK", "Balochistan", 2), 12)],
"portal-2026-01-17-16": [E("withdraws", TRANSFER, "Military Forces of the United States", "Military Forces of Iraq", P, L("Al-Asad Airbase", "IQ", "Al Anbar", 1), None)],
"portal-2026-01-18-44": [],
"portal-2026-01-19-14": [
    E("Heavy fighting", CLASH, "Military Forces of Syria", "SDF: Syrian Democratic Forces", P, L("Kobani", "SY", "Aleppo", 2), None),
    E("capture", GOVREG, "Military Forces of Syria", "SDF: Syrian Democratic Forces", P, L("Ayn Issa", "SY", "Raqqa", 1), None),
    E("capture", GOVREG, "Military Forces of Syria", "SDF: Syrian Democratic Forces", P, L("Sarrin", "SY", "Aleppo", 1), None),
    E("ceasefire", AGREEMENT, "Military Forces of Syria", "SDF: Syrian Democratic Forces", Y, L("Syria", "SY", None, 4), None, bg=True)],
"portal-2026-01-20-42": [],
"portal-2026-01-30-12": [
    E("shootouts", CLASH, "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)", P, L("Harnai", "PK", "Balochistan", 2), None),
    E("shootouts", CLASH, "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)", P, L("Panjgur", "PK", "Balochistan", 2), None)],
"portal-2026-01-30-34": [],
"portal-2026-02-01-41": [],
"portal-2026-02-02-50": [],
"portal-2026-02-08-66": [],
"portal-2026-02-11-22": [E("withdraws", TRANSFER, "Military Forces of the United States", "Military Forces of Syria", P, L("al-Tanf", "SY", "Homs", 1), None)],
"portal-2026-02-23-27": [E("clashes", CLASH, "Rapid Support Forces", "Pro-Government Militia (Sudan)", P, L("Chad–Sudan border", "TD", None, 3), 8)],
"portal-2026-02-23-29": [E("attack", ATTACK, "Rapid Support Forces", "Civilians (Sudan)", P, L("Misteriha", "SD", "North Darfur", 1), 28)],
"portal-2026-02-23-34": [E("shot them dead", ATTACK, "Pro-Government Militia (South Sudan)", "Civilians (South Sudan)", P, L("South Sudan", "SS", None, 4), 12)],
"portal-2026-03-06-21": [],
"portal-2026-03-11-14": [],
"portal-2026-03-11-16": [E("is hit by two Iranian missiles", SHELL, "Military Forces of Iran", "Civilians (Thailand)", P, L("Strait of Hormuz", "IR", None, 2), None)],
"portal-2026-03-11-55": [E("fatal stabbing", ATTACK, "Unidentified Armed Group (Albania)", "Civilians (Albania)", None, L("Albania", "AL", None, 4), 1, bg=True)],
"portal-2026-03-11-56": [],
"portal-2026-03-12-24": [E("drone attack", AIR, "Military Forces of Iran", "Military Forces of France", P, L("Erbil", "IQ", "Erbil", 1), 1)],
"portal-2026-03-12-33": [E("is struck", SHELL, None, "Military Forces of Italy", P, L("Erbil", "IQ", "Erbil", 1), 0)],
"portal-2026-03-21-22": [],
"portal-2026-03-25-37": [E("struck", AIR, "Military Forces of the United States", "Civilians (International)", P, None, 4)],
"portal-2026-03-28-17": [E("airstrike", AIR, None, "Popular Mobilization Forces", P, L("Kirkuk", "IQ", "Kirkuk", 1), 1)],
"portal-2026-03-30-34": [],
"portal-2026-03-31-15": [],
"portal-2026-04-01-15": [E("is hit", AIR, "Military Forces of Iran", None, P, L("Kuwait International Airport", "KW", "Farwaniya", 1), None)],
"portal-2026-04-01-26": [E("shot down", DISRUPT, "Military Forces of Iran", "Military Forces of the United States", P, L("Iran", "IR", None, 4), None, mod="foiled")],
"portal-2026-04-04-27": [E("missile strike", SHELL, IL, "Civilians (Iran)", P, L("Bandar-e Mahshahr", "IR", "Khuzestan", 1), 5)],
"portal-2026-04-06-52": [E("attacks", AIR, IL, "Civilians (Lebanon)", P, L("Southern Lebanon", "LB", None, 3), 10)],
"portal-2026-04-06-54": [],
"portal-2026-04-06-59": [],
"portal-2026-04-07-18": [],
"portal-2026-04-07-30": [E("ballistic missile strikes", SHELL, "Military Forces of Iran", "Civilians (Pakistan)", P, L("Sharjah", "AE", "Sharjah", 1), None)],
"portal-2026-04-07-53": [E("kill", ATTACK, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", P, L("Shiroro", "NG", "Niger", 2), 50)],
"portal-2026-04-08-38": [],
"portal-2026-04-08-43": [],
"portal-2026-04-10-59": [E("throwing a Molotov cocktail", ATTACK, "Unidentified Armed Group (United States)", "Civilians (United States)", P, L("United States", "US", None, 4), 0)],
"portal-2026-04-12-56": [],
"portal-2026-04-13-23": [
    E("airstrikes", AIR, IL, "Civilians (Lebanon)", P, L("Tyre", "LB", "South", 1), None),
    E("airstrikes", AIR, IL, "Civilians (Lebanon)", P, L("Southern Lebanon", "LB", None, 3), None)],
"portal-2026-04-13-68": [],
"portal-2026-04-20-17": [],
"portal-2026-04-20-27": [E("strikes", AIR, IL, CPAL, P, GAZA, 5)],
"portal-2026-04-25-29": [E("seized control", NSO, "Tuareg Rebels (Mali)", "Military Forces of Mali", P, L("Kidal", "ML", "Kidal", 1), None, mod="claimed")],
"portal-2026-04-25-50": [E("bombing", IED, "Unidentified Armed Group (Colombia)", "Civilians (Colombia)", P, L("Cauca", "CO", "Cauca", 3), 14)],
"portal-2026-04-25-51": [E("intercommunal clashes", CLASH, "Communal Militia (Chad)", "Communal Militia (Chad)", P, L("Guéréda", "TD", "Wadi Fira", 1), 42)],
"portal-2026-04-26-17": [],
"portal-2026-04-26-30": [E("drone attack", AIR, None, "Civilians (Sudan)", P, L("North Darfur", "SD", "North Darfur", 3), None)],
"portal-2026-04-29-37": [E("open fire", CLASH, "Unidentified Armed Group (Iran)", "Police Forces of Iran", P, L("Zahedan", "IR", "Sistan and Baluchestan", 1), 3)],
"portal-2026-05-01-63": [E("clash", VDEMO, "Rioters (Australia)", "Police Forces of Australia", P, L("Alice Springs", "AU", "Northern Territory", 1), None)],
"portal-2026-05-05-66": [],
"portal-2026-05-13-74": [],
"portal-2026-05-14-21": [
    E("Heavy fighting", CLASH, "Military Forces of Somalia", "Military Forces of South West State (Somalia)", P, L("Baidoa", "SO", "Bay", 1), None),
    E("roadside ambush", CLASH, "Unidentified Armed Group (Somalia)", "Military Forces of Somalia", P, L("Baidoa", "SO", "Bay", 2), 2)],
"portal-2026-05-15-16": [],
"portal-2026-05-27-28": [],
"portal-2026-05-30-26": [E("clashes", CLASH, "Military Forces of Somalia", "Military Forces of South West State (Somalia)", P, L("Baidoa", "SO", "Bay", 1), 8)],
"portal-2026-06-04-16": [],
"portal-2026-06-04-60": [],
"portal-2026-06-16-57": [
    E("thwarted", DISRUPT, "Police Forces of the United States", "Unidentified Armed Group (United States)", P, L("Washington", "US", "District of Columbia", 1), None, mod="foiled"),
    E("arrested", ARREST, "Police Forces of the United States", "Unidentified Armed Group (United States)", P, L("United States", "US", None, 4), None)],
"portal-2026-06-16-59": [E("seized power", OTHER, "Mutiny of Military Forces of Central African Republic", "Government of Central African Republic", None, L("Central African Republic", "CF", None, 4), None, bg=True)],
"portal-2026-06-17-45": [],
"portal-2026-06-18-33": [],
"portal-2026-06-19-19": [E("agreed", AGREEMENT, IL, "Hezbollah", P, L("Lebanon", "LB", None, 4), None)],
"portal-2026-06-19-21": [E("Israeli attack", AIR, IL, "Civilians (Lebanon)", "2026-06-05", L("Southern Lebanon", "LB", None, 3), 1)],
"portal-2026-06-21-50": [],
"portal-2026-06-24-57": [],
"portal-2026-06-28-26": [],
"portal-2026-06-28-33": [E("destroyed", DISRUPT, IL, "Hezbollah", P, L("Majdal Zoun", "LB", "South", 1), None)],
"portal-2026-06-30-21": [],
"portal-2026-07-04-13": [],
"portal-2026-07-05-18": [],
"portal-2026-07-08-33": [],
"portal-2026-07-08-84": [],
"portal-2026-07-13-15": [
    E("hit", AIR, "Military Forces of Iran", None, P, L("Ali Al Salem Air Base", "KW", "Al Jahra", 1), None, mod="claimed"),
    E("hit", AIR, "Military Forces of Iran", None, P, L("Ahmad al-Jaber Air Base", "KW", "Al Ahmadi", 1), None, mod="claimed")],
"portal-2026-07-13-25": [],
"portal-2026-07-16-69": [
    E("Protests", PEACE, "Protesters (Ukraine)", None, P, L("Kyiv", "UA", "Kyiv City", 1), None),
    E("Protests", PEACE, "Protesters (Ukraine)", None, P, L("Ukraine", "UA", None, 4), None)],
"portal-2026-07-20-75": [E("baton-charge", INTERV, "Protesters (India)", "Police Forces of India", P, L("New Delhi", "IN", "Delhi", 1), None)],
"portal-2026-07-20-79": [],
"portal-2026-07-23-19": [
    E("strikes", AIR, "Military Forces of the United States", None, P, L("Ahvaz", "IR", "Khuzestan", 1), None),
    E("strikes", AIR, "Military Forces of the United States", None, P, L("Bandar Abbas", "IR", "Hormozgan", 1), None),
    E("strikes", AIR, "Military Forces of the United States", None, P, L("Qeshm Island", "IR", "Hormozgan", 2), None)],
"portal-2026-07-23-61": [],
"portal-2026-08-01-22": [E("airstrikes", AIR, IL, CPAL, P, GAZACITY, 3)],
"portal-2026-08-05-17": [],
"portal-2026-08-05-19": [E("strikes", AIR, IL, None, P, L("Southern Lebanon", "LB", None, 3), None)],
"portal-2026-08-08-17": [E("drone strike", AIR, RU, CUA, P, L("Kyiv", "UA", "Kyiv City", 1), 3)],
"portal-2026-08-09-14": [],
"portal-2026-08-09-21": [E("attack", CLASH, "Unidentified Armed Group (Mali)", "Military Forces of Mali", P, L("San", "ML", "Ségou", 1), None)],
"portal-2026-08-11-15": [],
"portal-2026-08-11-29": [],
"portal-2026-08-12-14": [
    E("drone strikes", AIR, "Rapid Support Forces", None, P, L("Khartoum", "SD", "Khartoum", 1), None),
    E("drone strikes", AIR, "Rapid Support Forces", None, P, L("Bahri", "SD", "Khartoum", 1), None),
    E("drone strikes", AIR, "Rapid Support Forces", None, P, L("Omdurman", "SD", "Khartoum", 1), None),
    E("drone strikes", AIR, "Rapid Support Forces", None, P, L("Ad-Damir", "SD", "River Nile", 1), None),
    E("drone strikes", AIR, "Rapid Support Forces", None, P, L("Atbara", "SD", "River Nile", 1), None)],
"portal-2026-08-12-18": [E("drone strike", AIR, None, None, P, L("Zawiya", "LY", "Zawiya", 1), None)],
"portal-2026-08-13-14": [E("attacked", AIR, "Military Forces of Iran", "Civilians (United Arab Emirates)", P, L("Strait of Hormuz", "IR", None, 2), None)],
"portal-2026-08-17-13": [E("drone attack", AIR, "Military Forces of Iran", "Government of Kurdistan Region", P, L("Kurdistan Region", "IQ", None, 3), 0)],
"portal-2026-08-18-15": [E("missiles fired", SHELL, "Military Forces of Iran", None, P, L("United Arab Emirates", "AE", None, 4), None)],
}

if __name__ == "__main__":
    run(CODES, "batch-X3.jsonl", "coded-X3.jsonl", require_all=True)
