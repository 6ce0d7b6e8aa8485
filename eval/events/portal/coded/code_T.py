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
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODS = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"}

# short keys -> (event_type, sub_event_type, default PLOVER)
K = {
    "clash": ("Battles", "Armed clash", "ASSAULT"),
    "regain": ("Battles", "Government regains territory", "ASSAULT"),
    "overtake": ("Battles", "Non-state actor overtakes territory", "ASSAULT"),
    "air": ("Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb", "ASSAULT"),
    "grenade": ("Explosions/Remote violence", "Grenade", "ASSAULT"),
    "attack": ("Violence against civilians", "Attack", "ASSAULT"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT"),
    "sexual": ("Violence against civilians", "Sexual violence", "ASSAULT"),
    "peaceful": ("Protests", "Peaceful protest", "PROTEST"),
    "intervention": ("Protests", "Protest with intervention", "PROTEST"),
    "excessive": ("Protests", "Excessive force against protesters", "ASSAULT"),
    "violent_demo": ("Riots", "Violent demonstration", "PROTEST"),
    "mob": ("Riots", "Mob violence", "ASSAULT"),
    "agreement": ("Strategic developments", "Agreement", "AGREE"),
    "arrests": ("Strategic developments", "Arrests", "COERCE"),
    "change": ("Strategic developments", "Change to group/activity", "MOBILIZE"),
    "disrupted": ("Strategic developments", "Disrupted weapons use", "COERCE"),
    "hq": ("Strategic developments", "Headquarters or base established", "MOBILIZE"),
    "looting": ("Strategic developments", "Looting/property destruction", "ASSAULT"),
    "transfer": ("Strategic developments", "Non-violent transfer of territory", "CONCEDE"),
    "other": ("Strategic developments", "Other", "COERCE"),
}


def L(name, country, admin1, precision):
    return {"name": name, "country": country, "admin1": admin1, "precision": precision}


def E(key, a1, a2, date, loc, fat, trigger, occ=1, modality="occurred", bg=False, plover=None):
    """date: 'P' = published, 'P-1' = day before published, else literal string or None."""
    return dict(key=key, a1=a1, a2=a2, date=date, loc=loc, fat=fat, trigger=trigger, occ=occ,
                modality=modality, bg=bg, plover=plover)


def _prev_day(d):
    import datetime
    return (datetime.date.fromisoformat(d) - datetime.timedelta(days=1)).isoformat()


def build(item, spec):
    text = item["text"]
    b = text.encode()
    trig = spec["trigger"].encode()
    pos = -1
    for _ in range(spec["occ"]):
        pos = b.find(trig, pos + 1)
        if pos < 0:
            sys.exit("ERROR: trigger %r occurrence %d not found in %s" % (spec["trigger"], spec["occ"], item["id"]))
    start, end = pos, pos + len(trig)
    if b[start:end].decode() != spec["trigger"]:
        sys.exit("ERROR: evidence mismatch in %s" % item["id"])
    if spec["key"] not in K:
        sys.exit("ERROR: unknown type key %r in %s" % (spec["key"], item["id"]))
    et, st, pl = K[spec["key"]]
    if spec["plover"]:
        pl = spec["plover"]
    if et not in TAX or st not in TAX[et] or pl not in PLOVER:
        sys.exit("ERROR: bad taxonomy in %s" % item["id"])
    if spec["modality"] not in MODS:
        sys.exit("ERROR: bad modality in %s" % item["id"])
    d = spec["date"]
    if d == "P":
        d = item["published"]
    elif d == "P-1":
        d = _prev_day(item["published"])
    return {"event_type": et, "sub_event_type": st, "plover": pl, "modality": spec["modality"],
            "actor1": spec["a1"], "actor2": spec["a2"], "date": d, "location": spec["loc"],
            "fatalities": spec["fat"], "background": spec["bg"],
            "evidence": {"start": start, "end": end, "text": spec["trigger"]}}


def run(infile, outfile, CODES):
    items = [json.loads(l) for l in open(os.path.join(HERE, infile), encoding="utf-8") if l.strip()]
    ids = {it["id"] for it in items}
    for k in CODES:
        if k not in ids:
            sys.exit("ERROR: unknown id %s" % k)
    n_ev = n_coded = 0
    with open(os.path.join(HERE, outfile), "w", encoding="utf-8") as f:
        for it in items:
            out = dict(it)
            out["events"] = [build(it, s) for s in CODES.get(it["id"], [])]
            if it["id"] in CODES:
                n_coded += 1
            n_ev += len(out["events"])
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("%s: %d items, %d listed in CODES, %d events" % (outfile, len(items), n_coded, n_ev))

IL = "Military Forces of Israel"
RU = "Military Forces of Russia"
M23 = "March 23 Movement"
P = "P"

CODES = {
"portal-2025-01-06-68": [],
"portal-2025-01-16-45": [E("attack", "Unidentified Armed Group (Slovakia)", "Civilians (Slovakia)", P, L("Spišská Stará Ves", "SK", "Prešov", 1), 2, "mass stabbing")],
"portal-2025-01-22-14": [E("clash", "Moro Islamic Liberation Front (splinter group)", "Military Forces of the Philippines", P, L("Sumisip", "PH", "Basilan", 1), 2, "open fire")],
"portal-2025-01-24-18": [
    E("regain", "Military Forces of Puntland", "Islamic State (Somalia)", P, L("Turmasaale", "SO", "Bari", 1), None, "took over", modality="claimed"),
    E("regain", "Military Forces of Puntland", "Islamic State (Somalia)", P, L("Janno-Jiifta", "SO", "Bari", 1), None, "took over", modality="claimed")],
"portal-2025-01-31-13": [E("regain", "Military Forces of Sudan", None, P, L("Bahri", "SD", "Khartoum", 1), None, "captured", modality="claimed")],
"portal-2025-02-12-48": [],
"portal-2025-02-13-57": [],
"portal-2025-02-15-14": [
    E("mob", "Rioters (Democratic Republic of Congo)", None, P, L("Bukavu", "CD", "South Kivu", 1), None, "Mass looting"),
    E("overtake", M23, None, P, L("Bukavu", "CD", "South Kivu", 1), None, "advance into the city")],
"portal-2025-02-17-54": [
    E("peaceful", "Protesters (United States)", None, P, L("Washington, D.C.", "US", "District of Columbia", 1), None, "Demonstrations"),
    E("peaceful", "Protesters (United States)", None, P, L("United States", "US", None, 4), None, "Demonstrations")],
"portal-2025-02-23-21": [
    E("air", IL, None, P, L("Baalbek", "LB", "Baalbek-Hermel", 2), None, "airstrikes"),
    E("air", IL, None, P, L("South Lebanon", "LB", "South Lebanon", 3), None, "airstrikes")],
"portal-2025-03-01-60": [],
"portal-2025-03-02-16": [E("overtake", RU, None, P, L("Zhuravka", "UA", "Sumy", 1), None, "taken", modality="claimed")],
"portal-2025-03-07-27": [],
"portal-2025-03-07-28": [],
"portal-2025-03-14-41": [],
"portal-2025-03-20-16": [E("disrupted", IL, "Houthis", P, L("Tel Aviv", "IL", "Tel Aviv", 2), None, "intercepts", modality="foiled")],
"portal-2025-03-24-46": [E("attack", "Unidentified Armed Group (Israel)", "Civilians (Israel)", P, L("Yokneam Illit", "IL", "Northern", 1), 1, "ramming, stabbing, and shooting attack")],
"portal-2025-03-25-12": [E("agreement", "Government of Russia", "Government of Ukraine", P, None, None, "agree to cease all military attacks", modality="claimed")],
"portal-2025-04-05-43": [E("peaceful", "Protesters (United States)", None, P, L("United States", "US", None, 4), None, "protests")],
"portal-2025-04-07-17": [E("air", IL, "Civilians (Palestine)", P, L("Gaza Strip", "PS", "Gaza Strip", 3), 30, "airstrike")],
"portal-2025-04-22-39": [],
"portal-2025-04-25-16": [],
"portal-2025-04-27-53": [E("attack", "Unidentified Armed Group (United States)", "Civilians (United States)", P, L("Elizabeth City", "US", "North Carolina", 1), 1, "school shooting")],
"portal-2025-04-28-26": [E("attack", "Unidentified Armed Group (Thailand)", "Civilians (Thailand)", P, L("Bannang Sata", "TH", "Yala", 2), 3, "two separate attacks")],
"portal-2025-05-01-46": [],
"portal-2025-05-14-16": [E("attack", "Unidentified Armed Group (Palestine)", "Civilians (Israel)", P, L("Brukhin", "PS", "West Bank", 2), None, "shooting")],
"portal-2025-05-22-37": [],
"portal-2025-05-27-35": [],
"portal-2025-05-30-19": [E("abduct", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", None, L("Reynosa", "MX", "Tamaulipas", 1), None, "abduction", bg=True)],
"portal-2025-05-31-41": [],
"portal-2025-06-01-42": [],
"portal-2025-06-03-19": [E("shell", RU, "Civilians (Ukraine)", P, L("Sumy", "UA", "Sumy", 1), 4, "MLRS rocket barrage")],
"portal-2025-06-03-64": [],
"portal-2025-06-05-51": [],
"portal-2025-06-25-17": [E("attack", IL, "Civilians (Palestine)", P, L("Gaza Strip", "PS", "Gaza Strip", 3), 78, "kill")],
"portal-2025-06-26-12": [
    E("attack", IL, "Civilians (Palestine)", P, L("Gaza Strip", "PS", "Gaza Strip", 3), 57, "kill"),
    E("attack", IL, "Civilians (Palestine)", P, L("North Gaza", "PS", "Gaza Strip", 3), 14, "killed")],
"portal-2025-07-16-51": [],
"portal-2025-07-20-26": [],
"portal-2025-07-20-31": [],
"portal-2025-07-25-13": [E("ied", "Al-Shabaab", "Military Forces of Somalia", P, L("Mogadishu", "SO", "Banadir", 2), None, "bomb-laden attack")],
"portal-2025-07-29-48": [E("excessive", "Police Forces of Angola", "Protesters (Angola)", P, L("Luanda", "AO", "Luanda", 1), 4, "protests")],
"portal-2025-07-30-18": [E("overtake", M23, "Decisive Movement for the Liberation of Congo", P, L("Kamakombe", "CD", "South Kivu", 1), None, "expel")],
"portal-2025-07-31-17": [],
"portal-2025-08-01-38": [],
"portal-2025-08-02-24": [E("clash", M23, "Wazalendo", P, L("Muzinzi", "CD", "South Kivu", 2), None, "clash")],
"portal-2025-08-02-38": [],
"portal-2025-08-05-12": [
    E("air", RU, "Civilians (Ukraine)", P, L("Zaporizhzhia Oblast", "UA", "Zaporizhzhia", 3), None, "strikes"),
    E("air", RU, "Civilians (Ukraine)", P, L("Kharkiv Oblast", "UA", "Kharkiv", 3), None, "strikes"),
    E("air", RU, "Civilians (Ukraine)", P, L("Odesa Oblast", "UA", "Odesa", 3), None, "strikes"),
    E("air", RU, "Civilians (Ukraine)", P, L("Sumy Oblast", "UA", "Sumy", 3), None, "strikes")],
"portal-2025-08-20-21": [E("other", RU, None, P, L("Osiny", "PL", "Lublin", 1), None, "explodes", plover="ASSAULT")],
"portal-2025-08-20-44": [
    E("arrests", "Police Forces of Mexico", None, P, L("Mexico City", "MX", "Mexico City", 1), None, "arrest"),
    E("attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", "2025-05", L("Mexico City", "MX", "Mexico City", 1), 2, "shooting", bg=True)],
"portal-2025-08-24-35": [E("attack", "Unidentified Armed Group (Dominican Republic)", "Civilians (Dominican Republic)", P, L("Santo Domingo", "DO", "Distrito Nacional", 1), 5, "two cases of filicide")],
"portal-2025-08-29-39": [E("violent_demo", "Rioters (Indonesia)", None, P, L("Makassar", "ID", "South Sulawesi", 1), 3, "set fire")],
"portal-2025-09-01-43": [E("attack", "Unidentified Armed Group (Peru)", "Civilians (Indonesia)", P, L("Lima", "PE", "Lima", 1), 1, "shot dead")],
"portal-2025-09-03-68": [],
"portal-2025-09-15-55": [],
"portal-2025-09-20-23": [E("air", "Police Forces of Haiti", "Civilians (Haiti)", P, L("Cité Soleil", "HT", "Ouest", 1), 18, "explosive drones strike")],
"portal-2025-09-27-49": [],
"portal-2025-09-29-62": [E("excessive", None, "Protesters (Madagascar)", None, L("Madagascar", "MG", None, 4), None, "protests", bg=True)],
"portal-2025-09-29-64": [],
"portal-2025-09-30-52": [],
"portal-2025-10-23-47": [E("peaceful", "Protesters (Hungary)", None, P, L("Budapest", "HU", "Budapest", 1), None, "rallies")],
"portal-2025-11-02-12": [],
"portal-2025-11-03-19": [E("air", "Rapid Support Forces", "Civilians (Sudan)", P, L("North Kordofan", "SD", "North Kordofan", 3), 40, "drone attack")],
"portal-2025-11-04-18": [E("air", "Military Forces of the United States", "Civilians (International)", P, None, 2, "airstrike")],
"portal-2025-11-10-70": [],
"portal-2025-11-18-13": [],
"portal-2025-11-18-23": [E("air", IL, "Civilians (Lebanon)", P, L("Ain al-Hilweh", "LB", "South Lebanon", 1), 13, "airstrike")],
"portal-2025-11-21-18": [E("air", RU, "Civilians (Ukraine)", P, L("Zaporizhzhia", "UA", "Zaporizhzhia", 1), 5, "glide bomb strike")],
"portal-2025-11-25-54": [],
"portal-2025-12-01-73": [E("intervention", "Protesters (Georgia)", "Police Forces of Georgia", None, L("Tbilisi", "GE", "Tbilisi", 1), None, "water cannons", modality="claimed", bg=True)],
"portal-2025-12-06-16": [E("ied", "Unidentified Armed Group (Colombia)", "Civilians (Colombia)", P, L("Balboa", "CO", "Cauca", 1), None, "motorcycle bombing")],
"portal-2025-12-06-40": [E("intervention", "Protesters (United Kingdom)", "Police Forces of the United Kingdom", P, L("Tower of London", "GB", "England", 1), None, "threw custard")],
"portal-2025-12-08-14": [],
"portal-2025-12-09-63": [E("attack", "Unidentified Armed Group (United States)", "Civilians (United States)", P, L("Frankfort", "US", "Kentucky", 1), 1, "shooting")],
"portal-2025-12-14-20": [E("clash", "Unidentified Armed Group (Syria)", "Military Forces of Syria", P, L("Idlib", "SY", "Idlib", 1), 4, "open fire")],
"portal-2025-12-31-13": [E("air", "Military Forces of the United States", "Civilians (International)", P, None, 5, "airstrikes")],
"portal-2026-01-07-42": [
    E("attack", "Police Forces of the United States", "Civilians (United States)", P, L("Minneapolis", "US", "Minnesota", 1), 1, "fatally shoots"),
    E("peaceful", "Protesters (United States)", None, P, L("Minneapolis", "US", "Minnesota", 1), None, "protests")],
"portal-2026-01-09-20": [E("air", RU, "Civilians (Ukraine)", P, L("Kyiv", "UA", "Kyiv City", 1), 4, "drone and missile strikes")],
"portal-2026-01-14-16": [E("clash", "Unidentified Armed Group (Iraq)", "Islamic Revolutionary Guard Corps", P, L("Iran", "IR", None, 4), None, "clashes", modality="claimed")],
"portal-2026-01-22-62": [E("arrests", None, "Journalists (Philippines)", None, L("Philippines", "PH", None, 4), None, "arrest", bg=True)],
"portal-2026-01-28-15": [E("clash", "Police Forces of Russia", "Unidentified Armed Group (Russia)", P, L("Karabudakhkent", "RU", "Dagestan", 2), 2, "shootout")],
"portal-2026-02-05-15": [E("other", "Islamic Revolutionary Guard Corps", None, P, L("Persian Gulf", "IR", None, 4), None, "seizes")],
"portal-2026-02-06-20": [E("attack", "Unidentified Armed Group (Russia)", "Military Forces of Russia", P, L("Moscow", "RU", "Moscow", 1), None, "is shot")],
"portal-2026-02-08-43": [],
"portal-2026-02-09-54": [],
"portal-2026-02-14-31": [E("attack", None, "Civilians (Russia)", None, L("Russia", "RU", None, 4), 1, "poisoned", modality="claimed", bg=True)],
"portal-2026-02-18-17": [],
"portal-2026-02-25-13": [E("air", "Military Forces of Ukraine", "Civilians (Russia)", P, L("Dorogobuzh", "RU", "Smolensk", 2), 7, "drone strike")],
"portal-2026-02-27-16": [],
"portal-2026-02-27-37": [],
"portal-2026-02-28-22": [
    E("shell", "Military Forces of Iran", "Civilians (United Arab Emirates)", P, L("Dubai", "AE", "Dubai", 1), None, "ballistic missile attack"),
    E("air", "Military Forces of Iran", None, P, L("Dubai", "AE", "Dubai", 1), None, "drone strikes")],
"portal-2026-03-01-84": [E("peaceful", "Protesters (Bangladesh)", None, P, L("Dhaka", "BD", "Dhaka", 1), None, "demonstration")],
"portal-2026-03-04-65": [E("peaceful", "Protesters (Canada)", None, P, L("Ottawa", "CA", "Ontario", 1), None, "anti-war protest")],
"portal-2026-03-07-23": [E("air", RU, "Civilians (Ukraine)", P, L("Kharkiv", "UA", "Kharkiv", 1), 10, "barrage of drones and missiles")],
"portal-2026-03-13-25": [E("disrupted", "Military Forces of Oman", None, P, L("Sohar", "OM", "Al Batinah North", 1), 2, "intercept a drone", modality="foiled")],
"portal-2026-03-17-22": [E("air", IL, "Military Forces of Lebanon", P, L("Nabatieh", "LB", "Nabatieh", 3), 3, "airstrikes")],
"portal-2026-03-18-26": [],
"portal-2026-03-29-43": [E("attack", "Unidentified Armed Group (South Sudan)", "Civilians (South Sudan)", P, L("Juba", "SS", "Central Equatoria", 2), 73, "killed")],
"portal-2026-04-02-27": [],
"portal-2026-04-03-21": [E("clash", None, "Military Forces of the United States", P, None, None, "small arms fire")],
"portal-2026-04-03-63": [],
"portal-2026-04-04-15": [],
"portal-2026-04-04-32": [E("air", IL, "Civilians (Lebanon)", P, L("Tyre", "LB", "South Lebanon", 1), None, "airstrike")],
"portal-2026-04-05-36": [E("air", IL, "Civilians (Lebanon)", P, L("Kfar Hatta", "LB", "South Lebanon", 1), 5, "airstrike")],
"portal-2026-04-06-43": [E("air", "Military Forces of the United States", "Islamic Revolutionary Guard Corps", P, L("Iran", "IR", None, 4), 1, "airstrike")],
"portal-2026-04-06-53": [],
"portal-2026-04-06-62": [E("regain", "Military Forces of Sudan", "Rapid Support Forces", P, L("Dilling", "SD", "South Kordofan", 2), None, "reopened the road", modality="claimed")],
"portal-2026-04-07-38": [
    E("air", None, None, P, L("Tehran", "IR", "Tehran", 2), None, "attacks"),
    E("air", None, None, P, L("Ahvaz", "IR", "Khuzestan", 1), None, "attacks"),
    E("air", None, None, P, L("Chabahar", "IR", "Sistan and Baluchestan", 1), None, "attacks"),
    E("air", None, None, P, L("Jask", "IR", "Hormozgan", 1), None, "attacks"),
    E("air", None, None, P, L("Shiraz", "IR", "Fars", 1), None, "attacks"),
    E("air", None, None, P, L("Yazd", "IR", "Yazd", 1), None, "attacks"),
    E("air", None, None, P, L("Shahid Kalantari Port", "IR", "Sistan and Baluchestan", 2), None, "attacks"),
    E("air", None, None, P, L("Tis Port", "IR", "Sistan and Baluchestan", 2), None, "attacks"),
    E("air", None, None, P, L("Imam Ali base", "IR", "Sistan and Baluchestan", 2), None, "attacks")],
"portal-2026-04-07-39": [E("air", IL, None, P, L("Iran", "IR", None, 4), None, "struck")],
"portal-2026-04-07-47": [],
"portal-2026-04-09-28": [E("air", IL, "Civilians (Iran)", "2026-04-01", L("Iran", "IR", None, 4), 1, "airstrike")],
"portal-2026-04-11-39": [
    E("clash", "Military Forces of Yemen", "Houthis", P, L("As-Silw", "YE", "Taiz", 2), 2, "intense fighting"),
    E("clash", "Houthis", "Military Forces of Yemen", P, L("Taiz Governorate", "YE", "Taiz", 3), None, "repelled a Houthi attack", modality="claimed")],
"portal-2026-04-16-22": [
    E("shell", RU, "Civilians (Ukraine)", P, L("Kyiv", "UA", "Kyiv City", 1), None, "missile and drone strikes"),
    E("shell", RU, "Civilians (Ukraine)", P, L("Odesa", "UA", "Odesa", 1), None, "missile and drone strikes"),
    E("shell", RU, "Civilians (Ukraine)", P, L("Ukraine", "UA", None, 4), None, "missile and drone strikes")],
"portal-2026-04-17-58": [],
"portal-2026-04-19-23": [E("clash", "Military Forces of the Philippines", "New People's Army", P, L("Toboso", "PH", "Negros Occidental", 1), 19, "shootout")],
"portal-2026-04-20-30": [
    E("air", "Military Forces of Ukraine", RU, P, L("Sevastopol", "UA", "Crimea", 1), None, "struck", modality="claimed"),
    E("air", "Military Forces of Ukraine", "Civilians (Russia)", P, L("Tuapse", "RU", "Krasnodar", 1), 1, "drone attack")],
"portal-2026-04-21-35": [
    E("other", "Africa Corps", "Jama'at Nusrat al-Islam wal-Muslimin", P, L("Mali", "ML", None, 4), None, "freed", modality="claimed"),
    E("abduct", "Jama'at Nusrat al-Islam wal-Muslimin", "Civilians (Russia)", "2024-07", L("Niger", "NE", None, 4), None, "abducted", bg=True)],
"portal-2026-04-23-17": [],
"portal-2026-04-23-54": [E("mob", "Rioters (Germany)", "Reza Pahlavi", P, L("Berlin", "DE", "Berlin", 1), None, "splashed with red liquid")],
"portal-2026-05-02-16": [],
"portal-2026-05-07-59": [],
"portal-2026-05-13-78": [],
"portal-2026-05-17-34": [E("attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", P, L("Katsina State", "NG", "Katsina", 3), 10, "attack")],
"portal-2026-05-20-64": [],
"portal-2026-05-24-56": [E("other", "Police Forces of Turkey", "Republican People's Party", P, L("Turkey", "TR", None, 4), None, "raid")],
"portal-2026-05-31-27": [E("air", IL, "Civilians (Palestine)", P, L("Gaza City", "PS", "Gaza Strip", 1), 2, "airstrike")],
"portal-2026-05-31-68": [],
"portal-2026-05-31-70": [],
"portal-2026-06-01-19": [],
"portal-2026-06-07-65": [],
"portal-2026-06-07-71": [],
"portal-2026-06-08-29": [],
"portal-2026-06-12-46": [],
"portal-2026-06-22-55": [],
"portal-2026-06-22-65": [],
"portal-2026-06-25-22": [],
"portal-2026-06-29-40": [E("attack", "Unidentified Armed Group (South Sudan)", "Civilians (South Sudan)", P, L("Duk", "SS", "Jonglei", 2), 5, "ambush")],
"portal-2026-07-06-65": [E("arrests", "Police Forces of the Philippines", "Rodante Marcoleta", P, L("Philippines", "PH", None, 4), None, "arrest")],
"portal-2026-07-09-68": [E("disrupted", "Police Forces of the United States", "Unidentified Armed Group (United States)", "2026-06", L("Washington, D.C.", "US", "District of Columbia", 1), None, "plot to attack", modality="foiled")],
"portal-2026-07-12-37": [
    E("attack", "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)", P, L("Beni", "CD", "North Kivu", 1), 7, "ambush"),
    E("clash", "Unidentified Armed Group (Democratic Republic of Congo)", "Military Forces of the Democratic Republic of Congo", P, L("Beni", "CD", "North Kivu", 1), 3, "ambush")],
"portal-2026-07-14-30": [],
"portal-2026-07-14-33": [E("regain", "Military Forces of Sudan", "Rapid Support Forces", P, L("Fashfoun", "SD", "Blue Nile", 1), None, "taken control", modality="claimed")],
"portal-2026-07-18-18": [
    E("air", "Military Forces of Iran", None, P, L("Kuwait", "KW", None, 4), None, "struck"),
    E("air", "Military Forces of Iran", "Civilians (Kuwait)", P, L("Kuwait", "KW", None, 4), None, "other attacks")],
"portal-2026-07-21-25": [
    E("air", IL, "Hamas", "2026-07-18", L("Gaza City", "PS", "Gaza Strip", 1), 1, "airstrike"),
    E("attack", "Hamas", "Civilians (Israel)", "2023-10-07", L("Israel", "IL", None, 4), None, "attacks", bg=True)],
"portal-2026-07-28-14": [],
"portal-2026-07-30-28": [E("agreement", "Hamas", None, P, L("Cairo", "EG", "Cairo", 1), None, "reach an agreement")],
"portal-2026-08-03-19": [
    E("clash", IL, "Palestinian Islamic Jihad", P, L("Deir al-Balah", "PS", "Gaza Strip", 2), 1, "killed", modality="claimed"),
    E("abduct", "Palestinian Islamic Jihad", "Civilians (Israel)", "2023-10-07", L("Israel", "IL", None, 4), None, "abduction", bg=True)],
"portal-2026-08-15-18": [E("air", IL, "Civilians (Lebanon)", P, L("South Lebanon", "LB", "South Lebanon", 3), 11, "airstrikes")],
"portal-2026-08-18-60": [E("attack", "Unidentified Armed Group (Philippines)", "Civilians (Philippines)", P, L("Zamboanga City", "PH", "Zamboanga Peninsula", 1), 2, "mass shooting")],
"portal-2026-08-19-21": [E("air", IL, "Civilians (Palestine)", P, L("Gaza City", "PS", "Gaza Strip", 1), 10, "airstrike")],
"portal-2026-08-20-16": [],
}

if __name__ == "__main__":
    run("batch-T.jsonl", "coded-T.jsonl", CODES)
