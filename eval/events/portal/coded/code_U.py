#!/usr/bin/env python3
"""Annotator U: hand codes for batch-U.jsonl -> coded-U.jsonl (standard library only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
IN = os.path.join(HERE, "batch-U.jsonl")
OUT = os.path.join(HERE, "coded-U.jsonl")

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
SHORT = {
    "clash": ("Battles", "Armed clash"), "regain": ("Battles", "Government regains territory"),
    "overtake": ("Battles", "Non-state actor overtakes territory"),
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
    "violentdemo": ("Riots", "Violent demonstration"), "mob": ("Riots", "Mob violence"),
    "agreement": ("Strategic developments", "Agreement"),
    "arrests": ("Strategic developments", "Arrests"),
    "change": ("Strategic developments", "Change to group/activity"),
    "disrupted": ("Strategic developments", "Disrupted weapons use"),
    "hq": ("Strategic developments", "Headquarters or base established"),
    "looting": ("Strategic developments", "Looting/property destruction"),
    "nvtt": ("Strategic developments", "Non-violent transfer of territory"),
    "other": ("Strategic developments", "Other"),
}


def L(name, country, admin1, precision):
    return {"name": name, "country": country, "admin1": admin1, "precision": precision}


def E(trigger, occ, kind, plover, modality, a1, a2, date, loc, fat, bg=False):
    """One event: trigger phrase + its occurrence number (1-based) in the text."""
    return dict(trigger=trigger, occ=occ, kind=kind, plover=plover, modality=modality,
                a1=a1, a2=a2, date=date, loc=loc, fat=fat, bg=bg)


def build(text, c, iid):
    if c["kind"] not in SHORT:
        sys.exit(f"{iid}: unknown type key {c['kind']}")
    et, st = SHORT[c["kind"]]
    if c["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", c["date"]):
        sys.exit(f"{iid}: bad date {c['date']}")
    loc = c["loc"]
    if loc is not None and (not re.fullmatch(r"[A-Z]{2}", loc["country"] or "") or loc["precision"] not in (1, 2, 3, 4)):
        sys.exit(f"{iid}: bad location {loc}")
    if st not in TAX.get(et, []):
        sys.exit(f"{iid}: bad type {et}/{st}")
    if c["plover"] not in PLOVER:
        sys.exit(f"{iid}: bad plover {c['plover']}")
    if c["modality"] not in MODS:
        sys.exit(f"{iid}: bad modality {c['modality']}")
    b = text.encode()
    t = c["trigger"].encode()
    pos = -1
    for _ in range(c["occ"]):
        pos = b.find(t, pos + 1)
        if pos < 0:
            sys.exit(f"{iid}: trigger {c['trigger']!r} occurrence {c['occ']} not found")
    start, end = pos, pos + len(t)
    if b[start:end].decode() != c["trigger"]:
        sys.exit(f"{iid}: evidence mismatch")
    return {"event_type": et, "sub_event_type": st, "plover": c["plover"], "modality": c["modality"],
            "actor1": c["a1"], "actor2": c["a2"], "date": c["date"], "location": c["loc"],
            "fatalities": c["fat"], "background": c["bg"],
            "evidence": {"start": start, "end": end, "text": c["trigger"]}}


def run(codes, src, dst):
    out, seen = [], set()
    with open(src, encoding="utf-8") as f:
        items = [json.loads(l) for l in f if l.strip()]
    ids = {d["id"] for d in items}
    for k in codes:
        if k not in ids:
            sys.exit(f"unknown id in codes: {k}")
    n_ev = 0
    for d in items:
        evs = [build(d["text"], c, d["id"]) for c in codes.get(d["id"], [])]
        d = dict(d)
        d["events"] = evs
        n_ev += len(evs)
        out.append(d)
    with open(dst, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {dst}: {len(out)} items, {n_ev} events, coded ids {len(codes)}")


# ---------------------------------------------------------------- codes
# items not listed have no codable event ([]).
EMPTY = []
UA = lambda n, adm, p=1: L(n, "UA", adm, p)

CODES = {
 "portal-2025-01-04-25": [E("kill", 1, "clash", "ASSAULT", "occurred", "Unidentified Armed Group (Nigeria)", "Military Forces of Cameroon", "2025-01-04", L("Bakinjaw", "CM", "Southwest", 1), 5)],
 "portal-2025-01-08-13": [E("Gunfire", 1, "clash", "ASSAULT", "occurred", "Boko Haram", "Military Forces of Chad", "2025-01-08", L("N'Djamena", "TD", "N'Djamena", 1), 19)],
 "portal-2025-01-15-16": [E("reach a diplomatic agreement", 1, "agreement", "AGREE", "occurred", "Government of Israel", "Hamas", "2025-01-15", L("Gaza Strip", "PS", None, 3), None)],
 "portal-2025-01-15-24": [E("missile attack", 1, "shell", "ASSAULT", "claimed", "Ansar Allah", "Military Forces of the United States", "2025-01-15", L("Red Sea", "YE", None, 4), None)],
 "portal-2025-01-17-14": [E("police raid", 1, "clash", "ASSAULT", "occurred", "Police Forces of India", "Communist Party of India (Maoist)", "2025-01-17", L("Bijapur", "IN", "Chhattisgarh", 1), 12)],
 "portal-2025-01-17-16": [E("shootout", 1, "clash", "ASSAULT", "occurred", "Gulf Cartel", "National Liberation Army (ELN)", "2025-01-17", L("Montelibano", "CO", "Córdoba", 1), 9)],
 "portal-2025-01-18-22": [E("open fire", 1, "attack", "ASSAULT", "occurred", "Military Forces of Ghana", "Civilians (Ghana)", "2025-01-18", L("Ashanti Region", "GH", "Ashanti", 3), 7)],
 "portal-2025-01-20-40": [E("arrest", 1, "arrests", "COERCE", "occurred", "Police Forces of the Philippines", "Civilians (China)", "2025-01-20", L("Philippines", "PH", None, 4), None)],
 "portal-2025-01-26-21": [E("captured", 1, "overtake", "ASSAULT", "claimed", "Military Forces of Russia", "Military Forces of Ukraine", "2025-01-26", UA("Velyka Novosilka", "Donetsk"), None)],
 "portal-2025-01-30-31": [E("drone strikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Russia", "Civilians (Ukraine)", "2025-01-30", UA("Sumy", "Sumy"), 9)],
 "portal-2025-02-03-20": [E("surrendered", 1, "other", "CONCEDE", "occurred", "Islamic State (Somalia)", "Puntland Security Force", "2025-02-03", L("Cal Miskaad mountains", "SO", "Bari", 2), None)],
 "portal-2025-02-05-14": [E("battle", 1, "clash", "ASSAULT", "occurred", "Puntland Security Force", "Islamic State (Somalia)", "2025-02-05", L("Dharin", "SO", "Bari", 2), 57)],
 "portal-2025-02-07-14": [E("raped", 1, "sexual", "ASSAULT", "occurred", "Prisoners (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)", "2025-01-31", L("Goma", "CD", "North Kivu", 1), None)],
 "portal-2025-02-14-18": [E("drone strikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Russia", None, "2025-02-14", L("Chernobyl", "UA", "Kyiv", 1), None)],
 "portal-2025-02-21-51": [E("stabbing attack", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (United States)", "Civilians (United States)", None, L("United States", "US", None, 4), 0, True)],
 "portal-2025-02-23-52": [E("Protests", 1, "peaceful", "PROTEST", "occurred", "Protesters (Canada)", None, "2025-02-23", L("Canada", "CA", None, 4), None)],
 "portal-2025-03-11-17": [E("killings", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "2025-03-11", L("western Syria", "SY", None, 3), 132)],
 "portal-2025-03-11-25": [E("shot down", 1, "disrupted", "COERCE", "foiled", "Military Forces of Russia", "Military Forces of Ukraine", "2025-03-11", L("Russia", "RU", None, 4), None)],
 "portal-2025-03-21-21": [E("explosion", 1, "ied", "ASSAULT", "occurred", "Unidentified Armed Group (Russia)", None, "2025-03-21", L("Kursk Oblast", "RU", "Kursk", 3), None)],
 "portal-2025-03-26-21": [E("motocycle bomb explosion", 1, "ied", "ASSAULT", "occurred", "Unidentified Armed Group (Colombia)", "Civilians (Colombia)", "2025-03-26", L("Piendamó", "CO", "Cauca", 1), None)],
 "portal-2025-04-07-19": [E("attacks", 1, "attack", "ASSAULT", "occurred", "Herder Communal Militia (Nigeria)", "Civilians (Nigeria)", "2025-04-07", L("Plateau State", "NG", "Plateau", 3), 52)],
 "portal-2025-04-24-54": [E("mass stabbing", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (France)", "Civilians (France)", "2025-04-24", L("Nantes", "FR", "Pays de la Loire", 1), 1)],
 "portal-2025-04-25-13": [
    E("exchange gunfire", 1, "clash", "ASSAULT", "occurred", "Military Forces of India", "Military Forces of Pakistan", "2025-04-25", L("Line of Control", "IN", "Jammu and Kashmir", 3), None),
    E("terrorist attack", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (India)", "Civilians (India)", None, L("Jammu and Kashmir", "IN", "Jammu and Kashmir", 3), None, True)],
 "portal-2025-05-06-20": [E("encounter", 1, "clash", "ASSAULT", "occurred", "Cartel del Noreste", "Jalisco New Generation Cartel", "2025-05-06", L("Rayones", "MX", "Nuevo León", 1), 5)],
 "portal-2025-05-15-14": [E("military operation", 1, "clash", "ASSAULT", "occurred", "Military Forces of Indonesia", "West Papua National Liberation Army", "2025-05-14", L("Intan Jaya Regency", "ID", "Central Papua", 2), 21)],
 "portal-2025-06-02-18": [E("fatal military clash", 1, "clash", "ASSAULT", "occurred", "Military Forces of Cambodia", "Military Forces of Thailand", None, L("Cambodia-Thailand border", "KH", None, 4), None, True)],
 "portal-2025-06-13-38": [
    E("arrested", 1, "arrests", "COERCE", "occurred", "Police Forces of Kenya", "Police Forces of Kenya", "2025-06-13", L("Kenya", "KE", None, 4), None),
    E("protests and clashes with police", 1, "violentdemo", "PROTEST", "occurred", "Protesters (Kenya)", "Police Forces of Kenya", None, L("Kenya", "KE", None, 4), None, True)],
 "portal-2025-06-25-18": [E("explosive device", 1, "ied", "ASSAULT", "occurred", "Unidentified Armed Group (Palestine)", "Military Forces of Israel", "2025-06-25", L("Khan Yunis", "PS", "Gaza Strip", 1), 7)],
 "portal-2025-07-09-46": [E("placing him in custody", 1, "arrests", "COERCE", "occurred", "Police Forces of South Korea", "Government of South Korea (2022-2025)", "2025-07-09", L("Seoul", "KR", "Seoul", 1), None)],
 "portal-2025-07-18-40": [E("re-arrested", 1, "arrests", "COERCE", "occurred", "Police Forces of South Korea", "Government of South Korea (2022-2025)", None, L("Seoul", "KR", "Seoul", 1), None, True)],
 "portal-2025-08-19-12": [
    E("kill", 1, "clash", "ASSAULT", "occurred", "Military Forces of Israel", "Hamas", "2025-08-19", L("Gaza Strip", "PS", None, 3), 1),
    E("abducting", 1, "abduct", "ASSAULT", "occurred", "Hamas", "Civilians (Israel)", "2023-10-07", L("Nir Oz", "IL", "Southern", 1), None, True)],
 "portal-2025-08-24-19": [E("airstrikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", "Civilians (Yemen)", "2025-08-24", L("Sanaa", "YE", "Amanat al Asimah", 1), 10)],
 "portal-2025-09-05-23": [E("roadside bomb", 1, "ied", "ASSAULT", "occurred", "Ambazonian Separatists", "Military Forces of Cameroon", "2025-09-05", L("Southwest Region", "CM", "Southwest", 3), 7)],
 "portal-2025-09-09-25": [E("assaulted", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (Nepal)", "Civilians (Nepal)", "2025-09-09", L("Nepal", "NP", None, 4), None)],
 "portal-2025-09-11-55": [E("arrests", 1, "arrests", "COERCE", "occurred", "State Security Service of Georgia", "United National Movement", "2025-09-11", L("Georgia", "GE", None, 4), None)],
 "portal-2025-09-25-57": [E("Unrest erupts", 1, "violentdemo", "PROTEST", "occurred", "Rioters (Madagascar)", None, "2025-09-25", L("Antananarivo", "MG", "Analamanga", 1), None)],
 "portal-2025-09-27-15": [E("exchange fire", 1, "clash", "ASSAULT", "occurred", "Military Forces of Cambodia", "Military Forces of Thailand", "2025-09-27", L("Cambodia-Thailand border", "KH", None, 4), None)],
 "portal-2025-10-11-14": [
    E("retaliatory strikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Pakistan", "Military Forces of Afghanistan", "2025-10-11", L("Afghanistan-Pakistan border", "AF", None, 4), None),
    E("gunfire", 1, "clash", "ASSAULT", "occurred", "Military Forces of Pakistan", "Military Forces of Afghanistan", "2025-10-11", L("Afghanistan-Pakistan border", "AF", None, 4), None)],
 "portal-2025-10-12-19": [E("shootout", 1, "clash", "ASSAULT", "occurred", "Hamas", "Doghmush Clan", "2025-10-12", L("Gaza City", "PS", "Gaza Strip", 1), 27)],
 "portal-2025-10-22-43": [E("shot and killed", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (Sri Lanka)", "Civilians (Sri Lanka)", "2025-10-22", L("Weligama", "LK", "Southern", 1), 1)],
 "portal-2025-10-26-14": [E("drone strike", 1, "air", "ASSAULT", "occurred", "Military Forces of Ukraine", "Civilians (Ukraine)", "2025-10-26", UA("Donetsk", "Donetsk"), 2)],
 "portal-2025-10-27-15": [E("airstrikes", 1, "air", "ASSAULT", "occurred", "Military Forces of the United States", "Civilians (International)", "2025-10-27", None, 14)],
 "portal-2025-11-01-23": [E("airstrike", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", "Civilians (Lebanon)", "2025-11-01", L("Kfar Reman", "LB", "Nabatieh", 1), 4)],
 "portal-2025-11-06-13": [E("capturing El Fasher", 1, "overtake", "ASSAULT", "occurred", "Rapid Support Forces", "Military Forces of Sudan", None, L("El Fasher", "SD", "North Darfur", 1), None, True)],
 "portal-2025-11-08-37": [
    E("arrest", 1, "arrests", "COERCE", "occurred", "Police Forces of Mexico", "Civilians (Mexico)", "2025-11-08", L("Tijuana", "MX", "Baja California", 1), None),
    E("assassination", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", None, L("Mexico", "MX", None, 4), 1, True)],
 "portal-2025-11-11-13": [E("street-to-street fighting", 1, "clash", "ASSAULT", "occurred", "Military Forces of Russia", "Military Forces of Ukraine", "2025-11-11", UA("Pokrovsk", "Donetsk"), None)],
 "portal-2025-12-01-80": [E("protest", 1, "peaceful", "PROTEST", "occurred", "Protesters (Bulgaria)", None, "2025-12-01", L("Bulgaria", "BG", None, 4), None)],
 "portal-2025-12-08-21": [E("capture", 1, "nvtt", "RETREAT", "occurred", "Rapid Support Forces", "Military Forces of Sudan", "2025-12-08", L("Heglig", "SD", "West Kordofan", 1), None)],
 "portal-2025-12-09-14": [E("enter", 1, "overtake", "ASSAULT", "occurred", "M23", None, "2025-12-09", L("Uvira", "CD", "South Kivu", 1), None)],
 "portal-2025-12-09-61": [E("killing", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (Spain)", "Civilians (Russia)", None, L("Villajoyosa", "ES", "Valencian Community", 1), 1, True)],
 "portal-2025-12-11-37": [E("arrest", 1, "arrests", "COERCE", "occurred", "Police Forces of Brazil", "Civilians (Peru)", "2025-12-11", L("Rio de Janeiro", "BR", "Rio de Janeiro", 1), None)],
 "portal-2025-12-13-24": [E("drone strike", 1, "air", "ASSAULT", "occurred", "Rapid Support Forces", "United Nations Peacekeeping Forces", "2025-12-13", L("Kadugli", "SD", "South Kordofan", 1), 6)],
 "portal-2025-12-22-23": [
    E("airstrikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Ukraine", "Military Forces of Russia", "2025-12-22", L("Russia", "RU", None, 4), None),
    E("a drone launch site in Krasnodar", 1, "air", "ASSAULT", "occurred", "Military Forces of Ukraine", "Military Forces of Russia", "2025-12-22", L("Krasnodar", "RU", "Krasnodar", 1), None)],
 "portal-2025-12-27-14": [E("thwart an assassination attempt", 1, "disrupted", "COERCE", "foiled", "Russian Volunteer Corps", "Military Forces of Russia", "2025-12-27", L("Zaporizhzhia Oblast", "UA", "Zaporizhzhia", 3), None)],
 "portal-2026-01-08-21": [E("capture", 1, "regain", "ASSAULT", "occurred", "Military Forces of Yemen", "Southern Transitional Council", "2026-01-08", L("Aden", "YE", "Aden", 1), None)],
 "portal-2026-01-25-16": [E("kill", 1, "attack", "ASSAULT", "occurred", "Allied Democratic Forces", "Civilians (Democratic Republic of Congo)", "2026-01-25", L("Ituri Province", "CD", "Ituri", 3), 25)],
 "portal-2026-02-03-19": [E("attempt to stop and seize", 1, "other", "COERCE", "attempted", "Islamic Revolutionary Guard Corps", "Civilians (United States)", "2026-02-03", L("Strait of Hormuz", "IR", "Hormozgan", 3), None)],
 "portal-2026-02-06-54": [E("grenade attack", 1, "grenade", "ASSAULT", "occurred", "Unidentified Armed Group (France)", "Civilians (France)", "2026-02-06", L("Grenoble", "FR", "Auvergne-Rhône-Alpes", 1), None)],
 "portal-2026-02-10-20": [
    E("strikes a land mine", 1, "ied", "ASSAULT", "occurred", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "2026-02-10", L("Deir ez-Zor Governorate", "SY", "Deir ez-Zor", 3), 4),
    E("triggers a land mine", 1, "ied", "ASSAULT", "occurred", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "2026-02-10", L("Taanah", "SY", "Aleppo", 1), 1)],
 "portal-2026-02-18-15": [E("attack", 1, "clash", "ASSAULT", "occurred", "Islamic State", "Police Forces of Syria", "2026-02-18", L("Raghib", "SY", "Deir ez-Zor", 1), 1)],
 "portal-2026-02-18-19": [E("drive-by shooting", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (Ecuador)", "Civilians (Ecuador)", "2026-02-18", L("Guayaquil", "EC", "Guayas", 1), 4)],
 "portal-2026-02-21-23": [
    E("two attacks", 1, "clash", "ASSAULT", "claimed", "Islamic State", "Military Forces of Syria", "2026-02-21", L("northern Syria", "SY", None, 3), None),
    E("two attacks", 1, "clash", "ASSAULT", "claimed", "Islamic State", "Military Forces of Syria", "2026-02-21", L("eastern Syria", "SY", None, 3), None)],
 "portal-2026-02-28-28": [E("missile strikes", 1, "shell", "ASSAULT", "occurred", "Military Forces of Iran", "Civilians (Israel)", "2026-02-28", L("Tel Aviv", "IL", "Tel Aviv", 1), 1)],
 "portal-2026-03-01-35": [E("unidentified airstrike", 1, "air", "ASSAULT", "occurred", "Unidentified Military Forces", "Popular Mobilization Forces", "2026-03-01", L("Diyala Governorate", "IQ", "Diyala", 3), 4)],
 "portal-2026-03-02-61": [E("mass shooting", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (India)", "Civilians (India)", "2026-03-02", L("Churu", "IN", "Rajasthan", 2), 1)],
 "portal-2026-03-03-16": [E("Shahed drone attack", 1, "air", "ASSAULT", "occurred", "Military Forces of Iran", None, "2026-03-03", L("Fujairah", "AE", "Fujairah", 1), None)],
 "portal-2026-03-07-25": [
    E("bombings", 1, "ied", "ASSAULT", "occurred", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan", "2026-03-07", L("Wana", "PK", "Khyber Pakhtunkhwa", 1), None),
    E("bombings", 1, "ied", "ASSAULT", "occurred", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", "2026-03-07", L("Lakki Marwat", "PK", "Khyber Pakhtunkhwa", 2), None)],
 "portal-2026-03-10-15": [E("have sunk", 1, "clash", "ASSAULT", "occurred", "Military Forces of the United States", "Military Forces of Iran", "2026-03-10", L("Strait of Hormuz", "IR", "Hormozgan", 3), None)],
 "portal-2026-03-16-23": [E("airstrike", 1, "air", "ASSAULT", "occurred", "Unidentified Military Forces", "Kata'ib Hezbollah", "2026-03-16", L("Baghdad", "IQ", "Baghdad", 1), 1)],
 "portal-2026-03-22-14": [E("ballistic missile strikes", 1, "shell", "ASSAULT", "occurred", "Military Forces of Iran", "Civilians (Israel)", "2026-03-22", L("central Israel", "IL", "Central", 3), None)],
 "portal-2026-03-28-32": [
    E("intercepted", 1, "disrupted", "COERCE", "foiled", "Military Forces of Israel", "Ansar Allah", "2026-03-28", L("Israel", "IL", None, 4), None),
    E("A second attack", 1, "shell", "ASSAULT", "occurred", "Ansar Allah", None, "2026-03-28", L("Israel", "IL", None, 4), None)],
 "portal-2026-03-29-26": [E("projectile explodes", 1, "shell", "ASSAULT", "occurred", "Unidentified Armed Group (Lebanon)", "United Nations Peacekeeping Forces", "2026-03-29", L("Aadshit al-Qusayr", "LB", "Nabatieh", 2), 1)],
 "portal-2026-04-01-17": [
    E("intercepted", 1, "disrupted", "COERCE", "foiled", "Military Forces of Qatar", "Military Forces of Iran", "2026-04-01", L("Qatar", "QA", None, 4), None),
    E("hitting", 1, "shell", "ASSAULT", "occurred", "Military Forces of Iran", None, "2026-04-01", L("Qatar", "QA", None, 4), None)],
 "portal-2026-04-03-20": [E("shoot down", 1, "clash", "ASSAULT", "occurred", "Military Forces of Iran", "Military Forces of the United States", "2026-04-03", L("Iran", "IR", None, 4), None)],
 "portal-2026-04-06-37": [E("airstrike", 1, "air", "ASSAULT", "occurred", "Unidentified Military Forces", "Civilians (Iran)", "2026-04-06", L("Eslamshahr", "IR", "Tehran", 2), 13)],
 "portal-2026-04-25-28": [
    E("coordinated attacks", 1, "clash", "ASSAULT", "occurred", "Unidentified Armed Group (Mali)", None, "2026-04-25", L("Bamako", "ML", "Bamako", 1), None),
    E("coordinated attacks", 1, "clash", "ASSAULT", "occurred", "Unidentified Armed Group (Mali)", None, "2026-04-25", L("Mali", "ML", None, 4), None)],
 "portal-2026-04-30-64": [E("murders", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (Uganda)", "Civilians (Uganda)", "2026-04-02", L("Kampala", "UG", "Central", 1), 4, True)],
 "portal-2026-05-09-27": [E("attack", 1, "attack", "ASSAULT", "occurred", "CODECO", "Civilians (Democratic Republic of Congo)", "2026-04", L("Ituri Province", "CD", "Ituri", 3), 69)],
 "portal-2026-05-15-65": [E("detained", 1, "arrests", "COERCE", "occurred", "Police Forces of the United States", "Government of Mexico", "2026-05-15", L("United States", "US", None, 4), None)],
 "portal-2026-06-01-45": [E("struck a land mine", 1, "ied", "ASSAULT", "occurred", "Unidentified Armed Group (Mali)", "Civilians (Mali)", "2026-06-01", L("Bamako-Kayes road", "ML", "Kayes", 2), 8)],
 "portal-2026-06-05-27": [E("killed", 1, "clash", "ASSAULT", "claimed", "Military Forces of Israel", "Unidentified Armed Group (Palestine)", "2026-06-05", L("Gaza Strip", "PS", None, 3), 1)],
 "portal-2026-06-19-18": [E("airstrikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", "Civilians (Lebanon)", "2026-06-19", L("southern Lebanon", "LB", None, 3), 47)],
 "portal-2026-06-20-19": [E("Israeli strikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", "Civilians (Palestine)", "2026-06-20", L("Gaza Strip", "PS", None, 3), 6)],
 "portal-2026-06-28-30": [E("airstrike", 1, "air", "ASSAULT", "claimed", "Military Forces of Israel", "Hamas", "2026-06-28", L("Gaza Strip", "PS", None, 3), 1)],
 "portal-2026-07-18-36": [
    E("drone attacks", 1, "air", "ASSAULT", "occurred", "Military Forces of Ukraine", "Civilians (Russia)", "2026-07-18", L("Kotovsk", "RU", "Tambov", 1), None),
    E("drone attacks", 1, "air", "ASSAULT", "occurred", "Military Forces of Ukraine", "Civilians (Russia)", "2026-07-18", L("Elektrostal", "RU", "Moscow", 1), None),
    E("another strike", 1, "air", "ASSAULT", "occurred", "Military Forces of Ukraine", None, "2026-07-18", L("Russia", "RU", None, 4), None)],
 "portal-2026-07-22-29": [E("drone strike", 1, "air", "ASSAULT", "occurred", "Unidentified Armed Group (Sudan)", "Civilians (Sudan)", "2026-07-22", L("Al-Rahad", "SD", "North Kordofan", 1), 6)],
 "portal-2026-07-24-44": [E("ballistic missile strike", 1, "shell", "ASSAULT", "occurred", "Military Forces of Russia", "Civilians (Ukraine)", "2026-07-24", L("Kyiv Oblast", "UA", "Kyiv", 3), 10)],
 "portal-2026-07-30-23": [E("a drone has hit", 1, "air", "ASSAULT", "occurred", "Unidentified Armed Group (Egypt)", None, "2026-07-29", L("Damietta", "EG", "Damietta", 1), None)],
 "portal-2026-08-07-24": [E("drone strike", 1, "air", "ASSAULT", "occurred", "Military Forces of Russia", "Civilians (Ukraine)", "2026-08-07", L("Odesa", "UA", "Odesa", 1), None)],
 "portal-2026-08-10-16": [E("airstrikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", "Military Forces of Iran", None, L("Iran", "IR", None, 4), None, True)],
 "portal-2026-08-17-23": [E("clash", 1, "clash", "ASSAULT", "occurred", "Military Forces of Somalia", "Militia (Pro-Laftagareen)", "2026-08-17", L("South West State", "SO", None, 3), 12)],
 "portal-2026-08-18-20": [E("ballistic missile strike", 1, "shell", "ASSAULT", "occurred", "Military Forces of Russia", "Civilians (Ukraine)", "2026-08-18", L("Pechenihy", "UA", "Kharkiv", 1), 10)],
 "portal-2026-08-18-30": [E("rescued", 1, "other", "COERCE", "occurred", "Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)", "2026-08-18", L("Sabuwa", "NG", "Katsina", 1), None)],
 "portal-2026-08-20-58": [
    E("shot dead", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (South Africa)", "Civilians (South Africa)", "2026-08-20", L("Knysna", "ZA", "Western Cape", 1), 2),
    E("shot dead", 2, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (South Africa)", "Civilians (South Africa)", "2026-08-19", L("Knysna", "ZA", "Western Cape", 1), 1, True)],
}

if __name__ == "__main__":
    run(CODES, IN, OUT)
