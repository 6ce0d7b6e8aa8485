#!/usr/bin/env python3
"""Annotator X4: hand codes for batch-X4.jsonl (Portal:Current events items).
Each code: trigger phrase + occurrence number; offsets computed here (UTF-8 bytes)."""
import json, datetime, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

TAXO = {
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

# short key -> (event_type, sub_event_type, default plover)
SUB = {
    "clash": ("Battles", "Armed clash", "ASSAULT"),
    "govregain": ("Battles", "Government regains territory", "ASSAULT"),
    "nsotake": ("Battles", "Non-state actor overtakes territory", "ASSAULT"),
    "chem": ("Explosions/Remote violence", "Chemical weapon", "ASSAULT"),
    "air": ("Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb", "ASSAULT"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"),
    "grenade": ("Explosions/Remote violence", "Grenade", "ASSAULT"),
    "sexual": ("Violence against civilians", "Sexual violence", "ASSAULT"),
    "attack": ("Violence against civilians", "Attack", "ASSAULT"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT"),
    "peaceful": ("Protests", "Peaceful protest", "PROTEST"),
    "intervention": ("Protests", "Protest with intervention", "PROTEST"),
    "excessive": ("Protests", "Excessive force against protesters", "ASSAULT"),
    "violentdemo": ("Riots", "Violent demonstration", "PROTEST"),
    "mob": ("Riots", "Mob violence", "ASSAULT"),
    "agree": ("Strategic developments", "Agreement", "AGREE"),
    "arrest": ("Strategic developments", "Arrests", "COERCE"),
    "change": ("Strategic developments", "Change to group/activity", "MOBILIZE"),
    "disrupt": ("Strategic developments", "Disrupted weapons use", "COERCE"),
    "hq": ("Strategic developments", "Headquarters or base established", "MOBILIZE"),
    "loot": ("Strategic developments", "Looting/property destruction", "COERCE"),
    "transfer": ("Strategic developments", "Non-violent transfer of territory", "RETREAT"),
    "other": ("Strategic developments", "Other", "COERCE"),
}


def E(sub, a1, a2, loc, trig, occ=1, date="pub", fat=None, mod="occurred", bg=False, plover=None):
    """loc: (name, ISO2, admin1, precision) or None. date: 'pub', 'yest', 'YYYY-MM[-DD]' or None."""
    return dict(sub=sub, a1=a1, a2=a2, loc=loc, trig=trig, occ=occ, date=date, fat=fat, mod=mod,
                bg=bg, plover=plover)


def L(name, cc, admin1=None, prec=1):
    return (name, cc, admin1, prec)


class CodeError(Exception):
    pass


def resolve(item, c):
    text = item["text"]
    b = text.encode()
    t = c["trig"].encode()
    pos = -1
    for _ in range(c["occ"]):
        pos = b.find(t, pos + 1)
        if pos < 0:
            raise CodeError(f"{item['id']}: trigger {c['trig']!r} occurrence {c['occ']} not found")
    start, end = pos, pos + len(t)
    if b[start:end].decode() != c["trig"]:
        raise CodeError(f"{item['id']}: evidence mismatch")
    if c["sub"] not in SUB:
        raise CodeError(f"{item['id']}: unknown sub key {c['sub']}")
    et, st, pl = SUB[c["sub"]]
    pl = c["plover"] or pl
    if et not in TAXO or st not in TAXO[et]:
        raise CodeError(f"{item['id']}: bad type {et}/{st}")
    if pl not in PLOVER:
        raise CodeError(f"{item['id']}: bad plover {pl}")
    if c["mod"] not in MODALITY:
        raise CodeError(f"{item['id']}: bad modality {c['mod']}")
    d = c["date"]
    if d == "pub":
        d = item["published"]
    elif d == "yest":
        d = (datetime.date.fromisoformat(item["published"]) - datetime.timedelta(days=1)).isoformat()
    if d is not None:
        ok = False
        for fmt in ("%Y-%m-%d", "%Y-%m"):
            try:
                datetime.datetime.strptime(d, fmt)
                ok = True
            except ValueError:
                pass
        if not ok:
            raise CodeError(f"{item['id']}: bad date {d}")
    loc = None
    if c["loc"] is not None:
        n, cc, a1, p = c["loc"]
        if p not in (1, 2, 3, 4) or len(cc) != 2:
            raise CodeError(f"{item['id']}: bad location {c['loc']}")
        loc = {"name": n, "country": cc, "admin1": a1, "precision": p}
    if c["fat"] is not None and not isinstance(c["fat"], int):
        raise CodeError(f"{item['id']}: bad fatalities")
    return {"event_type": et, "sub_event_type": st, "plover": pl, "modality": c["mod"],
            "actor1": c["a1"], "actor2": c["a2"], "date": d, "location": loc,
            "fatalities": c["fat"], "background": bool(c["bg"]),
            "evidence": {"start": start, "end": end, "text": c["trig"]}}


def run(infile, outfile, codes, partial_ok=True):
    items = [json.loads(l) for l in open(infile, encoding="utf-8") if l.strip()]
    ids = {it["id"] for it in items}
    for k in codes:
        if k not in ids:
            raise CodeError(f"unknown id {k}")
    out, n_ev, n_empty, n_done = [], 0, 0, 0
    for it in items:
        if it["id"] not in codes:
            if partial_ok:
                continue
            raise CodeError(f"uncoded id {it['id']}")
        evs = [resolve(it, c) for c in codes[it["id"]]]
        rec = dict(it)
        rec["events"] = evs
        out.append(rec)
        n_done += 1
        n_ev += len(evs)
        n_empty += (len(evs) == 0)
    with open(outfile, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{outfile}: {n_done}/{len(items)} items coded, {n_ev} events, {n_empty} with no event")


# ---- common actor names ----
IL = "Military Forces of Israel"
CPS = "Civilians (Palestine)"
RU = "Military Forces of Russia"
UA = "Military Forces of Ukraine"
SAF = "Military Forces of Sudan"
RSF = "Rapid Support Forces"
GAZA = L("Gaza Strip", "PS", "Gaza Strip", 3)

CODES = {
    "portal-2025-01-02-13": [E("air", IL, None, L("Al-Safira", "SY", "Aleppo", 1), "airstrikes")],
    "portal-2025-01-06-30": [E("ied", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
                               L("Abuja", "NG", "Federal Capital Territory", 2), "IED attack", fat=2)],
    "portal-2025-01-08-51": [],
    "portal-2025-01-09-17": [],
    "portal-2025-01-10-15": [E("air", IL, None, L("Yemen", "YE", None, 4), "airstrikes")],
    "portal-2025-01-10-64": [],
    "portal-2025-01-26-56": [E("peaceful", "Protesters (Poland)", None, L("Warsaw", "PL", "Masovia", 1), "A protest")],
    "portal-2025-02-05-19": [E("govregain", SAF, None, L("Khartoum", "SD", "Khartoum", 2),
                               "gained more territory", mod="claimed")],
    "portal-2025-02-16-13": [E("nsotake", "M23: March 23 Movement", None, L("Bukavu", "CD", "South Kivu", 1),
                               "taken over")],
    "portal-2025-02-17-17": [E("air", IL, "Hamas", L("Sidon", "LB", "South Lebanon", 1), "airstrike", fat=1)],
    "portal-2025-02-21-14": [],
    "portal-2025-02-21-59": [],
    "portal-2025-02-21-62": [E("violentdemo", "Rioters (Indonesia)", "Police Forces of Indonesia",
                               L("Indonesia", "ID", None, 4), "Demonstrations")],
    "portal-2025-02-25-14": [
        E("clash", "Military Forces of the Democratic Republic of Congo", "Unidentified Armed Group (Democratic Republic of Congo)",
          L("Minembwe", "CD", "South Kivu", 2), "launches an attack"),
        E("air", "Military Forces of the Democratic Republic of Congo", "Unidentified Armed Group (Democratic Republic of Congo)",
          L("Minembwe", "CD", "South Kivu", 2), "drone strike", fat=4, mod="claimed")],
    "portal-2025-02-26-60": [],
    "portal-2025-03-05-57": [],
    "portal-2025-03-06-16": [],
    "portal-2025-03-06-53": [],
    "portal-2025-03-18-23": [E("attack", "Al-Shabaab", "Government of Somalia", L("Mogadishu", "SO", "Banadir", 1),
                               "assassination attempt", fat=10)],
    "portal-2025-03-19-24": [E("air", UA, None, L("Krasnodar Krai", "RU", "Krasnodar", 3), "drone attack",
                               mod="claimed")],
    "portal-2025-04-01-46": [],
    "portal-2025-04-09-18": [
        E("air", IL, CPS, GAZA, "Israeli strikes", fat=12),
        E("air", IL, CPS, L("Shuja'iyya", "PS", "Gaza Strip", 1), "23 in an apartment building", fat=23)],
    "portal-2025-04-10-16": [E("attack", RU, UA, L("Piatykhatky", "UA", "Zaporizhzhia", 1), "summarily executing",
                               date="2025-03", fat=4)],
    "portal-2025-04-14-41": [],
    "portal-2025-04-14-43": [],
    "portal-2025-04-15-51": [E("attack", "Unidentified Armed Group (Canada)", "Civilians (Canada)",
                               L("Toronto", "CA", "Ontario", 1), "vehicle-ramming attack")],
    "portal-2025-04-19-27": [E("arrest", "Police Forces of the United States", "Civilians (United States)",
                               L("Colorado Springs", "US", "Colorado", 1), "arrest")],
    "portal-2025-05-02-16": [E("air", IL, CPS, L("Gaza City", "PS", "Gaza Strip", 1), "Israeli airstrikes", fat=43)],
    "portal-2025-05-02-19": [E("nsotake", RSF, SAF, L("En Nahud", "SD", "West Kordofan", 1), "capture", fat=19)],
    "portal-2025-05-02-45": [],
    "portal-2025-05-02-53": [],
    "portal-2025-05-03-44": [],
    "portal-2025-05-04-12": [E("shell", "Houthis", "Civilians (Israel)",
                               L("Ben Gurion International Airport", "IL", "Central", 2), "A ballistic missile")],
    "portal-2025-05-04-41": [],
    "portal-2025-05-04-43": [],
    "portal-2025-05-08-22": [E("attack", "Unidentified Armed Group (United States)", "Civilians (United States)",
                               L("Madison", "US", "Wisconsin", 1), "the shooting", date="2024-12", fat=3, bg=True)],
    "portal-2025-05-08-30": [],
    "portal-2025-05-09-12": [E("shell", "Military Forces of India", "Military Forces of Pakistan",
                               L("Nur Khan Air Base", "PK", "Punjab", 1), "strikes")],
    "portal-2025-05-15-48": [],
    "portal-2025-05-16-12": [E("air", IL, CPS, GAZA, "Israeli strikes", fat=74)],
    "portal-2025-05-16-42": [E("attack", "Unidentified Armed Group (United States)", "Civilians (United States)",
                               L("Las Vegas", "US", "Nevada", 1), "mass shooting", fat=2)],
    "portal-2025-05-16-43": [],
    "portal-2025-05-20-57": [],
    "portal-2025-05-23-40": [E("attack", "Unidentified Armed Group (Germany)", "Civilians (Germany)",
                               L("Hamburg", "DE", "Hamburg", 1), "mass stabbing")],
    "portal-2025-05-26-15": [],
    "portal-2025-05-26-30": [E("attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
                               L("Kano State", "NG", "Kano", 3), "setting a mosque on fire", date="2024-05",
                               fat=23, bg=True)],
    "portal-2025-05-28-38": [
        E("arrest", "Immigration Service of Timor-Leste", "Civilians (Philippines)", L("Timor-Leste", "TL", None, 4),
          "his arrest", date=None, bg=True),
        E("attack", "Unidentified Armed Group (Philippines)", "Government of the Philippines",
          L("Negros Oriental", "PH", "Central Visayas", 3), "assassination", date=None, fat=1, bg=True)],
    "portal-2025-05-28-48": [],
    "portal-2025-06-03-59": [],
    "portal-2025-06-13-21": [E("air", "Military Forces of Iran", None, L("Israel", "IL", None, 4), "launches")],
    "portal-2025-06-18-43": [],
    "portal-2025-06-20-19": [E("attack", IL, CPS, GAZA, "gunfire"), E("air", IL, CPS, GAZA, "airstrikes")],
    "portal-2025-06-20-20": [],
    "portal-2025-06-21-14": [E("attack", IL, CPS, GAZA, "gunfire"), E("air", IL, CPS, GAZA, "airstrikes")],
    "portal-2025-06-21-16": [],
    "portal-2025-06-21-18": [],
    "portal-2025-06-23-25": [],
    "portal-2025-06-23-28": [E("clash", "Al-Shabaab", "Military Forces of Uganda", L("Sabiid-Anole", "SO", "Lower Shabelle", 1),
                               "three-day siege", fat=7)],
    "portal-2025-06-23-34": [],
    "portal-2025-07-04-12": [E("clash", "Military Forces of Pakistan", "Tehrik-i-Taliban Pakistan",
                               L("North Waziristan", "PK", "Khyber Pakhtunkhwa", 2), "killed 30", fat=30, mod="claimed")],
    "portal-2025-07-10-13": [
        E("air", IL, CPS, L("Deir al-Balah", "PS", "Gaza Strip", 1), "Israeli airstrikes", fat=15),
        E("air", IL, CPS, GAZA, "strikes in Gaza", fat=67)],
    "portal-2025-07-10-15": [E("attack", "Unidentified Armed Group (Palestine)", "Civilians (Israel)",
                               L("Gush Etzion", "PS", "West Bank", 1), "shooting and stabbing attack", fat=1)],
    "portal-2025-07-13-13": [E("air", IL, CPS, GAZA, "Israeli strikes", fat=30)],
    "portal-2025-07-13-24": [E("attack", "Allied Democratic Forces", "Civilians (Democratic Republic of Congo)",
                               L("Irumu", "CD", "Ituri", 2), "kill", fat=66)],
    "portal-2025-07-16-53": [],
    "portal-2025-07-20-12": [E("attack", None, CPS, GAZA, "are killed", fat=85)],
    "portal-2025-07-25-24": [
        E("air", "Military Forces of Thailand", None, L("Preah Vihear Temple", "KH", "Preah Vihear", 2), "airstrikes"),
        E("air", "Military Forces of Thailand", None, L("Prasat Ta Muen Thom", "KH", "Oddar Meanchey", 2), "airstrikes")],
    "portal-2025-07-29-15": [E("clash", "Human Rights Defense Forces", "M23: March 23 Movement",
                               L("Kazinga", "CD", "North Kivu", 2), "clash")],
    "portal-2025-07-31-19": [E("clash", "Military Forces of the Philippines", "New People's Army",
                               L("Las Navas", "PH", "Eastern Visayas", 1), "clashes", fat=8)],
    "portal-2025-08-03-12": [E("attack", IL, CPS, L("Palestine", "PS", None, 4), "kill", fat=33)],
    "portal-2025-08-04-14": [],
    "portal-2025-08-14-12": [E("air", "Military Forces of Myanmar", "Civilians (Myanmar)", L("Mogok", "MM", "Mandalay", 1),
                               "airstrike", fat=21)],
    "portal-2025-08-14-34": [E("arrest", "Government of Mali", "Military Forces of Mali", L("Mali", "ML", None, 4),
                               "the arrest")],
    "portal-2025-08-15-43": [E("attack", "Unidentified Armed Group (Sweden)", "Civilians (Sweden)",
                               L("Örebro", "SE", "Örebro", 1), "a shooting", fat=1)],
    "portal-2025-08-26-41": [E("attack", "Unidentified Armed Group (United States)", "Civilians (United States)",
                               L("Minneapolis", "US", "Minnesota", 1), "mass shooting", fat=1)],
    "portal-2025-08-26-51": [],
    "portal-2025-09-12-17": [E("attack", "Viv Ansanm", "Civilians (Haiti)", L("Port-au-Prince", "HT", "Ouest", 1),
                               "are killed", fat=42)],
    "portal-2025-09-12-45": [
        E("arrest", "Police Forces of Costa Rica", "Civilians (Costa Rica)", L("Costa Rica", "CR", None, 4), "arrest"),
        E("attack", "Unidentified Armed Group (Costa Rica)", "Civilians (Nicaragua)", L("San José", "CR", "San José", 2),
          "the killing", date="2025-06", fat=1, bg=True)],
    "portal-2025-09-24-14": [E("air", IL, CPS, GAZA, "Israeli attacks", fat=85)],
    "portal-2025-09-30-57": [E("attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)",
                               L("Mexico City", "MX", "Mexico City", 2), "the killing of a student", date=None, fat=1, bg=True)],
    "portal-2025-10-01-55": [E("peaceful", "Protesters (Greece)", None, L("Athens", "GR", "Attica", 1), "march")],
    "portal-2025-10-03-13": [],
    "portal-2025-10-03-18": [E("other", IL, "Civilians (International)", None, "intercepts and seizes")],
    "portal-2025-10-03-21": [E("govregain", "Military Forces of Somalia", "Al-Shabaab", L("Somalia", "SO", None, 4), "recapture")],
    "portal-2025-10-03-51": [],
    "portal-2025-10-03-54": [E("attack", "Unidentified Armed Group (Thailand)", "Civilians (Cambodia)",
                               L("Bangkok", "TH", "Bangkok", 1), "assassination", date="2025-01-07", fat=1, bg=True)],
    "portal-2025-10-03-68": [],
    "portal-2025-10-04-54": [E("violentdemo", "Rioters (Georgia)", "Police Forces of Georgia", L("Tbilisi", "GE", "Tbilisi", 1),
                               "clash")],
    "portal-2025-10-04-56": [
        E("violentdemo", "Rioters (Pakistan)", None, L("Azad Kashmir", "PK", "Azad Kashmir", 3), "Violent protests",
          date=None, fat=10, bg=True),
        E("agree", "Government of Pakistan", "Protesters (Pakistan)", L("Azad Kashmir", "PK", "Azad Kashmir", 3),
          "peace agreement")],
    "portal-2025-10-08-18": [E("shell", UA, "Civilians (Russia)", L("Maslova Pristan", "RU", "Belgorod", 1), "missile strike",
                               fat=3)],
    "portal-2025-10-13-56": [],
    "portal-2025-10-14-19": [E("air", "Military Forces of the United States", "Civilians (Venezuela)",
                               L("Venezuela", "VE", None, 4), "airstrike", fat=6)],
    "portal-2025-10-28-13": [],
    "portal-2025-10-28-15": [E("clash", IL, "Al-Qassam Brigades", L("Kfar Qud", "PS", "West Bank", 1),
                               "shooting–airstrike attack", fat=3)],
    "portal-2025-10-28-20": [E("clash", "Police Forces of Brazil", "Comando Vermelho", L("Rio de Janeiro", "BR", "Rio de Janeiro", 1),
                               "raids", fat=64)],
    "portal-2025-10-28-56": [],
    "portal-2025-10-28-61": [],
    "portal-2025-10-31-34": [],
    "portal-2025-11-03-67": [],
    "portal-2025-11-03-69": [],
    "portal-2025-11-13-14": [],
    "portal-2025-11-13-20": [E("ied", UA, None, L("Sosnovka", "RU", "Khabarovsk", 2), "derailed", mod="claimed")],
    "portal-2025-11-14-62": [],
    "portal-2025-11-15-35": [
        E("violentdemo", "Rioters (Mexico)", "Police Forces of Mexico", L("Mexico", "MX", None, 4), "clashes with police"),
        E("attack", "Unidentified Armed Group (Mexico)", "Government of Mexico", L("Uruapan", "MX", "Michoacan", 1),
          "assassination", date="2025-11", fat=1, bg=True)],
    "portal-2025-11-19-16": [E("air", IL, "Civilians (Lebanon)", L("Bint Jbeil", "LB", "Nabatieh", 1), "airstrike", fat=1)],
    "portal-2025-11-19-58": [],
    "portal-2025-11-20-51": [],
    "portal-2025-11-26-53": [E("clash", "Unidentified Armed Group (United States)", "Military Forces of the United States",
                               L("Washington, D.C.", "US", "District of Columbia", 1), "are shot")],
    "portal-2025-11-26-63": [],
    "portal-2025-11-27-14": [E("ied", "Unidentified Armed Group (Ukraine)", None, L("Crimean Bridge", "UA", "Crimea", 1),
                               "truck bomb attack", date="2022-10", fat=5, bg=True)],
    "portal-2025-12-03-14": [],
    "portal-2025-12-21-33": [E("abduct", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
                               L("Bashar", "NG", "Plateau", 1), "abduct")],
    "portal-2025-12-25-34": [],
    "portal-2025-12-26-16": [E("ied", "Saraya Ansar al-Sunnah", "Civilians (Syria)", L("Homs", "SY", "Homs", 1), "explosion",
                               fat=8)],
    "portal-2025-12-27-43": [E("other", "Government of Iran", "Civilians (International)",
                               L("Strait of Hormuz", "IR", "Hormozgan", 2), "seizes")],
    "portal-2025-12-28-42": [],
    "portal-2026-01-01-14": [E("violentdemo", "Rioters (Palestine)", IL, L("Al-Lubban ash-Sharqiya", "PS", "West Bank", 2),
                               "open fire", fat=1)],
    "portal-2026-01-02-53": [],
    "portal-2026-01-03-14": [
        E("shell", "Military Forces of the United States", "Military Forces of Venezuela",
          L("Fort Tiuna", "VE", "Capital District", 1), "striking"),
        E("shell", "Military Forces of the United States", "Military Forces of Venezuela",
          L("Generalissimo Francisco de Miranda Air Base", "VE", "Miranda", 1), "striking")],
    "portal-2026-01-03-16": [],
    "portal-2026-01-12-54": [E("attack", "Unidentified Armed Group (France)", "Civilians (France)",
                               L("Vero", "FR", "Corsica", 1), "is assassinated", fat=1)],
    "portal-2026-01-12-55": [],
    "portal-2026-01-18-24": [E("air", RU, "Civilians (Ukraine)", L(n, "UA", a, 1), "drone strikes")
                             for n, a in [("Dnipro", "Dnipropetrovsk"), ("Kharkiv", "Kharkiv"),
                                          ("Khmelnytskyi", "Khmelnytskyi"), ("Odesa", "Odesa"), ("Sumy", "Sumy"),
                                          ("Zaporizhzhia", "Zaporizhzhia")]],
    "portal-2026-01-20-13": [E("loot", IL, "UNRWA", L("East Jerusalem", "PS", "West Bank", 1), "demolishes")],
    "portal-2026-02-02-43": [],
    "portal-2026-02-06-23": [E("air", RSF, "Civilians (Sudan)", L("Allah Karim", "SD", "North Kordofan", 1), "drone strikes",
                               fat=1)],
    "portal-2026-02-17-16": [E("clash", "Unidentified Armed Group (Yemen)", None, L("Aden", "YE", "Aden", 2),
                               "exchanged small-arms fire")],
    "portal-2026-02-18-21": [E("air", IL, CPS, GAZA, "Israeli attacks", fat=2)],
    "portal-2026-02-21-21": [E("attack", "Agwelek Forces", "Civilians (South Sudan)", L("Ayod", "SS", "Jonglei", 2),
                               "open fire", fat=22)],
    "portal-2026-03-03-30": [E("air", "Military Forces of the United States", "Military Forces of Iran",
                               L("Iran", "IR", None, 4), "destroy")],
    "portal-2026-03-11-26": [E("shell", "Hezbollah", "Civilians (Israel)", L("Upper Galilee", "IL", "Northern", 3), "launches")],
    "portal-2026-03-11-31": [E("air", RSF, "Civilians (Sudan)", L("Shukeiri", "SD", "White Nile", 1), "drone strike", fat=17)],
    "portal-2026-03-11-61": [],
    "portal-2026-03-12-29": [E("air", "Unidentified Military Forces", "Popular Mobilization Forces",
                               L("Akashat", "IQ", "Al Anbar", 1), "airstrike", fat=20)],
    "portal-2026-03-13-58": [],
    "portal-2026-03-15-21": [E("shell", "Military Forces of Afghanistan", "Civilians (Pakistan)",
                               L("Bajaur", "PK", "Khyber Pakhtunkhwa", 2), "mortars", fat=4)],
    "portal-2026-03-15-51": [],
    "portal-2026-03-18-16": [E("shell", "Military Forces of Iran", "Civilians (Thailand)", L("Adanim", "IL", "Central", 1),
                               "cluster bomb", fat=1)],
    "portal-2026-03-18-24": [E("air", IL, "Government of Iran", L("Tehran", "IR", "Tehran", 1), "airstrike", fat=1)],
    "portal-2026-03-23-17": [E("air", None, "Civilians (Iran)", L("southern Iran", "IR", None, 3), "a strike", fat=1)],
    "portal-2026-03-25-20": [],
    "portal-2026-03-25-31": [E("air", UA, "Civilians (Russia)", L("Belgorod Oblast", "RU", "Belgorod", 3), "drone strike",
                               fat=2)],
    "portal-2026-03-27-21": [E("air", IL, None, L("Yazd", "IR", "Yazd", 1), "strikes", fat=0)],
    "portal-2026-03-27-54": [E("peaceful", "Protesters (India)", None,
                               L("Jammu and Kashmir Legislative Assembly", "IN", "Jammu and Kashmir", 1), "protest")],
    "portal-2026-03-31-16": [],
    "portal-2026-03-31-21": [],
    "portal-2026-04-02-32": [E("air", UA, RU, L("Kirovske Air Base", "UA", "Crimea", 1), "airstrike")],
    "portal-2026-04-06-38": [E("air", None, None, L("South Pars gas field", "IR", "Bushehr", 1), "Explosions")],
    "portal-2026-04-06-45": [
        E("air", None, "Military Forces of Iran", L("northern Iran", "IR", None, 3), "explosions and attacks"),
        E("air", None, None, L("Khorramshahr", "IR", "Khuzestan", 1), "explosions and attacks")],
    "portal-2026-04-06-85": [
        E("abduct", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", L("Concordia", "MX", "Sinaloa", 2),
          "abducted", date="2026-01", bg=True),
        E("attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", L("Concordia", "MX", "Sinaloa", 2),
          "are dead", fat=9)],
    "portal-2026-04-07-15": [E("agree", "Government of the United States", "Government of Iran", None,
                               "he has agreed")],
    "portal-2026-04-08-35": [E("attack", None, "Civilians (Thailand)", L("Strait of Hormuz", "IR", "Hormozgan", 2),
                               "attacked", date="2026-03", fat=3, bg=True)],
    "portal-2026-04-08-71": [
        E("arrest", "Police Forces of Turkey", "Islamic State", L("Turkey", "TR", None, 4), "arrest"),
        E("clash", "Unidentified Armed Group (Turkey)", None, L("Istanbul", "TR", "Istanbul", 1), "fatal shootout",
          date="2026-04-07", bg=True)],
    "portal-2026-04-10-28": [E("attack", "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)",
                               L("Injil", "AF", "Herat", 2), "open fire", fat=11)],
    "portal-2026-04-19-55": [],
    "portal-2026-04-27-63": [],
    "portal-2026-05-01-24": [],
    "portal-2026-05-01-67": [E("attack", "Unidentified Armed Group (China)", "Civilians (China)", L("Chengdu", "CN", "Sichuan", 1),
                               "vehicle-ramming attack", fat=1)],
    "portal-2026-05-03-16": [E("attack", "Unidentified Armed Group (Iran)", "Civilians (International)",
                               L("Bandar Sirik", "IR", "Hormozgan", 2), "attacked")],
    "portal-2026-05-05-26": [E("air", RSF, "Civilians (Sudan)", L("Kosti", "SD", "White Nile", 1), "drone strike", fat=5)],
    "portal-2026-05-07-27": [
        E("attack", "Allied Democratic Forces", "Civilians (Democratic Republic of Congo)", L("North Kivu", "CD", "North Kivu", 3),
          "attacks"),
        E("attack", "Allied Democratic Forces", "Civilians (Democratic Republic of Congo)", L("Ituri", "CD", "Ituri", 3),
          "attacks")],
    "portal-2026-05-08-20": [],
    "portal-2026-05-08-21": [],
    "portal-2026-05-08-63": [],
    "portal-2026-05-13-72": [],
    "portal-2026-05-13-76": [],
    "portal-2026-05-14-14": [],
    "portal-2026-05-14-18": [E("air", RU, "Civilians (Ukraine)", L("Kyiv", "UA", "Kyiv City", 1), "strikes", fat=16)],
    "portal-2026-05-28-15": [E("agree", "Government of the United States", "Government of Iran", None, "agreed to a deal")],
    "portal-2026-05-28-30": [E("clash", "FARC Dissidents", "FARC Dissidents", L("Guaviare", "CO", "Guaviare", 3), "Clashes",
                               fat=48)],
    "portal-2026-06-04-20": [],
    "portal-2026-06-04-23": [E("shell", None, "United Nations Interim Force in Lebanon", L("Marjayoun", "LB", "Nabatieh", 2),
                               "artillery shelling", fat=1)],
    "portal-2026-06-04-25": [E("air", IL, "Hamas", GAZA, "strikes", fat=13, mod="claimed")],
    "portal-2026-06-04-32": [E("clash", "Beni Halba Communal Militia (Sudan)", "Salamat Communal Militia (Sudan)",
                               L("South Darfur", "SD", "South Darfur", 3), "clashes", fat=350)],
    "portal-2026-06-08-19": [E("air", "Islamic Revolutionary Guard Corps", "Unidentified Armed Group (Iran)",
                               L("Sulaymaniyah Governorate", "IQ", "Sulaymaniyah", 3), "strikes")],
    "portal-2026-06-11-32": [E("air", RSF, "Civilians (Sudan)", L("El-Obeid", "SD", "North Kordofan", 1), "drone strikes",
                               fat=23)],
    "portal-2026-06-16-14": [],
    "portal-2026-06-17-49": [],
    "portal-2026-06-17-51": [],
    "portal-2026-06-18-32": [E("air", UA, None, L("Moscow", "RU", "Moscow", 1), "drone attack")],
    "portal-2026-06-19-16": [],
    "portal-2026-06-19-31": [E("attack", "Unidentified Armed Group (United Kingdom)", "Civilians (United Kingdom)",
                               L("Edinburgh", "GB", "Scotland", 1), "Islamophobic attacks")],
    "portal-2026-06-24-19": [
        E("air", UA, None, L("Orenburg Gas Processing Plant", "RU", "Orenburg", 1), "striking", occ=1),
        E("air", UA, None, L("Moscow Oblast", "RU", "Moscow Oblast", 3), "striking", occ=2),
        E("air", UA, None, L("Vladimir Oblast", "RU", "Vladimir", 3), "striking", occ=2),
        E("disrupt", RU, UA, L("Russia", "RU", None, 4), "shot down", mod="foiled")],
    "portal-2026-06-30-18": [],
    "portal-2026-07-04-42": [],
    "portal-2026-07-08-23": [E("shell", None, "Civilians (Qatar)", L("Strait of Hormuz", "IR", "Hormozgan", 2), "projectiles",
                               date="yest", fat=0)],
    "portal-2026-07-08-74": [],
    "portal-2026-07-14-19": [],
    "portal-2026-07-16-26": [E("clash", "Military Forces of Mozambique", "Islamic State", L("Catupa", "MZ", "Cabo Delgado", 2),
                               "clashes", date="2026-06", fat=5)],
    "portal-2026-07-20-45": [E("loot", "Military Forces of Iraq", "Islamic State", L("Kirkuk", "IQ", "Kirkuk", 3), "destroyed",
                               mod="claimed")],
    "portal-2026-07-23-25": [],
    "portal-2026-07-23-54": [E("attack", "Unidentified Armed Group (United States)", "Government of the United States",
                               L("Minnesota", "US", "Minnesota", 3), "killing", date="2025-06", fat=2, bg=True)],
    "portal-2026-08-02-26": [E("shell", None, "Civilians (Ethiopia)", L("Ethiopia–Sudan border", "SD", None, 4), "projectiles",
                               fat=10)],
    "portal-2026-08-02-33": [],
    "portal-2026-08-05-51": [E("disrupt", None, None, L("Leipzig/Halle Airport", "DE", "Saxony", 1), "found and defused",
                               mod="foiled")],
    "portal-2026-08-09-26": [
        E("clash", "Military Forces of Colombia", "FARC Dissidents", L("Meta", "CO", "Meta", 3), "killed four FARC dissidents",
          fat=4, mod="claimed"),
        E("clash", "Military Forces of Colombia", "Clan del Golfo", L("Antioquia", "CO", "Antioquia", 3), "two Gulf Clan members",
          fat=2, mod="claimed")],
    "portal-2026-08-11-24": [E("air", IL, "Hamas", GAZA, "a strike")],
    "portal-2026-08-13-21": [E("ied", "Unidentified Armed Group (Ukraine)", RU, L("Sevastopol", "UA", "Sevastopol", 1),
                               "an explosive planted", fat=1)],
    "portal-2026-08-21-21": [E("shell", "Military Forces of Myanmar", "Civilians (Myanmar)", L("Myaung", "MM", "Sagaing", 2),
                               "bombarded", fat=12)],
    "portal-2027-12-05-56": [],
}

if __name__ == "__main__":
    try:
        run(os.path.join(HERE, "batch-X4.jsonl"), os.path.join(HERE, "coded-X4.jsonl"), CODES,
            partial_ok="--partial" in sys.argv)
    except CodeError as e:
        sys.exit(f"ERROR: {e}")
