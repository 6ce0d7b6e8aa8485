#!/usr/bin/env python3
"""Annotator X8: hand codes for batch-X8.jsonl (Portal:Current events items).

Each code keeps the trigger phrase plus its occurrence number in the text; the
script computes UTF-8 byte offsets and checks every evidence span.
Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

TAXONOMY = {
    "Battles": ["Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack",
                                   "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
          "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
          "COERCE", "ASSAULT"}
MODALITIES = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed",
              "denied", "hypothetical"}

# short keys -> (event_type, sub_event_type, plover)
T = {
    "CLASH": ("Battles", "Armed clash", "ASSAULT"),
    "GOVREGAIN": ("Battles", "Government regains territory", "ASSAULT"),
    "NSAOVER": ("Battles", "Non-state actor overtakes territory", "ASSAULT"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
    "SHELL": ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"),
    "SUICIDE": ("Explosions/Remote violence", "Suicide bomb", "ASSAULT"),
    "GRENADE": ("Explosions/Remote violence", "Grenade", "ASSAULT"),
    "CHEM": ("Explosions/Remote violence", "Chemical weapon", "ASSAULT"),
    "ATTACK": ("Violence against civilians", "Attack", "ASSAULT"),
    "ABDUCT": ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT"),
    "SEXVIOL": ("Violence against civilians", "Sexual violence", "ASSAULT"),
    "PEACEFUL": ("Protests", "Peaceful protest", "PROTEST"),
    "PROTINT": ("Protests", "Protest with intervention", "PROTEST"),
    "EXCESSIVE": ("Protests", "Excessive force against protesters", "ASSAULT"),
    "VIOLDEMO": ("Riots", "Violent demonstration", "PROTEST"),
    "MOB": ("Riots", "Mob violence", "ASSAULT"),
    "AGREE": ("Strategic developments", "Agreement", "AGREE"),
    "ARREST": ("Strategic developments", "Arrests", "COERCE"),
    "CHANGE": ("Strategic developments", "Change to group/activity", "MOBILIZE"),
    "DISRUPT": ("Strategic developments", "Disrupted weapons use", "COERCE"),
    "HQ": ("Strategic developments", "Headquarters or base established", "MOBILIZE"),
    "LOOT": ("Strategic developments", "Looting/property destruction", "COERCE"),
    "TRANSFER": ("Strategic developments", "Non-violent transfer of territory", "RETREAT"),
    "OTHER": ("Strategic developments", "Other", "COERCE"),
}


def L(name, country, admin1=None, precision=1):
    return {"name": name, "country": country, "admin1": admin1, "precision": precision}


def E(kind, actor1, actor2, date, loc, fat, ev, occ=1, modality="occurred",
      background=False, plover=None):
    et, st, pl = T[kind]
    return {"event_type": et, "sub_event_type": st, "plover": plover or pl,
            "modality": modality, "actor1": actor1, "actor2": actor2, "date": date,
            "location": loc, "fatalities": fat, "background": background,
            "_ev": (ev, occ)}


def find_nth(hay, needle, n):
    pos = -1
    for _ in range(n):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def check_event(item_id, text, e):
    et, st, pl = e["event_type"], e["sub_event_type"], e["plover"]
    if et not in TAXONOMY:
        sys.exit("%s: unknown event_type %r" % (item_id, et))
    if st not in TAXONOMY[et]:
        sys.exit("%s: sub-type %r not in %r" % (item_id, st, et))
    if pl not in PLOVER:
        sys.exit("%s: unknown PLOVER %r" % (item_id, pl))
    if e["modality"] not in MODALITIES:
        sys.exit("%s: unknown modality %r" % (item_id, e["modality"]))
    d = e["date"]
    if d is not None and not (len(d) in (7, 10) and d[4] == "-"):
        sys.exit("%s: bad date %r" % (item_id, d))
    loc = e["location"]
    if loc is not None:
        if loc["precision"] not in (1, 2, 3, 4) or len(loc["country"]) != 2:
            sys.exit("%s: bad location %r" % (item_id, loc))
    if e["fatalities"] is not None and not isinstance(e["fatalities"], int):
        sys.exit("%s: bad fatalities" % item_id)
    phrase, occ = e.pop("_ev")
    b = text.encode()
    pb = phrase.encode()
    start = find_nth(b, pb, occ)
    if start < 0:
        sys.exit("%s: evidence %r (occurrence %d) not found" % (item_id, phrase, occ))
    end = start + len(pb)
    if b[start:end].decode() != phrase:
        sys.exit("%s: evidence mismatch" % item_id)
    e["evidence"] = {"start": start, "end": end, "text": phrase}
    return e


def build(infile, outfile, codes, require_all=False):
    items = [json.loads(l) for l in open(infile, encoding="utf-8") if l.strip()]
    ids = {it["id"] for it in items}
    for k in codes:
        if k not in ids:
            sys.exit("unknown id in codes: %s" % k)
    n_items = n_events = n_empty = n_coded = 0
    with open(outfile, "w", encoding="utf-8") as out:
        for it in items:
            n_items += 1
            evs = codes.get(it["id"])
            if evs is None:
                if require_all:
                    sys.exit("not coded: %s" % it["id"])
                evs_out = []
            else:
                n_coded += 1
                evs_out = [check_event(it["id"], it["text"], dict(e)) for e in evs]
                if not evs_out:
                    n_empty += 1
            n_events += len(evs_out)
            rec = dict(it)
            rec["events"] = evs_out
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("%s: %d items, %d coded, %d events, %d coded with no event"
          % (os.path.basename(outfile), n_items, n_coded, n_events, n_empty))


# ---------------------------------------------------------------------------
# Codes: id -> list of events ([] = no codable event)
# ---------------------------------------------------------------------------
CODES = {}

UA_RU = "Military Forces of Russia"
UA = "Military Forces of Ukraine"
IL = "Military Forces of Israel"
DRC = "Military Forces of the Democratic Republic of Congo"

# --- items 0-49 -------------------------------------------------------------
CODES.update({
    "portal-2025-01-02-24": [
        E("ATTACK", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
          L("New Orleans", "US", "Louisiana", 1), None, "attacks", background=True),
        E("ATTACK", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
          L("Las Vegas", "US", "Nevada", 1), None, "attacks", background=True),
    ],
    "portal-2025-01-03-14": [],
    "portal-2025-01-10-50": [],
    "portal-2025-01-19-18": [
        E("CLASH", "Hamas", IL, None, None, 1, "captured and killed", background=True),
    ],
    "portal-2025-01-21-25": [
        E("ATTACK", "Unidentified Armed Group (Israel)", "Civilians (Israel)", "2025-01-21",
          L("Tel Aviv", "IL", "Tel Aviv", 1), 0, "stabbing attack"),
    ],
    "portal-2025-01-21-59": [],
    "portal-2025-01-23-21": [],
    "portal-2025-01-27-18": [
        E("NSAOVER", "March 23 Movement", DRC, "2025-01-27",
          L("Goma", "CD", "North Kivu", 1), None, "claim to have captured", modality="claimed"),
        E("CLASH", DRC, "Military Forces of Rwanda", "2025-01-27",
          L("Democratic Republic of Congo-Rwanda border", "CD", None, 3), None, "exchange fire"),
    ],
    "portal-2025-01-27-46": [],
    "portal-2025-01-29-15": [],
    "portal-2025-01-29-23": [],
    "portal-2025-02-05-18": [
        E("ATTACK", "Unidentified Armed Group (Sudan)", "Civilians (Sudan)", "2025-02-05",
          L("Khartoum", "SD", "Khartoum", 1), 10, "several children have been killed"),
    ],
    "portal-2025-02-06-24": [
        E("CLASH", "Islamic State", "Military Forces of Niger", "2025-02-06",
          L("Niger-Burkina Faso border", "NE", None, 3), 10, "ambush"),
    ],
    "portal-2025-02-08-16": [
        E("CLASH", "Hay'at Tahrir al-Sham", "Clan Militia (Lebanon)", "2025-02-08",
          L("Lebanon-Syria border", "LB", None, 3), 4, "border clashes"),
    ],
    "portal-2025-02-08-19": [
        E("CLASH", "Afghanistan Freedom Front", "Taliban", "2025-02-08",
          L("Takhar", "AF", "Takhar", 3), 3, "attack on a Taliban convoy"),
    ],
    "portal-2025-02-24-17": [
        E("AIR", UA, None, "2025-02-24", L("Ryazan", "RU", "Ryazan Oblast", 1), None,
          "drone attack"),
    ],
    "portal-2025-02-26-50": [
        E("ATTACK", "Unidentified Armed Group (France)", "Civilians (France)", None,
          L("Nice", "FR", "Provence-Alpes-Cote d'Azur", 1), None, "2020 stabbing",
          background=True),
    ],
    "portal-2025-02-28-61": [
        E("CHANGE", "National Citizen Party", None, "2025-02-28",
          L("Bangladesh", "BD", None, 4), None, "announce the formation"),
    ],
    "portal-2025-03-05-13": [
        E("SHELL", UA_RU, "Civilians (Ukraine)", "2025-03-05",
          L("Kryvyi Rih", "UA", "Dnipropetrovsk Oblast", 1), 4, "missile strikes"),
    ],
    "portal-2025-03-11-24": [
        E("AIR", UA, "Civilians (Russia)", "2025-03-11", L("Moscow", "RU", "Moscow", 1), 3,
          "drone attack"),
    ],
    "portal-2025-03-17-51": [],
    "portal-2025-03-19-22": [
        E("AIR", UA_RU, None, "2025-03-19", L("Kyiv", "UA", "Kyiv City", 1), None,
          "drone attacks"),
    ],
    "portal-2025-03-20-23": [
        E("AIR", UA, UA_RU, "2025-03-20", L("Engels-2 air base", "RU", "Saratov Oblast", 1),
          None, "drone strike"),
    ],
    "portal-2025-04-01-14": [],
    "portal-2025-04-03-49": [
        E("ARREST", "Police Forces of Turkey", "Protesters (Turkey)", "2025-04-03",
          L("Turkey", "TR", None, 4), None, "detain"),
        E("ARREST", "Police Forces of Turkey", "Ekrem İmamoğlu", None,
          L("Turkey", "TR", None, 4), None, "the arrest of Istanbul mayor", background=True),
    ],
    "portal-2025-04-18-20": [
        E("MOB", "Tehreek-e-Labbaik Pakistan", "Civilians (Pakistan)", "2025-04-18",
          L("Karachi", "PK", "Sindh", 1), 1, "mob"),
    ],
    "portal-2025-04-24-21": [
        E("SHELL", UA_RU, "Civilians (Ukraine)", "2025-04-24", L("Kyiv", "UA", "Kyiv City", 1),
          12, "ballistic missile strike"),
    ],
    "portal-2025-05-08-25": [
        E("ATTACK", "MS-13", "Civilians (United States)", "2017-04",
          L("Long Island", "US", "New York", 3), 5, "mass stabbing murders", background=True),
    ],
    "portal-2025-05-10-16": [
        E("AIR", "Military Forces of Pakistan", "Military Forces of India", "2025-05-10",
          L("Udhampur", "IN", "Jammu and Kashmir", 1), None, "airstrikes"),
        E("AIR", "Military Forces of Pakistan", "Military Forces of India", "2025-05-10",
          L("Pathankot Airport", "IN", "Punjab", 1), None, "airstrikes"),
        E("AIR", "Military Forces of Pakistan", "Military Forces of India", "2025-05-10",
          L("Beas", "IN", "Punjab", 1), None, "airstrikes"),
        E("CLASH", "Military Forces of Pakistan", "Military Forces of India", "2025-05-10",
          L("India", "IN", None, 4), None, "downed", modality="claimed"),
    ],
    "portal-2025-05-10-34": [],
    "portal-2025-05-12-21": [
        E("ATTACK", "Islamic State", "Civilians (Syria)", None,
          L("Dabiq", "SY", "Aleppo", 1), 30, "killed by Islamic State militants",
          background=True),
    ],
    "portal-2025-05-15-12": [
        E("CLASH", "Jama'at Nasr al-Islam wal-Muslimin", "Military Forces of Burkina Faso",
          "2025-05-11", L("Djibo", "BF", "Sahel", 1), 200, "attack on a military base",
          modality="claimed"),
        E("CLASH", "Jama'at Nasr al-Islam wal-Muslimin", "Military Forces of Burkina Faso",
          "2025-05-15", L("Diapaga", "BF", None, 1), 60, "Diapaga attack"),
    ],
    "portal-2025-05-17-17": [
        E("AIR", UA_RU, "Civilians (Ukraine)", "2025-05-17",
          L("Bilopillia", "UA", "Sumy Oblast", 2), 9, "attacked by a Russian drone"),
    ],
    "portal-2025-05-17-24": [
        E("CLASH", "Military Forces of Syria", "Islamic State", "2025-05-17",
          L("Aleppo", "SY", "Aleppo", 1), 4, "military operation"),
        E("ARREST", "Military Forces of Syria", "Islamic State", "2025-05-17",
          L("Aleppo", "SY", "Aleppo", 1), None, "arrested"),
    ],
    "portal-2025-05-18-20": [
        E("IED", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", "2025-05-18",
          L("Killa Abdullah District", "PK", "Balochistan", 2), 4, "bombing"),
    ],
    "portal-2025-05-23-12": [
        E("GOVREGAIN", "Military Forces of Sudan", None, None,
          L("Omdurman", "SD", "Khartoum", 1), None, "capture of Omdurman", background=True),
        E("ATTACK", "Unidentified Armed Group (Sudan)", "Civilians (Sudan)", None,
          L("Omdurman", "SD", "Khartoum", 1), 465, "mass grave", background=True),
    ],
    "portal-2025-05-23-42": [
        E("ATTACK", "Unidentified Armed Group (United States)", "Civilians (United States)",
          "2025-05-21", L("Washington, D.C.", "US", "District of Columbia", 1), 2, "killing",
          background=True),
    ],
    "portal-2025-05-24-16": [
        E("AIR", IL, "Civilians (Palestine)", "2025-05-24", L("Gaza Strip", "PS", None, 3), 79,
          "airstrikes"),
    ],
    "portal-2025-05-26-12": [
        E("AIR", IL, "Civilians (Palestine)", "2025-05-26", L("Gaza Strip", "PS", None, 3), 52,
          "Israeli attacks"),
    ],
    "portal-2025-05-26-34": [
        E("ATTACK", "Unidentified Armed Group (Philippines)", "Civilians (Philippines)",
          "2025-05-26", L("Dasmariñas", "PH", "Cavite", 1), 4, "shooting"),
    ],
    "portal-2025-05-28-40": [
        E("IED", "Unidentified Armed Group (India)", "Civilians (India)", None,
          L("Patnagarh", "IN", "Odisha", 1), 2, "2018 bombing", background=True),
    ],
    "portal-2025-06-03-61": [],
    "portal-2025-06-06-19": [],
    "portal-2025-06-07-36": [],
    "portal-2025-06-09-33": [],
    "portal-2025-06-13-15": [
        E("AIR", IL, "Government of Iran", "2025-06-13", L("Iran", "IR", None, 4), None,
          "targeted assassination strikes"),
    ],
    "portal-2025-06-19-14": [],
    "portal-2025-06-19-38": [],
    "portal-2025-06-20-40": [],
    "portal-2025-06-20-41": [],
})
# --- items 50-99 ------------------------------------------------------------
CODES.update({
    "portal-2025-06-21-20": [
        E("AIR", IL, "Civilians (Iran)", "2025-06-21", L("Iran", "IR", None, 4), None,
          "Israeli strikes"),
    ],
    "portal-2025-06-21-42": [
        E("VIOLDEMO", "Rioters (Panama)", "Police Forces of Panama", "2025-06-21",
          L("Bocas del Toro Province", "PA", "Bocas del Toro", 3), 1, "anti-government protests"),
    ],
    "portal-2025-06-22-17": [],
    "portal-2025-06-29-14": [
        E("DISRUPT", UA, UA_RU, "2025-06-29", L("Ukraine", "UA", None, 4), 1,
          "repelling a Russian airstrike", modality="foiled"),
    ],
    "portal-2025-07-10-18": [
        E("SHELL", UA_RU, "Civilians (Ukraine)", "2025-07-10", L("Kyiv", "UA", "Kyiv City", 1), 2,
          "missile and drone attack"),
    ],
    "portal-2025-07-22-16": [
        E("DISRUPT", IL, "Houthis", "2025-07-22",
          L("Ben Gurion International Airport", "IL", "Central District", 1), None,
          "intercepted", modality="foiled"),
    ],
    "portal-2025-07-22-35": [
        E("PEACEFUL", "Protesters (Ukraine)", None, "2025-07-22", L("Ukraine", "UA", None, 4), None,
          "widespread protests"),
    ],
    "portal-2025-07-25-33": [
        E("CLASH", "Mai-Mai Militia", "Mai-Mai Militia", "2025-07-25",
          L("Babila-Babombi", "CD", "Ituri", 2), None, "fight"),
    ],
    "portal-2025-07-28-12": [
        E("NSAOVER", "March 23 Movement", "Wazalendo", "2025-07-28",
          L("Shoa", "CD", "North Kivu", 1), None, "clash"),
        E("NSAOVER", "March 23 Movement", "Wazalendo", "2025-07-28",
          L("Shamarambo", "CD", "North Kivu", 1), None, "captured by the M23"),
    ],
    "portal-2025-07-28-19": [
        E("ATTACK", "Houthis", "Civilians (International)", "2025-07", None, None,
          "attacked and sunk", background=True),
        E("ABDUCT", "Houthis", "Civilians (International)", "2025-07", None, None,
          "in captivity", background=True),
    ],
    "portal-2025-07-31-12": [
        E("AIR", UA_RU, "Civilians (Ukraine)", "2025-07-31", L("Kyiv", "UA", "Kyiv City", 1), 31,
          "launch drones and cruise missiles"),
    ],
    "portal-2025-08-02-23": [
        E("NSAOVER", "March 23 Movement", "Decisive Movement for the Liberation of Congo",
          "2025-08-02", L("Kamakombe", "CD", "South Kivu", 1), None, "briefly capture"),
    ],
    "portal-2025-08-03-15": [
        E("AIR", UA, None, "2025-08-03", L("Sochi", "RU", "Krasnodar Krai", 1), None,
          "drone attack"),
    ],
    "portal-2025-08-15-48": [],
    "portal-2025-08-16-12": [
        E("ATTACK", "Allied Democratic Forces", "Civilians (Democratic Republic of Congo)",
          "2025-08-16", L("Bapere", "CD", "North Kivu", 1), 30, "killed"),
    ],
    "portal-2025-08-17-27": [
        E("ATTACK", "Unidentified Armed Group (United States)", "Civilians (United States)",
          "2025-08-17", L("Crown Heights, New York City", "US", "New York", 1), 3,
          "mass shooting"),
    ],
    "portal-2025-08-22-24": [
        E("CLASH", "Unidentified Armed Group (Iran)", "Police Forces of Iran", "2025-08-22",
          L("Sistan and Baluchestan", "IR", "Sistan and Baluchestan", 3), 5, "mass shooting"),
    ],
    "portal-2025-08-26-39": [
        E("GOVREGAIN", "Police Forces of Haiti", "Viv Ansanm", "2025-08-26",
          L("Port-au-Prince", "HT", "Ouest", 1), None, "regain control"),
        E("NSAOVER", "Viv Ansanm", None, None, L("Port-au-Prince", "HT", "Ouest", 1), None,
          "seized by the Viv Ansanm gang", background=True),
    ],
    "portal-2025-08-30-14": [
        E("AIR", IL, "Houthis", "2025-08-28", L("Yemen", "YE", None, 4), 3, "Israeli airstrike"),
    ],
    "portal-2025-09-02-14": [
        E("AIR", "Military Forces of the United States", "Tren de Aragua", "2025-09-02",
          L("Caribbean Sea", "VE", None, 4), 11, "precision strike"),
    ],
    "portal-2025-09-04-51": [],
    "portal-2025-09-04-54": [],
    "portal-2025-09-11-59": [],
    "portal-2025-09-12-13": [
        E("ATTACK", "Unidentified Armed Group (Israel)", "Civilians (Israel)", "2025-09-12",
          L("Tzova", "IL", "Jerusalem District", 1), None, "stabs"),
    ],
    "portal-2025-09-21-36": [],
    "portal-2025-09-21-38": [
        E("PEACEFUL", "Protesters (Peru)", None, "2025-09-21", L("Lima", "PE", "Lima", 1), None,
          "protest"),
    ],
    "portal-2025-10-02-19": [
        E("ATTACK", "Unidentified Armed Group (United Kingdom)", "Civilians (United Kingdom)",
          "2025-10-02", L("Crumpsall, Manchester", "GB", "England", 1), 3,
          "vehicle-ramming and mass stabbing attack"),
    ],
    "portal-2025-10-08-13": [
        E("AGREE", "Government of Israel", "Hamas", "2025-10-08", L("Gaza Strip", "PS", None, 3),
          None, "agreed to a ceasefire"),
    ],
    "portal-2025-10-08-40": [
        E("ATTACK", "Unidentified Armed Group (United States)", "Civilians (United States)",
          "2025-10-08", L("Houston", "US", "Texas", 1), None, "shooting spree"),
        E("ATTACK", "Unidentified Armed Group (United States)", "Civilians (United States)",
          "2025-10-08", L("Sugar Land", "US", "Texas", 1), None, "shooting spree"),
    ],
    "portal-2025-10-08-41": [
        E("ATTACK", "Unidentified Armed Group (Peru)", "Civilians (Peru)", "2025-10-08",
          L("Lima", "PE", "Lima", 1), 0, "mass shooting"),
    ],
    "portal-2025-10-14-14": [
        E("ABDUCT", "Hamas", "Civilians (Israel)", "2023-10-07", L("Israel", "IL", None, 4), None,
          "kidnapped", background=True),
    ],
    "portal-2025-10-14-21": [
        E("ATTACK", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)", "2025-10-14",
          L("Plateau State", "NG", "Plateau", 3), None, "attacks"),
        E("ATTACK", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)", "2025-10-14",
          L("Plateau State", "NG", "Plateau", 3), None, "attacks"),
    ],
    "portal-2025-10-14-56": [
        E("OTHER", "Military Forces of Madagascar", "Government of Madagascar", "2025-10-14",
          L("Madagascar", "MG", None, 4), None, "taking power"),
    ],
    "portal-2025-10-15-20": [],
    "portal-2025-10-15-49": [
        E("IED", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "2025-10-15",
          L("Tarmiyah District", "IQ", "Baghdad", 2), 1, "bomb attached to his vehicle"),
    ],
    "portal-2025-10-18-27": [
        E("PEACEFUL", "Protesters (United States)", None, "2025-10-18",
          L("United States", "US", None, 4), None, "No Kings protests"),
    ],
    "portal-2025-10-20-13": [],
    "portal-2025-10-20-37": [
        E("ATTACK", "Unidentified Armed Group (South Korea)", "Civilians (South Korea)", "2025-02",
          L("Daejeon", "KR", "Daejeon", 1), 1, "stabbed", background=True),
    ],
    "portal-2025-10-20-39": [],
    "portal-2025-10-31-26": [
        E("EXCESSIVE", None, "Protesters (Tanzania)", "2025-10-31", L("Tanzania", "TZ", None, 4),
          10, "protests"),
    ],
    "portal-2025-10-31-29": [
        E("ARREST", "Police Forces of Guyana", "Azruddin Mohamed", "2025-10-31",
          L("Guyana", "GY", None, 4), None, "arrest"),
    ],
    "portal-2025-11-07-53": [
        E("VIOLDEMO", "Rioters (Tanzania)", None, None, L("Tanzania", "TZ", None, 4), None,
          "violent protests", background=True),
    ],
    "portal-2025-11-13-22": [
        E("CLASH", "Police Forces of Haiti", "Unidentified Gang (Haiti)", "2025-11-13",
          L("Croix-des-Bouquets", "HT", "Ouest", 1), 7, "police operation"),
    ],
    "portal-2025-11-13-54": [],
    "portal-2025-11-20-59": [],
    "portal-2025-11-21-13": [
        E("NSAOVER", UA_RU, UA, "2025-11-21", L("Kupiansk", "UA", "Kharkiv Oblast", 1), None,
          "captured", modality="claimed"),
    ],
    "portal-2025-11-26-14": [
        E("AIR", "Unidentified Armed Group (Iraq)", None, "2025-11-26",
          L("Khor Mor gas field", "IQ", "Sulaymaniyah", 1), None, "drone strike"),
    ],
    "portal-2025-11-27-67": [],
    "portal-2025-12-04-49": [],
    "portal-2025-12-16-46": [],
})

# --- items 100-149 ----------------------------------------------------------
CODES.update({
    "portal-2025-12-17-32": [],
    "portal-2025-12-23-50": [
        E("ATTACK", "Unidentified Armed Group (Croatia)", "Civilians (Croatia)", "2024-12",
          L("Zagreb", "HR", "City of Zagreb", 1), 1, "fatally stabbing", background=True),
    ],
    "portal-2025-12-25-18": [
        E("AIR", IL, "Civilians (Lebanon)", "2025-12-25",
          L("Southern Lebanon", "LB", "South Lebanon", 3), None, "Israeli airstrikes"),
        E("AIR", IL, "Civilians (Lebanon)", "2025-12-25",
          L("Southern Lebanon", "LB", "South Lebanon", 3), None, "Israeli airstrikes"),
    ],
    "portal-2026-01-02-13": [
        E("AIR", "Saudi Arabia-led Coalition", "Southern Transitional Council", "2026-01-02",
          L("Hadhramaut Governorate", "YE", "Hadhramaut", 3), 20, "launches airstrikes"),
    ],
    "portal-2026-01-03-21": [
        E("ATTACK", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "2026-01-03",
          L("Borgu", "NG", "Niger", 2), 30, "raid"),
        E("ABDUCT", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "2026-01-03",
          L("Borgu", "NG", "Niger", 2), None, "kidnapped"),
    ],
    "portal-2026-01-04-15": [],
    "portal-2026-01-16-39": [],
    "portal-2026-01-17-50": [
        E("MOB", "Rioters (Guatemala)", "Prison Guards (Guatemala)", "2026-01-17",
          L("Guatemala", "GT", None, 4), None, "riots"),
        E("MOB", "Rioters (Guatemala)", "Prison Guards (Guatemala)", "2026-01-17",
          L("Guatemala", "GT", None, 4), None, "riots"),
        E("MOB", "Rioters (Guatemala)", "Prison Guards (Guatemala)", "2026-01-17",
          L("Guatemala", "GT", None, 4), None, "riots"),
    ],
    "portal-2026-01-18-16": [
        E("AGREE", "Government of Syria", "Syrian Democratic Forces", "2026-01-18",
          L("Syria", "SY", None, 4), None, "ceasefire"),
    ],
    "portal-2026-01-18-26": [
        E("CLASH", "FARC Dissidents", "FARC Dissidents", "2026-01-18",
          L("El Retorno", "CO", "Guaviare", 1), 27, "Clashes"),
    ],
    "portal-2026-01-21-13": [
        E("AIR", IL, "Civilians (Palestine)", "2026-01-21",
          L("Netzarim Corridor", "PS", None, 2), 11, "Israeli airstrikes"),
    ],
    "portal-2026-01-21-15": [
        E("AIR", IL, "Civilians (Lebanon)", "2026-01-21", L("Tyre", "LB", "South Lebanon", 1), 1,
          "airstrikes"),
        E("AIR", IL, "Civilians (Lebanon)", "2026-01-21", L("Sidon", "LB", "South Lebanon", 1), 1,
          "airstrikes"),
        E("AIR", IL, "Civilians (Lebanon)", "2026-01-21", L("Qanarit", "LB", "South Lebanon", 1),
          0, "airstrikes"),
    ],
    "portal-2026-01-21-40": [],
    "portal-2026-01-21-42": [],
    "portal-2026-01-21-44": [
        E("ATTACK", "Unidentified Armed Group (Japan)", "Civilians (Japan)", None,
          L("Japan", "JP", None, 4), 1, "assassinating", background=True),
    ],
    "portal-2026-01-21-46": [],
    "portal-2026-01-28-13": [
        E("AIR", UA_RU, "Civilians (Ukraine)", "2026-01-28", L("Kyiv Oblast", "UA", "Kyiv Oblast", 3),
          None, "overnight Russian strikes"),
        E("AIR", UA_RU, "Civilians (Ukraine)", "2026-01-28",
          L("Dnipropetrovsk Oblast", "UA", "Dnipropetrovsk Oblast", 3), None,
          "overnight Russian strikes"),
        E("AIR", UA_RU, "Civilians (Ukraine)", "2026-01-28", L("Odesa Oblast", "UA", "Odesa Oblast", 3),
          None, "overnight Russian strikes"),
    ],
    "portal-2026-01-30-26": [],
    "portal-2026-01-31-13": [
        E("AIR", IL, "Civilians (Palestine)", "2026-01-31", L("Gaza Strip", "PS", None, 3), 31,
          "Israeli attacks"),
    ],
    "portal-2026-02-08-64": [],
    "portal-2026-02-13-16": [
        E("SHELL", UA, "Civilians (Russia)", "2026-02-13", L("Belgorod", "RU", "Belgorod Oblast", 1),
          2, "missile strike"),
    ],
    "portal-2026-02-14-14": [
        E("ATTACK", "Unidentified Armed Group (Burkina Faso)", "Civilians (Ghana)", "2026-02-14",
          L("Titao", "BF", "Nord", 1), 7, "attack Titao"),
    ],
    "portal-2026-02-17-42": [
        E("ARREST", "Police Forces of Azerbaijan", "Ruben Vardanyan", None,
          L("Nagorno-Karabakh", "AZ", None, 3), None, "arrested", background=True),
        E("GOVREGAIN", "Military Forces of Azerbaijan", None, None,
          L("Nagorno-Karabakh", "AZ", None, 3), None, "Azerbaijan regained control",
          background=True),
    ],
    "portal-2026-02-25-16": [
        E("CLASH", "Military Forces of Cuba", "Unidentified Armed Group (Cuba)", "2026-02-25",
          L("Cuba", "CU", None, 4), 4, "trades fire"),
    ],
    "portal-2026-03-03-15": [
        E("AIR", "Military Forces of Iran", "Military Forces of Australia", "2026-03-03",
          L("Al Minhad Air Base", "AE", "Dubai", 1), 0, "drone strike"),
    ],
    "portal-2026-03-03-65": [],
    "portal-2026-03-06-15": [
        E("VIOLDEMO", "Rioters (United States)", "Rioters (United States)", "2026-03-06",
          L("Washington Square Park, New York City", "US", "New York", 1), None, "clash"),
    ],
    "portal-2026-03-06-34": [
        E("AIR", IL, "Civilians (Lebanon)", "2026-03-06",
          L("Al-Nabi Shayth", "LB", "Baalbek-Hermel", 1), 41, "air and ground raids"),
    ],
    "portal-2026-03-11-20": [
        E("AIR", "Military Forces of Iran", None, "2026-03-11", L("Salalah", "OM", "Dhofar", 1),
          None, "drones strike"),
    ],
    "portal-2026-03-12-86": [],
    "portal-2026-03-13-28": [
        E("AIR", "Military Forces of Pakistan", "Civilians (Afghanistan)", "2026-03-13",
          L("Kabul", "AF", "Kabul", 1), 6, "Pakistani airstrike"),
        E("AIR", "Military Forces of Pakistan", None, "2026-03-13",
          L("Kandahar", "AF", "Kandahar", 1), None, "bombed"),
    ],
    "portal-2026-03-15-19": [
        E("AIR", "Military Forces of Iran", "Military Forces of Italy", "2026-03-15",
          L("Ali Al Salem Air Base", "KW", "Al Jahra", 1), None, "Iranian drone strike"),
    ],
    "portal-2026-03-18-75": [],
    "portal-2026-03-22-18": [
        E("SHELL", "Hezbollah", "Civilians (Israel)", "2026-03-22",
          L("Israel-Lebanon border", "IL", "Northern District", 2), 1, "rocket fired from Lebanon"),
    ],
    "portal-2026-03-25-23": [
        E("SHELL", "Military Forces of Iran", "Civilians (Israel)", "2026-03-25",
          L("Bnei Brak", "IL", "Tel Aviv", 1), 0, "cluster bomb"),
    ],
    "portal-2026-03-25-26": [],
    "portal-2026-03-25-83": [],
    "portal-2026-03-27-17": [],
    "portal-2026-03-31-17": [],
    "portal-2026-04-01-34": [
        E("NSAOVER", UA_RU, UA, "2026-04-01", L("Luhansk Oblast", "UA", "Luhansk Oblast", 3), None,
          "taken full control", modality="claimed"),
    ],
    "portal-2026-04-03-22": [
        E("CLASH", "Military Forces of Iran", "Military Forces of the United States", "2026-04-03",
          L("Strait of Hormuz", "IR", None, 2), 0, "hit by Iranian anti-aircraft fire"),
    ],
    "portal-2026-04-04-30": [
        E("AIR", IL, "Hezbollah", "2026-04-04", L("Beirut", "LB", "Beirut", 1), None, "striking"),
        E("AIR", IL, None, "2026-04-04", L("Eastern Lebanon", "LB", None, 3), None,
          "destroying a bridge"),
    ],
    "portal-2026-04-07-101": [],
    "portal-2026-04-07-96": [
        E("PEACEFUL", "Protesters (United States)", None, "2026-04-07",
          L("Washington, D.C.", "US", "District of Columbia", 1), None, "protest"),
    ],
    "portal-2026-04-08-23": [
        E("DISRUPT", "Military Forces of Bahrain", None, "2026-04-08", L("Bahrain", "BH", None, 4),
          None, "intercepts", modality="foiled"),
    ],
    "portal-2026-04-10-24": [
        E("SHELL", "Hezbollah", None, "2026-04-10", L("Kiryat Shmona", "IL", "Northern District", 1),
          None, "fires at least thirty rockets"),
        E("SHELL", "Hezbollah", None, "2026-04-10", L("Metula", "IL", "Northern District", 1),
          None, "fires at least thirty rockets"),
        E("SHELL", "Hezbollah", None, "2026-04-10", L("Misgav Am", "IL", "Northern District", 1),
          None, "fires at least thirty rockets"),
        E("SHELL", "Hezbollah", IL, "2026-04-10",
          L("Ashdod Naval Base", "IL", "Southern District", 1), None,
          "fires at least thirty rockets"),
    ],
    "portal-2026-04-12-24": [],
    "portal-2026-04-13-18": [],
    "portal-2026-04-13-70": [],
    "portal-2026-04-13-76": [],
})

# --- items 150-199 ----------------------------------------------------------
CODES.update({
    "portal-2026-04-19-14": [],
    "portal-2026-04-20-19": [],
    "portal-2026-04-25-31": [
        E("CLASH", "Unidentified Armed Group (Mali)", "Military Forces of Mali", "2026-04-25",
          L("Kati", "ML", "Koulikoro", 1), None, "main military base in Kati"),
        E("CLASH", "Unidentified Armed Group (Mali)", "Military Forces of Mali", "2026-04-25",
          L("Mali", "ML", None, 4), None, "Military bases are targeted"),
    ],
    "portal-2026-04-25-34": [
        E("CLASH", "Military Forces of Mali", "Unidentified Armed Group (Mali)", "2026-04-25",
          L("Mali", "ML", None, 4), 80, "eliminated", modality="claimed"),
    ],
    "portal-2026-04-29-29": [
        E("AIR", IL, "Military Forces of Lebanon", "2026-04-29",
          L("Bint Jbeil", "LB", "Nabatieh", 1), 2, "Israeli airstrike"),
    ],
    "portal-2026-05-15-29": [
        E("AGREE", "Government of Russia", "Government of Ukraine", "2026-05-15",
          L("Ukraine", "UA", None, 4), None, "swap"),
    ],
    "portal-2026-05-15-72": [],
    "portal-2026-05-28-26": [],
    "portal-2026-05-28-65": [],
    "portal-2026-05-29-18": [
        E("AIR", UA_RU, "Civilians (Romania)", "2026-05-29", L("Galați", "RO", "Galați", 1), 0,
          "crashes into an apartment building"),
    ],
    "portal-2026-06-04-15": [],
    "portal-2026-06-04-21": [
        E("AIR", IL, "Civilians (Lebanon)", "2026-06-04",
          L("Southern Lebanon", "LB", "South Lebanon", 3), None, "Israeli airstrikes"),
        E("AIR", IL, "Civilians (Lebanon)", "2026-06-04",
          L("Beqaa Valley", "LB", "Beqaa", 3), None, "Israeli airstrikes"),
    ],
    "portal-2026-06-11-26": [],
    "portal-2026-06-14-32": [
        E("AIR", "Rapid Support Forces", None, "2026-06-14",
          L("El Obeid", "SD", "North Kordofan", 1), None, "drone strikes"),
    ],
    "portal-2026-06-14-35": [
        E("OTHER", "Military Forces of the United Kingdom", None, "2026-06-14",
          L("English Channel", "GB", None, 4), None, "storm and seize"),
    ],
    "portal-2026-06-16-18": [],
    "portal-2026-06-16-20": [
        E("OTHER", UA_RU, None, "2026-06-16", L("English Channel", "GB", None, 4), None,
          "fires warning shots", plover="THREATEN"),
    ],
    "portal-2026-06-17-24": [],
    "portal-2026-06-17-47": [],
    "portal-2026-06-18-18": [],
    "portal-2026-06-24-14": [],
    "portal-2026-06-24-63": [],
    "portal-2026-06-28-63": [
        E("ARREST", "Military Forces of Iraq", "Government of Iraq", "2026-06-28",
          L("Green Zone, Baghdad", "IQ", "Baghdad", 1), None, "arresting"),
        E("ARREST", "Military Forces of Iraq", "Government of Iraq", "2026-06-28",
          L("Salahuddin", "IQ", "Salahuddin", 3), None, "begins arresting officials"),
        E("ARREST", "Military Forces of Iraq", "Government of Iraq", "2026-06-28",
          L("Al Anbar", "IQ", "Al Anbar", 3), None, "begins arresting officials"),
        E("ARREST", "Military Forces of Iraq", "Government of Iraq", "2026-06-28",
          L("Nineveh", "IQ", "Nineveh", 3), None, "begins arresting officials"),
    ],
    "portal-2026-07-05-19": [
        E("CLASH", IL, "Hezbollah", "2026-07-05", L("Nabatieh", "LB", "Nabatieh", 2), None,
          "targeted Hezbollah operatives"),
    ],
    "portal-2026-07-08-34": [
        E("AIR", "Unidentified Armed Group (Sudan)", "Civilians (Sudan)", "2026-07-08",
          L("Sudan", "SD", None, 4), 20, "drone strikes"),
    ],
    "portal-2026-07-13-78": [
        E("ARREST", "Government of Iran", "Mahmoud Ahmadinejad", "2026-07-13",
          L("Iran", "IR", None, 4), None, "under house arrest", modality="denied"),
    ],
    "portal-2026-07-16-23": [],
    "portal-2026-07-17-33": [
        E("AIR", IL, "Hamas", "2026-07-17", L("Khan Yunis", "PS", None, 1), 1, "airstrike"),
    ],
    "portal-2026-07-17-92": [
        E("PEACEFUL", "Protesters (Ukraine)", None, "2026-07-17", L("Kyiv", "UA", "Kyiv City", 1),
          None, "Protests"),
    ],
    "portal-2026-07-18-29": [
        E("AIR", "Military Forces of the United States", None, "2026-07-18",
          L("Hormozgan", "IR", "Hormozgan", 3), None, "U.S. strikes"),
    ],
    "portal-2026-07-23-26": [],
    "portal-2026-07-23-29": [
        E("AIR", "Unidentified Armed Group (Sudan)", "Civilians (Sudan)", "2026-07-23",
          L("Badia", "SD", "Blue Nile", 2), 10, "drone strike"),
    ],
    "portal-2026-07-30-32": [
        E("AIR", IL, "Hamas", "2026-07-30", L("Gaza Strip", "PS", None, 3), 1, "separate strikes",
          modality="claimed"),
        E("AIR", IL, "Hamas", "2026-07-30", L("Gaza Strip", "PS", None, 3), 1, "separate strikes",
          modality="claimed"),
    ],
    "portal-2026-08-01-14": [
        E("AIR", "Unidentified Armed Group (Iran)", "Civilians (International)", "2026-07-31",
          L("Strait of Hormuz", "IR", None, 2), None, "hit yesterday"),
    ],
    "portal-2026-08-02-18": [],
    "portal-2026-08-02-35": [
        E("ATTACK", "Unidentified Armed Group (Indonesia)", "Civilians (Indonesia)", "2026-08-02",
          L("Tolikara Regency", "ID", "Highland Papua", 2), 5, "ambush"),
    ],
    "portal-2026-08-03-16": [
        E("AIR", IL, "Civilians (Palestine)", "2026-08-01", L("Gaza Strip", "PS", None, 3), None,
          "Israeli attacks"),
        E("AIR", IL, "Civilians (Palestine)", "2026-08-02", L("Gaza Strip", "PS", None, 3), None,
          "Israeli attacks"),
    ],
    "portal-2026-08-05-25": [
        E("SHELL", UA_RU, "Civilians (Ukraine)", "2026-08-05", L("Kyiv", "UA", "Kyiv City", 1), 9,
          "launch dozens of ballistic missiles and drones"),
        E("SHELL", UA_RU, "Civilians (Ukraine)", "2026-08-05",
          L("Kyiv Oblast", "UA", "Kyiv Oblast", 3), 8, "railway station"),
    ],
    "portal-2026-08-05-46": [
        E("ATTACK", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", None,
          L("Karachi", "PK", "Sindh", 1), 1, "murder", background=True),
    ],
    "portal-2026-08-06-13": [],
    "portal-2026-08-07-60": [],
    "portal-2026-08-08-14": [],
    "portal-2026-08-11-60": [],
    "portal-2026-08-13-16": [],
    "portal-2026-08-17-25": [
        E("ATTACK", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "2026-08-17",
          L("Kebbe", "NG", "Sokoto", 1), 22, "mass shooting"),
    ],
    "portal-2026-08-18-13": [
        E("AIR", "Unidentified Armed Group (Oman)", "Civilians (International)", "2026-08-18",
          L("Strait of Hormuz", "OM", None, 2), 1, "come under attack"),
    ],
    "portal-2026-08-20-64": [],
    "portal-2026-08-21-14": [
        E("AIR", UA_RU, "Civilians (Ukraine)", "2026-08-21",
          L("Kryvyi Rih", "UA", "Dnipropetrovsk Oblast", 1), 16, "Russian drone strikes"),
    ],
    "portal-2026-08-22-14": [
        E("AIR", IL, "Unidentified Armed Group (Syria)", "2026-08-22",
          L("Southern Syria", "SY", None, 3), None, "drone strike"),
    ],
    "portal-2027-12-05-50": [],
})

# === MAIN ===
if __name__ == "__main__":
    build(os.path.join(HERE, "batch-X8.jsonl"), os.path.join(HERE, "coded-X8.jsonl"), CODES,
          require_all=True)
