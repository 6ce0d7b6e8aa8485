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
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"}

# short keys -> (event_type, sub_event_type, default plover)
K = {
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
    "INTERV": ("Protests", "Protest with intervention", "PROTEST"),
    "EXCESSIVE": ("Protests", "Excessive force against protesters", "ASSAULT"),
    "VIOLDEMO": ("Riots", "Violent demonstration", "PROTEST"),
    "MOB": ("Riots", "Mob violence", "ASSAULT"),
    "AGREEMENT": ("Strategic developments", "Agreement", "AGREE"),
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


def E(trigger, occ, key, a1, a2, date, loc, fat=None, modality="occurred", bg=False, plover=None):
    """one event: trigger phrase + its occurrence number (1-based) in the text"""
    return dict(trigger=trigger, occ=occ, key=key, a1=a1, a2=a2, date=date, loc=loc,
                fat=fat, modality=modality, bg=bg, plover=plover)


def build(item, codes):
    text = item["text"]
    b = text.encode()
    out = []
    for c in codes:
        et, st, pl = K[c["key"]]
        if c["plover"]:
            pl = c["plover"]
        if et not in TAX or st not in TAX[et] or pl not in PLOVER:
            sys.exit("bad taxonomy in %s: %s/%s/%s" % (item["id"], et, st, pl))
        if c["modality"] not in MODALITIES:
            sys.exit("bad modality in %s" % item["id"])
        pos = -1
        for _ in range(c["occ"]):
            pos = text.find(c["trigger"], pos + 1)
            if pos < 0:
                sys.exit("trigger %r (occ %d) not found in %s" % (c["trigger"], c["occ"], item["id"]))
        start = len(text[:pos].encode())
        end = start + len(c["trigger"].encode())
        if b[start:end].decode() != c["trigger"]:
            sys.exit("offset mismatch in %s for %r" % (item["id"], c["trigger"]))
        d = c["date"]
        if d == "P":
            d = item["published"]
        elif d == "Y":
            import datetime
            d = (datetime.date.fromisoformat(item["published"]) - datetime.timedelta(days=1)).isoformat()
        out.append({
            "event_type": et, "sub_event_type": st, "plover": pl, "modality": c["modality"],
            "actor1": c["a1"], "actor2": c["a2"], "date": d, "location": c["loc"],
            "fatalities": c["fat"], "background": c["bg"],
            "evidence": {"start": start, "end": end, "text": c["trigger"]},
        })
    return out


def run(infile, outfile, CODES):
    items = [json.loads(l) for l in open(os.path.join(HERE, infile), encoding="utf-8") if l.strip()]
    ids = {it["id"] for it in items}
    for k in CODES:
        if k not in ids:
            sys.exit("unknown id in codes: %s" % k)
    n_ev = 0
    with open(os.path.join(HERE, outfile), "w", encoding="utf-8") as f:
        for it in items:
            it = dict(it)
            it["events"] = build(it, CODES.get(it["id"], []))
            n_ev += len(it["events"])
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    coded = sum(1 for it in items if it["id"] in CODES)
    print("%s: %d items, %d with codes entry, %d events" % (outfile, len(items), coded, n_ev))

P = "P"  # published date
PS = lambda: L("Palestine", "PS", None, 4)
CODES = {
"portal-2025-01-02-15": [],
"portal-2025-01-13-41": [],
"portal-2025-01-14-47": [E("detains", 1, "ARREST", "Police Forces of Moldova", "Civilians (Kyrgyzstan)", P, L("Moldova", "MD", None, 4))],
"portal-2025-01-17-43": [E("raid", 1, "CLASH", "Police Forces of Brazil", "Unidentified Armed Group (Brazil)", P, L("Ponta Grossa", "BR", "Parana", 1), 6)],
"portal-2025-01-20-22": [],
"portal-2025-01-23-29": [],
"portal-2025-01-28-60": [],
"portal-2025-01-30-28": [],
"portal-2025-02-01-22": [E("stealing", 1, "LOOT", "Rapid Support Forces", "Civilians (Sudan)", P, L("Khartoum", "SD", "Khartoum", 1), None, "claimed")],
"portal-2025-02-04-27": [E("missile strikes", 1, "SHELL", "Military Forces of Russia", "Civilians (Ukraine)", P, L("Izium", "UA", "Kharkiv", 1), 4)],
"portal-2025-02-04-32": [E("attacked", 1, "ATTACK", "Rapid Support Forces", "Civilians (Sudan)", P, L("Khartoum North", "SD", "Khartoum", 1))],
"portal-2025-02-12-21": [],
"portal-2025-02-13-25": [
    E("vehicle-ramming attack", 1, "ATTACK", "Unidentified Armed Group (Germany)", "Civilians (Germany)", P, L("Munich", "DE", "Bavaria", 1)),
    E("demonstration", 1, "PEACEFUL", "Protesters (Germany)", None, P, L("Munich", "DE", "Bavaria", 1))],
"portal-2025-02-15-17": [],
"portal-2025-02-15-50": [E("is assassinated", 1, "ATTACK", "Unidentified Armed Group (South Africa)", "Civilians (South Africa)", P, L("Gqeberha", "ZA", "Eastern Cape", 2), 1)],
"portal-2025-02-16-19": [E("intercepted", 1, "DISRUPT", "Military Forces of Yemen", "Houthi Movement", "2025-02-12", L("Yemen", "YE", None, 4))],
"portal-2025-02-21-60": [],
"portal-2025-02-22-55": [],
"portal-2025-03-15-20": [E("improvised explosive device", 1, "IED", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan", P, L("Kirani", "PK", "Balochistan", 1), 1)],
"portal-2025-03-27-15": [E("airstrike", 1, "AIR", "Military Forces of Israel", "Hamas", P, PS(), 1)],
"portal-2025-03-30-32": [E("shoots and kills", 1, "ATTACK", "Unidentified Armed Group (United States)", "Civilians (United States)", P, L("Miami Gardens", "US", "Florida", 1), 2)],
"portal-2025-03-31-12": [E("killed", 1, "ATTACK", None, "Civilians (Palestine)", "2025-03-23", L("Southern Gaza", "PS", None, 3), 14)],
"portal-2025-04-01-22": [],
"portal-2025-04-05-15": [E("is assassinated", 1, "CLASH", "Al-Shabaab", "Military Forces of Somalia", P, L("Addow Dibille", "SO", "Lower Shabelle", 1), 1)],
"portal-2025-04-06-25": [
    E("mortar shells", 1, "SHELL", "Al-Shabaab", "Civilians (Somalia)", P, L("Mogadishu", "SO", "Banadir", 1)),
    E("second consecutive day", 1, "SHELL", "Al-Shabaab", None, "Y", L("Mogadishu", "SO", "Banadir", 1), None, "occurred", True)],
"portal-2025-04-08-37": [],
"portal-2025-04-10-13": [
    E("executed", 1, "ATTACK", "Unidentified Armed Group (Syria)", "Civilians (Syria)", P, L("Syrian coast", "SY", None, 3), 16),
    E("seized", 1, "LOOT", "Military Forces of Syria", "Civilians (Syria)", P, L("Tartus", "SY", "Tartus", 3))],
"portal-2025-04-11-15": [E("A bomb explodes", 1, "IED", "Unidentified Armed Group (Greece)", None, P, L("Athens", "GR", "Attica", 1), 0)],
"portal-2025-04-13-14": [E("ballistic missiles", 1, "SHELL", "Military Forces of Russia", "Civilians (Ukraine)", P, L("Sumy", "UA", "Sumy", 1), 35)],
"portal-2025-04-16-46": [],
"portal-2025-04-28-17": [E("airstrike", 1, "AIR", "Military Forces of the United States", "Civilians (Yemen)", P, L("Saada", "YE", "Saada", 3), 68)],
"portal-2025-05-01-38": [],
"portal-2025-05-01-54": [],
"portal-2025-05-03-19": [E("airstrike", 1, "AIR", None, "Civilians (South Sudan)", P, L("Old Fangak", "SS", "Jonglei", 1), 7)],
"portal-2025-05-31-36": [],
"portal-2025-06-05-13": [E("drone strike", 1, "AIR", "Military Forces of Russia", "Civilians (Ukraine)", P, L("Pryluky", "UA", "Chernihiv", 1), 5)],
"portal-2025-06-05-19": [E("abducted", 1, "ABDUCT", "Unidentified Armed Group (Palestine)", "Civilians (Israel)", "2023-10-07", L("Israel", "IL", None, 4), None, "occurred", True)],
"portal-2025-07-01-14": [E("drone attack", 1, "AIR", "Military Forces of Ukraine", "Civilians (Russia)", P, L("Izhevsk", "RU", "Udmurt Republic", 1), 3)],
"portal-2025-07-10-39": [E("clashes", 1, "VIOLDEMO", "Rioters (India)", "Police Forces of India", P, L("East India", "IN", None, 3))],
"portal-2025-07-11-12": [],
"portal-2025-07-15-13": [
    E("airstrikes", 1, "AIR", "Military Forces of Israel", "Civilians (Palestine)", P, L("Gaza City", "PS", "Gaza", 1)),
    E("airstrikes", 1, "AIR", "Military Forces of Israel", "Civilians (Palestine)", P, L("Gaza Strip", "PS", None, 3))],
"portal-2025-07-19-32": [E("mass shooting", 1, "ATTACK", "Unidentified Armed Group (Ecuador)", "Civilians (Ecuador)", P, L("Playas", "EC", "Guayas", 1), 12)],
"portal-2025-07-28-13": [
    E("clashes", 1, "CLASH", "Collective of Movements for Change", "March 23 Movement", P, L("Mashango", "CD", "North Kivu", 1)),
    E("clashes", 1, "CLASH", "Collective of Movements for Change", "March 23 Movement", P, L("Mudugudu", "CD", "North Kivu", 1))],
"portal-2025-07-28-25": [E("Clashes", 1, "CLASH", "Jubaland Forces", "Military Forces of Somalia", P, L("Dolow", "SO", "Gedo", 1))],
"portal-2025-08-02-16": [],
"portal-2025-08-04-12": [
    E("gunfire", 1, "ATTACK", "Military Forces of Israel", "Civilians (Palestine)", P, PS()),
    E("airstrikes", 1, "AIR", "Military Forces of Israel", "Civilians (Palestine)", P, PS())],
"portal-2025-08-09-26": [E("protest", 1, "INTERV", "Protesters (United Kingdom)", "Police Forces of the United Kingdom", P, L("London", "GB", "England", 1))],
"portal-2025-08-20-45": [E("clash", 1, "MOB", "Rioters (Chile)", "Rioters (Argentina)", P, None)],
"portal-2025-08-25-13": [E("airstrikes", 1, "AIR", "Military Forces of Israel", "Civilians (Palestine)", P, L("Khan Yunis", "PS", "Khan Yunis", 1), 22)],
"portal-2025-09-01-52": [],
"portal-2025-09-03-24": [
    E("capture", 1, "GOVREGAIN", "Puntland Security Forces", "Islamic State (Somalia)", P, L("Ceelasha Burti-Cise", "SO", "Bari", 1)),
    E("capture", 1, "GOVREGAIN", "Puntland Security Forces", "Islamic State (Somalia)", P, L("Af-ka Dharimood", "SO", "Bari", 1))],
"portal-2025-09-13-16": [E("airstrikes", 1, "AIR", "Military Forces of Israel", "Civilians (Palestine)", P, L("Gaza Strip", "PS", None, 3), 62)],
"portal-2025-09-16-14": [
    E("ground offensive", 1, "CLASH", "Military Forces of Israel", "Hamas", P, L("Gaza City", "PS", "Gaza", 1)),
    E("airstrikes", 1, "AIR", "Military Forces of Israel", "Civilians (Palestine)", P, L("Gaza City", "PS", "Gaza", 1)),
    E("airstrikes", 1, "AIR", "Military Forces of Israel", "Civilians (Palestine)", P, L("Gaza Strip", "PS", None, 3))],
"portal-2025-09-17-52": [E("opens fire", 1, "CLASH", "Unidentified Armed Group (United States)", "Police Forces of the United States", P, L("North Codorus Township", "US", "Pennsylvania", 1), 4)],
"portal-2025-09-17-62": [],
"portal-2025-09-28-41": [],
"portal-2025-09-29-55": [],
"portal-2025-10-07-56": [],
"portal-2025-10-10-72": [],
"portal-2025-10-16-49": [E("open fire", 1, "ATTACK", "Police Forces of Kenya", "Civilians (Kenya)", P, L("Jomo Kenyatta International Airport", "KE", "Nairobi", 1), 4)],
"portal-2025-10-19-18": [],
"portal-2025-10-24-51": [],
"portal-2025-11-01-25": [E("attacks", 1, "ATTACK", "Rapid Support Forces", "Civilians (Sudan)", P, L("South Kordofan", "SD", "South Kordofan", 3), 12)],
"portal-2025-11-27-20": [E("drone–shooting attack", 1, "AIR", "Unidentified Armed Group (Tajikistan)", "Civilians (China)", P, L("Shamsiddin Shohin District", "TJ", "Khatlon", 2), 3)],
"portal-2025-11-29-38": [E("seizing power", 1, "OTHER", "Military Forces of Guinea-Bissau", "Government of Guinea-Bissau", None, L("Guinea-Bissau", "GW", None, 4), None, "occurred", True)],
"portal-2025-12-04-19": [E("strikes", 1, "AIR", "Military Forces of the United States", "Civilians (International)", P, None, 4)],
"portal-2025-12-04-42": [
    E("is arrested", 1, "ARREST", "Police Forces of the United States", "Civilians (United States)", P, L("United States", "US", None, 4)),
    E("planting pipe bombs", 1, "IED", "Unidentified Armed Group (United States)", None, "2021-01-05", L("Washington, D.C.", "US", "District of Columbia", 1), None, "attempted", True)],
"portal-2025-12-08-13": [
    E("captures", 1, "NSAOVER", "Southern Transitional Council", None, P, L("Southern Yemen", "YE", None, 3)),
    E("withdraws", 1, "TRANSFER", "Military Forces of Saudi Arabia", None, P, L("Aden", "YE", "Aden", 1))],
"portal-2025-12-08-49": [],
"portal-2025-12-13-20": [E("opens fire", 1, "CLASH", "Islamic State", "Military Forces of the United States", P, L("Palmyra", "SY", "Homs", 1), 4)],
"portal-2025-12-24-38": [],
"portal-2025-12-26-38": [E("mass stabbing", 1, "ATTACK", "Unidentified Armed Group (Japan)", "Civilians (Japan)", P, L("Mishima", "JP", "Shizuoka", 1))],
"portal-2026-01-06-15": [E("bandit attack", 1, "CLASH", "Unidentified Armed Group (Nigeria)", "Park Rangers (Nigeria)", P, L("Orire", "NG", "Oyo", 2), 5)],
"portal-2026-01-07-14": [E("seizes", 1, "OTHER", "Military Forces of the United States", None, P, None)],
"portal-2026-01-09-14": [
    E("declares a ceasefire", 1, "AGREEMENT", "Military Forces of Syria", "Syrian Democratic Forces", P, L("Aleppo", "SY", "Aleppo", 1)),
    E("armed conflict", 1, "CLASH", "Military Forces of Syria", "Syrian Democratic Forces", None, L("Aleppo", "SY", "Aleppo", 1), 21, "occurred", True)],
}

CODES.update({
"portal-2026-01-26-19": [E("kidnapped", 1, "ABDUCT", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", P, L("Talata Mafara", "NG", "Zamfara", 1))],
"portal-2026-01-27-13": [E("drone strike", 1, "AIR", "Military Forces of Russia", "Civilians (Ukraine)", P, L("Kharkiv Oblast", "UA", "Kharkiv", 3), 5)],
"portal-2026-01-27-16": [E("ambush", 1, "CLASH", "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria", P, L("Bakori", "NG", "Katsina", 2), 3)],
"portal-2026-02-04-57": [],
"portal-2026-02-06-14": [E("airstrike", 1, "AIR", "Military Forces of Israel", None, P, L("Gaza City", "PS", "Gaza", 1))],
"portal-2026-02-07-21": [],
"portal-2026-02-07-28": [
    E("kill", 1, "ATTACK", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", P, L("Kaduna State", "NG", "Kaduna", 3), 3),
    E("kidnap", 1, "ABDUCT", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", P, L("Kaduna State", "NG", "Kaduna", 3))],
"portal-2026-02-08-59": [],
"portal-2026-02-09-23": [E("Clashes", 1, "CLASH", "Islamic State", "Jama'at Nusrat al-Islam wal-Muslimin", P, None, 40)],
"portal-2026-02-10-56": [],
"portal-2026-02-10-66": [],
"portal-2026-02-19-36": [],
"portal-2026-02-22-16": [E("clashes", 1, "CLASH", "Amhara Fano National Movement", "Military Forces of Ethiopia", P, L("Shawira", "ET", "Amhara", 1), 100)],
"portal-2026-02-26-12": [
    E("attacks", 1, "CLASH", "Military Forces of Afghanistan", "Military Forces of Pakistan", P, L("Afghanistan-Pakistan border", "PK", None, 4)),
    E("air strikes", 1, "AIR", "Military Forces of Pakistan", None, "2026-02-22", L("Afghanistan", "AF", None, 4), None, "occurred", True)],
"portal-2026-02-28-20": [E("airstrike", 1, "AIR", None, "Popular Mobilization Forces", P, L("Jurf al-Nasr", "IQ", "Babil", 1), 2)],
"portal-2026-03-03-35": [],
"portal-2026-03-05-81": [],
"portal-2026-03-06-66": [],
"portal-2026-03-12-32": [E("drone strike", 1, "AIR", None, "Civilians (Sudan)", P, L("Darfur", "SD", None, 3), 4)],
"portal-2026-03-12-70": [E("school shooting", 1, "ATTACK", "Unidentified Armed Group (United States)", "Civilians (United States)", P, L("Norfolk", "US", "Virginia", 1), 2)],
"portal-2026-03-13-16": [E("ballistic missile strike", 1, "SHELL", "Military Forces of Iran", "Civilians (Israel)", P, L("Northern Israel", "IL", "Northern District", 3))],
"portal-2026-03-17-14": [E("missile strikes", 1, "SHELL", "Military Forces of Iran", "Civilians (Israel)", P, L("Ramat Gan", "IL", "Tel Aviv", 1), 2)],
"portal-2026-03-20-16": [],
"portal-2026-03-25-72": [],
"portal-2026-03-26-24": [],
"portal-2026-03-29-20": [],
"portal-2026-03-30-22": [],
"portal-2026-03-31-31": [E("is kidnapped", 1, "ABDUCT", "Unidentified Armed Group (Iraq)", "Civilians (United States)", P, L("Baghdad", "IQ", "Baghdad", 1))],
"portal-2026-04-02-16": [
    E("strikes", 1, "AIR", "Military Forces of Iran", None, P, L("Bahrain", "BH", None, 4)),
    E("strikes", 1, "AIR", "Military Forces of Iran", None, P, L("Dubai", "AE", "Dubai", 1), None, "denied")],
"portal-2026-04-03-18": [],
"portal-2026-04-06-18": [E("ballistic missiles", 1, "SHELL", "Military Forces of Iran", None, P, L("United Arab Emirates", "AE", None, 4))],
"portal-2026-04-06-22": [E("drone strike", 1, "AIR", "Military Forces of Iran", "Military Forces of the United States", P, L("Ali Al Salem Air Base", "KW", "Al Jahra", 1))],
"portal-2026-04-06-41": [E("attacking", 1, "AIR", "Military Forces of Israel", None, P, L("Assaluyeh", "IR", "Bushehr", 1))],
"portal-2026-04-07-90": [],
"portal-2026-04-08-18": [],
"portal-2026-04-10-15": [],
"portal-2026-04-16-28": [E("security operation", 1, "CLASH", "Police Forces of Mexico", "Unidentified Armed Group (Mexico)", P, L("Los Herreras", "MX", "Nuevo Leon", 1), 5)],
"portal-2026-04-19-66": [E("is assassinated", 1, "ATTACK", "Unidentified Armed Group (Indonesia)", "Civilians (Indonesia)", P, L("Karel Sadsuitubun Airport", "ID", "Maluku", 1), 1)],
"portal-2026-04-20-16": [],
"portal-2026-04-20-24": [],
"portal-2026-04-28-19": [E("drone strike", 1, "AIR", "Military Forces of Ukraine", None, None, L("Tuapse", "RU", "Krasnodar", 1), None, "occurred", True)],
"portal-2026-05-04-31": [E("intercept", 1, "DISRUPT", "Military Forces of Sudan", None, P, L("Sudan", "SD", None, 4), None, "foiled")],
"portal-2026-05-12-17": [E("retaliatory strikes", 1, "AIR", "Military Forces of Saudi Arabia", "Military Forces of Iran", P, L("Iran", "IR", None, 4))],
"portal-2026-05-12-34": [E("drone strikes", 1, "AIR", "Military Forces of Russia", "Civilians (Ukraine)", P, L("Kryvyi Rih", "UA", "Dnipropetrovsk", 1), 6)],
"portal-2026-05-12-38": [],
"portal-2026-05-14-85": [E("clash", 1, "VIOLDEMO", "Rioters (Bolivia)", "Police Forces of Bolivia", P, L("La Paz", "BO", "La Paz", 1))],
"portal-2026-05-17-21": [
    E("airstrikes", 1, "AIR", "Military Forces of Israel", "Civilians (Lebanon)", P, L("Jwaya", "LB", "South Lebanon", 1)),
    E("airstrikes", 1, "AIR", "Military Forces of Israel", "Civilians (Lebanon)", P, L("Tayr Debba", "LB", "South Lebanon", 1)),
    E("airstrikes", 1, "AIR", "Military Forces of Israel", "Civilians (Lebanon)", P, L("Tayr Felsay", "LB", "South Lebanon", 1))],
"portal-2026-05-27-61": [],
"portal-2026-06-01-92": [E("arson attack", 1, "ATTACK", "Unidentified Armed Group (Italy)", "Civilians (Italy)", P, L("Amendolara", "IT", "Calabria", 1), 4)],
"portal-2026-06-05-23": [],
"portal-2026-06-08-16": [
    E("explosions", 1, "AIR", "Military Forces of Israel", "Military Forces of Iran", P, L("Isfahan", "IR", "Isfahan", 1)),
    E("explosions", 1, "AIR", "Military Forces of Israel", "Military Forces of Iran", P, L("Kermanshah", "IR", "Kermanshah", 1)),
    E("explosions", 1, "AIR", "Military Forces of Israel", "Military Forces of Iran", P, L("Tabriz", "IR", "East Azerbaijan", 1)),
    E("explosions", 1, "AIR", "Military Forces of Israel", "Military Forces of Iran", P, L("Tehran", "IR", "Tehran", 1))],
"portal-2026-06-08-17": [],
"portal-2026-06-10-15": [
    E("attacked", 1, "AIR", "Military Forces of Iran", "Military Forces of the United States", P, L("Bahrain", "BH", None, 4), None, "claimed"),
    E("strikes", 1, "AIR", "Military Forces of the United States", None, "Y", L("Sirik", "IR", "Hormozgan", 1), None, "occurred", True)],
"portal-2026-06-19-26": [],
"portal-2026-06-19-27": [E("drone strike", 1, "AIR", "Rapid Support Forces", None, P, L("El-Obeid", "SD", "North Kordofan", 2))],
"portal-2026-06-20-22": [
    E("airstrikes", 1, "AIR", "Military Forces of Israel", "Civilians (Lebanon)", P, L("Nabatieh", "LB", "Nabatieh", 1), 16),
    E("airstrikes", 1, "AIR", "Military Forces of Israel", "Civilians (Lebanon)", P, L("Southern Lebanon", "LB", None, 3), 16)],
"portal-2026-06-24-62": [],
"portal-2026-06-25-28": [E("drone strike", 1, "AIR", "Rapid Support Forces", "Civilians (Sudan)", P, L("Rabak", "SD", "White Nile", 1), 2)],
"portal-2026-06-26-25": [],
"portal-2026-06-28-19": [E("intercepted and destroyed", 1, "DISRUPT", "Military Forces of Bahrain", "Military Forces of Iran", P, L("Bahrain", "BH", None, 4), None, "foiled")],
"portal-2026-06-30-29": [],
"portal-2026-07-01-15": [],
"portal-2026-07-06-15": [E("killed", 1, "CLASH", "Military Forces of Israel", "Hamas", P, L("North Gaza", "PS", "North Gaza", 3), 5)],
"portal-2026-07-06-18": [],
"portal-2026-07-09-23": [],
"portal-2026-07-13-36": [E("downed", 1, "DISRUPT", "Military Forces of Sudan", None, P, L("El-Obeid", "SD", "North Kordofan", 2), None, "foiled")],
"portal-2026-07-19-18": [E("drone strike", 1, "AIR", "Military Forces of Iran", "Kurdistan Freedom Party", P, L("Erbil", "IQ", "Erbil", 2))],
"portal-2026-07-19-32": [E("struck", 1, "AIR", "Military Forces of Russia", "Civilians (International)", P, L("Odesa", "UA", "Odesa", 2), 10)],
"portal-2026-07-20-31": [E("strikes", 1, "AIR", "Military Forces of the United States", "Military Forces of Iran", P, L("Iran", "IR", None, 4))],
"portal-2026-07-22-24": [E("killed", 1, "CLASH", "Military Forces of Israel", "Hamas", P, L("North Gaza", "PS", "North Gaza", 3), 3)],
"portal-2026-07-22-26": [],
"portal-2026-07-29-26": [E("drone strike", 1, "AIR", "Unidentified Armed Group (Egypt)", None, P, L("Damietta", "EG", "Damietta", 1))],
"portal-2026-08-01-29": [],
"portal-2026-08-11-32": [E("armed attack", 1, "ATTACK", "Unidentified Armed Group (South Sudan)", "Civilians (South Sudan)", P, L("Tonj North County", "SS", "Warrap", 2), 60)],
"portal-2026-08-14-46": [],
})

if __name__ == "__main__":
    run("batch-W.jsonl", "coded-W.jsonl", CODES)
