import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

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
SUB2TYPE = {s: t for t, subs in TAX.items() for s in subs}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"}

# short sub-type keys
SUB = {
    "clash": "Armed clash", "regain": "Government regains territory", "overtake": "Non-state actor overtakes territory",
    "air": "Air/drone strike", "shell": "Shelling/artillery/missile attack", "ied": "Remote explosive/landmine/IED",
    "suicide": "Suicide bomb", "grenade": "Grenade", "chem": "Chemical weapon",
    "attack": "Attack", "abduct": "Abduction/forced disappearance", "sexual": "Sexual violence",
    "peaceful": "Peaceful protest", "intervention": "Protest with intervention",
    "excessive": "Excessive force against protesters",
    "violentdemo": "Violent demonstration", "mob": "Mob violence",
    "agreement": "Agreement", "arrests": "Arrests", "change": "Change to group/activity",
    "disrupted": "Disrupted weapons use", "hq": "Headquarters or base established",
    "looting": "Looting/property destruction", "transfer": "Non-violent transfer of territory", "other": "Other",
}


def E(trigger, occ, sub, plover, a1, a2, date, loc, fat, modality="occurred", background=False):
    return dict(trigger=trigger, occ=occ, sub=sub, plover=plover, a1=a1, a2=a2, date=date, loc=loc,
                fat=fat, modality=modality, background=background)


def L(name, country, admin1, precision):
    return {"name": name, "country": country, "admin1": admin1, "precision": precision}


def byte_span(text, trigger, occ):
    b = text.encode()
    t = trigger.encode()
    pos = -1
    for _ in range(occ):
        pos = b.find(t, pos + 1)
        if pos < 0:
            sys.exit("trigger %r occurrence %d not found" % (trigger, occ))
    return pos, pos + len(t)


def build(codes, infile, outfile):
    inp = os.path.join(HERE, infile)
    out = os.path.join(HERE, outfile)
    rows = [json.loads(l) for l in open(inp, encoding="utf-8") if l.strip()]
    ids = {r["id"] for r in rows}
    for k in codes:
        if k not in ids:
            sys.exit("unknown id %s" % k)
    n_ev = 0
    n_empty = 0
    n_coded = 0
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            if r["id"] not in codes:
                continue  # not yet coded
            n_coded += 1
            evs = []
            for c in codes[r["id"]]:
                sub = SUB.get(c["sub"], c["sub"])
                if sub not in SUB2TYPE:
                    sys.exit("%s: bad sub-type %r" % (r["id"], sub))
                if c["plover"] not in PLOVER:
                    sys.exit("%s: bad plover %r" % (r["id"], c["plover"]))
                if c["modality"] not in MODALITIES:
                    sys.exit("%s: bad modality %r" % (r["id"], c["modality"]))
                s, e = byte_span(r["text"], c["trigger"], c["occ"])
                ev = {"event_type": SUB2TYPE[sub], "sub_event_type": sub, "plover": c["plover"],
                      "modality": c["modality"], "actor1": c["a1"], "actor2": c["a2"],
                      "date": c["date"], "location": c["loc"], "fatalities": c["fat"],
                      "background": c["background"],
                      "evidence": {"start": s, "end": e, "text": c["trigger"]}}
                if r["text"].encode()[s:e].decode() != ev["evidence"]["text"]:
                    sys.exit("%s: evidence mismatch" % r["id"])
                if ev["event_type"] not in TAX or ev["sub_event_type"] not in TAX[ev["event_type"]]:
                    sys.exit("%s: taxonomy error" % r["id"])
                evs.append(ev)
            n_ev += len(evs)
            n_empty += (not evs)
            row = dict(r)
            row["events"] = evs
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("%s: %d/%d items coded, %d events, %d items without event" % (outfile, n_coded, len(rows), n_ev, n_empty))


# ---------------------------------------------------------------------------
# Codes of annotator V for batch-V.jsonl
# E(trigger, occurrence, sub-type key, PLOVER, actor1, actor2, date, location, fatalities, modality, background)
# ---------------------------------------------------------------------------
IL = "Military Forces of Israel"
PAL = "Civilians (Palestine)"
GAZA = L("Gaza Strip", "PS", "Gaza Strip", 3)

CODES = {
    "portal-2025-01-04-13": [
        E("drone strike", 1, "air", "ASSAULT", "Military Forces of Ukraine", "Civilians (Russia)", "2025-01-04",
          L("Donetsk Oblast", "UA", "Donetsk", 3), 1)],
    "portal-2025-01-06-27": [],  # missile test launch, no target: not coded
    "portal-2025-01-07-63": [],
    "portal-2025-01-09-58": [],
    "portal-2025-01-09-60": [],
    "portal-2025-01-12-17": [
        E("airstrikes", 1, "air", "ASSAULT", IL, PAL, "2025-01-12", GAZA, 8)],
    "portal-2025-01-13-47": [
        E("National Rally for Peace", 1, "peaceful", "PROTEST", "Protesters (Philippines)", None, "2025-01-13",
          L("Philippines", "PH", None, 4), None)],
    "portal-2025-01-26-13": [
        E("open fire", 1, "clash", "ASSAULT", IL, "Military Forces of Lebanon", "2025-01-26",
          L("South Lebanon", "LB", "South", 3), None),
        E("open fire", 1, "attack", "ASSAULT", IL, "Civilians (Lebanon)", "2025-01-26",
          L("South Lebanon", "LB", "South", 3), 22)],
    "portal-2025-01-28-58": [],
    "portal-2025-01-30-23": [
        E("is assassinated", 1, "attack", "ASSAULT", "Unidentified Armed Group (Sweden)", "Civilians (Sweden)",
          "2025-01-30", L("Södertälje", "SE", "Stockholm", 1), 1)],
    "portal-2025-02-01-17": [
        E("airstrike", 1, "air", "ASSAULT", None, "Islamic State", "2025-02-01", None, 1)],
    "portal-2025-02-02-41": [
        E("protest", 1, "peaceful", "PROTEST", "Protesters (United States)", None, "2025-02-02",
          L("Los Angeles", "US", "California", 1), None)],
    "portal-2025-02-05-64": [],
    "portal-2025-02-09-52": [],
    "portal-2025-02-10-47": [],
    "portal-2025-02-17-22": [
        E("attack with an explosive drone", 1, "air", "ASSAULT", "Unidentified Armed Group (Mexico)",
          "Military Forces of Mexico", "2025-02-17", L("El Capire", "MX", "Michoacán", 1), None),
        E("kidnapped and found dead", 1, "attack", "ASSAULT", "Unidentified Armed Group (Mexico)",
          "Civilians (Mexico)", "2025-02-17", L("Cenobio Moreno", "MX", "Michoacán", 1), 2)],
    "portal-2025-02-20-49": [
        E("stabbing attack", 1, "attack", "ASSAULT", "Unidentified Armed Group (Czech Republic)",
          "Civilians (Czech Republic)", "2025-02-20", L("Hradec Králové", "CZ", "Hradec Králové", 1), 2)],
    "portal-2025-02-25-23": [
        E("attacks", 1, "attack", "ASSAULT", "3R: Return, Reclamation, Rehabilitation",
          "Civilians (Central African Republic)", "2025-02-25", L("Bamingui-Bangoran", "CF", "Bamingui-Bangoran", 3), 9)],
    "portal-2025-03-01-59": [],
    "portal-2025-03-03-17": [
        E("seized", 1, "regain", "ASSAULT", "Military Forces of the Democratic Republic of Congo", "Mobondo Militia",
          "2025-03-02", L("Kwamouth", "CD", "Mai-Ndombe", 2), 8, modality="claimed")],
    "portal-2025-03-11-21": [],  # displacement by an ongoing war, no dated incident
    "portal-2025-03-13-18": [
        E("claim to have killed", 1, "clash", "ASSAULT", "Military Forces of Puntland", "Islamic State (Somalia)",
          "2025-03-13", L("Cal Miskaad", "SO", "Bari", 2), 1, modality="claimed")],
    "portal-2025-03-18-34": [],
    "portal-2025-03-22-18": [
        E("airstrikes", 1, "air", "ASSAULT", IL, "Civilians (Lebanon)", "2025-03-22", L("Lebanon", "LB", None, 4), 6),
        E("rockets", 1, "shell", "ASSAULT", "Unidentified Armed Group (Lebanon)", None, "2025-03-22",
          L("Israel", "IL", None, 4), None)],
    "portal-2025-03-26-56": [
        E("strikes", 1, "air", "ASSAULT", "Military Forces of the United States", "Ansar Allah", None,
          L("Yemen", "YE", None, 4), None, background=True)],
    "portal-2025-03-29-21": [
        E("security operation", 1, "attack", "ASSAULT", "Military Forces of Pakistan", "Civilians (Pakistan)",
          "2025-03-29", L("Katlang", "PK", "Khyber Pakhtunkhwa", 1), 10)],
    "portal-2025-04-01-17": [
        E("airstrike", 1, "air", "ASSAULT", IL, "Hezbollah", "2025-04-01", L("Dahieh", "LB", "Mount Lebanon", 1), 4)],
    "portal-2025-04-02-26": [
        E("strikes", 1, "air", "ASSAULT", IL, PAL, "2025-04-02", GAZA, 30)],
    "portal-2025-04-04-19": [
        E("retreating", 1, "transfer", "RETREAT", "M23: March 23 Movement", None, "2025-04-04",
          L("Walikale", "CD", "North Kivu", 1), None)],
    "portal-2025-04-17-39": [
        E("stabbing attack", 1, "attack", "ASSAULT", "Unidentified Armed Group (Germany)", "Civilians (Germany)",
          "2025-04-17", L("Rochlitz", "DE", "Saxony", 1), None)],
    "portal-2025-04-22-32": [
        E("mass stabbing", 1, "attack", "ASSAULT", "Unidentified Armed Group (Philippines)", "Civilians (Philippines)",
          "2025-04-22", L("Antipolo", "PH", "Rizal", 1), 7)],
    "portal-2025-04-26-11": [
        E("clashes", 1, "clash", "ASSAULT", "Military Forces of Niger", "Unidentified Armed Group (Niger)",
          "2025-04-26", L("Sakoira", "NE", "Tillabéri", 2), 12)],
    "portal-2025-04-29-14": [
        E("clashes", 1, "clash", "ASSAULT", "Pro-Government Militia (Syria)", "Druze Militia (Syria)", "2025-04-29",
          L("Jaramana", "SY", "Rif Dimashq", 1), 13)],
    "portal-2025-04-30-21": [],  # two-week statistic
    "portal-2025-05-13-44": [],
    "portal-2025-05-20-26": [
        E("mass shooting", 1, "attack", "ASSAULT", "Santa Rosa de Lima Cartel", "Civilians (Mexico)", "2025-05-20",
          L("San Felipe", "MX", "Guanajuato", 1), 7)],
    "portal-2025-05-31-13": [
        E("capture", 1, "regain", "ASSAULT", "Military Forces of Puntland", "Islamic State (Somalia)", "2025-05-31",
          L("Miraale Valley", "SO", "Bari", 2), None),
        E("airstrikes", 1, "air", "ASSAULT", "Military Forces of Puntland", "Islamic State (Somalia)", "2025-05-31",
          L("Miraale Valley", "SO", "Bari", 2), None)],
    "portal-2025-06-03-52": [],  # prison escape caused by an earthquake: not political violence
    "portal-2025-06-08-14": [
        E("airstrike", 1, "air", "ASSAULT", IL, "Hamas", "2025-06-08", L("Mazraat Beit Jinn", "SY", "Rif Dimashq", 1), 1)],
    "portal-2025-06-10-18": [
        E("bombings", 1, "ied", "ASSAULT", "FARC Dissidents", "Police Forces of Colombia", "2025-06-10",
          L("Cali", "CO", "Valle del Cauca", 1), 7),
        E("explosion", 1, "ied", "ASSAULT", "FARC Dissidents", None, "2025-06-10",
          L("Jamundí", "CO", "Valle del Cauca", 1), None)],
    "portal-2025-06-14-18": [
        E("Israeli fire", 1, "attack", "ASSAULT", IL, PAL, "2025-06-14", GAZA, 64),
        E("15 people near a Gaza Humanitarian Foundation (GHF) site", 1, "attack", "ASSAULT", IL, PAL, "2025-06-14",
          GAZA, 15)],
    "portal-2025-06-15-24": [
        E("shooting", 1, "attack", "ASSAULT", IL, PAL, "2025-06-15", L("Rafah", "PS", "Gaza Strip", 2), 8)],
    "portal-2025-06-18-16": [
        E("gunfire", 1, "attack", "ASSAULT", IL, PAL, "2025-06-18", GAZA, 30)],
    "portal-2025-06-19-19": [
        E("gunfire", 1, "attack", "ASSAULT", IL, PAL, "2025-06-19", GAZA, 76),
        E("16 people waiting for aid assistance near the Netzarim Corridor", 1, "attack", "ASSAULT", IL, PAL,
          "2025-06-19", L("Netzarim Corridor", "PS", "Gaza Strip", 2), 16)],
    "portal-2025-06-24-16": [
        E("missile", 1, "shell", "ASSAULT", "Military Forces of Iran", "Civilians (Israel)", "2025-06-24",
          L("Beersheba", "IL", "Southern District", 1), 4)],
    "portal-2025-07-13-41": [
        E("spree shootings", 1, "attack", "ASSAULT", "Unidentified Armed Group (United States)",
          "Civilians (United States)", "2025-07-13", L("Lexington", "US", "Kentucky", 1), 3)],
    "portal-2025-07-14-14": [],
    "portal-2025-07-17-25": [],
    "portal-2025-07-23-30": [  # sentence not coded; the 2022 murders recalled as background
        E("murders", 1, "attack", "ASSAULT", "Unidentified Armed Group (United States)", "Civilians (United States)",
          None, L("Idaho", "US", "Idaho", 3), 4, background=True)],
    "portal-2025-07-27-22": [
        E("attack", 1, "attack", "ASSAULT", "Allied Democratic Forces", "Civilians (Democratic Republic of Congo)",
          "2025-07-27", L("Komanda", "CD", "Ituri", 1), 43)],
    "portal-2025-07-27-47": [
        E("mass shooting", 1, "attack", "ASSAULT", "Unidentified Armed Group (Turks and Caicos)",
          "Civilians (Turks and Caicos)", "2025-07-27", L("Turks and Caicos Islands", "TC", None, 4), 3)],
    "portal-2025-08-02-12": [
        E("Israeli forces kill", 1, "attack", "ASSAULT", IL, PAL, "2025-08-02", GAZA, 57)],
    "portal-2025-08-18-15": [
        E("missile strikes", 1, "shell", "ASSAULT", "Military Forces of Russia", "Civilians (Ukraine)", "2025-08-18",
          L("Kharkiv", "UA", "Kharkiv", 1), 7),
        E("three in Zaporizhzhia", 1, "shell", "ASSAULT", "Military Forces of Russia", "Civilians (Ukraine)",
          "2025-08-18", L("Zaporizhzhia", "UA", "Zaporizhzhia", 1), 3)],
    "portal-2025-08-19-23": [],  # annual statistics
    "portal-2025-08-21-41": [
        E("arrest", 1, "arrests", "COERCE", "Police Forces of Italy", "Civilians (Ukraine)", "2025-08-21",
          L("Italy", "IT", None, 4), None),
        E("attacks on the Nord Stream gas pipelines", 1, "looting", "ASSAULT", None, None, None, None, None,
          background=True)],
    "portal-2025-08-23-28": [],
    "portal-2025-08-27-40": [  # sentence not coded; the June assassination recalled as background
        E("assassination", 1, "attack", "ASSAULT", "Unidentified Armed Group (Colombia)", "Civilians (Colombia)", None,
          L("Colombia", "CO", None, 4), 1, background=True)],
    "portal-2025-08-28-46": [],  # raids against fraud/money laundering: ordinary crime
    "portal-2025-08-29-33": [],
    "portal-2025-09-07-14": [
        E("airstrike", 1, "air", "ASSAULT", IL, None, "2025-09-07", L("Gaza City", "PS", "Gaza Strip", 1), None)],
    "portal-2025-09-15-50": [],
    "portal-2025-09-26-14": [],
    "portal-2025-10-04-45": [
        E("set on fire", 1, "attack", "ASSAULT", "Unidentified Armed Group (United Kingdom)",
          "Civilians (United Kingdom)", "2025-10-04", L("Peacehaven", "GB", "England", 1), None)],
    "portal-2025-10-04-61": [],
    "portal-2025-10-06-17": [
        E("Clashes", 1, "clash", "ASSAULT", "Military Forces of Syria", "Syrian Democratic Forces", "2025-10-06",
          L("Sheikh Maqsood", "SY", "Aleppo", 1), None)],
    "portal-2025-10-09-22": [
        E("shootout", 1, "clash", "ASSAULT", "Military Forces of Pakistan", "Tehrik-i-Taliban Pakistan", "2025-10-09",
          L("Daraban", "PK", "Khyber Pakhtunkhwa", 1), 8)],
    "portal-2025-10-10-59": [
        E("protest", 1, "excessive", "PROTEST", "Protesters (Pakistan)", None, "2025-10-10",
          L("Lahore", "PK", "Punjab", 1), 1)],
    "portal-2025-10-10-68": [],
    "portal-2025-10-14-25": [
        E("sign an agreement", 1, "agreement", "AGREE", "Government of the Democratic Republic of Congo",
          "M23: March 23 Movement", "2025-10-14", L("Doha", "QA", "Doha", 1), None)],
    "portal-2025-10-15-26": [],
    "portal-2025-10-16-51": [
        E("clashes", 1, "violentdemo", "PROTEST", "Rioters (Peru)", None, "2025-10-16", L("Lima", "PE", "Lima", 1), 1)],
    "portal-2025-10-22-13": [
        E("raids in Nablus", 1, "arrests", "COERCE", IL, PAL, "2025-10-22", L("Nablus", "PS", "West Bank", 1), None),
        E("Ramallah", 1, "arrests", "COERCE", IL, PAL, "2025-10-22", L("Ramallah", "PS", "West Bank", 1), None),
        E("Qalqilya", 1, "arrests", "COERCE", IL, PAL, "2025-10-22", L("Qalqilya", "PS", "West Bank", 1), None),
        E("Tulkarem", 1, "arrests", "COERCE", IL, PAL, "2025-10-22", L("Tulkarem", "PS", "West Bank", 1), None)],
    "portal-2025-10-30-37": [],
    "portal-2025-11-01-15": [
        E("gang rape", 1, "sexual", "ASSAULT", IL, PAL, None, L("Sde Teiman", "IL", "Southern District", 1), None,
          background=True)],
    "portal-2025-11-06-47": [],
    # ---- items 76-150 ----
    "portal-2025-11-09-40": [
        E("riot", 1, "mob", "ASSAULT", "Rioters (Ecuador)", None, "2025-11-09", L("Machala", "EC", "El Oro", 1), 27)],
    "portal-2025-11-12-45": [],
    "portal-2025-11-14-23": [
        E("rocket attack", 1, "shell", "ASSAULT", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "2025-11-14",
          L("Mezzeh", "SY", "Damascus", 1), None)],
    "portal-2025-11-14-57": [
        E("are arrested", 1, "arrests", "COERCE", None, "Tehrik-i-Taliban Pakistan", "2025-11-14",
          L("Pakistan", "PK", None, 4), None),
        E("suicide bombing", 1, "suicide", "ASSAULT", "Unidentified Armed Group (Pakistan)", None, "2025-11-11",
          L("Islamabad", "PK", "Islamabad Capital Territory", 1), None, background=True)],
    "portal-2025-11-16-30": [],
    "portal-2025-11-21-24": [
        E("abducted", 1, "abduct", "COERCE", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "2025-11-21",
          L("Agwara", "NG", "Niger", 1), None)],
    "portal-2025-11-27-65": [
        E("installs", 1, "change", "COERCE", "Military Forces of Guinea-Bissau", None, "2025-11-27",
          L("Guinea-Bissau", "GW", None, 4), None)],
    "portal-2025-12-04-47": [],
    "portal-2025-12-05-16": [
        E("strike", 1, "air", "ASSAULT", "Rapid Support Forces", "Civilians (Sudan)", "2025-12-05",
          L("South Kordofan", "SD", "South Kordofan", 3), 50)],
    "portal-2025-12-05-39": [],
    "portal-2025-12-10-19": [
        E("takes control", 1, "overtake", "ASSAULT", "M23: March 23 Movement", None, "2025-12-10",
          L("Uvira", "CD", "South Kivu", 1), None)],
    "portal-2025-12-20-16": [
        E("airstrikes", 1, "air", "ASSAULT", "Military Forces of the United States", "Islamic State", "2025-12-20",
          L("Syria", "SY", None, 4), None),
        E("Palmyra attack", 1, "clash", "ASSAULT", "Islamic State", None, None, L("Palmyra", "SY", "Homs", 1), None,
          background=True)],
    "portal-2026-01-01-16": [
        E("drone strikes", 1, "air", "ASSAULT", "Military Forces of Russia", "Civilians (Ukraine)", "2026-01-01",
          L("Kherson", "UA", "Kherson", 1), 1)],
    "portal-2026-01-06-43": [
        E("detain", 1, "arrests", "COERCE", "Police Forces of China", "Christian Group (China)", "2026-01-06",
          L("Chengdu", "CN", "Sichuan", 1), None)],
    "portal-2026-01-07-40": [],
    "portal-2026-01-10-36": [],
    "portal-2026-01-13-45": [],
    "portal-2026-01-19-15": [
        E("lost control", 1, "overtake", "ASSAULT", "Unidentified Armed Group (Syria)", "Syrian Democratic Forces",
          "2026-01-19", L("Al-Shaddadah", "SY", "Al-Hasakah", 1), None)],
    "portal-2026-01-25-18": [
        E("mass shooting", 1, "attack", "ASSAULT", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)",
          "2026-01-25", L("Salamanca", "MX", "Guanajuato", 1), 11)],
    "portal-2026-01-27-45": [],
    "portal-2026-01-29-18": [
        E("ambush", 1, "attack", "ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", "Civilians (Mali)", "2026-01-29",
          L("Western Mali", "ML", None, 3), 15)],
    "portal-2026-01-29-22": [
        E("operation", 1, "clash", "ASSAULT", "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)",
          "2026-01-29", L("Bannu", "PK", "Khyber Pakhtunkhwa", 2), 3)],
    "portal-2026-02-11-50": [],
    "portal-2026-02-13-48": [],
    "portal-2026-02-16-41": [
        E("mass shooting", 1, "attack", "ASSAULT", "Unidentified Armed Group (United States)",
          "Civilians (United States)", "2026-02-16", L("Pawtucket", "US", "Rhode Island", 1), 3)],
    "portal-2026-02-22-13": [
        E("security operation", 1, "clash", "ASSAULT", "Military Forces of Mexico", "Jalisco New Generation Cartel",
          "2026-02-22", L("Tapalpa", "MX", "Jalisco", 2), 7),
        E("coordinated retaliatory attacks", 1, "looting", "ASSAULT", "Jalisco New Generation Cartel", None,
          "2026-02-22", L("Mexico", "MX", None, 4), None)],
    "portal-2026-02-28-26": [
        E("airstrike", 1, "air", "ASSAULT", None, "Civilians (Iran)", "2026-02-28", L("Minab", "IR", "Hormozgan", 1),
          180)],
    "portal-2026-02-28-51": [
        E("arrest", 1, "arrests", "COERCE", "Police Forces of Cuba", "Civilians (Panama)", "2026-02-28",
          L("Havana", "CU", "La Habana", 1), None)],
    "portal-2026-03-08-27": [
        E("airstrike", 1, "air", "ASSAULT", IL, "Hamas", "2026-03-08", L("Gaza City", "PS", "Gaza Strip", 1), None),
        E("Nuseirat refugee camp", 1, "air", "ASSAULT", IL, "Hamas", "2026-03-08",
          L("Nuseirat refugee camp", "PS", "Gaza Strip", 1), None)],
    "portal-2026-03-08-30": [
        E("military projectile", 1, "shell", "ASSAULT", None, "Civilians (Saudi Arabia)", "2026-03-08",
          L("Al-Kharj", "SA", "Riyadh", 1), 2)],
    "portal-2026-03-17-59": [],
    "portal-2026-03-19-62": [],
    "portal-2026-03-21-28": [
        E("attacks", 1, "air", "ASSAULT", "Military Forces of Russia", None, "2026-03-21",
          L("Zaporizhzhia", "UA", "Zaporizhzhia", 1), None)],
    "portal-2026-03-21-29": [
        E("drone attack", 1, "air", "ASSAULT", "Military Forces of Russia", "Civilians (Ukraine)", "2026-03-21",
          L("Zaporizhzhia", "UA", "Zaporizhzhia", 1), 2)],
    "portal-2026-03-29-29": [
        E("drone attack", 1, "air", "ASSAULT", "Military Forces of Ukraine", "Civilians (Russia)", "2026-03-29",
          L("Taganrog", "RU", "Rostov", 1), 1)],
    "portal-2026-03-31-14": [],
    "portal-2026-04-05-37": [
        E("airstrike", 1, "air", "ASSAULT", IL, "Military Forces of Lebanon", "2026-04-05",
          L("South Lebanon", "LB", "South", 3), 1)],
    "portal-2026-04-06-20": [
        E("targeting", 1, "air", "ASSAULT", "Military Forces of Iran", "Military Forces of the United States",
          "2026-04-06", L("Bubiyan Island", "KW", "Al Jahra", 1), None, modality="claimed")],
    "portal-2026-04-06-42": [
        E("Strikes", 1, "air", "ASSAULT", None, None, "2026-04-06", L("Marvdasht", "IR", "Fars", 1), None)],
    "portal-2026-04-07-98": [
        E("Human chain protests", 1, "peaceful", "PROTEST", "Protesters (Iran)", None, "2026-04-07",
          L("Iran", "IR", None, 4), None)],
    "portal-2026-04-08-37": [],
    "portal-2026-04-18-55": [
        E("shooting", 1, "attack", "ASSAULT", "Unidentified Armed Group (Italy)", "Civilians (India)", "2026-04-18",
          L("Covo", "IT", "Lombardy", 1), 2)],
    "portal-2026-04-21-15": [],
    "portal-2026-04-26-15": [],
    "portal-2026-04-30-33": [],  # WWII ordnance found: not conflict-related
    "portal-2026-04-30-66": [],
    "portal-2026-05-03-28": [
        E("recaptured", 1, "regain", "ASSAULT", "Military Forces of Puntland", "Islamic State (Somalia)", "2026-05-03",
          L("Miraale", "SO", "Bari", 2), None, modality="claimed")],
    "portal-2026-05-05-30": [
        E("drone and missile attacks", 1, "air", "ASSAULT", "Military Forces of Russia", "Civilians (Ukraine)",
          "2026-05-05", L("Ukraine", "UA", None, 4), 27)],
    "portal-2026-05-06-23": [],
    "portal-2026-05-09-15": [
        E("has struck", 1, "air", "ASSAULT", "Military Forces of Russia", "Civilians (Ukraine)", "2026-05-09",
          L("Kharkiv", "UA", "Kharkiv", 1), None)],
    "portal-2026-05-10-54": [
        E("Protests", 1, "peaceful", "PROTEST", "Protesters (Iran)", None, "2026-05-10", None, None)],
    "portal-2026-05-12-15": [],
    "portal-2026-05-16-28": [
        E("eliminated", 1, "clash", "ASSAULT", "Military Forces of the United States", "Islamic State (Nigeria)",
          "2026-05-16", L("Nigeria", "NG", None, 4), 10, modality="claimed")],
    "portal-2026-05-22-33": [
        E("drone strike", 1, "air", "ASSAULT", "Military Forces of Ukraine", "Civilians (Ukraine)", "2026-05-22",
          L("Starobilsk", "UA", "Luhansk", 1), 6, modality="claimed")],
    "portal-2026-05-24-18": [
        E("drone strike", 1, "air", "ASSAULT", "Military Forces of Ukraine", None, "2026-05-24",
          L("Vtorovo", "RU", "Vladimir", 1), None, modality="claimed")],
    "portal-2026-05-26-50": [],
    "portal-2026-05-26-51": [],  # arrest on ordinary criminal charges
    "portal-2026-05-30-18": [
        E("intercepted", 1, "disrupted", "ASSAULT", None, "Military Forces of Iran", "2026-05-30",
          L("Ali Al Salem Air Base", "KW", "Al Jahra", 1), None, modality="foiled")],
    "portal-2026-05-31-17": [
        E("strike", 1, "air", "ASSAULT", IL, "Civilians (Lebanon)", "2026-05-31",
          L("Deir ez-Zahrani", "LB", "Nabatieh", 1), 8)],
    "portal-2026-06-03-28": [
        E("Heavy fights", 1, "clash", "ASSAULT", "Military Forces of Somalia", "Somali Future Council", "2026-06-03",
          L("Mogadishu", "SO", "Banadir", 1), None)],
    "portal-2026-06-18-28": [
        E("airstrikes", 1, "air", "ASSAULT", IL, "Civilians (Lebanon)", "2026-06-18",
          L("South Lebanon", "LB", "South", 3), 3)],
    "portal-2026-06-23-27": [
        E("capturing", 1, "regain", "ASSAULT", "Military Forces of Sudan", "Unidentified Armed Group (Sudan)",
          "2026-06-23", L("Geissan", "SD", "Blue Nile", 2), None)],
    "portal-2026-06-24-16": [
        E("airstrike", 1, "air", "ASSAULT", IL, "Hamas", "2026-06-24", L("Southern Gaza", "PS", "Gaza Strip", 3), 1,
          modality="claimed"),
        E("October 7 attacks", 1, "attack", "ASSAULT", "Hamas", "Civilians (Israel)", None,
          L("Israel", "IL", None, 4), None, background=True)],
    "portal-2026-06-27-70": [],  # resignation; the protests are only the setting
    "portal-2026-07-07-54": [],
    "portal-2026-07-08-37": [
        E("bombings", 1, "ied", "ASSAULT", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "2026-07-07",
          L("Damascus", "SY", "Damascus", 1), 1)],
    "portal-2026-07-14-27": [
        E("strikes", 1, "air", "ASSAULT", IL, PAL, "2026-07-14", GAZA, 8)],
    "portal-2026-07-18-68": [],
    "portal-2026-07-20-17": [
        E("attacked", 1, "shell", "ASSAULT", None, None, "2026-07-20", L("Strait of Hormuz", "OM", None, 2), None)],
    "portal-2026-07-24-36": [],
    "portal-2026-08-01-17": [
        E("intercepted", 1, "disrupted", "ASSAULT", "Military Forces of Kuwait", "Military Forces of Iran",
          "2026-08-01", L("Kuwait", "KW", None, 4), None, modality="foiled")],
    "portal-2026-08-01-42": [
        E("truck bomb", 1, "ied", "ASSAULT", "Unidentified Armed Group (Colombia)", "Police Forces of Colombia",
          "2026-08-01", L("Cúcuta", "CO", "Norte de Santander", 1), None)],
    "portal-2026-08-11-30": [
        E("Attacks", 1, "attack", "ASSAULT", "Rapid Support Forces", "Civilians (Sudan)", "2026-08-11",
          L("Qaysān", "SD", "Blue Nile", 1), None)],
    "portal-2026-08-16-21": [
        E("releases", 1, "agreement", "CONCEDE", "Azawad Liberation Front", "Military Forces of Mali", "2026-08-16",
          L("Mali", "ML", None, 4), None)],
    "portal-2026-08-21-51": [
        E("attacks on activists", 1, "attack", "ASSAULT", IL, "Civilians (International)", None, None, None,
          background=True)],
}

if __name__ == "__main__":
    build(CODES, "batch-V.jsonl", "coded-V.jsonl")
